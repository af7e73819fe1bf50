import { capString, MAX_STORED_STRING } from './capString.js';

export interface CapLimits {
  /** Strings longer than this keep a prefix (see capString). */
  maxString: number;
  /** Nesting below this depth is replaced by a note. */
  maxDepth: number;
  /** Array items / object keys kept per container. */
  maxItems: number;
  /** Total nodes copied; the rest is replaced by a note. */
  maxNodes: number;
}

export const DEFAULT_CAP_LIMITS: CapLimits = {
  maxString: MAX_STORED_STRING,
  maxDepth: 32,
  maxItems: 200,
  maxNodes: 5000,
};

/**
 * A bounded, acyclic copy of a JSON-like value from outside (read-back values, finding values):
 * strings capped, depth, width and total size limited, cycles cut. Iterative, so a 100k-deep value
 * cannot overflow the stack. Notes say what was cut: `[depth limit 32]`, `[cycle]`, `[… 812 more]`.
 */
export function capValue(value: unknown, limits: Partial<CapLimits> = {}): unknown {
  const lim = { ...DEFAULT_CAP_LIMITS, ...limits };
  let nodes = 0;
  const onPath = new Set<object>();
  type Frame = { src: object; out: unknown[] | Record<string, unknown>; depth: number; exit?: true };
  const stack: Frame[] = [];

  const copy = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return capString(v, lim.maxString);
    if (v === null || typeof v !== 'object') {
      return typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol' ? String(v) : v;
    }
    if (onPath.has(v)) return '[cycle]';
    if (depth >= lim.maxDepth) return `[depth limit ${lim.maxDepth}]`;
    if (++nodes > lim.maxNodes) return `[size limit ${lim.maxNodes} nodes]`;
    const out: unknown[] | Record<string, unknown> = Array.isArray(v) ? [] : {};
    stack.push({ src: v, out, depth });
    return out;
  };

  const root = copy(value, 0);
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (f.exit) {
      onPath.delete(f.src);
      stack.pop();
      continue;
    }
    f.exit = true;
    onPath.add(f.src);
    if (Array.isArray(f.src)) {
      const src = f.src as unknown[];
      const out = f.out as unknown[];
      const n = Math.min(src.length, lim.maxItems);
      for (let i = 0; i < n; i++) out.push(copy(src[i], f.depth + 1));
      if (src.length > n) out.push(`[… ${src.length - n} more]`);
    } else {
      const keys = Object.keys(f.src);
      const out = f.out as Record<string, unknown>;
      const n = Math.min(keys.length, lim.maxItems);
      for (let i = 0; i < n; i++) {
        const k = keys[i]!;
        out[capString(k, 200)] = copy((f.src as Record<string, unknown>)[k], f.depth + 1);
      }
      if (keys.length > n) out['…'] = `[${keys.length - n} more keys]`;
    }
  }
  return root;
}

/** A capped list of capped strings: at most `maxItems`, then one note with the number left out. */
export function capStrings(list: readonly string[], maxItems = 100, maxString = MAX_STORED_STRING): string[] {
  const kept = list.slice(0, maxItems).map((s) => capString(String(s), maxString));
  if (list.length > maxItems) kept.push(`[… ${list.length - maxItems} more]`);
  return kept;
}
