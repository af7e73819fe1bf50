/**
 * Most levels of nesting a PTV body may have. PTV binds bodies with Newtonsoft.Json under ASP.NET Core,
 * whose MVC serializer settings default to MaxDepth 32 [FW]; no PTV body needs more than ~8 levels.
 */
export const MAX_JSON_DEPTH = 32;

/** Newtonsoft.Json's message for a body over MaxDepth [FW] (its path and position are left out). */
export const maxDepthMessage = (limit = MAX_JSON_DEPTH): string =>
  `The reader's MaxDepth of ${limit} has been exceeded.`;

/**
 * Nesting depth of a parsed JSON value (a scalar is 0, `{}` is 1), counted iteratively so a 100k-deep
 * value cannot overflow the stack; stops as soon as `limit` is exceeded and returns limit + 1. Cycles
 * (impossible from JSON.parse, possible in objects built in code) and shared objects count as exceeding.
 */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  const seen = new Set<object>();
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (seen.has(v)) return limit + 1;
    seen.add(v);
    const depth = d + 1;
    if (depth > limit) return limit + 1;
    if (depth > max) max = depth;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth]);
    }
  }
  return max;
}

/** True when `value` nests deeper than `limit` (or is cyclic). */
export function exceedsJsonDepth(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  return jsonDepth(value, limit) > limit;
}
