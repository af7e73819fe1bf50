import type { Server } from 'node:http';
import type { Dispatcher } from 'undici';
import type { Lang } from '../report/labels.js';
import type { ReportFormat } from '../report/renderReports.js';
import type { Simulator } from '../simulator/index.js';
import type { CoverageWatch } from './coverageWatch.js';
import { finishObserve } from './finishObserve.js';
import type { Judge } from './judgeWrite.js';
import type { ObserveResult } from './observeOptions.js';

export interface RunningObserve {
  server: Server;
  judge: Judge;
  watch: CoverageWatch;
  /** Aborts forwards still in flight once the server stopped taking requests. */
  abort: AbortController;
  dispatcher: Dispatcher;
  sim?: Simulator;
  runDir: string;
  formats: ReportFormat[];
  langs: Lang[];
  /** Every secret learnt, for the report's secret scan. */
  secrets: () => readonly string[];
}

/**
 * Stops in the order that loses nothing: no new requests, the read-backs finished, the board's last
 * state told, then the connections closed and the report written from the log.
 */
export async function stopObserve(p: RunningObserve, interrupted: boolean): Promise<ObserveResult> {
  await new Promise<void>((resolve) => {
    p.server.close(() => resolve());
    p.server.closeIdleConnections();
  });
  await p.judge.drain();
  p.watch.flush();
  p.abort.abort();
  await p.dispatcher.close().catch(() => undefined);
  await p.sim?.close();
  return finishObserve({
    runDir: p.runDir,
    finishedAt: new Date(),
    formats: p.formats,
    langs: p.langs,
    secrets: p.secrets(),
    ...(interrupted && { errors: [{ code: 'PTVR_INTERRUPTED', message: 'observe was interrupted' }] }),
  });
}
