import { isAbsolute, resolve } from 'node:path';
import type { DriverUserConfig } from '../config/types.js';
import { PtvrError } from '../core/errors.js';
import type { DrivenSettings } from './runDriven.js';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/** `500ms`, `90s`, `10m`, `2h`; a bare number is seconds. */
export function parseDuration(flag: string, value: string): number {
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  if (!m) {
    throw new PtvrError('PTVR_USAGE', `${flag} must be a duration like 90s, 10m or 500ms, got "${value}"`, {
      hint: `e.g. ${flag} 10m`,
    });
  }
  return Math.round(Number(m[1]) * UNIT_MS[(m[2] ?? 's') as keyof typeof UNIT_MS]);
}

function bounded(flag: string, ms: number, min: number, max: number, why: string): number {
  if (ms < min || ms > max) {
    const fmt = (x: number): string =>
      x >= 60_000 ? `${x / 60_000} min` : x >= 1000 ? `${x / 1000} s` : `${x} ms`;
    throw new PtvrError('PTVR_USAGE', `${flag} must be between ${fmt(min)} and ${fmt(max)}`, { hint: why });
  }
  return ms;
}

export interface DrivenFlags {
  driver?: 'builtin' | 'command' | 'manual';
  adapter?: string;
  syncTimeout?: string;
  syncPoll?: string;
  adapterTimeout?: string;
  resume?: string;
  observe?: boolean;
}

/**
 * The driven-run settings from the flags over the config file's `driver` block, with the contract's
 * defaults (sync timeout 10 min, adapter timeout 120 s, polls every 2 s on the simulator and 30 s
 * elsewhere). Polls against a real PTV are never closer than 5 s apart. Undefined = builtin run.
 */
export function drivenSettings(
  flags: DrivenFlags,
  file: Readonly<DriverUserConfig>,
  target: string,
  cwd: string,
): DrivenSettings | undefined {
  const mode = flags.driver ?? file.mode ?? (flags.resume !== undefined ? 'command' : 'builtin');
  if (mode === 'builtin') {
    if (flags.resume !== undefined || flags.observe === true) {
      throw new PtvrError('PTVR_USAGE', '--resume and --observe belong to a driven run', {
        hint: 'add --driver command (or manual)',
      });
    }
    return undefined;
  }
  const sim = target === 'sim';
  const adapter = flags.adapter ?? file.adapter;
  const timeout = flags.syncTimeout ?? file.syncTimeout;
  const poll = flags.syncPoll ?? file.syncPoll;
  const adapterTimeout = flags.adapterTimeout ?? file.adapterTimeout;
  return {
    driver: mode,
    ...(adapter !== undefined && { adapter: isAbsolute(adapter) ? adapter : resolve(cwd, adapter) }),
    syncTimeoutMs: bounded(
      '--sync-timeout',
      timeout === undefined ? 600_000 : parseDuration('--sync-timeout', timeout),
      100,
      7 * 24 * 3_600_000,
      'a scheduled integration may need hours; a week at most',
    ),
    syncPollMs: bounded(
      '--sync-poll',
      poll === undefined ? (sim ? 2000 : 30_000) : parseDuration('--sync-poll', poll),
      sim ? 20 : 5000,
      600_000,
      sim ? 'between 20 ms and 10 min' : 'be gentle with PTV: at least 5 s between looks',
    ),
    adapterTimeoutMs: bounded(
      '--adapter-timeout',
      adapterTimeout === undefined ? 120_000 : parseDuration('--adapter-timeout', adapterTimeout),
      100,
      3_600_000,
      'an operation of the adapter gets at most an hour',
    ),
    ...(flags.observe === true && { observe: true }),
    ...(flags.resume !== undefined && {
      resume: isAbsolute(flags.resume) ? flags.resume : resolve(cwd, flags.resume),
    }),
  };
}
