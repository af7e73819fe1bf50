import { basename, relative } from 'node:path';
import type { SuiteGroup, SuitePlan } from '../suite/suitePlan.js';
import { suiteIdOf } from './suiteFiles.js';

/**
 * Which suite files run side by side. CONN runs first on its own (a broken connection shows before
 * anything else writes) and the V12 read-back last on its own (it reads everything the run wrote);
 * T1–T6 and PIT share no entities and no `needs`, so they run alongside, each file's own flows in their
 * order (PIT's 429 case throttles only its own route, so it runs alongside too). Files keep the given
 * (catalogue) order, so the report lists cases as before.
 */
export function planSuites(files: readonly string[], root: string): SuitePlan {
  const groups: SuiteGroup[] = [];
  for (const path of files) {
    const id = suiteIdOf(basename(path));
    const alongside = id !== 'conn' && id !== 'v12';
    const last = groups[groups.length - 1];
    // Consecutive alongside files share a group; CONN and V12 files each stand alone.
    const group = alongside && last?.alongside ? last : { alongside, files: [] };
    if (group !== last) groups.push(group);
    group.files.push({ path, file: relative(root, path) });
  }
  return { groups };
}
