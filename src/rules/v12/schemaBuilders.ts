/**
 * Small builders the v12 request schemas are written with (JSON Schema 2020-12). They keep each
 * schema a few lines long and the spec's recurring shapes (TRIM text, markdown text, nullable keys,
 * per-language maps, tagged unions) spelled in one place.
 */
import { DATA_LANGUAGES } from '../../core/vocabulary.js';

export type Schema = Record<string, unknown>;

/** The spec's TRIM pattern: no leading or trailing whitespace, one line (`.` stops at newlines). */
export const TRIM = '^(\\S+.*\\S+|\\S)$';
/** The spec's URL pattern (http/https, a host with a TLD or an IPv4 address). */
export const URL =
  '^[Hh][Tt][Tt][Pp][Ss]?:\\/\\/(?:\\S+(?::\\S*)?@)?(?:(?:[A-Za-z0-9\\u00a1-\\uffff-]+\\.)+[A-Za-z\\u00a1-\\uffff]{2,}|(?:\\d{1,3}\\.){3}\\d{1,3})(?::\\d{2,5})?(?:[/?#][^\\s]*)?$';
/** Service-class, target-group and life-event codes (`P25.1`, `KR2`). */
export const CODE = '^(?!\\.)[a-zA-Z0-9\\.]+(?<!\\.)$';

/** A one-line text of 1..max characters under the TRIM pattern. */
export const text = (max: number): Schema => ({
  type: 'string',
  minLength: 1,
  maxLength: max,
  pattern: TRIM,
});
/** A markdown text whose limit counts rendered characters (`renderedMaxLength`, see renderedLength.ts). */
export const markdown = (rendered: number): Schema => ({
  type: 'string',
  minLength: 1,
  pattern: '\\S+',
  renderedMaxLength: rendered,
});
export const url = (): Schema => ({ type: 'string', maxLength: 500, pattern: URL });
export const pattern = (p: string): Schema => ({ type: 'string', pattern: p });
export const uuid = (): Schema => ({ type: 'string', format: 'uuid' });
export const oneOfValues = (...values: string[]): Schema => ({ type: 'string', enum: values });
export const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });
export const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });
export const array = (items: Schema, extra: Schema = {}): Schema => ({ type: 'array', items, ...extra });

/**
 * A closed object. Every key is required unless listed in `optional` (v12 request keys are required,
 * nullable ones included: the sender writes `null`). `open` leaves `additionalProperties` unset,
 * as the spec does for a few objects.
 */
export function object(
  properties: Record<string, Schema>,
  opts: { optional?: readonly string[]; open?: boolean } = {},
): Schema {
  const required = Object.keys(properties).filter((k) => !opts.optional?.includes(k));
  return {
    type: 'object',
    ...(required.length ? { required } : {}),
    properties,
    ...(opts.open ? {} : { additionalProperties: false }),
  };
}

/** `{fi?, sv?, en?, se?, smn?, sms?}`: one value per data language, none required. */
export const perLanguage = (value: Schema): Schema =>
  object(Object.fromEntries(DATA_LANGUAGES.map((l) => [l, value])), { optional: DATA_LANGUAGES });

/**
 * A union the body's own `tag` selects. `discriminator` makes Ajv validate only the selected branch,
 * so a body gets the findings of its own type and never the error lists of every branch.
 */
export function union(tag: string, branches: readonly string[]): Schema {
  return {
    type: 'object',
    required: [tag],
    oneOf: branches.map(ref),
    discriminator: { propertyName: tag },
  };
}
