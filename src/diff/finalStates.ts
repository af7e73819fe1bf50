import type { ReadBack, ReportModel } from '../report/model.js';
import { fromV11Connection } from '../neutral/fromV11Connection.js';
import { fromV11Out } from '../neutral/fromV11Out.js';
import type { NeutralState } from '../neutral/keys.js';
import { connectionEntity } from '../neutral/keys.js';
import type { ReadApi } from './diffModel.js';
import type { RunRoles } from './runRoles.js';

export type ReadSource = 'auto' | 'v11' | 'v12';

export interface FinalState {
  source: ReadApi;
  state: NeutralState;
}

function apiOf(rb: ReadBack): ReadApi {
  return rb.endpoint.includes('/api/v12/') ? 'v12' : 'v11';
}

/** A connection read-back (`… serviceChannels[]` / `… services[]`), compared from either side. */
function connectionSide(rb: ReadBack): 'service' | 'channel' | undefined {
  if (rb.endpoint.endsWith('serviceChannels[]')) return 'service';
  if (rb.endpoint.endsWith('services[]')) return 'channel';
  return undefined;
}

/** Later read-backs replace earlier values field by field: the final state of everything ever read. */
class Accumulator {
  private readonly v11 = new Map<string, { kind: string; read: Map<string, unknown> }>();
  private readonly connections = new Map<string, Map<string, unknown>>();
  private readonly v12 = new Map<string, NeutralState>();

  v11Entity(role: string, kind: string, rb: ReadBack): void {
    const e = this.v11.get(role) ?? { kind, read: new Map<string, unknown>() };
    for (const f of rb.fields) {
      const [inName, outName] = f.path.split('→') as [string, string | undefined];
      e.read.set(outName ?? inName, f.read);
    }
    this.v11.set(role, e);
  }

  v11Connection(serviceRole: string, channelRole: string, rb: ReadBack): void {
    const key = `${serviceRole}>${channelRole}`;
    const c = this.connections.get(key) ?? new Map<string, unknown>();
    for (const f of rb.fields) {
      if (f.path === 'connection') {
        c.set('__missing', f.read === null);
        continue;
      }
      c.delete('__missing');
      const [head, sub] = f.path.split('.') as [string, string | undefined];
      if (sub) c.set(head, { ...((c.get(head) as object | undefined) ?? {}), [sub]: f.read });
      else c.set(head, f.read);
    }
    this.connections.set(key, c);
  }

  /** v12 rows carry their key; connection keys name their own entity (`connection[s>c]`), others the read-back's role. */
  v12Entity(role: string, rb: ReadBack): void {
    for (const f of rb.fields) {
      if (!f.key || f.mapping === 'dropped') continue;
      const owner = f.key.startsWith('connection[') ? f.key.slice(0, f.key.indexOf('].') + 1) : role;
      const s = this.v12.get(owner) ?? {};
      const v = f.canonRead ?? null;
      if (v === null || (Array.isArray(v) && v.length === 0)) delete s[f.key];
      else s[f.key] = v as NeutralState[string];
      this.v12.set(owner, s);
    }
  }

  states(roles: RunRoles, source: ReadSource): Map<string, FinalState> {
    const out = new Map<string, FinalState>();
    if (source !== 'v12') {
      for (const [role, e] of this.v11) {
        out.set(role, {
          source: 'v11',
          state: fromV11Out(e.kind as Parameters<typeof fromV11Out>[0], Object.fromEntries(e.read), roles),
        });
      }
      for (const [pair, c] of this.connections) {
        const [s, ch] = pair.split('>') as [string, string];
        const body =
          c.get('__missing') === true ? null : Object.fromEntries([...c].filter(([k]) => k !== '__missing'));
        out.set(connectionEntity(s, ch), { source: 'v11', state: fromV11Connection(body, s, ch) });
      }
    }
    if (source !== 'v11') for (const [role, state] of this.v12) out.set(role, { source: 'v12', state });
    return out;
  }
}

/**
 * The final neutral state of every role a run read back (§4.6): v11 read-backs neutralised on the fly
 * from their `read` values (schema-1 files have no keys), v12 read-backs from their `key`/`canonRead`.
 * `auto` prefers a role's v12 state when the run has one; `v11`/`v12` force one.
 */
export function finalStates(
  model: ReportModel,
  roles: RunRoles,
  source: ReadSource,
): Map<string, FinalState> {
  const acc = new Accumulator();
  for (const c of model.cases) {
    let pendingService: string | undefined;
    for (const rb of c.readBacks) {
      if (rb.entityId === undefined) continue;
      const api = apiOf(rb);
      const role = roles.roleOf(rb.entityId);
      if (api === 'v12') {
        acc.v12Entity(
          rb.endpoint.includes('/connection') && !role.startsWith('connection[') ? role : role,
          rb,
        );
        continue;
      }
      const side = connectionSide(rb);
      if (side === 'service') {
        // The service side comes first and the channel side, which names the channel, follows
        // (suites/support/readBack.ts); both carry the same fields, so the channel side is recorded.
        pendingService = role;
        continue;
      }
      if (side === 'channel') {
        if (pendingService) acc.v11Connection(pendingService, role, rb);
        pendingService = undefined;
        continue;
      }
      const kind = roles.kindOf(rb.entityId);
      if (kind) acc.v11Entity(role, kind, rb);
    }
  }
  // v12 states are set after v11 ones, so under `auto` a role's v12 read-back wins.
  return acc.states(roles, source);
}
