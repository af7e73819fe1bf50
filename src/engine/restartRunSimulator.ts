import { existsSync } from 'node:fs';
import type { Secrets } from '../config/types.js';
import { PtvrError } from '../core/errors.js';
import { RULE_PROFILES, type RuleProfile } from '../core/vocabulary.js';
import { createSimulator, type Simulator } from '../simulator/index.js';
import type { RunInfo } from './runInfo.js';

/**
 * A simulator run's target again, for a command that finishes the run later (`cleanup`,
 * `readback`): a simulator restarted on the run's `--sim-db`, with the run's credentials, API key,
 * v12 copy delay, behaviour profile and seed. An in-memory run left nothing behind:
 * PTVR_TARGET_UNREACHABLE with `why`.
 */
export async function restartRunSimulator(
  info: RunInfo,
  secrets: Secrets,
  why: { message: string; hint: string },
): Promise<Simulator> {
  if (!info.simDb || !existsSync(info.simDb)) {
    throw new PtvrError('PTVR_TARGET_UNREACHABLE', `Run ${info.runId} ${why.message}`, { hint: why.hint });
  }
  return createSimulator({
    host: '127.0.0.1',
    port: 0,
    dbPath: info.simDb,
    authShape: info.authShape,
    // The run's simulator behaved by its profile (and drew faults from its seed): the restarted one too.
    ...(isRuleProfile(info.simProfile) && { profile: info.simProfile }),
    ...(info.seed !== undefined && { seed: info.seed }),
    ...(secrets.username !== undefined && { username: secrets.username }),
    ...(secrets.password !== undefined && { password: secrets.password }),
    ...(secrets.apiKey !== undefined && { apiKey: secrets.apiKey }),
    ...(info.v12?.v12DelayMs !== undefined && { v12DelayMs: info.v12.v12DelayMs }),
  });
}

const isRuleProfile = (p: string | undefined): p is RuleProfile =>
  (RULE_PROFILES as readonly string[]).includes(p ?? '');
