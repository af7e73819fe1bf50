/**
 * Replays one behaviour against a running simulator and lists how its answers differ from the
 * expectation (empty = agreement). Plain undici, a real login per user: the simulator is a black box.
 */
import { Agent, request } from 'undici';
import { readCall, type Call } from '../support/sim.js';
import { createSimulator } from '../../src/simulator/server.js';
import { DEFAULT_ORGANIZATION } from '../../src/simulator/seed.js';
import type { Simulator } from '../../src/simulator/options.js';
import type { RuleProfile } from '../../src/rules/types.js';
import type { AuthMode, Behaviour, ReadBack, RequestSpec } from './types.js';

export const OTHER_ORG = '6e2c9a10-3b4d-4e5f-8a6b-7c8d9e0f1a2b';
const OTHER_USER = { username: 'other@fidelity.test', password: 'other-password' };
const SHIRLEY = { username: 'shirley@fidelity.test', password: 'shirley-password' };
const DAY = 86_400_000;

export interface CorpusSim {
  profile: RuleProfile;
  sim: Simulator;
  close(): Promise<void>;
  run(b: Behaviour, index: number): Promise<string[]>;
}

export async function startCorpusSim(profile: RuleProfile): Promise<CorpusSim> {
  let offsetMs = 0;
  const sim = await createSimulator({
    profile,
    control: true,
    clock: () => new Date(Date.now() + offsetMs),
    organizations: [
      {
        id: OTHER_ORG,
        organizationType: 'Organization',
        names: { fi: 'Toinen organisaatio', sv: 'Annan organisation', en: 'Other organisation' },
      },
    ],
    users: [
      { ...OTHER_USER, organizationIds: [OTHER_ORG], role: 'Pete' },
      { ...SHIRLEY, organizationIds: [DEFAULT_ORGANIZATION.id], role: 'Shirley' },
    ],
  });
  const agent = new Agent({ keepAliveTimeout: 10, keepAliveMaxTimeout: 10 });

  const send = async (spec: RequestSpec, token: string | undefined, scheme = 'Bearer'): Promise<Call> => {
    const path =
      spec.path.startsWith('/api/') || spec.path.startsWith('/control/') || /^\/P[io]ng/.test(spec.path)
        ? spec.path
        : `/api/v11${spec.path}`;
    const headers: Record<string, string> = {};
    const body = spec.rawBody ?? (spec.body === undefined ? undefined : JSON.stringify(spec.body));
    if (body !== undefined && spec.contentType !== null)
      headers['content-type'] = spec.contentType ?? 'application/json';
    if (token) headers.authorization = `${scheme} ${token}`;
    const res = await request(`${sim.url}${path}`, {
      method: spec.method,
      headers,
      dispatcher: agent,
      ...(body !== undefined ? { body } : {}),
    });
    return readCall(res);
  };

  const login = async (user = sim.credentials): Promise<string> => {
    const r = await send(
      {
        method: 'POST',
        path: '/api/auth/api-login',
        body: { username: user.username, password: user.password },
      },
      undefined,
    );
    const j = r.json as { ptvToken?: string; serviceToken?: string } | undefined;
    const token = j?.ptvToken ?? j?.serviceToken;
    if (!token) throw new Error(`login of ${user.username} failed: ${r.status} ${r.text.slice(0, 200)}`);
    return token;
  };
  const tokens = { default: await login(), other: await login(OTHER_USER), shirley: await login(SHIRLEY) };

  const call = async (spec: RequestSpec, vars: Vars): Promise<Call> => {
    const filled: RequestSpec = {
      ...spec,
      path: fill(spec.path, vars) as string,
      body: fill(spec.body, vars),
    };
    if (spec.rawBody !== undefined) filled.rawBody = fill(spec.rawBody, vars) as string;
    const mode: AuthMode = spec.auth ?? 'default';
    switch (mode) {
      case 'none':
        return send(filled, undefined);
      case 'garbage':
        return send(filled, 'not-a-token');
      case 'lowercase':
        return send(filled, tokens.default, 'bearer');
      case 'other':
        return send(filled, tokens.other);
      case 'shirley':
        return send(filled, tokens.shirley);
      case 'revoked': {
        const fresh = await login();
        await send({ method: 'POST', path: '/control/revoke', body: { token: fresh } }, undefined);
        return send(filled, fresh);
      }
      case 'expired': {
        const fresh = await login();
        offsetMs = 25 * 3_600_000;
        try {
          return await send(filled, fresh);
        } finally {
          offsetMs = 0;
        }
      }
      default:
        return send(filled, tokens.default);
    }
  };

  const run = async (b: Behaviour, index: number): Promise<string[]> => {
    const now = Date.now();
    const vars: Vars = {
      org: sim.organizationId,
      otherOrg: OTHER_ORG,
      u: `${profile === 'ptv34' ? 'P' : 'L'}${index}x${b.id.replace(/[^A-Za-z0-9]/g, '')}`,
      uNum: `${profile === 'ptv34' ? 2 : 1}${index}`,
      yesterday: isoDay(now - DAY),
      tomorrow: isoDay(now + DAY),
      nextWeek: isoDay(now + 7 * DAY),
    };
    for (const [i, step] of (b.setup ?? []).entries()) {
      const r = await call(step, vars);
      if (r.status !== (step.status ?? 200))
        return [
          `setup step ${i + 1} (${step.method} ${fill(step.path, vars)}) answered ${r.status}: ${clip(r.text)}`,
        ];
      if (step.save) vars[step.save] = r.json;
    }
    const r = await call(b.request, vars);
    const diffs: string[] = [];
    const e = b.expect;
    if (r.status !== e.status) diffs.push(`status ${r.status}, expected ${e.status}: ${clip(r.text)}`);
    const keys = r.json && typeof r.json === 'object' && !Array.isArray(r.json) ? Object.keys(r.json) : [];
    if (e.errorKeys && !sameSet(keys, e.errorKeys))
      diffs.push(`error keys [${keys.join(', ')}], expected [${e.errorKeys.join(', ')}]`);
    for (const k of e.errorKeysInclude ?? [])
      if (!keys.includes(k)) diffs.push(`no error key ${k} in [${keys.join(', ')}]`);
    for (const k of e.errorKeysExclude ?? []) if (keys.includes(k)) diffs.push(`unexpected error key ${k}`);
    const text = plain(r);
    if (e.message !== undefined) {
      const m = fill(e.message, vars) as string;
      if (!text.includes(m)) diffs.push(`message "${m}" not in: ${clip(text)}`);
    }
    for (const s of e.includes ?? []) {
      const m = fill(s, vars) as string;
      if (!text.includes(m)) diffs.push(`"${m}" not in the response: ${clip(text)}`);
    }
    for (const s of e.excludes ?? []) {
      const m = fill(s, vars) as string;
      if (text.includes(m)) diffs.push(`"${m}" in the response`);
    }
    for (const [h, want] of Object.entries(e.headers ?? {})) {
      const got = String(r.headers[h.toLowerCase()] ?? '');
      if (!got.toLowerCase().includes(want.toLowerCase()))
        diffs.push(`header ${h} "${got}", expected to contain "${want}"`);
    }
    diffs.push(...compareFields(r.json, e.fields, vars, 'response'));
    const reads = e.readBack === undefined ? [] : Array.isArray(e.readBack) ? e.readBack : [e.readBack];
    if (diffs.length === 0) for (const rb of reads) diffs.push(...(await readBack(rb, vars)));
    return diffs;
  };

  const readBack = async (rb: ReadBack, vars: Vars): Promise<string[]> => {
    const r = await call({ method: 'GET', path: rb.path, auth: rb.auth ?? 'default' }, vars);
    const where = `read-back ${fill(rb.path, vars) as string}`;
    if (r.status !== (rb.status ?? 200))
      return [`${where}: status ${r.status}, expected ${rb.status ?? 200}: ${clip(r.text)}`];
    const diffs = compareFields(r.json, rb.fields, vars, where);
    const text = plain(r);
    for (const s of rb.includes ?? []) {
      const m = fill(s, vars) as string;
      if (!text.includes(m)) diffs.push(`${where}: "${m}" missing`);
    }
    for (const s of rb.excludes ?? []) {
      const m = fill(s, vars) as string;
      if (text.includes(m)) diffs.push(`${where}: "${m}" present`);
    }
    return diffs;
  };

  return {
    profile,
    sim,
    run,
    close: async () => {
      await sim.close();
      await agent.close();
    },
  };
}

