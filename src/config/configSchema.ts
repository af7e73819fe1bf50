import {
  AUTH_SHAPES,
  READ_APIS,
  REPORT_FORMATS,
  REPORT_LANGS,
  RULE_PROFILES,
  SUITE_IDS,
  TARGET_CHOICES,
  WRITE_APIS,
} from '../core/vocabulary.js';

/** `<n>ms|s|m|h` (core/parseDuration.ts). */
const DURATION = '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$';

/** JSON Schema of ptv-readiness.config.json (non-secret settings only; additional keys are errors). */
export const configSchema = {
  $id: 'https://ptv-readiness.dev/schemas/config.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    target: { enum: TARGET_CHOICES },
    apiUrl: { type: 'string', format: 'uri', pattern: '^https?://' },
    tokenUrl: { type: 'string', format: 'uri', pattern: '^https?://' },
    authShape: { enum: AUTH_SHAPES },
    organizationId: { type: 'string', format: 'uuid' },
    organization: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 200 },
        // Y-tunnus shape; the checksum is the report's business, not the config's.
        businessId: { type: 'string', pattern: '^[0-9]{7}-[0-9]$' },
      },
    },
    tester: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 200 },
        email: { type: 'string', format: 'email' },
        phone: { type: 'string', pattern: '^\\+?[0-9 ()-]{5,20}$' },
      },
    },
    suites: {
      type: 'array',
      uniqueItems: true,
      items: { enum: SUITE_IDS },
    },
    seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
    referenceDate: { type: 'string', format: 'date-time' },
    ruleProfile: { enum: RULE_PROFILES },
    out: { type: 'string', minLength: 1 },
    keep: { type: 'boolean' },
    concurrency: { type: 'integer', minimum: 1, maximum: 32 },
    evidenceBodyLimit: { type: 'integer', minimum: 0, maximum: 10485760 },
    formats: { type: 'array', uniqueItems: true, items: { enum: REPORT_FORMATS } },
    langs: { type: 'array', uniqueItems: true, minItems: 1, items: { enum: REPORT_LANGS } },
    sim: {
      type: 'object',
      additionalProperties: false,
      properties: {
        profile: { enum: RULE_PROFILES },
        latency: { type: 'string', pattern: '^[0-9]+(\\s*(±|\\+-|\\+/-)\\s*[0-9]+)?$' },
        faults: { type: 'string' },
        defects: { type: 'array', items: { type: 'string' } },
        db: { type: 'string', minLength: 1 },
        v12Delay: { type: 'string', pattern: DURATION },
      },
    },
    api: {
      type: 'object',
      additionalProperties: false,
      properties: {
        read: { type: 'array', uniqueItems: true, minItems: 1, items: { enum: READ_APIS } },
        write: { enum: WRITE_APIS },
      },
    },
    v12: {
      type: 'object',
      additionalProperties: false,
      properties: {
        apiUrl: { type: 'string', format: 'uri', pattern: '^https?://' },
        wait: { type: 'string', pattern: DURATION },
        poll: { type: 'string', pattern: DURATION },
        defer: { type: 'boolean' },
        routes: { type: 'string', minLength: 1 },
      },
    },
    // Issue #12: `run --driver` settings; durations like 90s, 10m, 500ms.
    driver: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mode: { enum: ['builtin', 'command', 'manual'] },
        adapter: { type: 'string', minLength: 1 },
        syncTimeout: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)?$' },
        syncPoll: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)?$' },
        adapterTimeout: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)?$' },
      },
    },
  },
} as const;
