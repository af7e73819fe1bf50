import type { Finding } from '../core/finding.js';
import type { ChannelType, ObjectType } from '../core/vocabulary.js';
import type { DvvItem, ReadBack } from '../report/model.js';

/** One request/response pair as the proxy forwarded it (raw: never written before redaction). */
export interface Exchange {
  method: string;
  /** Path and query as the integration sent them (`/api/v11/Service?page=1`). */
  url: string;
  requestHeaders: Record<string, string>;
  requestBody: Buffer;
  /** Absent when the target gave no answer (the integration then got our 502). */
  status?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: Buffer;
  /** Transport error when the target could not be reached, or the integration went away. */
  error?: string;
  /** The proxy answered itself without forwarding (body over the limit): the reason. */
  refusedByProxy?: string;
  /** The integration closed its connection before the exchange completed. */
  clientGone?: boolean;
  startedAt: Date;
  durationMs: number;
}

/**
 * What one exchange demonstrates, as keys of the requirement table (observeRequirements.ts):
 * `login`, `token-use`, `org-create`, `org-modify-id`, `service-create`, `Phone-create`, `connection-add`, …
 */
export type DemoKey = string;

/** An entity the exchange wrote, for the read-back and the report's PTV ids. */
export interface TouchedEntity {
  objectType: ObjectType;
  channelType?: ChannelType;
  id?: string;
  sourceId?: string;
  /** True when the integration created it earlier in this session (new material). */
  newMaterial: boolean;
}

/** A connection pair a connection write named (ids when known, else source ids). */
export interface ConnectionPair {
  serviceId?: string;
  channelId?: string;
  serviceSourceId?: string;
  channelSourceId?: string;
  withInfo: boolean;
  /** The item as sent: the read-back compares its additional information. */
  sent: Record<string, unknown>;
}

export type Operation =
  'login' | 'read' | 'create' | 'modify' | 'archive' | 'restore' | 'connect' | 'other-write' | 'unknown';

/** The classifier's verdict on one exchange (pure function of the exchange and the session so far). */
export interface Classification {
  item?: DvvItem;
  operation: Operation;
  /** Short human title: `Service created (POST /api/v11/Service)`. */
  title: string;
  demonstrates: DemoKey[];
  entity?: TouchedEntity;
  /** Route form: `POST /api/v11/Connection`, `PUT /api/v11/Service/sourceId/{sourceId}`. */
  route: string;
  connections?: ConnectionPair[];
  /** Facts a reviewer should read (`modified material not created in this session`). */
  notes: string[];
  /** Findings the classifier can already tell (4xx answers, ignored connections, 502). */
  findings: Finding[];
  /** PTV's messages from the answer, verbatim (capped). */
  ptvMessages: string[];
  /** True for exchanges that become a case in the report (writes, logins, failures). */
  isCase: boolean;
}

/** The judge's verdict, appended after the read-back (may come after a SIGKILL never). */
export interface Judgement {
  /** What the judged write demonstrates in addition (`write-judged` for T5). */
  demonstrates: DemoKey[];
  findings: Finding[];
  readBacks: ReadBack[];
  notes: string[];
}

/** First line of observed.ndjson: what `report <dir>` needs to rebuild the model after a kill. */
export interface ObserveStart {
  type: 'start';
  runId: string;
  startedAt: string;
  target: { name: 'sim' | 'cte' | 'custom'; apiUrl: string; tokenUrl: string };
  ruleProfile: 'live2026' | 'ptv34';
  organization: { name?: string; businessId?: string };
  tester: { name?: string; email?: string; phone?: string };
}

/** One line of observed.ndjson. */
export type ObservedLine =
  | ObserveStart
  | {
      type: 'exchange';
      seq: number;
      evidenceId: string;
      at: string;
      durationMs: number;
      method: string;
      path: string;
      status?: number;
      classification: Classification;
    }
  | { type: 'judgement'; seq: number; judgement: Judgement; evidenceIds: string[] };

/** Per requirement: demonstrated (and by which exchanges), failed, or still missing. */
export type RequirementState = 'demonstrated' | 'failed' | 'missing';

export interface BoardRow {
  item: DvvItem;
  /** Requirement id, e.g. `T3.Phone.modify`. */
  id: string;
  label: string;
  /** Channel type for T3 rows (the board groups by it). */
  channelType?: ChannelType;
  state: RequirementState;
  /** Observation sequence numbers that demonstrate it. */
  by: number[];
}

export interface CoverageBoard {
  rows: BoardRow[];
  items: { item: DvvItem; state: RequirementState; missing: string[] }[];
  /** Every required row exercised (demonstrated or failed): what `--until covered` waits for. */
  covered: boolean;
  exchanges: number;
}

/** The parts of an exchange the classifier reads; bodies already parsed (undefined when not JSON). */
export interface ClassifierInput {
  method: string;
  /** Path without the query. */
  path: string;
  status?: number;
  requestJson?: unknown;
  responseJson?: unknown;
  /** The request carried `Authorization: Bearer …`. */
  bearer: boolean;
  /** Transport error (target unreachable, integration closed the connection). */
  error?: string;
  /** The proxy refused to forward (body over the limit): the reason. */
  refusedByProxy?: string;
  /** The integration closed its connection before the exchange completed. */
  clientGone?: boolean;
}
