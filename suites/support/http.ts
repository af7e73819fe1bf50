import type { PtvResponse, StepContext } from '#ptvr';

/** PTV's messages from a 400 ModelState, a `{errorMessage}` or a plain-text body, flattened. */
export function ptvMessagesOf(res: PtvResponse): string[] {
  const b = res.body as unknown;
  if (Array.isArray(b)) return b.map((m) => (typeof m === 'string' ? m : JSON.stringify(m)));
  // A 2xx object is an entity, not messages.
  if (res.status < 300) return [];
  if (b && typeof b === 'object') {
    const o = b as Record<string, unknown>;
    if (typeof o.errorMessage === 'string') return [o.errorMessage];
    return Object.entries(o).flatMap(([k, v]) =>
      Array.isArray(v) ? v.map((m) => `${k}: ${String(m)}`) : [],
    );
  }
  return res.text ? [res.text.slice(0, 500)] : [];
}

/** ModelState keys of a 400 body. */
export function modelStateKeys(res: PtvResponse): string[] {
  const b = res.body as unknown;
  return b && typeof b === 'object' && !Array.isArray(b) ? Object.keys(b as object) : [];
}

/**
 * Asserts the status PTV answered. A mismatch becomes an `http.status` finding carrying PTV's
 * messages, and the step stops (later code in the step needs the success body).
 */
export function requireStatus(
  ctx: StepContext,
  res: PtvResponse,
  expected: number | number[],
  what: string,
): void {
  const ok = Array.isArray(expected) ? expected.includes(res.status) : res.status === expected;
  if (ok) return;
  const messages = ptvMessagesOf(res);
  ctx.record.ptvMessages(...messages);
  ctx.record.finding({
    path: what,
    message: `${what}: expected HTTP ${String(expected)}, got ${res.status}${messages.length ? ` — ${messages.slice(0, 3).join(' | ')}` : ''}`,
    rule: 'http.status',
    severity: 'error',
    expected,
    actual: res.status,
  });
  throw new Error(`${what}: HTTP ${res.status}`);
}

/** A check that is not a read-back: records an error finding when `ok` is false. */
export function check(
  ctx: StepContext,
  ok: boolean,
  f: { path: string; message: string; expected?: unknown; actual?: unknown; rule?: string },
): boolean {
  if (!ok) ctx.record.finding({ rule: f.rule ?? 'check', severity: 'error', ...f });
  return ok;
}

export function idOf(res: PtvResponse): string {
  const id = (res.body as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') throw new Error('the write answered 200 without an id');
  return id;
}
