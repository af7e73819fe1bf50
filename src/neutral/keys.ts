import type { Canon } from '../readback/canon.js';

/**
 * The version-neutral key grammar (v12-migration.md §4.4): `<entity>.<field>[.<lang>]`, where entity
 * is `organization`, `service`, `channel` or `connection[<svcRole>><chRole>]`. Ids never appear in
 * keys or values: they are replaced by roles (`SRV-01:service`, `ORG`), so two runs, or a v11 and a
 * v12 read of one run, share one key space.
 */
export type NeutralKey = string;

/** One entity's state: neutral key → canonical value (sorted string lists, strings, booleans, null). */
export type NeutralState = Record<NeutralKey, Canon>;

export type NeutralEntity = 'organization' | 'service' | 'channel' | 'connection';

export const NEUTRAL_LANGS = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const;
export type NeutralLang = (typeof NEUTRAL_LANGS)[number];

/** The configured organisation's role: its id differs between targets, its role does not. */
export const ORG_ROLE = 'ORG';

/** Turns an id (v11 `id`, v12 `contentId`) into a role; unknown ids come back unchanged. */
export type RoleOf = (id: string) => string;

/** The role of an entity created by a case: `SRV-01:service`. */
export function roleFor(caseId: string, entity: Exclude<NeutralEntity, 'connection'>): string {
  return `${caseId}:${entity}`;
}

/** The entity part of a connection key: `connection[SRV-01:service>CH-EC-01:channel]`. */
export function connectionEntity(serviceRole: string, channelRole: string): string {
  return `connection[${serviceRole}>${channelRole}]`;
}

export function neutralKey(entity: string, field: string, lang?: string): NeutralKey {
  return lang === undefined ? `${entity}.${field}` : `${entity}.${field}.${lang}`;
}

export interface ParsedKey {
  /** `service`, `channel`, `organization` or `connection[…>…]`. */
  entity: string;
  /** Everything between entity and language: `summary`, `accessibility.wcag`. */
  field: string;
  lang?: NeutralLang;
}

const KEY = /^(organization|service|channel|connection\[[^\]]+\])\.(.+)$/;

/** Splits a key into entity, field and language; undefined when it does not follow the grammar. */
export function parseKey(key: string): ParsedKey | undefined {
  const m = KEY.exec(key);
  if (!m) return undefined;
  const entity = m[1]!;
  const parts = m[2]!.split('.');
  const last = parts[parts.length - 1]!;
  if (parts.length > 1 && (NEUTRAL_LANGS as readonly string[]).includes(last)) {
    return { entity, field: parts.slice(0, -1).join('.'), lang: last as NeutralLang };
  }
  return { entity, field: parts.join('.') };
}

/** `connection[a>b]` → `connection`; the entity kind a key belongs to. */
export function entityKind(entity: string): NeutralEntity {
  return entity.startsWith('connection[') ? 'connection' : (entity as NeutralEntity);
}
