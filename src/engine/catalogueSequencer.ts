import { basename } from 'node:path';
import type { TestSequencer, TestSpecification } from 'vitest/node';
import { SUITE_IDS, suiteIdOf } from './suiteFiles.js';

/**
 * Runs suite files in DVV's catalogue order (conn, t1…t6, pit), not vitest's default (slowest first),
 * so the run output and report read like DVV's list and T1's organisation exists before T2 uses it.
 */
export class CatalogueSequencer implements TestSequencer {
  shard(files: TestSpecification[]): TestSpecification[] {
    return files;
  }

  sort(files: TestSpecification[]): TestSpecification[] {
    const rank = (s: TestSpecification): number => {
      const id = suiteIdOf(basename(s.moduleId));
      return id === undefined ? SUITE_IDS.length : SUITE_IDS.indexOf(id);
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}
