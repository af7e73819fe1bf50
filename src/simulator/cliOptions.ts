import { readFileSync } from 'node:fs';
import { PtvrError } from '../core/errors.js';
import { SIM_DEFECTS, type SimDefect, type SimOrganizationSeed, type SimUserSeed } from './options.js';

/** `--latency 200` or `200±50` (also `200+-50`). */
export function parseLatency(v: string): { ms: number; jitterMs?: number } {
  const m = /^(\d+)(?:\s*(?:±|\+-|\+\/-)\s*(\d+))?$/.exec(v.trim());
  if (!m)
    throw new PtvrError('PTVR_USAGE', `--latency '${v}' is not <ms> or <ms>±<jitter>`, {
      hint: 'e.g. --latency 150 or --latency 150±50',
    });
  return { ms: Number(m[1]), ...(m[2] !== undefined ? { jitterMs: Number(m[2]) } : {}) };
}

/** `--faults "5xx=0.1,429=0.05,reset=0.01"`: probabilities in [0, 1]. */
export function parseFaults(v: string): { '5xx'?: number; '429'?: number; reset?: number } {
  const out: Record<string, number> = {};
  for (const part of v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [k, val] = part.split('=');
    const n = Number(val);
    if (!k || !['5xx', '429', 'reset'].includes(k) || val === undefined || !(n >= 0 && n <= 1)) {
      throw new PtvrError('PTVR_USAGE', `--faults entry '${part}' is invalid`, {
        hint: 'use 5xx=<p>,429=<p>,reset=<p> with 0 ≤ p ≤ 1',
      });
    }
    out[k] = n;
  }
  return out;
}

export function parseDefects(v: readonly string[]): SimDefect[] {
  for (const d of v) {
    if (!SIM_DEFECTS.includes(d as SimDefect)) {
      throw new PtvrError('PTVR_USAGE', `unknown --defect '${d}'`, {
        hint: `one of ${SIM_DEFECTS.join(', ')}`,
      });
    }
  }
  return v as SimDefect[];
}

interface UsersFileUser extends Omit<SimUserSeed, 'password'> {
  password?: string;
  /** Name of an environment variable holding the password (keeps it out of the file). */
  passwordEnv?: string;
}

/** `--users <file.json>`: `{ "organizations": [...], "users": [...] }` (docs/simulator.md). */
export function readUsersFile(
  path: string,
  env: NodeJS.ProcessEnv,
): { users: SimUserSeed[]; organizations: SimOrganizationSeed[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PtvrError(
      code === 'ENOENT' ? 'PTVR_CONFIG_NOT_FOUND' : 'PTVR_INPUT_INVALID_JSON',
      `cannot read --users file ${path}: ${(err as Error).message}`,
      {
        hint: 'see docs/simulator.md for the users file format',
      },
    );
  }
  const o = raw as { users?: UsersFileUser[]; organizations?: SimOrganizationSeed[] };
  const bad = (msg: string) =>
    new PtvrError('PTVR_CONFIG_INVALID', `--users file ${path}: ${msg}`, {
      hint: 'see docs/simulator.md for the users file format',
    });
  if (!o || typeof o !== 'object') throw bad('expected an object with "users" and/or "organizations"');
  const organizations = o.organizations ?? [];
  for (const org of organizations) {
    if (
      typeof org.id !== 'string' ||
      !/^[0-9a-f-]{36}$/i.test(org.id) ||
      !org.names ||
      typeof org.names !== 'object'
    ) {
      throw bad('every organisation needs a GUID "id" and a "names" object');
    }
  }
  const users = (o.users ?? []).map((u) => {
    const password = u.passwordEnv ? env[u.passwordEnv] : u.password;
    if (
      typeof u.username !== 'string' ||
      !Array.isArray(u.organizationIds) ||
      u.organizationIds.length === 0
    ) {
      throw bad('every user needs "username" and a non-empty "organizationIds"');
    }
    if (!password) throw bad(`user ${u.username} has no password (set "password" or "passwordEnv")`);
    const { passwordEnv: _ignored, ...rest } = u;
    return { ...rest, password };
  });
  return { users, organizations };
}
