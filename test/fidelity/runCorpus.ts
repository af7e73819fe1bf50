/**
 * `npm run fidelity`: replays the fidelity corpus (test/fidelity/behaviours) against a fresh simulator in
 * each rule profile and prints the agreement `N/M (x %)` and every divergence with its source. Known
 * divergences count as disagreeing. Exit 0 always (a measurement, not a gate: the integration test gates).
 */
import { behavioursFor, BEHAVIOURS, PROFILES } from './behaviours/index.js';
import { startCorpusSim } from './runBehaviour.js';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = process.argv.includes('--verbose');
let agreeAll = 0;
let totalAll = 0;
for (const profile of PROFILES) {
  const corpus = await startCorpusSim(profile);
  const list = behavioursFor(profile).filter(
    (b) => only.length === 0 || only.some((o) => b.id.startsWith(o)),
  );
  const divergent: string[] = [];
  for (const [i, b] of BEHAVIOURS.entries()) {
    if (!list.includes(b)) continue;
    let diffs: string[];
    try {
      diffs = await corpus.run(b, i);
    } catch (err) {
      diffs = [`runner error: ${(err as Error).message}`];
    }
    if (diffs.length === 0 && !b.knownDivergence) agreeAll++;
    else {
      const why = b.knownDivergence ? `  [known: ${b.knownDivergence}]` : '';
      const detail = diffs.length === 0 ? ['(agrees now: remove it from knownDivergences.ts)'] : diffs;
      divergent.push(
        `  ${b.id}${why}\n    ${b.title}\n    source: ${b.source}\n    ${detail.join('\n    ')}`,
      );
    }
    totalAll++;
  }
  await corpus.close();
  const agree = list.length - divergent.length;
  console.log(`${profile}: ${agree}/${list.length} agree (${((100 * agree) / list.length).toFixed(1)} %)`);
  if (divergent.length)
    console.log(
      verbose || divergent.length < 80 ? divergent.join('\n') : `${divergent.length} divergences (--verbose)`,
    );
}
console.log(
  `fidelity corpus: ${agreeAll}/${totalAll} behaviour runs agree (${((100 * agreeAll) / totalAll).toFixed(1)} %) across ${PROFILES.join(', ')}; ${BEHAVIOURS.length} behaviours`,
);
