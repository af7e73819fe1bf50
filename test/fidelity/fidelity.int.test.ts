/**
 * The fidelity corpus (test/fidelity/behaviours: PTV behaviours written from PTV 3.4's source and the
 * reference notes) against the real simulator on 127.0.0.1:0, one test per behaviour and profile, titled
 * with its citation. A known divergence is an expected failure: it turns red when the simulator agrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEHAVIOURS, behavioursFor, PROFILES } from './behaviours/index.js';
import { startCorpusSim, type CorpusSim } from './runBehaviour.js';

describe.each(PROFILES)('fidelity corpus, profile %s', (profile) => {
  let corpus: CorpusSim;
  beforeAll(async () => {
    corpus = await startCorpusSim(profile);
  });
  afterAll(async () => {
    await corpus?.close();
  });
  for (const b of behavioursFor(profile)) {
    const index = BEHAVIOURS.indexOf(b);
    const title = `${b.id}: ${b.title} — ${b.source}`;
    const test = async () => {
      expect(await corpus.run(b, index)).toEqual([]);
    };
    if (b.knownDivergence) it.fails(`${title} [known divergence: ${b.knownDivergence}]`, test);
    else it(title, test);
  }
});
