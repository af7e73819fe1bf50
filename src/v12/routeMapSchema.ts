/**
 * JSON Schema (2020-12) of a v12 route map (`v12-routes.default.json`, or the file `--v12-routes`
 * names): how ptv-readiness calls each v12 write operation, by route key, until DVV publishes them.
 * `null` marks an operation v12 cannot express; the cases that need it are skipped, naming the key.
 */
export const ROUTE_KEYS = [
  'service.create',
  'service.createExternal',
  'service.update',
  'channel.create',
  'channel.update',
  'connection.create',
  'connection.delete',
  'organization.createSub',
  'organization.createSubExternal',
  'organization.update',
  'archive',
  'connection.extraInfo',
  'service.updateByExternalId',
] as const;
export type RouteKey = (typeof ROUTE_KEYS)[number];

/** The v12 channel types, as the spec's channel request names spell them. */
export const V12_CHANNEL_TYPES = [
  'EService',
  'WebPage',
  'PrintableForm',
  'ServiceLocation',
  'Telephone',
] as const;
export type V12ChannelType = (typeof V12_CHANNEL_TYPES)[number];

const schemaName = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' };

const route = {
  type: 'object',
  required: ['method', 'path', 'success'],
  additionalProperties: false,
  properties: {
    method: { enum: ['POST', 'PUT', 'PATCH', 'DELETE'] },
    path: { type: 'string', pattern: '^/[^\\s?#]*$' },
    body: {
      oneOf: [
        schemaName,
        {
          type: 'object',
          required: [...V12_CHANNEL_TYPES],
          additionalProperties: false,
          properties: Object.fromEntries(V12_CHANNEL_TYPES.map((t) => [t, schemaName])),
        },
      ],
    },
    success: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'integer', minimum: 200, maximum: 299 },
    },
    idFrom: {
      type: 'array',
      items: { type: 'string', pattern: '^(body\\.[A-Za-z][A-Za-z0-9.]*|header\\.[a-z0-9-]+)$' },
    },
  },
};

export const ROUTE_MAP_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['status', 'source', 'auth', 'routes'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    status: { enum: ['inferred', 'published'] },
    source: { type: 'string', minLength: 1 },
    auth: {
      type: 'object',
      required: ['apiKeyHeader', 'token'],
      additionalProperties: false,
      properties: {
        apiKeyHeader: { type: 'string', pattern: '^[A-Za-z0-9-]+$' },
        token: {
          type: 'object',
          required: ['source'],
          additionalProperties: false,
          properties: {
            source: { enum: ['api-login', 'env:PTV_V12_TOKEN', 'none'] },
            header: { type: 'string', pattern: '^[A-Za-z0-9-]+$' },
            scheme: { type: 'string', minLength: 1 },
          },
        },
      },
    },
    channelTypeSegments: {
      type: 'object',
      required: [...V12_CHANNEL_TYPES],
      additionalProperties: false,
      properties: Object.fromEntries(
        V12_CHANNEL_TYPES.map((t) => [t, { type: 'string', pattern: '^[a-z0-9-]+$' }]),
      ),
    },
    routes: {
      type: 'object',
      required: [...ROUTE_KEYS],
      additionalProperties: false,
      properties: Object.fromEntries(ROUTE_KEYS.map((k) => [k, { oneOf: [{ type: 'null' }, route] }])),
    },
  },
} as const;
