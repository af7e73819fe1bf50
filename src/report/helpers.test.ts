import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownCode } from './escapeMarkdown.js';
import { findChrome } from './findChrome.js';
import { formatDuration, helsinkiTime } from './helsinkiTime.js';
import { clipBody, displayValue, prettyJson } from './displayValue.js';
import { parseFormats, parseLangs } from './parseReportFlags.js';

describe('helsinkiTime', () => {
  it('shows Helsinki wall time with the winter and summer offsets', () => {
    expect(helsinkiTime('2026-11-26T10:00:00.000Z')).toBe('2026-11-26 12:00:00 (UTC+2)');
    expect(helsinkiTime('2026-07-01T21:30:05Z')).toBe('2026-07-02 00:30:05 (UTC+3)');
  });
  it('passes an unparsable value through instead of throwing', () => {
    expect(helsinkiTime('not a date')).toBe('not a date');
  });
  it('agrees with Intl on every instant tried: around DST changes, random ones, old and far years', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    });
    const reference = (t: number): string => {
      const p = Object.fromEntries(intl.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} (${p.timeZoneName!.replace('GMT', 'UTC')})`;
    };
    const instants: number[] = [];
    // Spring and autumn changes (01:00 UTC), a few seconds and an hour either side.
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '1996-10-27T01:00:00Z'])
      for (const d of [-3_600_001, -1000, -1, 0, 1, 999, 1000, 3_599_999, 3_600_000])
        instants.push(Date.parse(change) + d);
    let seed = 7;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) instants.push(Date.UTC(1990, 0, 1) + Math.floor(next() * 3.5e12));
    instants.push(Date.UTC(1921, 3, 30, 22, 30), Date.UTC(1950, 5, 1), Date.UTC(2400, 6, 1, 12));
    for (const t of instants) expect(helsinkiTime(new Date(t).toISOString())).toBe(reference(t));
  });
});

describe('formatDuration', () => {
  it('picks ms, s or min', () => {
    expect(formatDuration(95)).toBe('95 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
    expect(formatDuration(94_500)).toBe('1 min 34.5 s');
  });
});

describe('displayValue / clipBody / prettyJson', () => {
  it('stringifies JSON values and caps long ones', () => {
    expect(displayValue({ a: 1, b: [2, 'x'] })).toBe('{"a": 1, "b": [2, "x"]}');
    expect(displayValue(undefined)).toBe('–');
    expect(displayValue('x'.repeat(10), 4)).toBe('xxxx… (+6)');
  });
  it('pretty-prints JSON bodies, keeps others verbatim and counts what it cut', () => {
    expect(clipBody('{"a":1}', 100)).toEqual({ text: '{"a": 1}', omitted: 0 });
    expect(clipBody('plain <text>', 100)).toEqual({ text: 'plain <text>', omitted: 0 });
    expect(clipBody('abcdef', 3)).toEqual({ text: 'abc', omitted: 3 });
    expect(clipBody(undefined, 3)).toEqual({ text: '', omitted: 0 });
  });
  it('keeps small objects and localized texts on one line, breaks larger ones per member', () => {
    const text = { type: 'Summary', value: 'x'.repeat(150), language: 'fi' };
    const body = {
      sourceId: 's-1',
      names: [text, text],
      languages: ['fi', 'sv'],
      area: { type: 'Nationwide' },
    };
    expect(prettyJson(body, 60).split('\n')).toEqual([
      '{',
      '  "sourceId": "s-1",',
      '  "names": [',
      `    ${JSON.stringify(text).replace(/,"/g, ', "').replace(/":/g, '": ')},`,
      `    ${JSON.stringify(text).replace(/,"/g, ', "').replace(/":/g, '": ')}`,
      '  ],',
      '  "languages": ["fi", "sv"],',
      '  "area": {"type": "Nationwide"}',
      '}',
    ]);
    expect(JSON.parse(prettyJson(body, 60))).toEqual(body);
  });
  it('lays out deep bodies exactly as re-serialising every subtree would (the former algorithm)', () => {
    // The former prettyJson: flatJson of each subtree again at every level.
    const flat = (v: unknown): string =>
      v === null || typeof v !== 'object'
        ? (JSON.stringify(v) ?? 'null')
        : Array.isArray(v)
          ? `[${v.map(flat).join(', ')}]`
          : `{${Object.entries(v)
              .map(([k, x]) => `${JSON.stringify(k)}: ${flat(x)}`)
              .join(', ')}}`;
    const reference = (v: unknown, width: number, indent = '', column = indent.length): string => {
      const f = flat(v);
      if (v === null || typeof v !== 'object') return f;
      const leaf = Object.values(v).every((x) => x === null || typeof x !== 'object');
      if (column + f.length <= width || (leaf && f.length <= 600)) return f;
      const inner = `${indent}  `;
      if (Array.isArray(v))
        return `[\n${v.map((x) => inner + reference(x, width, inner)).join(',\n')}\n${indent}]`;
      const members = Object.entries(v).map(([k, x]) => {
        const key = `${inner}${JSON.stringify(k)}: `;
        return key + reference(x, width, inner, key.length);
      });
      return `{\n${members.join(',\n')}\n${indent}}`;
    };
    const shared = { type: 'Name', value: 'Kirjasto', language: 'fi' };
    const deep = (n: number): unknown =>
      n === 0
        ? ['leaf', 1, null, true, { x: 'y'.repeat(40) }]
        : { level: n, texts: [shared, shared], list: [deep(n - 1), deep(n - 1)], empty: {}, none: [] };
    // Values whose one-line length straddles the width once the key's column is counted.
    const straddling = Array.from({ length: 40 }, (_, i) => ({
      ['k'.repeat(i % 17)]: ['x'.repeat(i * 3), { y: 'z'.repeat(i) }],
      nested: { ['key' + i]: ['v'.repeat(i * 2), [i]] },
    }));
    // Holes (built in code, never parsed) print as join prints them: nothing between the commas.
    const sparse: unknown[] = [1];
    sparse[2] = { a: 'x'.repeat(30), b: [deep(1)] };
    sparse[4] = 'end';
    const values = [deep(4), [deep(3), 'x'], shared, 'plain', 3, null, [], straddling, ...straddling, sparse];
    for (const width of [20, 60, 100, 400])
      for (const v of values) expect(prettyJson(v, width)).toBe(reference(v, width));
    for (const v of values) expect(displayValue(v, 1e9)).toBe(typeof v === 'string' ? v : flat(v));
  });
});

