import type { Finding } from '../core/finding.js';
import { findConnectionItem } from '../readback/compareConnection.js';
import type { ReadBack } from '../report/model.js';
import { compareDriven, compareDrivenConnection } from './compareDriven.js';
import type { ScenarioStep } from './drivenTypes.js';
import { findEntity, isArchived, readById, type EntityKind, type Get } from './findInPtv.js';

type Obj = Record<string, unknown>;

export interface Observation {
  visible: boolean;
  ptvId?: string;
  /** `modified` of an entity, or the JSON of a connection item: what "changed" is measured against. */
  modified?: string;
  compare?: { readBacks: ReadBack[]; findings: Finding[] };
  evidenceIds: string[];
  /** Why not visible (for the finding when the time runs out). */
  notYet?: string;
}

export interface LookInput {
  get: Get;
  step: ScenarioStep;
  ptvBody: Obj;
  /** The record as known before this step (ptvId, sourceId, previous `modified`). */
  record: { ptvId?: string; sourceId?: string; modified?: string };
  /** For connections: the service's and the channel's PTV ids. */
  serviceId?: string;
  channelId?: string;
  tag: string;
  organizationId: string;
  notMapped: readonly string[];
}

const hasErrors = (f: readonly Finding[]): boolean => f.some((x) => x.severity === 'error');

function entityCompare(i: LookInput, kind: EntityKind, endpoint: string, entity: Obj, id: string) {
  const c = compareDriven(kind, i.ptvBody, entity, i.notMapped);
  return { readBacks: [{ endpoint, entityId: id, fields: c.fields }], findings: c.findings };
}

/**
 * One look at PTV for a step: is the source change visible yet? create: the entity is found (by
 * sourceId or name tag); update: its fields match the new state or its `modified` moved; delete: it
 * is archived or gone; connection: the service lists the channel (and, for an update, the additional
 * information matches or changed). The comparison is made on the same read.
 */
export async function lookOnce(i: LookInput): Promise<Observation> {
  const { step } = i;
  if (step.kind === 'connection') {
    if (!i.serviceId || !i.channelId)
      return { visible: false, evidenceIds: [], notYet: 'no service or channel id' };
    const r = await readById(i.get, 'service', i.serviceId);
    const item = findConnectionItem(r.entity, 'service', i.channelId);
    if (!item)
      return { visible: false, evidenceIds: r.evidenceIds, notYet: 'the service does not list the channel' };
    const c = compareDrivenConnection(i.ptvBody, item, step.record.split('/')[1]!, i.notMapped);
    const snapshot = JSON.stringify(item);
    const compare = {
      readBacks: [
        { endpoint: 'GET /api/v11/Service/{id} serviceChannels[]', entityId: i.serviceId, fields: c.fields },
      ],
      findings: c.findings,
    };
    const visible = step.operation === 'create' || !hasErrors(c.findings) || snapshot !== i.record.modified;
    return {
      visible,
      ptvId: i.channelId,
      modified: snapshot,
      compare,
      evidenceIds: r.evidenceIds,
      ...(!visible && { notYet: 'the additional information has not changed' }),
    };
  }
  const kind = step.kind;
  if (step.operation === 'create') {
    const f = await findEntity(i.get, kind, {
      ...(i.record.sourceId !== undefined && { sourceId: i.record.sourceId }),
      tag: i.tag,
      organizationId: i.organizationId,
    });
    const id = typeof f.entity?.id === 'string' ? f.entity.id : undefined;
    if (!f.entity || !id)
      return {
        visible: false,
        evidenceIds: f.evidenceIds,
        notYet: i.record.sourceId
          ? `no entity with sourceId ${i.record.sourceId}`
          : `no entity named with ${i.tag}`,
      };
    // List items may be summaries: compare the full entity.
    const full = await readById(i.get, kind, id);
    const entity = full.entity ?? f.entity;
    return {
      visible: true,
      ptvId: id,
      ...(typeof entity.modified === 'string' && { modified: entity.modified }),
      compare: entityCompare(i, kind, full.endpoint, entity, id),
      evidenceIds: [...f.evidenceIds, ...full.evidenceIds],
    };
  }
  const id = i.record.ptvId!;
  const r = await readById(i.get, kind, id);
  if (step.operation === 'delete') {
    const visible = isArchived(r.status, r.entity);
    return {
      visible,
      ptvId: id,
      evidenceIds: r.evidenceIds,
      ...(!visible && { notYet: `still ${String(r.entity?.publishingStatus ?? r.status)}` }),
    };
  }
  if (!r.entity)
    return { visible: false, ptvId: id, evidenceIds: r.evidenceIds, notYet: `read answered ${r.status}` };
  const compare = entityCompare(i, kind, r.endpoint, r.entity, id);
  const modified = typeof r.entity.modified === 'string' ? r.entity.modified : undefined;
  // PTV's `modified` moving is the signal; without one to compare against, the new state itself.
  const visible =
    modified !== undefined && i.record.modified !== undefined
      ? modified !== i.record.modified
      : !hasErrors(compare.findings);
  return {
    visible,
    ptvId: id,
    ...(modified !== undefined && { modified }),
    compare,
    evidenceIds: r.evidenceIds,
    ...(!visible && { notYet: 'PTV still holds the previous state' }),
  };
}

/** Resolves after `ms`, or at once when the signal fires. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export interface AwaitResult extends Observation {
  polls: number;
  visibleAt?: Date;
}

/**
 * Looks until the change is visible or the deadline passes, `pollMs` apart (the first look at once).
 * Keeps the evidence ids of the first and the last looks (a long wait must not flood the report).
 */
export async function awaitVisible(
  i: LookInput,
  o: { deadline: number; pollMs: number; signal: AbortSignal; now?: () => number },
): Promise<AwaitResult> {
  const now = o.now ?? Date.now;
  let polls = 0;
  let firstIds: string[] = [];
  for (;;) {
    const obs = await lookOnce(i);
    polls += 1;
    if (polls === 1) firstIds = obs.evidenceIds;
    const ids = polls === 1 ? obs.evidenceIds : [...firstIds, ...obs.evidenceIds];
    if (obs.visible) return { ...obs, evidenceIds: ids, polls, visibleAt: new Date(now()) };
    const left = o.deadline - now();
    if (left <= 0 || o.signal.aborted) return { ...obs, evidenceIds: ids, polls };
    await sleep(Math.min(o.pollMs, left), o.signal);
  }
}
