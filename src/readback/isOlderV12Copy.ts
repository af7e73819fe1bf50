/**
 * Whether a v12 answer is a copy of an older version than the one v11 serves now, so late rather than
 * wrong (v12-migration.md §4.5): its `publishedAt` is before the `modified` of v11's version. Both
 * stamps come from PTV's clock; comparing with the harness's receipt of the write instead would call
 * every current copy "older" by the few milliseconds the answer took. That the two stamps agree for
 * one version is [INF] (the simulator's do); without either stamp the copy counts as current.
 */
export function isOlderV12Copy(v12Body: unknown, v11Body: unknown): boolean {
  const stamp = (body: unknown, field: string): number => {
    const v =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
    return typeof v === 'string' ? Date.parse(v) : Number.NaN;
  };
  const published = stamp(v12Body, 'publishedAt');
  const modified = stamp(v11Body, 'modified');
  return Number.isFinite(published) && Number.isFinite(modified) && published < modified;
}
