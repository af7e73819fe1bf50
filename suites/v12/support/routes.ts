/**
 * Writes of the v12 profile: by route key through the run's route map (`--v12-routes`, else the
 * bundled inferred one), so a published map changes no suite (v12-migration.md §4.8). A write through
 * an inferred route marks its case `provisional`; an answer outside the route's success statuses is a
 * finding per ProblemDetails error, and the step stops (later code needs the success).
 */
import {
  loadRouteMap,
  type LoadedRouteMap,
  problemFindings,
  type StepContext,
  v12Write,
  type V12RouteKey,
  type V12WriteParams,
  type V12WriteResult,
} from '#ptvr';

let loaded: { file: string | undefined; map: LoadedRouteMap } | undefined;

/** The run's route map, loaded once per worker from the file the engine named. */
export function routeMap(ctx: StepContext): LoadedRouteMap {
  const file = ctx.settings.v12Routes?.file;
  if (!loaded || loaded.file !== file) loaded = { file, map: loadRouteMap(file) };
  return loaded.map;
}

/** Sends one v12 write and records it; returns the result only when the route's success status came back. */
export async function writeV12(
  ctx: StepContext,
  key: V12RouteKey,
  params: V12WriteParams,
  body?: unknown,
): Promise<V12WriteResult> {
  const res = await sendV12(ctx, key, params, body);
  if (!res.ok) {
    const what = `${key} (${res.response.status})`;
    const problems = problemFindings(res.status, res.body);
    for (const f of problems) ctx.record.finding(f);
    if (problems.length === 0) {
      ctx.record.finding({
        path: key,
        rule: 'http.status',
        severity: 'error',
        message: `${what}: not one of the route's success statuses`,
        actual: res.status,
      });
    }
    throw new Error(`${what} failed`);
  }
  if (res.id !== undefined) ctx.record.entity(res.id);
  return res;
}

/** Sends one v12 write whatever it answers (for the refusal cases), marking the case provisional. */
export async function sendV12(
  ctx: StepContext,
  key: V12RouteKey,
  params: V12WriteParams,
  body?: unknown,
): Promise<V12WriteResult> {
  const res = await v12Write(ctx.client, routeMap(ctx), key, { caseId: ctx.caseId, ...params }, body);
  if (res.provisional) ctx.record.provisional();
  return res;
}

/** The id a create answered with; a create that names none cannot be read back. */
export function createdId(res: V12WriteResult): string {
  if (res.id === undefined) throw new Error(`${res.key} answered ${res.status} without a contentId`);
  return res.id;
}
