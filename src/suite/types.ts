/**
 * The worker-side kit the readiness suites (suites/*.suite.ts) are written with. Implemented in
 * src/suite/ by the run engine; suites import it from src/suite/index.js.
 */
import type { Finding } from '../core/finding.js';
import type { AuthShape, RuleProfile, TargetName } from '../core/vocabulary.js';
import type { DvvItem, ReadBack } from '../report/model.js';
import type { PtvClient } from '../client/ptvClient.js';

/** Settings the run engine provides to every worker (structured-clone safe, never secrets). */
export interface SuiteSettings {
  runId: string;
  runDir: string;
  targetName: TargetName;
  apiUrl: string;
  tokenUrl: string;
  authShape: AuthShape;
  /** Organisation under which test material is created (PTV_ORGANIZATION_ID or the token's). */
  organizationId?: string;
  seed: number;
  /** ISO date the fixtures use as faker's reference date. */
  referenceDate: string;
  ruleProfile: RuleProfile;
  /** Simulator control surface base URL (only for the sim target). */
  controlUrl?: string;
  simulated: boolean;
  /** Max bytes of a body kept in evidence. */
  evidenceBodyLimit: number;
  concurrency: number;
  /** Suite ids selected with --suites (empty = all). */
  suites: string[];
  /** The v12 gateway base URL when the run reads v12 (`--read-api v12|both`). */
  v12ApiUrl?: string;
  /** V12 read-back: propagation deadline after the last write, poll interval, defer (ms / flag). */
  v12?: { waitMs: number; pollMs: number; defer: boolean };
  /** `v12`: the v12 write profile (suites/v12/); absent = v11. */
  writeApi?: 'v11' | 'v12';
  /** The v12 write route map the workers load (`--write-api v12`): its file, status and sha256. */
  v12Routes?: { file: string; status: 'inferred' | 'published'; source: string; sha256: string };
}

export interface StepMeta {
  /** Stable case id, e.g. `ORG-01`; also the start of the vitest test name. */
  id: string;
  dvv: DvvItem;
  title: string;
}

/** Evidence a step records; it reaches the report through task.meta. */
export interface StepRecorder {
  finding(f: Finding): void;
  readBack(rb: ReadBack): void;
  ptvMessages(...messages: string[]): void;
  entity(id: string): void;
  /** The case used an inferred v12 route: it is reported `provisional` (v12-migration.md §4.8). */
  provisional(): void;
}

export interface StepContext {
  caseId: string;
  client: PtvClient;
  settings: SuiteSettings;
  record: StepRecorder;
  /**
   * Skip this case with a reason (e.g. "not testable on CTE: no control surface"). Later steps of the
   * flow still run; steps that `need` this case are blocked by it. Pass `blockFlow: true` when the rest
   * of the flow builds on what this step would have done.
   */
  skip(reason: string, opts?: { blockFlow?: boolean }): never;
}
