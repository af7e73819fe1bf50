import type { SimRequest, SimResponse } from '../http/types.js';
import { badRequestV12 } from './problem.js';
import type { Json } from './out/common.js';

/** `page` / `pageSize` [SPEC: required, 1..1000000 and 1..100]; missing ones default to 1 / 100 [INF]. */
export function paging(req: SimRequest): { page: number; pageSize: number } | SimResponse {
  const errors: { path: string; message: string }[] = [];
  const int = (name: string, def: number, max: number): number => {
    const raw = req.query[name.toLowerCase()];
    if (raw === undefined || raw === '') return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max)
      errors.push({ path: `/${name}`, message: `must be an integer in 1..${max}` });
    return n;
  };
  const page = int('page', 1, 1_000_000);
  const pageSize = int('pageSize', 100, 100);
  return errors.length ? badRequestV12(req.path, errors) : { page, pageSize };
}

export function pageEnvelope<T>(items: T[], p: { page: number; pageSize: number }): Json {
  const start = (p.page - 1) * p.pageSize;
  return {
    page: p.page,
    pageSize: p.pageSize,
    totalItems: items.length,
    totalPages: Math.ceil(items.length / p.pageSize),
    items: items.slice(start, start + p.pageSize),
  };
}

/** An array query parameter, repeated (`a=x&a=y`, joined by server.ts) or comma separated [SPEC, 3P]. */
export const listParam = (req: SimRequest, name: string): string[] | undefined => {
  const raw = req.query[name.toLowerCase()];
  if (raw === undefined || raw === '') return undefined;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
};
