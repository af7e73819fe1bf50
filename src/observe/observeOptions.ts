import type { ItemResult, ReportModel, RunStatus } from '../report/model.js';
import type { Lang } from '../report/labels.js';
import type { ReportFormat } from '../report/renderReports.js';
import type { RuleProfile } from '../rules/types.js';
import type { SimulatorOptions } from '../simulator/index.js';
import type { CoverageBoard } from './observeTypes.js';

/** The documented default port of `ptv-readiness observe`. */
export const DEFAULT_OBSERVE_PORT = 8411;
/** Largest request body the proxy buffers; PTV's own limit is far below (it refuses megabyte bodies). */
export const MAX_OBSERVED_BODY = 64 * 1024 * 1024;
/** `until: 'covered'` stops once covered and the traffic has been quiet this long. */
export const COVERED_QUIET_MS = 3_000;

export type ObserveTargetInput =
  'sim' | { name?: 'cte' | 'custom'; apiUrl: string; tokenUrl: string; authShape?: 'cte' | 'prod' };

export interface ObserveOptions {
  /** `sim` starts the embedded simulator (fresh, 127.0.0.1:0); otherwise the target's two URLs. */
  target: ObserveTargetInput;
  /** 0 = any free port; default DEFAULT_OBSERVE_PORT. Always on 127.0.0.1. */
  port?: number;
  /** Reports directory: the run writes `<outDir>/<run-id>/`. */
  outDir: string;
  /**
   * `covered`: stop once every requirement was exercised and no exchange came for `quietMs`;
   * a number: stop after that many ms.
   */
  until?: 'covered' | number;
  /** Quiet time before `until: 'covered'` stops (default COVERED_QUIET_MS). */
  quietMs?: number;
  ruleProfile?: RuleProfile;
  /** Report languages, first = primary (default fi,en). */
  langs?: Lang[];
  /** Report views written at stop (default html, md, junit; the CLI adds pdf). */
  formats?: ReportFormat[];
  /** Largest request body forwarded (default MAX_OBSERVED_BODY); larger ones get 413 and a finding. */
  maxBodyBytes?: number;
  /** Options for the embedded simulator (`target: 'sim'` only): defects, users, latency. */
  sim?: Omit<SimulatorOptions, 'host' | 'port'>;
  /** Called after every exchange and judgement (the CLI redraws its board). */
  onChange?: (board: CoverageBoard) => void;
  /** Organisation / tester facts for the report cover. */
  organization?: { name?: string; businessId?: string };
  tester?: { name?: string; email?: string; phone?: string };
}

export interface ObserveHandle {
  /** API base the integration must use (`http://127.0.0.1:<port>`, serving `/api/v11/...`). */
  apiUrl: string;
  /** Token URL the integration must use (`http://127.0.0.1:<port>/api/auth/api-login`). */
  tokenUrl: string;
  runDir: string;
  runId: string;
  /** `target: 'sim'`: the simulator's API user (the integration logs in with these). */
  simCredentials?: { username: string; password: string };
  /** `target: 'sim'`: the simulator's seeded organisation id. */
  simOrganizationId?: string;
  coverage(): CoverageBoard;
  /** Resolves once every required row was exercised and every read-back settled. */
  whenCovered(): Promise<void>;
  /** Resolves when the proxy stopped on its own (`until`), with the same result as stop(). */
  stopped: Promise<ObserveResult>;
  /** Stops accepting traffic, finishes the read-backs, writes report.json and the views. */
  stop(options?: { interrupted?: boolean }): Promise<ObserveResult>;
}

export interface ObserveResult {
  runDir: string;
  status: RunStatus;
  items: ItemResult[];
  /** Render or secret-scan problems (the run still has report.json). */
  errors: { code: string; message: string }[];
  /** The report model as written to report.json. */
  model: ReportModel;
}
