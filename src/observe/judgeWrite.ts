import type { Dispatcher } from 'undici';
import type { EvidenceRecorder } from '../client/evidenceRecorder.js';
import type { Finding } from '../core/finding.js';
import type { Redactor } from '../core/redactor.js';
import type { ReadBack } from '../report/model.js';
import {
  compareConnection,
  compareEntity,
  storedForm,
  findConnectionItem,
  kindOfChannelType,
  type ReadBackKind,
} from '../readback/index.js';
import { validatePayload } from '../rules/index.js';
import type { EntityKind, RuleProfile } from '../rules/types.js';
import { flatHeaders, forwardRequest } from './forwardRequest.js';
import type { Classification, DemoKey, Judgement, TouchedEntity } from './observeTypes.js';

export interface JudgeInput {
  requestJson: unknown;
  responseJson: unknown;
  /** The integration's own Authorization header: held in memory for the read-back only. */
  authorization: string | undefined;
  /** PTV's status for the write (undefined: the target did not answer). */
  status: number | undefined;
  /** False once a later write of the same entity reached the proxy: the read-back would show that one. */
  isCurrent: () => boolean;
}

export interface Judge {
  enqueue(seq: number, c: Classification, input: JudgeInput): void;
  pending(): number;
  /** Resolves when every queued judgement is done. */
  drain(): Promise<void>;
}

export interface JudgeOptions {
  redactor: Redactor;
  evidence: EvidenceRecorder;
  dispatcher: Dispatcher;
  apiUrl: string;
  profile: RuleProfile;
  onJudgement: (seq: number, j: Judgement, evidenceIds: string[]) => void;
  /** Read-backs in flight at most: the integration's own traffic keeps PTV's per-user cap. */
  concurrency?: number;
}

const ok = (s: number | undefined): boolean => s !== undefined && s >= 200 && s < 300;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The rules-engine kind of an entity write. */
export function ruleKindOf(e: TouchedEntity): EntityKind | undefined {
  if (e.objectType === 'Organization') return 'organization';
  if (e.objectType === 'Service') return 'service';
  if (e.objectType === 'ServiceCollection') return 'servicecollection';
  return e.channelType ? (kindOfChannelType(e.channelType) as EntityKind) : undefined;
}

function readBackKindOf(e: TouchedEntity): ReadBackKind | undefined {
  const k = ruleKindOf(e);
  return k === 'servicecollection' ? undefined : (k as ReadBackKind | undefined);
}

/** Where the proxy reads an entity back: `/active/{id}` shows drafts too; organisations have none (§2.1). */
export function readPathOf(e: TouchedEntity, id: string): string {
  const enc = encodeURIComponent(id);
  if (e.objectType === 'Organization') return `/api/v11/Organization/${enc}`;
  return `/api/v11/${e.objectType}/active/${enc}`;
}

const CONNECTION_KIND: Record<string, EntityKind> = {
  '/api/v11/Connection': 'connections',
  '/api/v11/Connection/Source': 'connections-source',
  '/api/v11/Connection/serviceId/{serviceId}': 'connection-put',
  '/api/v11/Connection/serviceSourceId/{serviceSourceId}': 'connection-put-source',
};

/** The rules engine's verdict on a body PTV already answered. */
export function ruleFindings(
  c: Classification,
  body: unknown,
  status: 'accepted' | 'refused',
  profile: RuleProfile,
): Finding[] {
  const kind =
    c.operation === 'connect' ? CONNECTION_KIND[c.route] : c.entity ? ruleKindOf(c.entity) : undefined;
  if (!kind || body === undefined || c.operation === 'archive') return [];
  const op =
    c.operation === 'create' ||
    (c.operation === 'connect' && c.route.endsWith('Connection')) ||
    c.route.endsWith('/Source')
      ? 'post'
      : 'put';
  let findings: Finding[];
  try {
    findings = validatePayload(body, { kind, op, profile }).findings;
  } catch {
    return [];
  }
  // When PTV accepted a body our rules refuse, the integration still sent it: reported, but PTV's
  // answer is the fact (our profile may be stricter than this PTV release).
  return findings
    .slice(0, 50)
    .map((f) =>
      status === 'accepted' && f.severity === 'error'
        ? { ...f, severity: 'warning', message: `${f.message} (the rules refuse this; PTV accepted it)` }
        : f,
    );
}

