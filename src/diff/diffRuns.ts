import type { CaseResult, ReportModel } from '../report/model.js';
import { compareRuns, type FindingRef } from '../rounds/compareRuns.js';
import { compareCanon } from '../neutral/canon.js';
import { parseKey } from '../neutral/keys.js';
import { isDroppedInV12, isNotCompared } from '../neutral/mapping.js';
import type {
  CaseClass,
  CaseDiff,
  DiffResult,
  EntityDiff,
  FieldDiff,
  ReadApi,
  RunSide,
} from './diffModel.js';
import { finalStates, type FinalState, type ReadSource } from './finalStates.js';
import { runRoles, type RunRoles } from './runRoles.js';

export interface DiffOptions {
  readSource?: ReadSource;
  allowSeedMismatch?: boolean;
}

function readApis(model: ReportModel): ReadApi[] {
  const v12 = model.cases.some((c) => c.readBacks.some((rb) => rb.endpoint.includes('/api/v12/')));
  return v12 ? ['v11', 'v12'] : ['v11'];
}

function sideOf(model: ReportModel): RunSide {
  const api = (model.target as { api?: { write?: string } }).api;
  return {
    runId: model.run.id,
    target: model.target.name,
    api: { write: api?.write ?? model.target.apiVersion, read: readApis(model) },
    seed: model.run.seed,
    tool: model.tool.version,
    status: model.status,
  };
}

const ref = (f: FindingRef) => ({ rule: f.rule, path: f.path, severity: f.severity });

/** Case level (§4.6): matched by id; the pairwise status and finding changes come from rounds' compareRuns. */
function diffCases(baseline: ReportModel, candidate: ReportModel): CaseDiff[] {
  const changes = compareRuns(baseline, candidate);
  const before = new Map(baseline.cases.map((c) => [c.id, c]));
  const after = new Map(candidate.cases.map((c) => [c.id, c]));
  const added = new Map<string, FindingRef[]>();
  const removed = new Map<string, FindingRef[]>();
  for (const f of changes.findingsNew) added.set(f.caseId, [...(added.get(f.caseId) ?? []), f]);
  for (const f of changes.findingsFixed) removed.set(f.caseId, [...(removed.get(f.caseId) ?? []), f]);
  const broken = new Set(changes.casesBroken);
  const fixed = new Set(changes.casesFixed);
  const out: CaseDiff[] = [];
  const ids = [
    ...candidate.cases.map((c) => c.id),
    ...baseline.cases.map((c) => c.id).filter((id) => !after.has(id)),
  ];
  for (const id of ids) {
    const a: CaseResult | undefined = before.get(id);
    const b: CaseResult | undefined = after.get(id);
    const fa = (added.get(id) ?? []).map(ref);
    const fr = (removed.get(id) ?? []).map(ref);
    let cls: CaseClass | undefined;
    if (!a) cls = b!.status === 'failed' ? 'addedFailing' : 'added';
    else if (!b) cls = 'removed';
    else if (broken.has(id) || (a.status === 'skipped' && b.status === 'failed')) cls = 'regression';
    else if (fixed.has(id)) cls = 'fixed';
    else if (a.status === 'passed' && b.status === 'skipped') cls = 'coverageLost';
    else if (a.status === 'skipped' && b.status === 'passed') cls = 'coverageGained';
    else if (fa.length || fr.length) cls = 'findingsChanged';
    if (!cls) continue;
    const regression =
      cls === 'regression' ||
      cls === 'addedFailing' ||
      (cls === 'findingsChanged' && fa.some((f) => f.severity === 'error'));
    out.push({
      id,
      dvvItem: (b ?? a)!.dvvItem,
      baseline: a?.status ?? null,
      candidate: b?.status ?? null,
      class: cls,
      findingsAdded: fa,
      findingsRemoved: fr,
      regression,
    });
  }
  return out;
}

/** Field level (§4.6): each role's final neutral state, key by key. */
function diffEntity(
  role: string,
  a: FinalState | undefined,
  b: FinalState | undefined,
  notes: Set<string>,
): EntityDiff {
  const sa = a?.state ?? {};
  const sb = b?.state ?? {};
  const fields: FieldDiff[] = [];
  for (const key of [...new Set([...Object.keys(sa), ...Object.keys(sb)])].sort()) {
    if (isNotCompared(key)) continue;
    const field = parseKey(key)?.field ?? key;
    // v11 read-backs are taken while the run goes on, v12 ones after it: a status only compares within one API.
    if (field === 'status' && a && b && a.source !== b.source) {
      notes.add('status keys are compared only between read-backs of the same API version');
      continue;
    }
    const x = sa[key];
    const y = sb[key];
    let cls: FieldDiff['class'];
    if (x !== undefined && y !== undefined) {
      const m = compareCanon(field, x, y);
      cls = m === 'exact' ? 'same' : m === 'transform' ? 'transform' : 'changed';
    } else if (x !== undefined) {
      cls = b?.source === 'v12' && isDroppedInV12(key, sa) ? 'dropped' : 'missing';
    } else {
      cls = 'added';
    }
    fields.push({ key, baseline: x ?? null, candidate: y ?? null, class: cls });
  }
  return { role, source: { baseline: a?.source ?? null, candidate: b?.source ?? null }, fields };
}

