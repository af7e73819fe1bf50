import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../http/types.js';

/**
 * The v12 error bodies [SPEC `ProblemDetails*Type`], all `application/json`: plain (401, 500, the
 * hierarchy 404), with `errors[{path, message}]` (400; `path` a JSON Pointer [INF]), with `reason` (by-id
 * 404: `NotPublished` or `Unknown`).
 */
export function problem(
  status: number,
  title: string,
  detail: string,
  instance: string,
  extra: { errors?: { path: string; message: string }[]; reason?: 'NotPublished' | 'Unknown' } = {},
): SimResponse {
  return {
    status,
    json: { title, detail, status, type: 'about:blank', requestId: randomUUID(), instance, ...extra },
  };
}

export const badRequestV12 = (instance: string, errors: { path: string; message: string }[]): SimResponse =>
  problem(400, 'Bad Request', 'One or more validation errors occurred.', instance, { errors });

export const notFoundV12 = (instance: string, reason: 'NotPublished' | 'Unknown'): SimResponse =>
  problem(
    404,
    'Not Found',
    reason === 'Unknown' ? 'Content not found.' : 'Content is not published.',
    instance,
    {
      reason,
    },
  );

/** The gateway's answer without (or with a wrong) x-api-key [INF: the spec documents neither status]. */
export const unauthorizedV12 = (instance: string): SimResponse =>
  problem(401, 'Unauthorized', 'Missing or invalid API key', instance);
