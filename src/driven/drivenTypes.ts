import type { DvvItem } from '../core/vocabulary.js';

/** Adapter contract version (driven-contract.md / docs/driven.md). */
export const CONTRACT_VERSION = 1;

export const DRIVEN_KINDS = [
  'organization',
  'service',
  'channel/echannel',
  'channel/phone',
  'channel/webpage',
  'channel/printableform',
  'channel/servicelocation',
  'connection',
] as const;
export type DrivenKind = (typeof DRIVEN_KINDS)[number];

export type DrivenOperation = 'capabilities' | 'create' | 'update' | 'delete' | 'sync';
/** Operations that change the source system (each followed by a sync and a wait for PTV). */
export type ChangeOperation = 'create' | 'update' | 'delete';

/** One reference to another record of the scenario, as the adapter sees it. */
export interface DrivenRef {
  sourceSystemId?: string;
  ptvId?: string;
}

/** The stdin document of create / update / delete. */
export interface ChangeRequest {
  contract: 1;
  operation: ChangeOperation;
  kind: DrivenKind;
  step: string;
  runId: string;
  marker: string;
  sourceSystemId: string | null;
  suggestedSourceId?: string;
  refs: Record<string, DrivenRef>;
  material?: Record<string, unknown>;
  ptvBody?: Record<string, unknown>;
}

/** The stdout document of create / update (delete answers `{}`). */
export interface ChangeAnswer {
  sourceSystemId?: string;
  sourceId?: string;
}

export interface Capabilities {
  contract: number;
  name?: string;
  kinds: DrivenKind[];
  /** Material field names per kind the integration does not send to PTV. */
  notMapped: Partial<Record<DrivenKind, string[]>>;
  sync: 'on-demand' | 'scheduled';
  /** False when the adapter had no (valid) capabilities answer and the defaults apply. */
  declared: boolean;
}

/** What one driver call left behind for the evidence. */
export interface DriverCall<T> {
  answer: T;
  /** Redacted, capped stderr of the adapter (command driver) or the user's input (manual). */
  stderrTail?: string;
  durationMs: number;
}

/**
 * How a scenario step reaches the source system: an adapter executable (`command`) or a person
 * following printed instructions (`manual`). Errors are PtvrErrors (PTVR_ADAPTER_*, PTVR_USAGE).
 */
export interface Driver {
  readonly mode: 'command' | 'manual';
  capabilities(): Promise<DriverCall<Capabilities>>;
  change(req: ChangeRequest): Promise<DriverCall<ChangeAnswer>>;
  sync(step: string, runId: string): Promise<DriverCall<{ ran: boolean }>>;
}

/** One step of the driven scenario. */
export interface ScenarioStep {
  /** Stable case id: `DRV-T2-01`. */
  caseId: string;
  /** `T2.create`: what PTVR_STEP says and the journal keys by. */
  key: string;
  item: DvvItem;
  operation: ChangeOperation;
  kind: DrivenKind;
  /** The scenario record this step changes (`service`, `echannel`, `conn-servicelocation`, …). */
  record: string;
  /** Records that must exist (found in PTV) before this step can run. */
  needs: string[];
  title: string;
}