const isDifference = (f: FieldDiff) => f.class === 'changed' || f.class === 'missing';

/**
 * The roles each case lost in the candidate (coverage lost or removed) wrote or read in the baseline:
 * its read-backs' entities and the entities it recorded, by the baseline's roles.
 */
function lostCaseRoles(baseline: ReportModel, cases: CaseDiff[], roles: RunRoles): Map<string, Set<string>> {
  const lostIds = new Set(
    cases.filter((c) => c.class === 'coverageLost' || c.class === 'removed').map((c) => c.id),
  );
  const out = new Map<string, Set<string>>();
  for (const c of baseline.cases) {
    if (!lostIds.has(c.id)) continue;
    const ids = [...c.readBacks.flatMap((rb) => (rb.entityId ? [rb.entityId] : [])), ...(c.entityIds ?? [])];
    out.set(c.id, new Set(ids.map((id) => roles.roleOf(id.split('/')[0]!))));
  }
  return out;
}

/** Lost cases that explain a role: they touched it, or (for a connection) its service or channel. */
function explainingCases(role: string, lost: Map<string, Set<string>>): string[] {
  const pair = /^connection\[(.+)>(.+)\]$/.exec(role);
  const touched = (rs: Set<string>) => rs.has(role) || (!!pair && (rs.has(pair[1]!) || rs.has(pair[2]!)));
  return [...lost].filter(([, rs]) => touched(rs)).map(([id]) => id);
}

/** Compares two runs' report models (§4.6): case level always, field level when the seeds match. */
export function diffRuns(baseline: ReportModel, candidate: ReportModel, opts: DiffOptions = {}): DiffResult {
  const notes = new Set<string>();
  const sameSeed = baseline.run.seed === candidate.run.seed;
  const sameTarget = baseline.target.name === candidate.target.name;
  if (!sameTarget) notes.add(`different targets: ${baseline.target.name} against ${candidate.target.name}`);
  const fieldLevel = sameSeed || opts.allowSeedMismatch === true;
  if (!sameSeed) {
    notes.add(
      fieldLevel
        ? `different seeds (${baseline.run.seed}, ${candidate.run.seed}): field level compared anyway (--allow-seed-mismatch)`
        : `different seeds (${baseline.run.seed}, ${candidate.run.seed}): fixture content depends on seed and case id, so the field level is skipped (--allow-seed-mismatch forces it)`,
    );
  }
  const cases = diffCases(baseline, candidate);
  const entities: EntityDiff[] = [];
  if (fieldLevel) {
    const source = opts.readSource ?? 'auto';
    const rolesA = runRoles(baseline);
    const a = finalStates(baseline, rolesA, source);
    const b = finalStates(candidate, runRoles(candidate), source);
    const lost = lostCaseRoles(baseline, cases, rolesA);
    for (const role of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      const e = diffEntity(role, a.get(role), b.get(role), notes);
      const by = explainingCases(role, lost);
      entities.push(by.length && e.fields.some(isDifference) ? { ...e, explainedBy: by } : e);
    }
  }
  const count = (cls: FieldDiff['class'], explained = false) =>
    entities.reduce(
      (n, e) => n + (!!e.explainedBy === explained ? e.fields.filter((f) => f.class === cls).length : 0),
      0,
    );
  const changed = count('changed');
  const missing = count('missing');
  const explained = count('changed', true) + count('missing', true);
  return {
    schemaVersion: 1,
    baseline: sideOf(baseline),
    candidate: sideOf(candidate),
    compatible: { sameSeed, sameTarget, fieldLevel, notes: [...notes] },
    summary: {
      regressions: cases.filter((c) => c.regression).length + changed + missing,
      explained,
      fixed: cases.filter((c) => c.class === 'fixed').length,
      coverageLost: cases.filter((c) => c.class === 'coverageLost').length,
      removed: cases.filter((c) => c.class === 'removed').length,
      changed,
      missing,
      dropped: count('dropped'),
      added: count('added'),
      transform: count('transform'),
      same: count('same'),
    },
    cases,
    entities,
  };
}
