import type { RunStatus } from '../report/model.js';
import type { IndexEntry, RunIndex } from './runIndex.js';

/** Who ran against what: runs are compared only within the same target and actor. */
export interface RunKey {
  id: string;
  startedAt: string;
  target: { name: string; apiUrl: string };
  actor: string;
}

/**
 * The series a run belongs to: target and actor. The embedded simulator listens on a fresh port every
 * run, so its URL does not tell runs apart; any other target is told apart by its API URL.
 */
export function seriesOf(e: Pick<RunKey, 'target' | 'actor'>): string {
  const where = e.target.name === 'sim' ? 'sim' : `${e.target.name} ${e.target.apiUrl}`;
  return `${where} (${e.actor})`;
}

const sameSeries = (e: IndexEntry, k: RunKey): boolean =>
  e.kind === 'run' && e.id !== k.id && seriesOf(e) === seriesOf(k) && e.startedAt <= k.startedAt;

/** The latest earlier run of the same target and actor (any verdict), or undefined. */
export function previousRunIn(index: RunIndex, k: RunKey): IndexEntry | undefined {
  return index.runs.filter((e) => sameSeries(e, k)).at(-1);
}

/** The latest earlier run of the same target and actor that went into a bundle (the last round). */
export function lastBundledRunIn(index: RunIndex, k: RunKey): IndexEntry | undefined {
  return index.runs.filter((e) => sameSeries(e, k) && e.bundled !== undefined).at(-1);
}

/** `previousRun` of the report model: the run's id, its directory relative to this run's, its verdict. */
export function previousRunLink(
  e: IndexEntry | undefined,
): { id: string; dir: string; status: RunStatus } | undefined {
  return e && { id: e.id, dir: `../${e.dir}`, status: e.status };
}
