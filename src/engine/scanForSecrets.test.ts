import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { includesCaseless, isDistinctive, scanForSecrets } from './scanForSecrets.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'ptvr-scan-'));

/** A run directory whose views and report prose use the words "simulator" and "faker". */
function runDir(over: { ptvMessages?: string[]; responseBody?: string; view?: string } = {}): string {
  const d = tmp();
  const report = {
    target: { name: 'sim', apiUrl: 'http://127.0.0.1:1', simulated: true, simulatorProfile: 'live2026' },
    tool: { name: 'ptv-readiness', faker: '9.9.0' },
    organization: { name: 'Simulator Municipality: seeded by the ptv-readiness simulator.' },
    cases: [
      {
        id: 'CONN-04',
        title: 'the simulator refuses a request without a token',
        findings: [{ message: 'the simulator answered 200', actual: 200 }],
        ptvMessages: over.ptvMessages ?? [],
        entityIds: [],
        readBacks: [],
      },
    ],
    evidence: [],
    errors: [],
  };
  writeFileSync(join(d, 'report.json'), JSON.stringify(report, null, 2));
  writeFileSync(
    join(d, 'evidence.ndjson'),
    JSON.stringify({
      id: 'e1',
      caseId: 'CONN-04',
      url: 'http://127.0.0.1:1/api/v11/Service',
      responseBody: over.responseBody ?? '{"name":"[REDACTED] Municipality"}',
    }) + '\n',
  );
  writeFileSync(
    join(d, 'report.html'),
    `<p>Simulator run — the simulator is a rehearsal; fake data from faker.</p>${over.view ?? ''}`,
  );
  writeFileSync(join(d, 'report.md'), '# Simulator run\n\nthe simulator; faker 9.9.0\n');
  return d;
}

describe('scanForSecrets without false alarms', () => {
  it('does not flag a dictionary password or short user that only occur in the tool’s own words', () => {
    expect(scanForSecrets(runDir(), ['fake', 'simulator'])).toEqual([]);
  });

  it('flags a short or dictionary password echoed by PTV into the report', () => {
    const hits = scanForSecrets(runDir({ ptvMessages: ['Denied (debug: password simulator)'] }), [
      'fake',
      'simulator',
    ]);
    expect(hits).toEqual([{ file: 'report.json', secretIndex: 1 }]);
  });

  it('flags a secret the redaction missed in evidence', () => {
    const hits = scanForSecrets(runDir({ responseBody: '{"echo":"fake"}' }), ['fake', 'simulator']);
    expect(hits).toEqual([{ file: 'evidence.ndjson', secretIndex: 0 }]);
  });

  it('flags a short secret with a quote and a backslash echoed inside a JSON body (escaped twice on disk)', () => {
    const secret = 'a"b\\c';
    const hits = scanForSecrets(runDir({ responseBody: JSON.stringify({ echo: `x ${secret} y` }) }), [
      secret,
    ]);
    expect(hits).toEqual([{ file: 'evidence.ndjson', secretIndex: 0 }]);
    expect(scanForSecrets(runDir(), [secret])).toEqual([]);
  });

  it('flags a distinctive secret anywhere, also HTML-escaped in a view', () => {
    const hits = scanForSecrets(runDir({ view: '<td>S3cr&lt;t!pw</td>' }), ['S3cr<t!pw']);
    expect(hits).toEqual([{ file: 'report.html', secretIndex: 0 }]);
  });

  it('flags a token by its shape wherever it is', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    expect(scanForSecrets(runDir({ ptvMessages: [`token ${jwt}`] }), []).map((h) => h.file)).toEqual([
      'report.json',
    ]);
  });

  it('flags an unredacted bearer token in any case of "Bearer", and not a redacted one', () => {
    const d = runDir({ view: '<pre>authorization: bEaReR abcdefghijklmnop</pre>' });
    expect(scanForSecrets(d, []).map((h) => h.file)).toEqual(['report.html']);
    expect(scanForSecrets(runDir({ view: '<pre>Bearer [REDACTED]</pre>' }), [])).toEqual([]);
  });
});

describe('includesCaseless', () => {
  it.each([
    ['xx bEaReR yy', true],
    ['BEARER', true],
    ['bearer', true],
    ['beare', false],
    ['b e a r e r', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(includesCaseless(Buffer.from(text, 'latin1'), 'bearer')).toBe(expected);
  });
});

describe('isDistinctive', () => {
  it.each([
    ['simulator', false],
    ['fake', false],
    ['Simulator', false],
    ['ptv-readiness', false],
    ['12345678', false],
    ['pw-123', false],
    ['Simulator1', true],
    ['pw-Sup3r-s3cret!', true],
    ['correct horse!', true],
  ])('%s → %s', (secret, expected) => {
    expect(isDistinctive(secret)).toBe(expected);
  });
});
