import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../simulator/index.js';
import { createPtvClient, type PtvClient } from '../client/index.js';
import { readCatalogue, type ReadProgress } from './readCatalogue.js';
import {
  PLANTED_RULES,
  seedDemoCatalogue,
  type PlantedKey,
  type SeededCatalogue,
} from './seedDemoCatalogue.js';
import { checkContent } from './checkContent.js';
import type { Catalogue, ContentFinding } from './types.js';

let sim: Simulator;
let client: PtvClient;
let seeded: SeededCatalogue;
let catalogue: Catalogue;
const progress: ReadProgress[] = [];
// The simulator's own clock option: material written "two years ago" is stale today.
let clockNow = new Date('2024-09-01T08:00:00Z');

beforeAll(async () => {
  sim = await createSimulator({ host: '127.0.0.1', port: 0, control: true, clock: () => clockNow });
  client = createPtvClient({
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    authShape: 'cte',
    credentials: sim.credentials,
    runId: 'content-int',
  });
  seeded = await seedDemoCatalogue(client, { organizationId: sim.organizationId, cleanServices: 3 });
  clockNow = new Date('2026-11-27T08:00:00Z');
  catalogue = await readCatalogue(client, {
    organizationId: sim.organizationId,
    concurrency: 2,
    onProgress: (p) => progress.push(p),
  });
});

afterAll(async () => {
  await client?.close();
  await sim?.close();
});

const now = new Date('2026-11-27T09:00:00Z');
function run(profile: 'live2026' | 'ptv34', staleMonths = 36): ContentFinding[] {
  const entities = [
    ...(catalogue.organization ? [catalogue.organization] : []),
    ...catalogue.services,
    ...catalogue.channels,
    ...(catalogue.serviceCollections ?? []),
  ];
  return checkContent(entities, { now, staleMonths, profile, catalogue });
}

describe('readCatalogue + checkContent on a seeded simulator catalogue', () => {
  it('reads every published service and channel with connections and the organisation', () => {
    const ids = new Set(
      [...catalogue.services, ...catalogue.channels, ...(catalogue.serviceCollections ?? [])].map(
        (e) => e.id,
      ),
    );
    for (const id of [...seeded.clean, ...Object.values(seeded.planted)]) expect(ids.has(id)).toBe(true);
    expect(catalogue.organization?.id).toBe(sim.organizationId);
    expect(catalogue.connections.length).toBeGreaterThanOrEqual(3 * 2 + 7);
    expect(progress.some((p) => p.phase === 'services')).toBe(true);
    // The attached general description is read from the simulator's seeded set; nothing is archived
    // automatically.
    const gdId = catalogue.services.find(
      (s) => s.id === seeded.planted.generalDescriptionCopy,
    )?.generalDescriptionId;
    expect(gdId && catalogue.generalDescriptions.get(gdId)?.name).toBe('Kotihoito');
    expect(catalogue.serviceCollections?.map((c) => c.id)).toContain(seeded.planted.collectionPlaceholder);
    expect(catalogue.notes).toEqual([]);
    expect(catalogue.archivedAutomatically).toEqual([]);
  });

  it('every planted rule fires on its planted entity', () => {
    const ptv34 = run('ptv34');
    const live = run('live2026');
    for (const [key, rules] of Object.entries(PLANTED_RULES) as [PlantedKey, readonly string[]][]) {
      const id = seeded.planted[key];
      const findings = key === 'longDescription' ? ptv34 : live;
      for (const rule of rules) {
        expect(
          findings.some((f) => f.rule === rule && f.entityId === id),
          `${rule} on ${key}`,
        ).toBe(true);
      }
    }
    // Under the profile it was written with, the long description is accepted.
    expect(
      live.some((f) => f.rule === 'MODEL.refused' && f.entityId === seeded.planted.longDescription),
    ).toBe(false);
  });

  it('stays silent on the clean part of the catalogue', () => {
    const clean = new Set(seeded.clean);
    const onClean = run('live2026').filter((f) => clean.has(f.entityId));
    expect(onClean).toEqual([]);
  });

  it('flags content not modified within the staleness limit, using PTV modified dates', () => {
    const stale = run('live2026', 12).filter((f) => f.rule === 'FRESH.stale');
    // Services and channels only: a collection's `modified` is not part of the freshness check.
    expect(stale.length).toBe(catalogue.services.length + catalogue.channels.length);
    expect(run('live2026', 36).filter((f) => f.rule === 'FRESH.stale')).toEqual([]);
  });
});
