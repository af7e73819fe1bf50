import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED } from './redactor.js';

describe('createRedactor', () => {
  it('replaces declared secrets anywhere in a string, longest first', () => {
    const r = createRedactor(['hunter2-long', 'hunter2']);
    expect(r.redactString('a hunter2-long b hunter2 c')).toBe(`a ${REDACTED} b ${REDACTED} c`);
  });

  it('redacts sensitive headers whatever their value', () => {
    const r = createRedactor();
    expect(r.redactHeaders({ Authorization: 'Bearer abc', accept: 'x' })).toEqual({
      Authorization: REDACTED,
      accept: 'x',
    });
  });

  it('redacts password and token keys in JSON and secrets inside other values', () => {
    const r = createRedactor(['s3cr3t-pw']);
    const out = r.redactJson({
      username: 'u',
      password: 'p',
      nested: { ptvToken: 't', note: 'pw=s3cr3t-pw' },
    });
    expect(out).toEqual({
      username: 'u',
      password: REDACTED,
      nested: { ptvToken: REDACTED, note: `pw=${REDACTED}` },
    });
  });

  it('redacts JWTs and bearer values nobody declared', () => {
    const r = createRedactor();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImEifQ.c2lnbmF0dXJl';
    expect(r.redactString(`token ${jwt} end`)).toBe(`token ${REDACTED} end`);
    expect(r.redactString('Authorization: Bearer opaque-token-123')).toBe(
      `Authorization: Bearer ${REDACTED}`,
    );
  });

  it('also catches the JSON-escaped and URL-encoded forms of a secret', () => {
    const r = createRedactor(['pa"ss word']);
    expect(r.redactString(JSON.stringify({ x: 'pa"ss word' }))).not.toContain('pa\\"ss word');
    expect(r.redactString('q=pa%22ss%20word')).toBe(`q=${REDACTED}`);
  });
});

describe('bearer challenge headers', () => {
  it('keeps the error name of a WWW-Authenticate challenge readable', () => {
    const r = createRedactor();
    expect(r.redactString('Bearer error="invalid_token"')).toBe('Bearer error="invalid_token"');
  });
});
