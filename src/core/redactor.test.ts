import { describe, expect, it } from 'vitest';
import { createRedactor, jsonTextNeedsNoRedaction, REDACTED, redactUrl, secretsInUrl } from './redactor.js';

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

describe('redactUrl', () => {
  it.each([
    [
      'https://u:pw@h.example/a?b=1&password=x#k=2',
      `https://${REDACTED}@h.example/a?b=1&password=${REDACTED}#k=2`,
    ],
    [
      'http://h/x?ApiKey=1&api_key=2&KEY=3&Secret=4&token=5',
      `http://h/x?ApiKey=${REDACTED}&api_key=${REDACTED}&KEY=${REDACTED}&Secret=${REDACTED}&token=${REDACTED}`,
    ],
    ['https://h/x?%70assword=zz', `https://h/x?%70assword=${REDACTED}`],
    ['https://h/cb#access_token=abc&state=s', `https://h/cb#access_token=${REDACTED}&state=s`],
    ['https://h.example/api/v11/Service?page=2', 'https://h.example/api/v11/Service?page=2'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
  ])('%s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('applies to URLs inside any redacted text', () => {
    const r = createRedactor();
    expect(r.redactString('GET "https://h/x?token=abc" failed; see http://u:pw@x/y.')).toBe(
      `GET "https://h/x?token=${REDACTED}" failed; see http://${REDACTED}@x/y.`,
    );
    expect(r.redactJson({ url: 'https://h/?secret=s1' })).toEqual({ url: `https://h/?secret=${REDACTED}` });
  });

  it('finds the credentials a URL carries', () => {
    expect(secretsInUrl('https://u:p%40ss@h/x?apikey=k1&page=2#token=t1')).toEqual(['p@ss', 'k1', 't1']);
    expect(secretsInUrl('https://h/x')).toEqual([]);
    expect(secretsInUrl(undefined)).toEqual([]);
  });
});

describe('jsonTextNeedsNoRedaction', () => {
  const r = createRedactor(['hunter2-secret']);
  it('is true only for JSON text without escapes, sensitive keys, __proto__ or anything redactString changes', () => {
    expect(jsonTextNeedsNoRedaction('{"name":"Kirjasto","url":"https://www.example.fi/?lang=fi"}', r)).toBe(
      true,
    );
    for (const text of [
      '{"a":"x\\u0041"}',
      '{"Token" : "abc"}',
      '{"__proto__":{}}',
      '{"a":"hunter2-secret"}',
      '{"a":"Bearer abcdef"}',
      '{"a":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"}',
      '{"a":"https://u:p@host/"}',
      '{"a":"https://host/?password=x"}',
    ]) {
      expect(jsonTextNeedsNoRedaction(text, r), text).toBe(false);
    }
  });
});
