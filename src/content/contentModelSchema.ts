/** JSON Schema of content.json (draft-07 as Ajv's default); content.json is validated before it is written. */
import { CHANNEL_TYPES, RULE_PROFILES } from '../core/vocabulary.js';
import { CHECKLIST_ITEMS } from './types.js';

const langText = {
  type: 'object',
  required: ['fi', 'en'],
  additionalProperties: false,
  properties: { fi: { type: 'string' }, en: { type: 'string' } },
} as const;

const count = { type: 'integer', minimum: 0 } as const;

const finding = {
  type: 'object',
  required: ['rule', 'checklist', 'severity', 'entityKind', 'entityId', 'message', 'hint'],
  additionalProperties: false,
  properties: {
    rule: { type: 'string', pattern: '^[A-Z0-9]+\\.[A-Za-z]+$' },
    checklist: { enum: [...CHECKLIST_ITEMS] },
    agentRule: { type: 'integer', minimum: 1, maximum: 15 },
    severity: { enum: ['error', 'warning', 'info'] },
    entityKind: { enum: ['service', 'channel', 'organization', 'serviceCollection'] },
    entityId: { type: 'string', minLength: 1 },
    channelType: { enum: CHANNEL_TYPES },
    entityName: { type: 'string' },
    field: { type: 'string' },
    textType: { type: 'string' },
    language: { type: 'string' },
    span: {
      type: 'object',
      required: ['start', 'end', 'text'],
      additionalProperties: false,
      properties: { start: count, end: count, text: { type: 'string' } },
    },
    message: langText,
    hint: langText,
    link: { type: 'string', pattern: '^https://' },
  },
} as const;

export const contentModelSchema = {
  $id: 'https://ptv-readiness/schemas/content.json',
  type: 'object',
  required: [
    'schemaVersion',
    'tool',
    'runId',
    'generatedAt',
    'target',
    'organizationId',
    'source',
    'settings',
    'counts',
    'summary',
    'totals',
    'notChecked',
    'notes',
    'findings',
  ],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1 },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: { name: { type: 'string' }, version: { type: 'string' } },
    },
    runId: { type: 'string', minLength: 1 },
    generatedAt: { type: 'string', format: 'date-time' },
    target: {
      type: 'object',
      required: ['name', 'apiUrl', 'simulated'],
      additionalProperties: false,
      properties: { name: { type: 'string' }, apiUrl: { type: 'string' }, simulated: { type: 'boolean' } },
    },
    organizationId: { type: 'string' },
    source: { enum: ['read-api', 'offline'] },
    settings: {
      type: 'object',
      required: ['staleMonths', 'profile', 'overlapThreshold'],
      additionalProperties: false,
      properties: {
        staleMonths: { type: 'integer', minimum: 1 },
        profile: { enum: RULE_PROFILES },
        overlapThreshold: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    counts: {
      type: 'object',
      required: [
        'subOrganizations',
        'services',
        'channels',
        'connections',
        'generalDescriptions',
        'archivedAutomatically',
        'entitiesChecked',
      ],
      additionalProperties: false,
      properties: {
        subOrganizations: count,
        services: count,
        channels: count,
        serviceCollections: count,
        connections: count,
        generalDescriptions: count,
        archivedAutomatically: count,
        entitiesChecked: count,
      },
    },
    summary: {
      type: 'array',
      items: {
        type: 'object',
        required: ['item', 'error', 'warning', 'info'],
        additionalProperties: false,
        properties: { item: { enum: [...CHECKLIST_ITEMS] }, error: count, warning: count, info: count },
      },
    },
    totals: {
      type: 'object',
      required: ['error', 'warning', 'info'],
      additionalProperties: false,
      properties: { error: count, warning: count, info: count },
    },
    notChecked: {
      type: 'array',
      items: {
        type: 'object',
        required: ['area', 'reason'],
        additionalProperties: false,
        properties: { area: { type: 'string' }, reason: { type: 'string' } },
      },
    },
    notes: { type: 'array', items: { type: 'string' } },
    findings: { type: 'array', items: finding },
  },
} as const;
