import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createVitest, type Reporter, type Vitest } from 'vitest/node';
import { packageRoot } from '../core/toolVersion.js';
import { CatalogueSequencer } from './catalogueSequencer.js';
import { planSuites } from './planSuites.js';
import { SIDE_BY_SIDE_ENTRY, SUITE_VITEST_CONFIG, suiteResolveConditions } from './suiteVitestConfig.js';
import type { SuiteSettings } from '../suite/types.js';
import type { PreflightGate } from './preflightGate.js';
import '../suite/provided.js';

/** Far above any run's number of cases (the catalogue has ~530): vitest never holds a case back. */
export const VITEST_MAX_CONCURRENCY = 100_000;

/** This module is the TypeScript source (vitest / tsx running it), not the compiled dist/. */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');

export interface VitestHandle {
  vitest: Vitest;
  /** Everything vitest itself printed (kept for harness-error messages; never shown unredacted). */
  output(): string;
  /**
   * Settles when vitest has spawned its worker (the worker's output is piped into ours): work the
   * CLI defers until then cannot delay the spawn. Never settles when no worker starts.
   */
  spawned: Promise<void>;
}

/**
 * A vitest instance with the suite settings (suiteVitestConfig.ts), our reporter only, settings
 * through `provide` (key `ptvr`) and the secrets through the workers' environment.
 */
export async function createSuiteVitest(opts: {
  settings: SuiteSettings;
  reporters: Reporter[];
  /** Environment variables for the workers (credentials). */
  workerEnv: Record<string, string>;
  /** Tests only: run another directory's *.suite.ts. */
  suitesDir?: string;
  /** The run's preflight gate (preflightGate.ts): its plugin and its worker-side setup file. */
  gate?: { plugin: PreflightGate['plugin']; setupFile: string };
}): Promise<VitestHandle> {
  const root = packageRoot();
  let captured = '';
  const sink = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      if (captured.length < 200_000) captured += chunk.toString();
      cb();
    },
  });
  const spawned = new Promise<void>((resolve) => sink.once('pipe', () => resolve()));
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((sig) => [sig, new Set(process.listeners(sig))]));
  const vitest = await createVitest(
    'test',
    {
      root,
      config: false,
      ...SUITE_VITEST_CONFIG,
      reporters: opts.reporters,
      provide: { ptvr: opts.settings },
      env: opts.workerEnv,
      // Not the limit: vitest counts a case waiting in step() for its needs or for a place as
      // running, so waiting cases would keep runnable ones out. Every case may start at once;
      // src/suite/caseSlots.ts lets --concurrency of them run.
      maxConcurrency: VITEST_MAX_CONCURRENCY,
      sequence: { concurrent: false, shuffle: false, sequencer: CatalogueSequencer },
      ...(opts.suitesDir !== undefined && {
        include: [`${relative(root, opts.suitesDir)}/**/*.suite.ts`, SIDE_BY_SIDE_ENTRY],
      }),
      ...(opts.gate && { setupFiles: [opts.gate.setupFile] }),
    },
    {
      // The package root may be read-only (global install): keep vite's cache in tmp.
      cacheDir: join(tmpdir(), 'ptv-readiness-vite'),
      ssr: { resolve: { conditions: suiteResolveConditions(RUNNING_FROM_SOURCE) } },
      ...(opts.gate && { plugins: [opts.gate.plugin] }),
    },
    { stdout: sink, stderr: sink },
  );
  // vitest's Logger installs SIGINT/SIGTERM handlers that process.exit() a millisecond later, which
  // would lose report.json. The CLI owns signals (ctx.signal → cancelCurrentRun), so take them back.
  for (const sig of signals) {
    for (const l of process.listeners(sig)) if (!before.get(sig)?.has(l)) process.off(sig, l);
  }
  return { vitest, output: () => captured, spawned };
}

/**
 * Runs the suite files (absolute paths, catalogue order) as planSuites groups them: through the one
 * side-by-side entry, so independent suites overlap inside the single worker (one token, one ledger).
 */
export function runSuites(vitest: Vitest, files: readonly string[]): ReturnType<Vitest['start']> {
  vitest.provide('ptvrSuites', planSuites(files, packageRoot()));
  return vitest.start([join(packageRoot(), SIDE_BY_SIDE_ENTRY)]);
}
