import type { Finding } from '../core/finding.js';

/**
 * The v12 API's error bodies [SPEC `ProblemDetailsType`, `…WithErrorsType`, `…NotFoundType`]: RFC 9457
 * problem details with a request id, plus `errors[{path, message}]` on 400 and `reason` on a by-id 404.
 */
export interface ProblemDetails {
  title: string;
  detail?: string;
  status?: number;
  type?: string;
  requestId?: string;
  instance?: string;
  /** 404 by id: `NotPublished` or `Unknown` [SPEC]. */
  reason?: string;
  errors?: { path: string; message: string }[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The problem details in a response body; undefined when the body is not one (no string `title`). */
export function parseProblemDetails(body: unknown): ProblemDetails | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  const title = str(b.title);
  if (title === undefined) return undefined;
  const errors = Array.isArray(b.errors)
    ? b.errors
        .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
        .map((e) => ({ path: str(e.path) ?? '', message: str(e.message) ?? JSON.stringify(e) }))
    : undefined;
  const opt = <K extends keyof ProblemDetails>(k: K, v: ProblemDetails[K] | undefined) =>
    v === undefined ? {} : { [k]: v };
  return {
    title,
    ...opt('detail', str(b.detail)),
    ...opt('status', typeof b.status === 'number' ? b.status : undefined),
    ...opt('type', str(b.type)),
    ...opt('requestId', str(b.requestId)),
    ...opt('instance', str(b.instance)),
    ...opt('reason', str(b.reason)),
    ...opt('errors', errors),
  };
}

/**
 * A v12 error answer as findings: one per `errors[]` entry (at its path), else one for the whole
 * problem. `rule` is `v12.problem` (with the 404 `reason` appended: `v12.problem.NotPublished`).
 */
export function problemFindings(
  status: number,
  body: unknown,
  severity: Finding['severity'] = 'error',
): Finding[] {
  const p = parseProblemDetails(body);
  if (!p) return [];
  const head = `${status} ${p.title}${p.detail ? `: ${p.detail}` : ''}${p.requestId ? ` (requestId ${p.requestId})` : ''}`;
  const rule = p.reason ? `v12.problem.${p.reason}` : 'v12.problem';
  if (p.errors && p.errors.length > 0) {
    return p.errors.map((e) => ({ path: e.path, message: `${head} — ${e.message}`, rule, severity }));
  }
  return [{ path: p.instance ?? '', message: head, rule, severity, ...(p.reason && { actual: p.reason }) }];
}
