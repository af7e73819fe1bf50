import { answerFindings, isSuccess } from './answerFindings.js';
import { blankClassification } from './blankClassification.js';
import { isObj, str } from './jsonValue.js';
import type {
  Classification,
  ClassifierInput,
  ConnectionPair,
  Operation,
  TouchedEntity,
} from './observeTypes.js';
import type { EntityRoute } from './observeRoutes.js';
import { ptvMessagesOf } from './ptvMessagesOf.js';
import type { SessionEntities } from './sessionEntities.js';

/** Archive / restore / plain modify from the body's publishingStatus and the session's knowledge. */
function putOperation(body: unknown, archivedBefore: boolean): Operation {
  const status = isObj(body) ? str(body.publishingStatus)?.toLowerCase() : undefined;
  if (status === 'deleted' || status === 'archived') return 'archive';
  if (archivedBefore && (status === 'published' || status === 'draft')) return 'restore';
  return 'modify';
}

/** A read or write of an organisation, service, collection or channel (T1–T3, T6). */
export function classifyEntity(i: ClassifierInput, r: EntityRoute, s: SessionEntities): Classification {
  const method = i.method.toUpperCase();
  const route =
    r.by === 'sourceId' ? `${r.base}/sourceId/{sourceId}` : r.by === 'id' ? `${r.base}/{id}` : r.base;
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
    const c = blankClassification(route, 'read', `Read ${name} (${route})`);
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
  const c = blankClassification(route, operation, '');
  c.item = operation === 'archive' || operation === 'restore' ? 'T6' : r.item;
  c.isCase = true;
  c.entity = entity;
  c.ptvMessages = isSuccess(i.status) ? [] : ptvMessagesOf(i.responseJson);
  const how = r.by === 'sourceId' ? 'by sourceId' : 'by id';
  c.title = {
    create: `${name} created`,
    modify: `${name} modified ${how}`,
    archive: `${name} archived ${how}`,
    restore: `${name} restored ${how}`,
    'other-write': `${name}: ${method} ${route}`,
  }[operation as 'create' | 'modify' | 'archive' | 'restore' | 'other-write'];
  if (!isSuccess(i.status)) {
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
