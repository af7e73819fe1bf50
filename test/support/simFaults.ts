/**
 * Faults for the client's tests, as overrides on the real simulator: the test decides exactly which
 * attempt fails and whether before or after the write (the simulator's own seeded faults cannot).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  override,
  type OverrideHandler,
  type OverrideReply,
  type OverrideResolver,
} from '../../src/simulator/index.js';

export type Fault = '429' | '503-before' | '503-after' | 'reset-before' | 'reset-after';

/** Every /api/v11 request; the login (another service at PTV) is never faulted here. */
export const API = /^\/api\/v11\//i;

const TOO_MANY: OverrideReply = { status: 429, text: 'Too many requests sent to server, try again later' };
const unexpected = (trace: string): OverrideReply => ({
  status: 503,
  json: { errorMessage: `An unexpected error occurred. Trace id: ${trace}` },
});

/** The resolver for one fault: before the write nothing reaches the simulator, after it the write happens. */
export function fault(f: Fault): OverrideResolver {
  switch (f) {
    case '429':
      return () => TOO_MANY;
    case '503-before':
      return () => unexpected('before');
    case 'reset-before':
      return () => 'reset';
    case '503-after':
      return async (_req, next) => {
        await next();
        return unexpected('after');
      };
    case 'reset-after':
      return async (_req, next): Promise<OverrideReply> => {
        await next();
        return 'reset';
      };
  }
}

/** These faults, in order, for the next API requests with this method; then the simulator answers. */
export function faultsOnce(method: string, faults: Fault[]): OverrideHandler[] {
  return faults.map((f) => override(method, API, fault(f), { once: true }));
}

/** Answer every matching API request after `ms` (to observe concurrency and timeouts). */
export function delayed(method: string, ms: number, path: string | RegExp = API): OverrideHandler {
  return override(method, path, async () => {
    await sleep(ms);
    return undefined;
  });
}