describe('escapeMarkdown', () => {
  it('escapes table, emphasis and code characters, HTML brackets and newlines', () => {
    expect(escapeMarkdown('a | *b* _c_ `d` <e>\nf')).toBe('a \\| \\*b\\* \\_c\\_ \\`d\\` &lt;e&gt; f');
  });
  it('keeps code spans intact', () => {
    expect(escapeMarkdownCode('x`y|z')).toBe("x'y\\|z");
  });
  it('turns every line-break form into a space, so a table row cannot be split', () => {
    const breaks = ['\r\n', '\n', '\r', '\u0085', '\u2028', '\u2029', '\v', '\f'];
    for (const br of breaks) {
      expect(escapeMarkdown(`a${br}b`)).toBe('a b');
      expect(escapeMarkdownCode(`a${br}b`)).toBe('a b');
    }
    expect(escapeMarkdown('a\r\n\r\nb')).toBe('a  b');
  });
  it('replaces other control characters and escapes entities and strike-through', () => {
    expect(escapeMarkdown('a\u0001b\u007f~&lt;')).toBe('a\uFFFDb\uFFFD\\~&amp;lt;');
  });
});

describe('findChrome', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptvr-chrome-'));
  const exe = join(dir, 'chrome');
  writeFileSync(exe, '#!/bin/sh\n');
  chmodSync(exe, 0o755);
  const notExe = join(dir, 'plain');
  writeFileSync(notExe, '');

  it('prefers PTV_READINESS_CHROME', () => {
    expect(findChrome({ PTV_READINESS_CHROME: exe }, [])).toBe(exe);
  });
  it('gives undefined for a PTV_READINESS_CHROME that is not executable, without falling back', () => {
    expect(findChrome({ PTV_READINESS_CHROME: notExe }, [exe])).toBeUndefined();
  });
  it('takes the first executable candidate', () => {
    expect(findChrome({}, [join(dir, 'missing'), notExe, exe])).toBe(exe);
    expect(findChrome({}, [join(dir, 'missing')])).toBeUndefined();
  });
});

describe('parseFormats / parseLangs', () => {
  it('parses comma lists and defaults', () => {
    expect(parseFormats(undefined)).toEqual(['html', 'pdf', 'md', 'junit']);
    expect(parseFormats('HTML, md,md')).toEqual(['html', 'md']);
    expect(parseLangs(undefined)).toEqual(['fi']);
    expect(parseLangs('en,fi')).toEqual(['en', 'fi']);
  });
  it('takes annex-pdf (the annex printed too), which the default leaves out', () => {
    expect(parseFormats('annex-pdf')).toEqual(['annex-pdf']);
    expect(parseFormats('html,pdf,Annex-PDF')).toEqual(['html', 'pdf', 'annex-pdf']);
    expect(parseFormats(undefined)).not.toContain('annex-pdf');
    expect(() => parseFormats('annexpdf')).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
  it('refuses unknown values with PTVR_USAGE', () => {
    expect(() => parseFormats('html,docx')).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
    expect(() => parseLangs('sv')).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
    expect(() => parseLangs('')).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
});
