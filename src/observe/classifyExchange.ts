import { capString } from '../core/capString.js';
import type { ChannelType, ObjectType } from '../core/vocabulary.js';
import type { DvvItem } from '../report/model.js';
import { CHANNEL_TYPES } from './observeRequirements.js';
import type { Classification, ConnectionPair, DemoKey, Operation, TouchedEntity } from './observeTypes.js';
import type { SessionEntities } from './sessionEntities.js';

/** The parts of an exchange the classifier reads; bodies already parsed (undefined when not JSON). */
export interface ClassifierInput {
  method: string;
  /** Path without the query. */
  path: string;
  status?: number;
  requestJson?: unknown;
  responseJson?: unknown;
  /** The request carried `Authorization: Bearer …`. */
  bearer: boolean;
  /** Transport error (target unreachable, integration closed the connection). */
  error?: string;
  /** The proxy refused to forward (body over the limit): the reason. */
  refusedByProxy?: string;
  /** The integration closed its connection before the exchange completed. */
  clientGone?: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

const API = '/api/v11';
const ENTITY_BASE =
  /^\/api\/v11\/(organization|service|servicecollection|servicechannel\/(echannel|phone|webpage|printableform|servicelocation))(?:\/(sourceid)\/([^/]+)|\/([^/]+))?\/?$/i;
const CONNECTION = /^\/api\/v11\/connection(?:\/(source)|\/(serviceid|servicesourceid)\/([^/]+))?\/?$/i;
const LOGIN = /^\/api\/auth\/api-login\/?$/i;

interface EntityRoute {
  objectType: ObjectType;
  channelType?: ChannelType;
  /** Demo-key prefix: org, service, collection, or the channel type. */
  prefix: string;
  base: string;
  item: DvvItem;
  by?: 'id' | 'sourceId';
  key?: string;
}

function entityRoute(path: string): EntityRoute | undefined {
  const m = ENTITY_BASE.exec(path);
  if (!m) return undefined;
  const head = m[1]!.toLowerCase();
  const by = m[3] ? ('sourceId' as const) : m[5] ? ('id' as const) : undefined;
  const key = by === 'sourceId' ? decode(m[4]!) : by === 'id' ? decode(m[5]!) : undefined;
  const common = { ...(by && { by }), ...(key !== undefined && { key }) };
  if (head === 'organization')
    return { objectType: 'Organization', prefix: 'org', base: `${API}/Organization`, item: 'T1', ...common };
  if (head === 'service')
    return { objectType: 'Service', prefix: 'service', base: `${API}/Service`, item: 'T2', ...common };
  if (head === 'servicecollection')
    return {
      objectType: 'ServiceCollection',
      prefix: 'collection',
      base: `${API}/ServiceCollection`,
      item: 'T2',
      ...common,
    };
  const t = CHANNEL_TYPES.find((c) => c.toLowerCase() === m[2]!.toLowerCase())!;
  return {
    objectType: 'ServiceChannel',
    channelType: t,
    prefix: t,
    base: `${API}/ServiceChannel/${t}`,
    item: 'T3',
    ...common,
  };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const ok = (s: number | undefined): boolean => s !== undefined && s >= 200 && s < 300;

/** PTV's messages in an answer: a list of strings, `{ message }`, or ModelState `{ key: [msg] }`. */
export function ptvMessagesOf(body: unknown): string[] {
  const out: string[] = [];
  const push = (v: unknown): void => {
    if (typeof v === 'string' && v.trim() !== '' && out.length < 20) out.push(capString(v, 500));
  };
  if (Array.isArray(body)) body.forEach(push);
  else if (isObj(body)) {
    for (const [k, v] of Object.entries(body)) {
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) v.forEach((x) => push(`${k}: ${x}`));
      else if (/^(message|error|error_description|title)$/i.test(k)) push(v);
    }
  }
  return out;
}

/** Additional information on a connection item: charge type, descriptions, hours, contact details. */
export function hasAdditionalInfo(it: Obj): boolean {
  const nonEmpty = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
  const cd = it.contactDetails;
  return (
    str(it.serviceChargeType) !== undefined ||
    nonEmpty(it.description) ||
    nonEmpty(it.serviceHours) ||
    (isObj(cd) && Object.values(cd).some(nonEmpty))
  );
}

function base(route: string, operation: Operation, title: string): Classification {
  return {
    operation,
    title,
    route,
    demonstrates: [],
    notes: [],
    findings: [],
    ptvMessages: [],
    isCase: false,
  };
}

/** Findings for an answer that is not a success: PTV refused (T5), auth (CONN), PTV failed, or our 502. */
function answerFindings(i: ClassifierInput, c: Classification, writeItem: DvvItem | undefined): void {
  const what = `${i.method} ${c.route}`;
  if (i.status === undefined) {
    c.item = 'CONN';
    c.isCase = true;
    c.findings.push({
      path: 'Connection',
      rule: 'observe.targetUnreachable',
      severity: 'error',
      message: `${what}: the target did not answer (${i.error ?? 'no response'}); the integration got 502`,
    });
    return;
  }
  if (ok(i.status)) return;
  const msg = c.ptvMessages.slice(0, 3).join(' | ');
  const tail = msg ? `: ${msg}` : '';
  c.isCase = true;
  if (i.status === 401 || i.status === 403) {
    c.item = 'CONN';
    c.findings.push({
      path: 'Authorization',
      rule: `observe.http${i.status}`,
      severity: 'error',
      message: `${what} answered ${i.status}${i.bearer ? '' : ' (no bearer token sent)'}${tail}`,
    });
  } else if (i.status === 429) {
    c.item = 'CONN';
    c.findings.push({
      path: 'Connection',
      rule: 'observe.http429',
      severity: 'warning',
      message: `${what} was throttled by PTV (429): the integration must back off and stay under 64 concurrent requests`,
    });
  } else if (i.status >= 500) {
    c.item = writeItem ?? 'CONN';
    c.findings.push({
      path: 'Response',
      rule: 'observe.http5xx',
      severity: 'warning',
      message: `${what} answered ${i.status} (a PTV-side failure; the integration should retry with back-off)${tail}`,
    });
  } else if (writeItem) {
    // PTV refused a write: a field-correctness finding of the integration, with PTV's own message.
    c.item = 'T5';
    c.findings.push({
      path: 'Body',
      rule: `observe.http${i.status}`,
      severity: 'error',
      message: `PTV refused ${what} with ${i.status}${tail}`,
    });
  } else if (i.status !== 404) {
    c.item = c.item ?? 'CONN';
    c.findings.push({
      path: 'Request',
      rule: `observe.http${i.status}`,
      severity: 'warning',
      message: `${what} answered ${i.status}${tail}`,
    });
  } else c.isCase = false; // a 404 on a read is an answer, not a defect
}

function classifyLogin(i: ClassifierInput): Classification {
  const c = base('POST /api/auth/api-login', 'login', 'Login (api-login)');
  c.item = 'CONN';
  c.isCase = true;
  const r = isObj(i.responseJson) ? i.responseJson : {};
  const token = str(r.ptvToken) ?? str(r.serviceToken) ?? str(r.access_token) ?? str(r.token);
  if (ok(i.status) && token) c.demonstrates.push('login');
  else if (ok(i.status)) {
    c.findings.push({
      path: 'Token',
      rule: 'observe.loginShape',
      severity: 'error',
      message: 'api-login answered success without a token (ptvToken / serviceToken)',
    });
  } else if (i.status !== undefined) {
    c.findings.push({
      path: 'Login',
      rule: `observe.http${i.status}`,
      severity: 'error',
      message: `api-login refused the integration's credentials (${i.status})`,
    });
    return c;
  }
  answerFindings(i, c, undefined);
  return c;
}

function pairsOf(i: ClassifierInput, route: string, serviceKey?: string): ConnectionPair[] {
  const body = i.requestJson;
  const items: Obj[] = Array.isArray(body)
    ? body.filter(isObj)
    : isObj(body) && Array.isArray(body.channelRelations)
      ? body.channelRelations.filter(isObj)
      : [];
  const bySource = /Source|serviceSourceId/.test(route);
  return items.map((it) => {
    const p: ConnectionPair = { withInfo: hasAdditionalInfo(it), sent: it };
    const sId = route.includes('{serviceId}') ? serviceKey : str(it.serviceId);
    const sSrc = route.includes('{serviceSourceId}') ? serviceKey : str(it.serviceSourceId);
    if (sId) p.serviceId = sId;
    if (sSrc) p.serviceSourceId = sSrc;
    const ch = bySource ? undefined : str(it.serviceChannelId);
    const chSrc = bySource ? str(it.serviceChannelSourceId) : undefined;
    if (ch) p.channelId = ch;
    if (chSrc) p.channelSourceId = chSrc;
    return p;
  });
}

function classifyConnection(i: ClassifierInput, m: RegExpExecArray, s: SessionEntities): Classification {
  const route = m[1]
    ? `${API}/Connection/Source`
    : m[2]
      ? m[2].toLowerCase() === 'serviceid'
        ? `${API}/Connection/serviceId/{serviceId}`
        : `${API}/Connection/serviceSourceId/{serviceSourceId}`
      : `${API}/Connection`;
  const c = base(route, 'connect', `Connections (${i.method} ${route})`);
  c.item = 'T4';
  c.isCase = true;
  c.ptvMessages = ptvMessagesOf(i.responseJson);
  if (!ok(i.status)) {
    answerFindings(i, c, 'T4');
    return c;
  }
  const pairs = pairsOf(i, route, m[3] ? decode(m[3]) : undefined);
  // Source ids of material this session created resolve to PTV ids, so the judge can read them back.
  for (const p of pairs) {
    const sId = s.resolve('Service', p.serviceId, p.serviceSourceId);
    const cId = s.resolve('ServiceChannel', p.channelId, p.channelSourceId);
    if (sId) p.serviceId = sId;
    if (cId) p.channelId = cId;
  }
  const ignored = c.ptvMessages.filter((x) => /ignored|not found|no rights/i.test(x));
  for (const x of ignored) {
    c.findings.push({
      path: 'Connection',
      rule: 'observe.connectionIgnored',
      severity: 'error',
      message: `PTV accepted the request but did not make the connection: ${x}`,
    });
  }
  const accepted = ignored.length > 0 && ignored.length >= pairs.length ? [] : pairs;
  const demos = new Set<DemoKey>();
  for (const p of accepted) {
    const fresh =
      s.isNew('Service', p.serviceId, p.serviceSourceId) ||
      s.isNew('ServiceChannel', p.channelId, p.channelSourceId);
    if (!fresh) {
      c.notes.push('connects material not created in this session (old material)');
      continue;
    }
    // A second write to a pair this session connected is a modification, on any route.
    demos.add(s.hasPair(p) ? 'connection-modify' : 'connection-add');
    if (p.withInfo) demos.add('connection-info');
  }
  if (accepted.some((p) => !p.withInfo)) c.notes.push('without additional information');
  if (accepted.some((p) => p.withInfo)) c.notes.push('with additional information');
  if (pairs.length === 0 && !(isObj(i.requestJson) && i.requestJson.deleteAllChannelRelations === true))
    c.notes.push('no connection items in the request');
  c.demonstrates = [...demos];
  c.connections = accepted;
  c.notes = [...new Set(c.notes)];
  return c;
}

/** Archive / restore / plain modify from the body's publishingStatus and the session's knowledge. */
function putOperation(body: unknown, archivedBefore: boolean): Operation {
  const status = isObj(body) ? str(body.publishingStatus)?.toLowerCase() : undefined;
  if (status === 'deleted' || status === 'archived') return 'archive';
  if (archivedBefore && (status === 'published' || status === 'draft')) return 'restore';
  return 'modify';
}

function classifyEntity(i: ClassifierInput, r: EntityRoute, s: SessionEntities): Classification {
  const method = i.method.toUpperCase();
  const routePath =
    r.by === 'sourceId' ? `${r.base}/sourceId/{sourceId}` : r.by === 'id' ? `${r.base}/{id}` : r.base;
  const route = routePath;
  const name = r.channelType
    ? `${r.channelType} channel`
    : r.objectType === 'Organization'
      ? 'Sub-organisation'
      : r.objectType;
  const resp = isObj(i.responseJson) ? i.responseJson : {};
  const req = isObj(i.requestJson) ? i.requestJson : {};
  const known =
    r.by === 'id'
      ? s.findById(r.key!)
      : r.by === 'sourceId'
        ? s.findBySourceId(r.objectType, r.key!)
        : undefined;
  const entity: TouchedEntity = {
    objectType: r.objectType,
    ...(r.channelType && { channelType: r.channelType }),
    newMaterial: known?.created === true,
  };
  const id = str(resp.id) ?? (r.by === 'id' ? r.key : known?.id);
  const sourceId =
    str(resp.sourceId) ?? (r.by === 'sourceId' ? r.key : (str(req.sourceId) ?? known?.sourceId));
  if (id) entity.id = id;
  if (sourceId) entity.sourceId = sourceId;

  if (method === 'GET') {
    const c = base(route, 'read', `Read ${name} (${route})`);
    c.entity = entity;
    answerFindings(i, c, undefined);
    return c;
  }
  const operation: Operation =
    method === 'POST' && !r.by
      ? 'create'
      : method === 'PUT' && r.by
        ? putOperation(i.requestJson, known?.archived === true)
        : 'other-write';
  const c = base(route, operation, '');
  c.item = operation === 'archive' || operation === 'restore' ? 'T6' : r.item;
  c.isCase = true;
  c.entity = entity;
  c.ptvMessages = ok(i.status) ? [] : ptvMessagesOf(i.responseJson);
  const how = r.by === 'sourceId' ? 'by sourceId' : 'by id';
  c.title = {
    create: `${name} created`,
    modify: `${name} modified ${how}`,
    archive: `${name} archived ${how}`,
    restore: `${name} restored ${how}`,
    'other-write': `${name}: ${method} ${route}`,
  }[operation as 'create' | 'modify' | 'archive' | 'restore' | 'other-write'];
  if (!ok(i.status)) {
    answerFindings(i, c, c.item);
    return c;
  }
  if (r.objectType === 'ServiceCollection') {
    c.notes.push('service collections are not one of DVV’s items');
    return c;
  }
  const byKey = r.by === 'sourceId' ? 'sourceId' : 'id';
  if (operation === 'create') {
    c.demonstrates.push(`${r.prefix}-create`);
    entity.newMaterial = true;
    const linked =
      r.objectType === 'Service'
        ? req.serviceChannels
        : r.objectType === 'ServiceChannel'
          ? req.services
          : undefined;
    if (Array.isArray(linked) && id) {
      const pairs = linked
        .filter((x): x is string => typeof x === 'string')
        .map((x): ConnectionPair =>
          r.objectType === 'Service'
            ? { serviceId: id, channelId: x, withInfo: false, sent: {} }
            : { serviceId: x, channelId: id, withInfo: false, sent: {} },
        );
      if (pairs.length) {
        c.connections = pairs;
        c.demonstrates.push('connection-add');
        c.notes.push(`connected on create (${r.objectType === 'Service' ? 'serviceChannels' : 'services'})`);
      }
    }
  } else if (operation === 'modify') {
    if (entity.newMaterial) c.demonstrates.push(`${r.prefix}-modify-${byKey}`);
    else {
      c.demonstrates.push(`${r.prefix}-modify-old`);
      c.notes.push('modified material not created in this session (old material, not what DVV asks for)');
    }
  } else if (operation === 'archive') {
    c.demonstrates.push(`archive-${byKey}`);
    if (!entity.newMaterial) c.notes.push('archived material not created in this session');
  } else if (operation === 'restore') {
    c.demonstrates.push(`restore-${byKey}`);
  }
  c.title += ` (${method} ${route})`;
  return c;
}

/**
 * Classifies one exchange: which DVV item it belongs to and what it demonstrates. Pure: reads the
 * session (what this integration created before), never changes it (SessionEntities.apply does).
 */
export function classifyExchange(i: ClassifierInput, s: SessionEntities): Classification {
  if (i.refusedByProxy !== undefined || (i.clientGone && i.status === undefined)) {
    const what = `${i.method.toUpperCase()} ${capString(i.path, 200)}`;
    const c = base(capString(i.path, 200), 'unknown', what);
    c.isCase = true;
    c.item = i.refusedByProxy !== undefined ? 'T5' : 'CONN';
    c.findings.push(
      i.refusedByProxy !== undefined
        ? {
            path: 'Body',
            rule: 'observe.bodyTooLarge',
            severity: 'error',
            message: `${what}: ${i.refusedByProxy}`,
          }
        : {
            path: 'Connection',
            rule: 'observe.clientClosed',
            severity: 'warning',
            message: `${what}: the integration closed the connection before sending the whole request; nothing was forwarded`,
          },
    );
    return c;
  }
  const c = classifyRoute(i, s);
  if (i.clientGone) {
    c.notes.push('the integration closed the connection before it had the answer');
    c.isCase = true;
    c.item ??= 'CONN';
  }
  // Any API call PTV answered with success on the integration's bearer token shows the token works.
  if (ok(i.status) && i.bearer && /^\/api\/v11\//i.test(i.path) && !c.demonstrates.includes('token-use'))
    c.demonstrates.push('token-use');
  return c;
}

function classifyRoute(i: ClassifierInput, s: SessionEntities): Classification {
  const path = i.path.replace(/\/{2,}/g, '/');
  const method = i.method.toUpperCase();
  if (LOGIN.test(path) && method === 'POST') return classifyLogin(i);
  const conn = CONNECTION.exec(path);
  if (conn && (method === 'POST' || method === 'PUT')) return classifyConnection(i, conn, s);
  const r = entityRoute(path);
  if (r && (method === 'GET' || method === 'POST' || method === 'PUT')) return classifyEntity(i, r, s);
  const isApi = path.toLowerCase().startsWith(`${API.toLowerCase()}/`);
  const c = base(
    isApi ? path : `${path} (outside the API)`,
    method === 'GET' ? 'read' : 'unknown',
    `${method} ${path}`,
  );
  c.title = `${method} ${capString(path, 120)}`;
  c.route = capString(path, 200);
  if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
    c.isCase = true;
    c.item = 'T5';
    c.notes.push('not a PTV v11 write route ptv-readiness knows');
  }
  c.ptvMessages = ok(i.status) ? [] : ptvMessagesOf(i.responseJson);
  answerFindings(i, c, c.isCase ? 'T5' : undefined);
  return c;
}