/**
 * Judges each successful write after the integration has its answer: the rules engine on the body,
 * then a read-back GET with the integration's token compared through src/readback, and after an
 * archive the 404 and the archived list. Bounded concurrency; never touches the forwarded exchange.
 */
export function createJudge(o: JudgeOptions): Judge {
  const limit = Math.max(1, o.concurrency ?? 4);
  const queue: (() => Promise<void>)[] = [];
  let active = 0;
  const idle: (() => void)[] = [];
  const pump = (): void => {
    while (active < limit && queue.length > 0) {
      const job = queue.shift()!;
      active += 1;
      void job().finally(() => {
        active -= 1;
        if (active === 0 && queue.length === 0) for (const r of idle.splice(0)) r();
        pump();
      });
    }
  };

  const get = async (
    path: string,
    authorization: string,
    evidenceIds: string[],
  ): Promise<{ status?: number; json?: unknown; error?: string }> => {
    const url = o.apiUrl.replace(/\/+$/, '') + path;
    const started = new Date();
    const t0 = performance.now();
    const headers = { accept: 'application/json', authorization };
    try {
      const r = await forwardRequest(
        o.dispatcher,
        url,
        'GET',
        headers,
        Buffer.alloc(0),
        AbortSignal.timeout(30_000),
      );
      const text = r.body.toString('utf8');
      evidenceIds.push(
        o.evidence.record({
          caseId: 'observe-readback',
          attempt: 1,
          requestId: o.evidence.newRequestId(),
          method: 'GET',
          url,
          status: r.status,
          startedAt: started,
          durationMs: performance.now() - t0,
          requestHeaders: headers,
          responseHeaders: flatHeaders(r.headers),
          responseBody: text,
        }).id,
      );
      let json: unknown;
      try {
        json = JSON.parse(text) as unknown;
      } catch {
        json = undefined;
      }
      return { status: r.status, json };
    } catch (err) {
      return { error: (err as { code?: string }).code ?? (err as Error).message };
    }
  };

  const judge = async (c: Classification, input: JudgeInput): Promise<{ j: Judgement; ids: string[] }> => {
    const demonstrates: DemoKey[] = [];
    const findings: Finding[] = [];
    const readBacks: ReadBack[] = [];
    const notes: string[] = [];
    const ids: string[] = [];
    const accepted = ok(input.status);
    findings.push(...ruleFindings(c, input.requestJson, accepted ? 'accepted' : 'refused', o.profile));
    if (!accepted) return { j: { demonstrates, findings, readBacks, notes }, ids };
    demonstrates.push('write-judged');
    const auth = input.authorization;
    if (!auth) {
      notes.push('no read-back: the write carried no bearer token');
      return { j: { demonstrates, findings, readBacks, notes }, ids };
    }
    const unavailable = (what: string, r: { status?: number; error?: string }): void => {
      findings.push({
        path: 'ReadBack',
        rule: 'readback.unavailable',
        severity: 'warning',
        message: `${what}: the read-back answered ${r.status ?? r.error ?? 'nothing'}`,
      });
    };
    const e = c.entity;
    const id = e?.id;
    if (e && id && (c.operation === 'create' || c.operation === 'modify' || c.operation === 'restore')) {
      const kind = readBackKindOf(e);
      const path = readPathOf(e, id);
      const r = kind ? await get(path, auth, ids) : undefined;
      if (kind && r && !input.isCurrent()) {
        notes.push(
          'read-back superseded: a later write of the same entity arrived first; its own read-back checks it',
        );
      } else if (kind && r) {
        if (r.status === 200 && isObj(input.requestJson)) {
          // Against what PTV stores for the body (binding, silent normalisations), not the raw body.
          const op = c.operation === 'create' ? 'post' : 'put';
          const cmp = compareEntity(kind, storedForm(kind, input.requestJson, op, o.profile), r.json);
          readBacks.push({
            endpoint: `GET ${path.replace(encodeURIComponent(id), '{id}')}`,
            entityId: id,
            fields: cmp.fields,
          });
          findings.push(...cmp.findings);
        } else if (r.status !== 200) unavailable(`GET ${path}`, r);
      }
    } else if (e && id && c.operation === 'archive') {
      const path = readPathOf(e, id);
      const r = await get(path, auth, ids);
      const ep = `GET ${path.replace(encodeURIComponent(id), '{id}')}`;
      readBacks.push({
        endpoint: ep,
        entityId: id,
        fields: [{ path: 'HTTP status', sent: 404, read: r.status ?? r.error ?? null, ok: r.status === 404 }],
      });
      if (r.status === 200) {
        findings.push({
          path: 'PublishingStatus',
          rule: 'archive.stillReadable',
          severity: 'error',
          message: `${e.objectType} ${id} answered 200 on ${path} after PTV accepted the archive`,
          expected: 404,
          actual: 200,
        });
      }
      if (e.objectType === 'Service' || e.objectType === 'ServiceChannel') {
        const since = new Date(Date.now() - 10 * 60_000).toISOString().slice(0, 19);
        const list = `/api/v11/${e.objectType}?status=Archived&date=${since}`;
        const l = await get(list, auth, ids);
        const items = isObj(l.json) && Array.isArray(l.json.itemList) ? l.json.itemList : [];
        const listed = items.some((i) => isObj(i) && String(i.id).toLowerCase() === id.toLowerCase());
        if (l.status === 200) {
          readBacks.push({
            endpoint: `GET /api/v11/${e.objectType}?status=Archived`,
            entityId: id,
            fields: [{ path: 'listed', sent: id, read: listed ? id : null, ok: listed }],
          });
        }
        if (l.status === 200 && !listed) {
          findings.push({
            path: 'PublishingStatus',
            rule: 'archive.notListed',
            severity: 'error',
            message: `${e.objectType} ${id} is not in ${list.split('&')[0]} after the archive`,
            expected: id,
            actual: 'absent',
          });
        } else if (l.status !== 200) unavailable(`GET ${list}`, l);
      }
    } else if (c.operation === 'connect' && c.connections?.length) {
      const byService = new Map<string, typeof c.connections>();
      for (const p of c.connections) {
        if (!p.serviceId || !p.channelId) continue;
        byService.set(p.serviceId, [...(byService.get(p.serviceId) ?? []), p]);
      }
      if (byService.size < c.connections.length && byService.size === 0)
        notes.push('connections by source id of material this session did not see created: not read back');
      for (const [sid, pairs] of [...byService].slice(0, 20)) {
        const path = `/api/v11/Service/active/${encodeURIComponent(sid)}`;
        const r = await get(path, auth, ids);
        if (r.status !== 200) {
          unavailable(`GET ${path}`, r);
          continue;
        }
        if (!input.isCurrent()) {
          notes.push(
            'read-back superseded: a later connection write arrived first; its own read-back checks it',
          );
          break;
        }
        for (const p of pairs) {
          const cmp = compareConnection(
            p.sent,
            findConnectionItem(r.json, 'service', p.channelId!),
            `${sid}↔${p.channelId}`,
          );
          readBacks.push({ endpoint: 'GET /api/v11/Service/active/{id}', entityId: sid, fields: cmp.fields });
          findings.push(...cmp.findings);
        }
      }
    }
    return { j: { demonstrates, findings, readBacks, notes }, ids };
  };

  return {
    enqueue(seq, c, input) {
      const judged = c.isCase && ['create', 'modify', 'archive', 'restore', 'connect'].includes(c.operation);
      if (!judged) return;
      queue.push(async () => {
        try {
          const { j, ids } = await judge(c, input);
          o.onJudgement(seq, j, ids);
        } catch (err) {
          o.onJudgement(
            seq,
            {
              demonstrates: [],
              findings: [
                {
                  path: 'ReadBack',
                  rule: 'observe.judgeFailed',
                  severity: 'warning',
                  message: `could not judge this write: ${o.redactor.redactString((err as Error).message)}`,
                },
              ],
              readBacks: [],
              notes: [],
            },
            [],
          );
        }
      });
      pump();
    },
    pending: () => active + queue.length,
    drain: () =>
      active === 0 && queue.length === 0 ? Promise.resolve() : new Promise<void>((r) => idle.push(r)),
  };
}
