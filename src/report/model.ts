import type { Finding } from '../core/finding.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import type { ChannelType, DvvItem, ObjectType, RuleProfile, TargetName } from '../core/vocabulary.js';

/** DVV's technical test items plus the connection checks and the reported pitfalls. */
export type { DvvItem };

export type CaseStatus = 'passed' | 'failed' | 'skipped';

/** Who made the writes the report judges: ptv-readiness's own suites, or the organisation's integration. */
/** `driven`: the organisation's integration, driven step by step through its source system (#12). */
export type Actor = 'builtin' | 'observed' | 'driven';

export type ItemStatus = 'passed' | 'failed' | 'not-demonstrated' | 'not-run';

/** One DVV item's outcome (contract: /work/wt/_brief/contract.md). */
export interface ItemResult {
  /** CONN, T1..T6 (DVV's items) and PIT (ours; not counted for READY). */
  id: DvvItem;
  /**
   * passed: demonstrated, no failing case / error finding; failed: at least one; not-demonstrated:
   * observed but nothing showed it; not-run: not selected (--suites subset) or stopped before it ran.
   */
  status: ItemStatus;
  cases: { passed: number; failed: number; skipped: number };
  /** Short reasons a reviewer reads, e.g. "no PrintableForm channel created" (observe). */
  notes?: string[];
}

/** One field of a read-back comparison: what was sent (IN) against what PTV returned (OUT). */
export interface ReadBackField {
  path: string;
  sent: unknown;
  read: unknown;
  ok: boolean;
  /** The neutral key the field is (`service.summary.sv`, src/neutral); absent in older files. */
  key?: string;
  /** A v11 field carrying several neutral keys (`serviceDescriptions` → summary, description… per language). */
  keys?: string[];
  /** Canonical values compared (v12 read-back: neutral(sent) against neutral(read)). */
  canonSent?: unknown;
  canonRead?: unknown;
  /** How the value crossed the mapping: equal, equal after a transform, or a key v12 cannot carry / only v12 has. */
  mapping?: 'exact' | 'transform' | 'dropped' | 'v12only';
}

export interface ReadBack {
  /** e.g. `GET /api/v11/Service/{id}` */
  endpoint: string;
  entityId?: string;
  fields: ReadBackField[];
}

export interface CaseResult {
  /** Stable case id: `ORG-01`, `FMT-017`. */
  id: string;
  dvvItem: DvvItem;
  title: string;
  status: CaseStatus;
  /** For skipped cases: the case that blocked this one (`ORG-01`). */
  blockedBy?: string;
  /** Free-text reason for a skip ("not testable on CTE: ..."). */
  skipReason?: string;
  durationMs: number;
  /** HTTP attempts the case made (retries included). */
  attempts: number;
  findings: Finding[];
  evidenceIds: string[];
  /** PTV ids the case created or touched. */
  entityIds: string[];
  /** Messages PTV answered (connection strings, 400 messages), verbatim. */
  ptvMessages: string[];
  readBacks: ReadBack[];
  /** Suite file relative to the package root. */
  file: string;
  /** Error text when the case failed on an exception rather than on findings. */
  error?: string;
  /** Depends on an inferred v12 write route (v12-migration.md §4.8): not valid for submission. */
  provisional?: boolean;
  /** A V12 per-role read-back (§4.11): how the role reached v12. */
  v12?: CaseV12;
}

/** How one role reached the v12 side (§4.5, §4.11). */
export interface CaseV12 {
  /** Settled on v12 this long after the harness received the role's last v11 write (resolution: the poll). */
  observedDelayMs?: number;
  /** `same`: v12 `contentId` = v11 id; `byName`: found by its run-tagged name (§4.5 id fallback). */
  idMapping?: 'same' | 'byName';
  /** Polls that still saw the role missing or on an older version before it settled. */
  stalePolls?: number;
}

/** Which API a run wrote through and which it read back through (§4.11). */
export type ApiVersion = 'v11' | 'v12';

export interface MaterialEntry {
  objectType: ObjectType;
  channelType?: ChannelType;
  id: string;
  sourceId?: string;
  caseId?: string;
  finalState: 'archived' | 'kept' | 'live';
}

