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
 * value cannot overflow the stack; stops as soon as `limit` is exceeded and returns limit + 1. A cycle
 * (impossible from JSON.parse, possible in objects built in code) counts as exceeding the limit; an
 * object shared by two parents is fine.
 */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let max = 0;
  const onPath = new Set<object>();
  // [value, depth of value, exit marker]: the exit frame takes the object off the current path.
  const stack: [object, number, boolean][] = [];
  if (value !== null && typeof value === 'object') stack.push([value, 1, false]);
  while (stack.length) {
    const [v, depth, exit] = stack.pop()!;
    if (exit) {
      onPath.delete(v);
      continue;
    }
    if (depth > limit || onPath.has(v)) return limit + 1;
    if (depth > max) max = depth;
    onPath.add(v);
    stack.push([v, depth, true]);
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child as object, depth + 1, false]);
    }
  }
  return max;
}

/** True when `value` nests deeper than `limit` (or is cyclic). */
export function exceedsJsonDepth(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  return jsonDepth(value, limit) > limit;
}
