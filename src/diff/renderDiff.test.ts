import { describe, expect, it } from 'vitest';
import type { DiffResult } from './diffModel.js';
import { formatDiffSummary, renderDiffHtml, renderDiffMarkdown } from './renderDiff.js';

const side = {
  runId: 'r1',
  target: 'sim',
  api: { write: 'v11', read: ['v11' as const] },
  seed: 7,
  tool: '0.1.0',
  status: 'passed',
};
const d: DiffResult = {
  schemaVersion: 1,
  baseline: side,
  candidate: { ...side, runId: 'r2', api: { write: 'v11', read: ['v11', 'v12'] }, status: 'failed' },
  compatible: { sameSeed: true, sameTarget: true, fieldLevel: true, notes: [] },
  summary: {
    regressions: 2,
    explained: 0,
    fixed: 0,
    coverageLost: 0,
    removed: 0,
    changed: 1,
    missing: 0,
    dropped: 1,
    added: 0,
    transform: 0,
    same: 10,
  },
  cases: [
    {
      id: 'V12-SRV-01:service',
      dvvItem: 'PIT',
      baseline: null,
      candidate: 'passed',
      class: 'added',
      findingsAdded: [],
      findingsRemoved: [],
      regression: false,
    },
    {
      id: 'ARC-02',
      dvvItem: 'T6',
      baseline: 'passed',
      candidate: 'failed',
      class: 'regression',
      findingsAdded: [{ rule: 'archive.stillReadable', path: 'PublishingStatus', severity: 'error' }],
      findingsRemoved: [],
      regression: true,
    },
  ],
  entities: [
    {
      role: 'SRV-01:service',
      source: { baseline: 'v11', candidate: 'v12' },
      fields: [
        { key: 'service.summary.sv', baseline: 'Du behöver <bygglov>', candidate: 'Du', class: 'changed' },
        { key: 'service.name.fi', baseline: 'x', candidate: 'x', class: 'same' },
      ],
    },
    {
      role: 'CH-WP-01:channel',
      source: { baseline: 'v11', candidate: 'v12' },
      fields: [
        { key: 'channel.accessibility.wcag.fi', baseline: 'LevelA', candidate: null, class: 'dropped' },
      ],
    },
  ],
};

describe('diff views', () => {
  it('terminal: the headline, regressions and changed fields, not the same ones', () => {
    const t = formatDiffSummary(d, '/tmp/x');
    expect(t).toMatch(/^diff r1 → r2: 2 regression\(s\)/);
    expect(t).toContain('regression       ARC-02 (T6) passed → failed');
    expect(t).toContain('changed          SRV-01:service service.summary.sv: Du behöver <bygglov> → Du');
    expect(t).not.toContain('service.name.fi');
    expect(t).toContain('written to /tmp/x');
  });

  it('markdown: regressions first, dropped labelled as v12 cannot carry it, same fields only counted', () => {
    const md = renderDiffMarkdown(d);
    expect(md.indexOf('| ARC-02 |')).toBeLessThan(md.indexOf('| V12-SRV-01:service |'));
    expect(md).toContain('dropped by v12 (v12 cannot carry this)');
    expect(md).not.toContain('service.name.fi');
    expect(md).toContain('| T6 | 1 regression |');
  });

  it('html: values are escaped', () => {
    const html = renderDiffHtml(d);
    expect(html).toContain('Du behöver &lt;bygglov&gt;');
    expect(html).not.toContain('<bygglov>');
    expect(html).toContain('<tr class="bad"><td>ARC-02</td>');
  });
});
