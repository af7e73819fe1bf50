/**
 * The worker-side kit the readiness suites (suites/*.suite.ts) are written with. Implemented in
 * src/suite/ by the run engine; suites import it from src/suite/index.js.
 */
import type { Finding } from '../core/finding.js';
import type { AuthShape, RuleProfile, TargetName } from '../core/vocabulary.js';
import type { CaseV12, DvvItem, ReadBack } from '../report/model.js';
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

/** How a step is ordered against cases outside its flow (see src/suite/blocking.ts). */
export interface StepOrder {
  /** Cases that must have passed: a failed, skipped or blocked one blocks this step. */
  needs?: string[];
  /** Cases that must have finished first, whatever their outcome (what they read, this step changes). */
  after?: string[];
  /**
   * An independent case of several round trips in a row (T5's normalisations: write, then read back):
   * it gets a place before the single-request independent cases, which were queued before it, so it
   * does not start last and set the run's end (src/suite/caseSlots.ts).
   */
  early?: boolean;
}

/** Evidence a step records; it reaches the report through task.meta. */
export interface StepRecorder {
  finding(f: Finding): void;
  readBack(rb: ReadBack): void;
  ptvMessages(...messages: string[]): void;
  entity(id: string): void;
  /** How a V12 per-role case's entity reached v12 (observed delay, id mapping, stale polls). */
  v12(info: CaseV12): void;
  /** The case depends on an inferred v12 write route: the report marks it provisional. */
  provisional(): void;
}

/** What a sub-case body gets: its own recorder (its requests are its evidence) and a skip that returns. */
export interface SubCaseContext {
  record: StepRecorder;
  /** Marks the sub-case skipped with this reason (does not throw: the parent step goes on). */
  skip(reason: string): void;
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
  /**
   * A case whose id is known only at run time (`V12-SRV-01`, one per entity the run wrote). It is
   * reported in place of this step, after the step's other sub-cases, with the same DVV item and file;
   * it fails on its own error findings. A step with sub-cases records nothing of its own.
   */
  subCase(
    meta: { id: string; title: string },
    body: (sub: SubCaseContext) => Promise<void> | void,
  ): Promise<void>;
}
