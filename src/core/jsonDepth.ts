/**
 * Most levels of nesting a PTV body may have. PTV binds bodies with Newtonsoft.Json under ASP.NET Core,
 * whose MVC serializer settings default to MaxDepth 32 [FW]; no PTV body needs more than ~8 levels.
 */
export const MAX_JSON_DEPTH = 32;

/** Newtonsoft.Json's message for a body over MaxDepth [FW] (its path and position are left out). */
export const maxDepthMessage = (limit = MAX_JSON_DEPTH): string =>
  `The reader's MaxDepth of ${limit} has been exceeded.`;

/**
 * Nesting depth of a parsed JSON value (a scalar is 0, `{}` is 1); stops as soon as `limit` is
 * exceeded and returns limit + 1, so the recursion is at most limit + 1 calls deep and a 100k-deep
 * value cannot overflow the stack. A cycle (impossible from JSON.parse, possible in objects built in
 * code) counts as exceeding the limit; an object shared by two parents is fine. It allocates nothing:
 * the simulator and the rules measure every request body with it, several times.
 */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  return value !== null && typeof value === 'object' ? depthBelow(value, 1, limit) : 0;
}

/** Depth of the object `v` found at `depth`, or limit + 1 as soon as something is deeper than `limit`. */
function depthBelow(v: object, depth: number, limit: number): number {
  if (depth > limit) return limit + 1;
  let max = depth;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const child: unknown = v[i];
      if (child !== null && typeof child === 'object') {
        const d = depthBelow(child, depth + 1, limit);
        if (d > limit) return d;
        if (d > max) max = d;
      }
    }
    return max;
  }
  for (const key in v) {
    if (!Object.hasOwn(v, key)) continue;
    const child: unknown = (v as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object') {
      const d = depthBelow(child, depth + 1, limit);
      if (d > limit) return d;
      if (d > max) max = d;
    }
  }
  return max;
}

/** True when `value` nests deeper than `limit` (or is cyclic). */
export function exceedsJsonDepth(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  return jsonDepth(value, limit) > limit;
}
