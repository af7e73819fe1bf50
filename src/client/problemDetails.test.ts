import { describe, expect, it } from 'vitest';
import { parseProblemDetails, problemFindings } from './problemDetails.js';

describe('problemDetails', () => {
  it('turns each errors[] entry of a 400 into a finding at its path', () => {
    const body = {
      title: 'Bad Request',
      detail: 'Validation failed',
      status: 400,
      type: 'about:blank',
      requestId: 'r-1',
      instance: '/api/v12/service/search',
      errors: [
        { path: '/page', message: 'must be >= 1' },
        { path: '/pageSize', message: 'must be <= 100' },
      ],
    };
    const f = problemFindings(400, body);
    expect(f.map((x) => x.path)).toEqual(['/page', '/pageSize']);
    expect(f[0]).toMatchObject({ rule: 'v12.problem', severity: 'error' });
    expect(f[0]!.message).toContain('400 Bad Request: Validation failed (requestId r-1) — must be >= 1');
  });

  it('names the 404 reason in the rule', () => {
    const f = problemFindings(404, {
      title: 'Not Found',
      detail: 'x',
      reason: 'NotPublished',
      instance: '/i',
    });
    expect(f).toEqual([
      expect.objectContaining({ rule: 'v12.problem.NotPublished', path: '/i', actual: 'NotPublished' }),
    ]);
  });

  it('is not fooled by a body that is not problem details', () => {
    expect(parseProblemDetails('oops')).toBeUndefined();
    expect(parseProblemDetails([{ title: 'x' }])).toBeUndefined();
    expect(problemFindings(500, { message: 'no title' })).toEqual([]);
  });
});
