import type { ItemResult, RunStatus } from './model.js';

/**
 * The verdict of a run judged by its items (observed and driven runs, which have no suite selection):
 * passed only when every required item passed, failed when one failed, partial when some were not
 * demonstrated; an interrupt or a harness error says so first.
 */
export function runStatusOfItems(
  required: readonly ItemResult[],
  o: { interrupted?: boolean; harnessError: boolean },
): RunStatus {
  if (o.interrupted) return 'interrupted';
  if (o.harnessError) return 'error';
  if (required.every((x) => x.status === 'passed')) return 'passed';
  return required.some((x) => x.status === 'failed') ? 'failed' : 'partial';
}
