import { createPrng } from '../prng.js';
import type { ResolvedSimConfig } from '../config.js';

export type FaultDecision = 'none' | 'reset' | '429' | '5xx-before' | '5xx-after';

/**
 * Seeded fault injection for /api/v11 requests only (the login endpoint stays reliable so a client
 * can always recover). A 5xx on a write happens either before the write (nothing stored) or after it
 * (stored, but the client sees 500): clients must treat a failed POST as ambiguous.
 */
export function createFaults(config: ResolvedSimConfig) {
  const rnd = createPrng(config.seed);
  const f = config.faults;
  return {
    decide(method: string): FaultDecision {
      if (f.reset > 0 && rnd() < f.reset) return 'reset';
      if (f['429'] > 0 && rnd() < f['429']) return '429';
      if (f['5xx'] > 0 && rnd() < f['5xx']) {
        if (method === 'GET') return '5xx-before';
        return rnd() < 0.5 ? '5xx-before' : '5xx-after';
      }
      return 'none';
    },
    latencyMs(): number {
      const l = config.latency;
      if (!l) return 0;
      return Math.max(0, Math.round(l.ms + (l.jitterMs ? (rnd() * 2 - 1) * l.jitterMs : 0)));
    },
  };
}
