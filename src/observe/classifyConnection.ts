import { answerFindings, isSuccess } from './answerFindings.js';
import { blankClassification } from './blankClassification.js';
import { isObj, str } from './jsonValue.js';
import type { Classification, ClassifierInput, ConnectionPair, DemoKey } from './observeTypes.js';
import { connectionRoute } from './observeRoutes.js';
import { ptvMessagesOf } from './ptvMessagesOf.js';
import type { SessionEntities } from './sessionEntities.js';

type Obj = Record<string, unknown>;

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

/** The pairs a connection request names: a bare list, or `{ channelRelations: [...] }`. */
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

/** A connection write (T4): which pairs it added or modified, with or without additional information. */
export function classifyConnection(
  i: ClassifierInput,
  m: RegExpExecArray,
  s: SessionEntities,
): Classification {
  const { route, serviceKey } = connectionRoute(m);
  const c = blankClassification(route, 'connect', `Connections (${i.method} ${route})`);
  c.item = 'T4';
  c.isCase = true;
  c.ptvMessages = ptvMessagesOf(i.responseJson);
  if (!isSuccess(i.status)) {
    answerFindings(i, c, 'T4');
    return c;
  }
  const pairs = pairsOf(i, route, serviceKey);
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