type Vars = Record<string, unknown>;

const isoDay = (ms: number) => `${new Date(ms).toISOString().slice(0, 10)}T00:00:00Z`;
const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);
const sameSet = (a: string[], b: string[]) => a.length === b.length && b.every((k) => a.includes(k));

/** The response text with JSON string escapes undone, so messages match as PTV writes them. */
function plain(r: Call): string {
  if (r.json === undefined) return r.text;
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        strings.push(k);
        walk(x);
      }
  };
  walk(r.json);
  return `${r.text}\n${strings.join('\n')}`;
}

/** Replaces `{{a.b}}` placeholders; a string that is exactly one placeholder takes the value's own type. */
export function fill(v: unknown, vars: Vars): unknown {
  if (typeof v === 'string') {
    const whole = /^\{\{([^}]+)\}\}$/.exec(v);
    if (whole) return lookup(vars, whole[1]!);
    return v.replace(/\{\{([^}]+)\}\}/g, (_m, p: string) => String(lookup(vars, p)));
  }
  if (Array.isArray(v)) return v.map((x) => fill(x, vars));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, vars)]));
  return v;
}

function lookup(vars: Vars, path: string): unknown {
  const v = at(vars, path.trim());
  if (v === undefined) throw new Error(`placeholder {{${path}}} has no value`);
  return v;
}

/** `a.b[0].c`, `list[language=fi,type=Name].value`, `list.length`. */
export function at(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[[^\]]*\])*)$/.exec(part);
    if (!m) return undefined;
    if (m[1]) cur = cur == null ? undefined : (cur as Record<string, unknown>)[m[1]];
    for (const sel of m[2]!.match(/\[[^\]]*\]/g) ?? []) {
      const inner = sel.slice(1, -1);
      if (!Array.isArray(cur)) return undefined;
      if (/^\d+$/.test(inner)) cur = cur[Number(inner)];
      else {
        const conds = inner.split(',').map((c) => c.split('=') as [string, string]);
        cur = cur.find((x) => conds.every(([k, val]) => String((x as Record<string, unknown>)?.[k]) === val));
      }
    }
  }
  return cur;
}

function compareFields(
  json: unknown,
  fields: Record<string, unknown> | undefined,
  vars: Vars,
  where: string,
): string[] {
  const diffs: string[] = [];
  for (const [path, want] of Object.entries(fields ?? {})) {
    const expected = fill(want, vars);
    const got = at(json, fill(path, vars) as string);
    if (JSON.stringify(got) !== JSON.stringify(expected))
      diffs.push(
        `${where}: ${path} = ${clip(JSON.stringify(got) ?? 'undefined')}, expected ${clip(JSON.stringify(expected))}`,
      );
  }
  return diffs;
}
