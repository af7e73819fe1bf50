/**
 * JSON Schema (draft-07) of report.json, mirroring `model.ts`. Every object is closed
 * (`additionalProperties: false`) so a typo or a field the renderer does not know fails loudly
 * instead of silently vanishing from the report. Extend it together with `model.ts`.
 */
import { REPORT_SCHEMA_VERSIONS } from './model.js';
import { CHANNEL_TYPES, DVV_ITEMS, OBJECT_TYPES, RULE_PROFILES, TARGET_NAMES } from '../core/vocabulary.js';

const str = { type: 'string' } as const;
const int0 = { type: 'integer', minimum: 0 } as const;
const num0 = { type: 'number', minimum: 0 } as const;
const strList = { type: 'array', items: str } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const objectTypes = [...OBJECT_TYPES];
const channelTypes = [...CHANNEL_TYPES];
const profiles = [...RULE_PROFILES];
const stringMap = { type: 'object', additionalProperties: str } as const;
const dvvItemEnum = { enum: DVV_ITEMS } as const;
const dvvItemList = { type: 'array', items: dvvItemEnum } as const;

const RUN_STATUSES = ['passed', 'failed', 'partial', 'error', 'interrupted', 'not-run', 'rehearsal'];

function closed(properties: Record<string, unknown>, required: string[]): Record<string, unknown> {
  return { type: 'object', additionalProperties: false, required, properties };
}

const finding = closed(
  {
    path: str,
    message: str,
    rule: str,
    severity: { enum: ['error', 'warning', 'info'] },
    expected: {},
    actual: {},
  },
  ['path', 'message', 'rule', 'severity'],
);

const readBack = closed(
  {
    endpoint: str,
    entityId: str,
    fields: {
      type: 'array',
      items: closed(
        {
          path: str,
          sent: {},
          read: {},
          ok: { type: 'boolean' },
          // Neutral keys (v12-migration.md §4.4, §4.11); absent in older files.
          key: str,
          keys: { type: 'array', items: str },
          canonSent: {},
          canonRead: {},
          mapping: { enum: ['exact', 'transform', 'dropped', 'v12only'] },
        },
        ['path', 'ok'],
      ),
    },
  },
  ['endpoint', 'fields'],
);

const caseResult = closed(
  {
    id: { type: 'string', pattern: '^\\S+$' }, // used as an HTML id: non-empty, no spaces
    dvvItem: dvvItemEnum,
    title: str,
    status: { enum: ['passed', 'failed', 'skipped'] },
    blockedBy: str,
    skipReason: str,
    durationMs: num0,
    attempts: int0,
    findings: { type: 'array', items: finding },
    evidenceIds: strList,
    entityIds: strList,
    ptvMessages: strList,
    readBacks: { type: 'array', items: readBack },
    file: str,
    error: str,
    // v12 (§4.11): a case that depends on an inferred write route; a per-role read-back's timing.
    provisional: { type: 'boolean' },
    v12: closed({ observedDelayMs: num0, idMapping: { enum: ['same', 'byName'] }, stalePolls: int0 }, []),
  },
  [
    'id',
    'dvvItem',
    'title',
    'status',
    'durationMs',
    'attempts',
    'findings',
    'evidenceIds',
    'entityIds',
    'ptvMessages',
    'readBacks',
    'file',
  ],
);

const material = closed(
  {
    objectType: { enum: objectTypes },
    channelType: { enum: channelTypes },
    id: str,
    sourceId: str,
    caseId: str,
    finalState: { enum: ['archived', 'kept', 'live'] },
  },
  ['objectType', 'id', 'finalState'],
);

const evidence = closed(
  {
    id: str,
    caseId: str,
    attempt: { type: 'integer', minimum: 1 },
    requestId: str,
    method: str,
    url: str,
    status: { type: 'integer', minimum: 100, maximum: 599 },
    error: str,
    startedAt: dateTime,
    durationMs: num0,
    requestHeaders: stringMap,
    requestBody: str,
    responseHeaders: stringMap,
    responseBody: str,
    truncated: { type: 'boolean' },
  },
  ['id', 'attempt', 'requestId', 'method', 'url', 'startedAt', 'durationMs', 'requestHeaders'],
);

