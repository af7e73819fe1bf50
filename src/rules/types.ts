/**
 * Public types of the rules engine. The simulator, `validate`, the fixtures and the negative suites all
 * judge payloads through `validatePayload` with these shapes. Extend by adding optional members only.
 */
import type { Finding } from '../core/finding.js';
import type { ChannelType, Operation, RuleProfile } from '../core/vocabulary.js';

export type EntityKind =
  | 'organization'
  | 'service'
  | 'echannel'
  | 'phone'
  | 'webpage'
  | 'printableform'
  | 'servicelocation'
  | 'servicecollection'
  /** POST /Connection: array of service↔channel items. */
  | 'connections'
  /** POST /Connection/Source: array of items by source ids. */
  | 'connections-source'
  /** PUT /Connection/serviceId/{id} body. */
  | 'connection-put'
  /** PUT /Connection/serviceSourceId/{sourceId} body. */
  | 'connection-put-source';

/** Every entity kind, in the order `validate --help` lists them. */
export const ENTITY_KINDS = [
  'organization',
  'service',
  'echannel',
  'phone',
  'webpage',
  'printableform',
  'servicelocation',
  'servicecollection',
  'connections',
  'connections-source',
  'connection-put',
  'connection-put-source',
] as const satisfies readonly EntityKind[];

export type { Operation };

export type { RuleProfile } from '../core/vocabulary.js';

export type PublishingStatus = 'Draft' | 'Published' | 'Deleted' | 'Modified' | 'OldPublished' | 'Removed';

/** What the rules need to know about a published organisation. */
export interface OrganizationInfo {
  id: string;
  /** Languages the organisation is published in (for "Organisation language version 'sv' missing!"). */
  publishedLanguages: string[];
  /** Organisation area type, for "Area information type Nationwide is too wide." */
  areaType?: string;
  organizationType?: string;
}

export interface ServiceInfo {
  id: string;
  organizationId: string;
  languages: string[];
}

export interface ChannelInfo {
  id: string;
  organizationId: string;
  channelType: ChannelType;
  isVisibleForAll: boolean;
  languages: string[];
}

/**
 * State the stateful rules need; the simulator implements it. `validate` runs without one and
 * reports the stateful rules as not checked.
 */
export interface StateLookup {
  /** A published organisation, or undefined. */
  organization(id: string): OrganizationInfo | undefined;
  /** True when the caller (token's organisations) may write for this organisation. */
  isOwnOrganization(id: string): boolean;
  /** True when another entity of the same scope already uses this name in this language. */
  nameTaken(args: {
    scope: 'service' | ChannelType;
    organizationId: string;
    language: string;
    value: string;
    excludeId?: string;
  }): boolean;
  publishedService(id: string): ServiceInfo | undefined;
  publishedChannel(id: string): ChannelInfo | undefined;
  /**
   * True when an organisation other than `excludeId` has this OID in any version (archived too); optional,
   * without it `uniqueOid` is listed as not checked.
   */
  oidTaken?(oid: string, excludeId?: string): boolean;
  /** True when a published general description with this id exists; optional (else not checked). */
  generalDescriptionExists?(id: string): boolean;
}

/** The latest stored version, for PUT rules (language set changes, status transitions). */
export interface CurrentVersion {
  id: string;
  publishingStatus: PublishingStatus;
  /** Languages of the required lists of the current version. */
  languages: string[];
  organizationId?: string;
  /** Existing name / displayNameType pairs (service location PUT checks). */
  names?: { type: string; language: string }[];
}

export interface ValidateOptions {
  kind: EntityKind;
  op: Operation;
  profile?: RuleProfile;
  lookup?: StateLookup;
  /** Required for the PUT rules that compare with the stored version. */
  current?: CurrentVersion;
  /** "today" for timed-publishing rules; defaults to the system clock. */
  now?: Date;
  /**
   * Ontology-term lookup hook (KOKO/YSO is not bundled): true when the URI exists. Without it only the
   * ONTOLOGY pattern is checked and `ontologyTermsExist` is listed in `notChecked`.
   */
  ontologyTermExists?: (uri: string) => boolean;
}

export interface ValidationResult {
  valid: boolean;
  findings: Finding[];
  /** Names of stateful rules skipped because no lookup/current was given. */
  notChecked: string[];
}
