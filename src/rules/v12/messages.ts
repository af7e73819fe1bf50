/**
 * The texts of `validate --api v12` findings, in one place. ptv-readiness's own wording: PTV's v12
 * error texts for writes are not published (v12-migration.md §5.3).
 */
export const v12Msg = {
  required: (key: string) => `required key '${key}' is missing`,
  requiredNullable: (key: string) =>
    `required key '${key}' is missing; it may be null: send null explicitly when there is no value`,
  additionalProperties: (key: string) => `'${key}' is not a property of this v12 request`,
  notNullable: () => 'must not be null: this key is not nullable in v12 requests',
  type: (type: string, nullable: boolean) =>
    `must be ${type === 'integer' ? 'an integer' : `a ${type}`}${nullable ? ' or null' : ''}`,
  enum: (values: readonly unknown[]) => `must be one of: ${values.join(', ')}`,
  unknownTag: (tag: string, value: unknown, values: readonly unknown[]) =>
    `${tag} '${String(value)}' is not one the spec knows; use one of: ${values.join(', ')}`,
  trim: (cause: string) => `text must be one line without leading or trailing whitespace (${cause})`,
  nonBlank: () => 'must contain a non-whitespace character',
  url: () => 'must be an http(s) URL with a host name or IPv4 address',
  pattern: (p: string) => `must match ${p}`,
  format: (f: string) => `must be a valid ${f}`,
  minLength: (n: number) => (n === 1 ? 'must not be empty' : `must be at least ${n} characters`),
  maxLength: (n: number, actual: number) => `must be at most ${n} characters (has ${actual})`,
  minItems: (n: number) => (n === 1 ? 'must not be an empty list' : `must have at least ${n} items`),
  maxItems: (n: number, actual: number) => `must have at most ${n} item${n === 1 ? '' : 's'} (has ${actual})`,
  uniqueItems: () => 'must not contain duplicates',
  range: (op: string, n: number) => `must be ${op} ${n}`,
  renderedLength: (limit: number, rendered: number) =>
    `rendered text must be at most ${limit} characters (has ${rendered}; markdown syntax not counted)`,
  renderedLengthUnverified: (limit: number, rendered: number, raw: number) =>
    `within ${limit} characters as rendered text (${rendered}) but not as sent (${raw}); PTV's counting is not documented`,
  bodyNotObject: () => 'the request body must be a JSON object',
} as const;