export const reportModelSchema = {
  $id: 'https://ptv-readiness.invalid/schemas/report-model.json',
  ...closed(
    {
      // Readers take every version this build knows (1: before v12); the writer writes the newest.
      schemaVersion: { enum: [...REPORT_SCHEMA_VERSIONS] },
      status: { enum: RUN_STATUSES },
      coverage: closed({ selected: dvvItemList, notRun: dvvItemList, incomplete: dvvItemList }, [
        'selected',
        'notRun',
      ]),
      actor: { enum: ['builtin', 'observed', 'driven'] },
      items: {
        type: 'array',
        items: closed(
          {
            id: dvvItemEnum,
            status: { enum: ['passed', 'failed', 'not-demonstrated', 'not-run'] },
            cases: closed({ passed: int0, failed: int0, skipped: int0 }, ['passed', 'failed', 'skipped']),
            notes: strList,
          },
          ['id', 'status', 'cases'],
        ),
      },
      // Issue #19: the previous run of the same target and actor; `dir` is relative to this run's.
      previousRun: closed(
        {
          id: { type: 'string', minLength: 1 },
          dir: { type: 'string', pattern: '^\\.\\./[^/\\\\]+$' },
          status: { enum: RUN_STATUSES },
        },
        ['id', 'dir', 'status'],
      ),
      run: closed(
        {
          id: { type: 'string', minLength: 1 },
          startedAt: dateTime,
          finishedAt: dateTime,
          durationMs: num0,
          seed: { type: 'integer' },
          referenceDate: str,
          ruleProfile: { enum: profiles },
          suites: strList,
          kept: { type: 'boolean' },
        },
        [
          'id',
          'startedAt',
          'finishedAt',
          'durationMs',
          'seed',
          'referenceDate',
          'ruleProfile',
          'suites',
          'kept',
        ],
      ),
      target: closed(
        {
          name: { enum: TARGET_NAMES },
          apiUrl: str,
          tokenUrl: str,
          apiVersion: { enum: ['v11', 'v12'] },
          api: closed(
            {
              write: { enum: ['v11', 'v12'] },
              read: { type: 'array', minItems: 1, items: { enum: ['v11', 'v12'] } },
            },
            ['write', 'read'],
          ),
          v12ApiUrl: str,
          v12Routes: closed(
            {
              status: { enum: ['inferred', 'published'] },
              source: str,
              sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            },
            ['status', 'source', 'sha256'],
          ),
          simulated: { type: 'boolean' },
          simulatorProfile: { enum: profiles },
        },
        ['name', 'apiUrl', 'tokenUrl', 'apiVersion', 'simulated'],
      ),
      tool: closed({ name: str, version: str, node: str, vitest: str, faker: str }, [
        'name',
        'version',
        'node',
        'vitest',
        'faker',
      ]),
      organization: closed({ name: str, ptvOrganizationId: str, businessId: str }, []),
      tester: closed({ name: str, email: str, phone: str }, []),
      token: closed(
        {
          shape: { enum: ['ptvToken', 'serviceToken'] },
          lifetimeSeconds: num0,
          organizationId: str,
        },
        ['shape'],
      ),
      cases: { type: 'array', items: caseResult },
      material: { type: 'array', items: material },
      evidence: { type: 'array', items: evidence },
      evidenceTotal: int0,
      errors: { type: 'array', items: closed({ code: str, message: str }, ['code', 'message']) },
      warnings: { type: 'array', items: closed({ code: str, message: str }, ['code', 'message']) },
      // Issue #12: driven runs, source change → visible in PTV per step.
      syncLatency: closed(
        {
          yardstickMs: num0,
          rows: {
            type: 'array',
            items: closed(
              {
                caseId: str,
                step: str,
                item: dvvItemEnum,
                operation: { enum: ['create', 'update', 'delete'] },
                kind: str,
                changedAt: dateTime,
                visibleAt: dateTime,
                latencyMs: num0,
                state: { enum: ['visible', 'not-visible'] },
                withinYardstick: { type: 'boolean' },
              },
              ['caseId', 'step', 'item', 'operation', 'kind', 'changedAt', 'state', 'withinYardstick'],
            ),
          },
        },
        ['yardstickMs', 'rows'],
      ),
    },
    [
      'schemaVersion',
      'status',
      'run',
      'target',
      'tool',
      'organization',
      'tester',
      'cases',
      'material',
      'evidence',
      'evidenceTotal',
      'errors',
    ],
  ),
} as const;
