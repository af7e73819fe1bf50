import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { SUITE_IDS, type SuiteId } from '../core/vocabulary.js';

export { SUITE_IDS };

/** The suite id a file belongs to: `t3.suite.ts`, `t3-services.suite.ts` → `t3`. */
export function suiteIdOf(fileName: string): SuiteId | undefined {
  const m = /^([a-z]+\d*)(?:[-.])/i.exec(fileName);
  const id = m?.[1]?.toLowerCase();
  return SUITE_IDS.find((s) => s === id);
}

/**
 * Absolute paths of the suite files for the selected ids (all when `selected` is empty), in the
 * catalogue order conn, t1…t6, pit, so a run reads like DVV's list.
 */
export function suiteFiles(suitesDir: string, selected: readonly SuiteId[]): string[] {
  if (!existsSync(suitesDir)) {
    throw new PtvrError('PTVR_INTERNAL', `The suites directory is missing: ${suitesDir}`, {
      hint: 'the installed package is incomplete; reinstall ptv-readiness',
    });
  }
  const files = readdirSync(suitesDir)
    .filter((f) => f.endsWith('.suite.ts'))
    .map((f) => ({ f, id: suiteIdOf(f) }))
    .filter((x) => x.id !== undefined && (selected.length === 0 || selected.includes(x.id)))
    .sort((a, b) => SUITE_IDS.indexOf(a.id!) - SUITE_IDS.indexOf(b.id!) || a.f.localeCompare(b.f));
  if (files.length === 0) {
    throw new PtvrError(
      'PTVR_USAGE',
      `No suite files for ${selected.length ? selected.join(',') : 'any suite'} in ${suitesDir}`,
      {
        hint: `suite ids: ${SUITE_IDS.join(',')}`,
      },
    );
  }
  return files.map((x) => join(suitesDir, x.f));
}
