import { GUID_MESSAGE, GUID_RE, modelState } from './responses.js';
import type { SimResponse } from './types.js';

/** Strict UTC `yyyy-MM-ddTHH:mm:ss` (in-api-v11 §2.7, §9). */
const DATE_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

export interface ListQuery {
  page: number;
  date?: number;
  dateBefore?: number;
}

/** `page`, `date`, `dateBefore` with PTV's messages; a 400 response on the first bad parameter set. */
export function parseListQuery(q: Record<string, string>): ListQuery | SimResponse {
  const errors: Record<string, string[]> = {};
  let page = 1;
  if (q.page !== undefined) {
    if (!/^-?\d+$/.test(q.page)) errors.page = [`The value '${q.page}' is not valid.`];
    else if (Number(q.page) < 0) errors.page = ['The page number cannot be negative value.'];
    else page = Number(q.page);
  }
  const out: ListQuery = { page };
  for (const key of ['date', 'dateBefore'] as const) {
    const v = q[key.toLowerCase()];
    if (v === undefined || v === '') continue;
    const t = DATE_RE.test(v) ? Date.parse(`${v}Z`) : NaN;
    if (Number.isNaN(t))
      errors[key] = [`The ${key === 'date' ? 'date' : 'dateBefore'} parameter is invalid.`];
    else out[key] = t;
  }
  return Object.keys(errors).length ? modelState(errors) : out;
}

export function isResponse(v: unknown): v is SimResponse {
  return (
    typeof v === 'object' &&
    v !== null &&
    'status' in v &&
    typeof (v as { status: unknown }).status === 'number'
  );
}

export function checkGuid(value: string, key = 'id'): SimResponse | undefined {
  return GUID_RE.test(value) ? undefined : modelState({ [key]: [GUID_MESSAGE] });
}

/** Date window test: `date` → modified > date, `dateBefore` → modified < dateBefore (both strict). */
export function inWindow(iso: string, q: { date?: number; dateBefore?: number }): boolean {
  const t = Date.parse(iso);
  if (q.date !== undefined && !(t > q.date)) return false;
  if (q.dateBefore !== undefined && !(t < q.dateBefore)) return false;
  return true;
}

/** PTV's paging envelope. */
export interface Page<T> {
  pageNumber: number;
  pageSize: number;
  pageCount: number;
  itemList: T[] | null;
}

/**
 * PTV's paging envelope; `itemList: null` past the end and for a page ≤ 0 (in-api-v11 §9: the paging
 * handlers answer an empty page; routes whose controller refuses a negative page 400 it before this).
 */
export function pageOf<T>(items: T[], page: number, pageSize: number): Page<T> {
  if (page <= 0) return { pageNumber: page, pageSize, pageCount: 0, itemList: null };
  const pageCount = Math.ceil(items.length / pageSize);
  const slice = page <= pageCount ? items.slice((page - 1) * pageSize, page * pageSize) : null;
  return { pageNumber: page, pageSize, pageCount, itemList: slice };
}