export interface TargetInfo {
  name: TargetName;
  apiUrl: string;
  tokenUrl: string;
  /** = `api.write`, kept for schema-1 readers. */
  apiVersion: ApiVersion;
  /** Absent in schema-1 files: there it is write v11, read v11 (see `apiOf`). */
  api?: { write: ApiVersion; read: ApiVersion[] };
  /** The v12 gateway the run read (and wrote, with `--api v12`) through. */
  v12ApiUrl?: string;
  /** The v12 write route map the run used (`--api v12`): inferred until DVV publishes the routes. */
  v12Routes?: { status: 'inferred' | 'published'; source: string; sha256: string };
  simulated: boolean;
  /** Simulator behaviour profile, when the target is the simulator. */
  simulatorProfile?: RuleProfile;
}

/**
 * Which DVV items a run covered. `notRun`: DVV items (CONN, T1–T6) not selected or with no case run;
 * `incomplete`: items that ran with some cases skipped or blocked. Either keeps the verdict from READY.
 */
export interface Coverage {
  selected: DvvItem[];
  notRun: DvvItem[];
  incomplete?: DvvItem[];
}

/**
 * passed = READY (every DVV item ran, every case passed); partial = a subset ran or DVV cases were
 * skipped; not-run = the harness stopped before any case ran (`errors[0].code` says why); rehearsal =
 * every executed case passed on a provisional profile (v12 writes through inferred routes): never
 * READY, not valid for submission.
 */
export type RunStatus = 'passed' | 'failed' | 'partial' | 'error' | 'interrupted' | 'not-run' | 'rehearsal';

/** The report.json schema this build writes; readers accept every version in REPORT_SCHEMA_VERSIONS. */
export const REPORT_SCHEMA_VERSION = 2;
/** 1: before v12 (no `target.api`); 2: v12 reads and writes (§4.11). */
export const REPORT_SCHEMA_VERSIONS = [1, 2] as const;

export interface ReportModel {
  schemaVersion: (typeof REPORT_SCHEMA_VERSIONS)[number];
  status: RunStatus;
  /** Absent in report.json files written before coverage was recorded. */
  coverage?: Coverage;
  /** Absent in older files = 'builtin'. */
  actor?: Actor;
  /** Every DVV item + PIT, in catalogue order; absent in older files (deriveItems computes it). */
  items?: ItemResult[];
  /** Run id and relative path of the previous run of the same target + actor (issue #19). */
  previousRun?: { id: string; dir: string; status: RunStatus };
  run: {
    id: string;
    startedAt: string;
    finishedAt: string;
    durationMs: number;
    seed: number;
    referenceDate: string;
    ruleProfile: RuleProfile;
    suites: string[];
    kept: boolean;
  };
  target: TargetInfo;
  tool: { name: string; version: string; node: string; vitest: string; faker: string };
  organization: { name?: string; ptvOrganizationId?: string; businessId?: string };
  tester: { name?: string; email?: string; phone?: string };
  token?: { shape: 'ptvToken' | 'serviceToken'; lifetimeSeconds?: number; organizationId?: string };
  cases: CaseResult[];
  material: MaterialEntry[];
  /** Redacted evidence; may be capped (see evidenceTotal) — evidence.ndjson has all of it. */
  evidence: EvidenceEntry[];
  evidenceTotal: number;
  /** Harness errors (exit 2) and interruption notes. */
  errors: { code: string; message: string }[];
  /** Problems that do not stop the run (a business id failing its check digit). */
  warnings?: { code: string; message: string }[];
  /** Driven runs (#12): how long each source change took to show in PTV. */
  syncLatency?: SyncLatency;
}

/** One driven step's source change and when PTV showed it. */
export interface SyncLatencyRow {
  caseId: string;
  /** `T2.create` */
  step: string;
  item: DvvItem;
  operation: 'create' | 'update' | 'delete';
  kind: string;
  /** The adapter reported the source change done. */
  changedAt: string;
  /** First read that showed the change (absent: not seen within the sync timeout). */
  visibleAt?: string;
  latencyMs?: number;
  state: 'visible' | 'not-visible';
  /** Visible within the yardstick (DVV: changes and deletions in PTV at least once a day). */
  withinYardstick: boolean;
}

export interface SyncLatency {
  /** 24 h: DVV requires source changes and deletions in PTV at least once a day. */
  yardstickMs: number;
  rows: SyncLatencyRow[];
}

/** The APIs a run wrote and read through; schema-1 files (no `api`) wrote and read v11. */
export function apiOf(target: Pick<TargetInfo, 'apiVersion' | 'api'>): {
  write: ApiVersion;
  read: ApiVersion[];
} {
  return target.api ?? { write: target.apiVersion, read: [target.apiVersion] };
}
