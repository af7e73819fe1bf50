import { join } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { PtvrError } from '../core/errors.js';
import { createRedactor } from '../core/redactor.js';
import { packageRoot } from '../core/toolVersion.js';
import type { CaseResult } from '../report/model.js';
import { Collector } from './collector.js';
import { createSuiteVitest } from './runVitest.js';
import { SUITE_IDS, suiteFiles } from './suiteFiles.js';
import { suitesDirFor } from './v12WriteProfile.js';

export type CatalogueEntry = Pick<CaseResult, 'id' | 'dvvItem' | 'title' | 'file'>;

/**
 * The case catalogue without running anything: vitest collects the suite files (the step meta is set
 * at collection time) and no target is started.
 */
export async function listCases(
  config: ResolvedConfig,
  opts: { suitesDir?: string } = {},
): Promise<CatalogueEntry[]> {
  const files = suiteFiles(
    opts.suitesDir ?? suitesDirFor(join(packageRoot(), 'suites'), config),
    config.suites.length || config.writeApi === 'v11' ? config.suites : SUITE_IDS.filter((s) => s !== 'v12'),
  );
  const collector = new Collector(packageRoot(), createRedactor());
  const { vitest, output } = await createSuiteVitest({
    // Placeholder settings: collection must not need them, but inject() stays typed.
    settings: {
      runId: 'list',
      runDir: '',
      targetName: config.target.name,
      apiUrl: '',
      tokenUrl: '',
      authShape: config.target.authShape,
      seed: config.seed,
      referenceDate: config.referenceDate,
      ruleProfile: config.ruleProfile,
      simulated: config.target.name === 'sim',
      evidenceBodyLimit: config.evidenceBodyLimit,
      concurrency: config.concurrency,
      suites: [...config.suites],
      ...(config.writeApi === 'v12' && { writeApi: 'v12' as const }),
    },
    reporters: [collector],
    workerEnv: {},
    ...(opts.suitesDir !== undefined && { suitesDir: opts.suitesDir }),
  });
  try {
    const result = await vitest.collect(files);
    if (result.unhandledErrors.length > 0) {
      throw new PtvrError(
        'PTVR_INTERNAL',
        `Collecting the suites failed: ${String((result.unhandledErrors[0] as Error)?.message ?? '')}`,
        {
          details: { output: output().slice(-2000) },
        },
      );
    }
    for (const m of result.testModules) collector.onTestModuleCollected(m);
  } finally {
    await vitest.close();
  }
  return collector.results(false).map(({ id, dvvItem, title, file }) => ({ id, dvvItem, title, file }));
}

export function formatCatalogue(entries: readonly CatalogueEntry[]): string {
  const w = Math.max(4, ...entries.map((e) => e.id.length));
  return entries.map((e) => `${e.id.padEnd(w)}  ${e.dvvItem.padEnd(4)}  ${e.title}\n`).join('');
}
