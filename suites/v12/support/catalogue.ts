/**
 * The v12 write profile reports under the v11 catalogue's case ids and titles (v12-migration.md §4.8),
 * so `diff <v11 run> <v12 run>` lines up case by case. The titles come from the one catalogue the
 * report's fi/en texts use (src/report/caseTexts.ts), whose unit test ties them to the v11 suites.
 */
import { CASE_TITLES, type DvvItem, step, type StepContext } from '#ptvr';

export function v11Title(id: string): string {
  const t = CASE_TITLES[id];
  if (!t) throw new Error(`no catalogue title for ${id} (src/report/caseTexts.ts)`);
  return t.en;
}

/** A step with the v11 case's id and title. */
export function sameCase(
  id: string,
  dvv: DvvItem,
  fn: (ctx: StepContext) => Promise<void>,
  opts: { needs?: string[] } = {},
): void {
  step({ id, dvv, title: v11Title(id), ...(opts.needs && { needs: opts.needs }) }, fn);
}
