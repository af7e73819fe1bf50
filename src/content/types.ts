/**
 * The catalogue as the content checks see it: every entity reduced to what the rules read, whatever
 * its source (the public read API or the organisation's own payload files for `validate --content`).
 */
import type { Severity } from '../core/finding.js';
import type { ChannelType, ReportLang } from '../core/vocabulary.js';

export type ContentLang = ReportLang;

/** DVV's content checklist items (process-and-quality §1.4) plus the data-model and freshness groups. */
export const CHECKLIST_ITEMS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'MODEL', 'FRESH'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export type ContentEntityKind = 'service' | 'channel' | 'organization' | 'serviceCollection';

export type { ChannelType };

/** One language version of one text field, e.g. serviceDescriptions[type=Description, language=fi]. */
export interface LocalizedText {
  /** The list it came from: `serviceDescriptions`, `serviceChannelDescriptions`, `requirements`, … */
  field: string;
  /** PTV's text type (`Summary`, `Description`, `UserInstruction`, …; `Requirement` for requirements). */
  type: string;
  language: string;
  value: string;
}

export interface ContentConnection {
  serviceId: string;
  channelId: string;
  /** Connection-specific additional information (C6). */
  description: LocalizedText[];
  hasServiceHours: boolean;
  hasContactDetails: boolean;
  /** Minutes of the connection's own service-hour times (C6 contradictions). */
  hourTimes?: number[];
}

export interface ContentEntity {
  kind: ContentEntityKind;
  id: string;
  channelType?: ChannelType;
  /** Names by language (`Name` type only). */
  names: Record<string, string>;
  texts: LocalizedText[];
  languages: string[];
  /** ISO timestamp of the last modification PTV reports, when known. */
  modified?: string;
  generalDescriptionId?: string;
  /** Services: connected channel ids; channels: connected service ids. */
  connectedIds: string[];
  /** Channels: whether opening hours / a visiting address are filled in (C5). */
  hasServiceHours?: boolean;
  hasAddress?: boolean;
  /** Channels: phoneKey of each phone number, minutes of each service-hour time (C6 contradictions). */
  phones?: string[];
  hourTimes?: number[];
  /** Services: the attached general description's name (C3 is the main user's call; the report lists it). */
  generalDescriptionName?: string;
  /** An IN-shaped body of the fields the data-model re-check covers (see toRecheckBody). */
  recheck?: { kind: string; body: Record<string, unknown> };
}

export interface GeneralDescriptionTexts {
  id: string;
  /** The general description's name (fi, else any). */
  name?: string;
  texts: LocalizedText[];
}

export interface ArchivedItem {
  id: string;
  kind: 'service' | 'channel';
  archivingDate?: string;
  name?: string;
}

/** Everything read from one organisation. */
export interface Catalogue {
  organizationId: string;
  organization?: ContentEntity;
  /** Read only when asked (`--sub-organizations`). */
  subOrganizations?: ContentEntity[];
  services: ContentEntity[];
  channels: ContentEntity[];
  connections: ContentConnection[];
  generalDescriptions: Map<string, GeneralDescriptionTexts>;
  /** Items PTV archived by itself (expiry), not the integration (§2). Undefined when not read. */
  archivedAutomatically?: ArchivedItem[];
  /** The organisation's service collections (their texts are checked too). Undefined when not read. */
  serviceCollections?: ContentEntity[];
  /** What could not be read, said plainly in the report. */
  notes: string[];
}

/** Where in a text a rule matched. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface ContentFinding {
  rule: string;
  checklist: ChecklistItem;
  /** Number of the PTV quality-agent rule this mirrors (§5.2), when it mirrors one. */
  agentRule?: number;
  severity: Severity;
  entityKind: ContentEntityKind;
  entityId: string;
  channelType?: ChannelType;
  entityName?: string;
  field?: string;
  textType?: string;
  language?: string;
  span?: TextSpan;
  message: Record<ContentLang, string>;
  hint: Record<ContentLang, string>;
  /** The entity in the PTV UI of the environment read (CTE / production; none for the simulator). */
  link?: string;
}
