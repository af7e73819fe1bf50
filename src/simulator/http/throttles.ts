import type { RouteContext } from './types.js';

/**
 * Whether an API request meets the control surface's throttle (`POST /control/throttle`): every request
 * while one without a method and path is set, else only that method on that path (the query aside,
 * case-insensitively, as PTV's routes match).
 */
export function throttles(throttle: RouteContext['throttle'], method: string, path: string): boolean {
  if (throttle.remaining <= 0) return false;
  if (throttle.path === undefined) return true;
  return method.toUpperCase() === throttle.method && path.toLowerCase() === throttle.path.toLowerCase();
}
