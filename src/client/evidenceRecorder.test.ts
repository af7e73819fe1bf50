import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED } from '../core/redactor.js';
import { createEvidenceRecorder, redactBody, type RawAttempt } from './evidenceRecorder.js';

const attempt = (over: Partial<RawAttempt> = {}): RawAttempt => ({
  attempt: 1,
  requestId: 'R-1',
  method: 'POST',
  url: 'http://127.0.0.1/api/v11/Service?k=hunter2-secret',
  startedAt: new Date('2026-01-01T00:00:00Z'),
  durationMs: 12.345,
  requestHeaders: { authorization: 'Bearer abc', 'content-type': 'application/json' },
  requestBody: JSON.stringify({ password: 'x', note: 'hunter2-secret' }),
  status: 200,
  responseBody: 'plain hunter2-secret text',
  ...over,
});

describe('createEvidenceRecorder', () => {
  it('redacts headers, URL and bodies before anything is stored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-ev-'));
    try {
      const path = join(dir, 'evidence.ndjson');
      const rec = createEvidenceRecorder({ path, redactor: createRedactor(['hunter2-secret']) });
      const entry = rec.record(attempt());
      expect(entry.requestHeaders.authorization).toBe(REDACTED);
      expect(entry.url).toBe(`http://127.0.0.1/api/v11/Service?k=${REDACTED}`);
      expect(JSON.parse(entry.requestBody!)).toEqual({ password: REDACTED, note: REDACTED });
      expect(entry.responseBody).toBe(`plain ${REDACTED} text`);
      expect(entry.durationMs).toBe(12.3);
      const text = readFileSync(path, 'utf8');
      expect(text).not.toContain('hunter2-secret');
      expect(text).not.toContain('Bearer abc');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('truncates bodies to the limit and flags it', () => {
    const rec = createEvidenceRecorder({ redactor: createRedactor(), bodyLimit: 10 });
    const entry = rec.record(attempt({ requestBody: undefined, responseBody: 'ääääääääääääää' }));
    expect(entry.truncated).toBe(true);
    // The kept prefix is at most 10 bytes, followed by the original size and the SHA-256 of the whole.
    expect(entry.responseBody).toMatch(/^äääää…\[truncated: 28 bytes, sha256 [0-9a-f]{64}\]$/);
    expect(entry.requestBody).toBeUndefined();
  });

  it('gives ids that stay unique across recorders (worker processes) sharing a file', () => {
    const a = createEvidenceRecorder({ redactor: createRedactor() });
    const b = createEvidenceRecorder({ redactor: createRedactor() });
    const ids = [
      a.record(attempt()).id,
      a.record(attempt()).id,
      b.record(attempt()).id,
      b.record(attempt()).id,
    ];
    expect(new Set(ids).size).toBe(4);
    expect(ids[0]).toMatch(/^E-[0-9a-z]+-1$/);
    expect(a.newRequestId()).not.toBe(b.newRequestId());
  });

  it('records transport errors without a status', () => {
    const entry = createEvidenceRecorder({ redactor: createRedactor() }).record(
      attempt({ status: undefined, responseBody: undefined, error: 'ECONNRESET' }),
    );
    expect(entry).toMatchObject({ error: 'ECONNRESET', attempt: 1 });
    expect(entry.status).toBeUndefined();
  });
});

describe('redactBody', () => {
  const redactor = createRedactor(['hunter2-secret', 'pässwörd-ÄÖ']);
  /** What every JSON body got before the clean-text shortcut: a value-by-value redacted copy. */
  const valueByValue = (text: string): string =>
    JSON.stringify(redactor.redactJson(JSON.parse(text) as unknown));
  const bodies = [
    // clean: the shortcut applies
    '{"name":"Kirjasto","urls":["https://www.example.fi/a?lang=fi#top"],"n":[1,2.5,null,true]}',
    '[ {"a" : "b"} , {"c":[ ]} ]',
    // a declared secret, raw and inside a longer string; its non-ASCII form escaped
    '{"note":"x hunter2-secret y"}',
    '{"note":"p\\u00e4ssw\\u00f6rd-\\u00c4\\u00d6"}',
    '{"note":"hunter2\\u002dsecret"}',
    // sensitive keys, any case and spacing, and escaped
    '{"Password" :"abc"}',
    '{"nested":{"access_token":"t"}}',
    '{"pass\\u0077ord":"abc"}',
    // Bearer, JWT, URL credentials
    '{"h":"Bearer abc.def"}',
    '{"t":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"}',
    '{"u":"https://user:pw@host/x"}',
    '{"u":"https://host/x?apikey=k123&lang=fi"}',
    '{"u":"https:\\/\\/user:pw@host\\/x"}',
    // a __proto__ key (the copy drops it) and an escaped quote
    '{"__proto__":{"x":1},"y":2}',
    '{"q":"say \\"hi\\""}',
  ];

  it('gives exactly the value-by-value result, with or without the clean-text shortcut', () => {
    for (const b of bodies) expect(redactBody(b, redactor), b).toBe(valueByValue(b));
  });

  it('leaves no secret, token or credential behind', () => {
    const out = bodies.slice(2).map((b) => redactBody(b, redactor));
    for (const o of out) expect(o).not.toMatch(/hunter2|pässwörd|"abc"|eyJ|user:pw|k123|"t":"t"/);
  });
});
