import type { Behaviour } from '../types.js';
import type { RuleProfile } from '../../../src/rules/types.js';
import { authBehaviours } from './auth.js';
import { channelBehaviours } from './channels.js';
import { collectionBehaviours } from './collections.js';
import { connectionBehaviours } from './connections.js';
import { jsonBehaviours } from './json.js';
import { languageBehaviours } from './languages.js';
import { organizationBehaviours } from './organization.js';
import { publishingBehaviours } from './publishing.js';
import { readBehaviours } from './reads.js';
import { serviceBehaviours } from './service.js';
import { KNOWN_DIVERGENCES } from './knownDivergences.js';

/** The whole corpus, with the known divergences attached (they still count as disagreeing). */
export const BEHAVIOURS: Behaviour[] = [
  ...authBehaviours,
  ...jsonBehaviours,
  ...organizationBehaviours,
  ...serviceBehaviours,
  ...channelBehaviours,
  ...connectionBehaviours,
  ...collectionBehaviours,
  ...publishingBehaviours,
  ...languageBehaviours,
  ...readBehaviours,
].map((b) => {
  const known = KNOWN_DIVERGENCES[b.id];
  return known ? { ...b, knownDivergence: known } : b;
});

export const PROFILES: RuleProfile[] = ['live2026', 'ptv34'];

/** The behaviours that apply in a profile. */
export const behavioursFor = (profile: RuleProfile) =>
  BEHAVIOURS.filter((b) => !b.profile || b.profile === profile);
