import { describe, expect, it } from 'vitest';
import { drivenSettings, parseDuration } from './drivenSettings.js';

describe('driven settings', () => {
  it('parses durations; a bare number is seconds', () => {
    expect(parseDuration('--x', '10m')).toBe(600_000);
    expect(parseDuration('--x', '500ms')).toBe(500);
    expect(parseDuration('--x', '26h')).toBe(93_600_000);
    expect(parseDuration('--x', '90')).toBe(90_000);
    expect(() => parseDuration('--sync-timeout', 'soon')).toThrow(
      expect.objectContaining({ code: 'PTVR_USAGE' }),
    );
  });

  it('builtin unless a driver is asked for; the defaults of the contract', () => {
    expect(drivenSettings({}, {}, 'sim', '/w')).toBeUndefined();
    expect(drivenSettings({}, { mode: 'command', adapter: 'a/b' }, 'cte', '/w')).toEqual({
      driver: 'command',
      adapter: '/w/a/b',
      syncTimeoutMs: 600_000,
      syncPollMs: 30_000,
      adapterTimeoutMs: 120_000,
    });
    expect(drivenSettings({}, { mode: 'manual' }, 'sim', '/w')!.syncPollMs).toBe(2000);
  });

  it('is gentle with a real PTV and refuses --resume on a builtin run', () => {
    expect(() => drivenSettings({}, { mode: 'command', syncPoll: '1s' }, 'cte', '/w')).toThrow(
      expect.objectContaining({ code: 'PTVR_USAGE', hint: expect.stringMatching(/at least 5 s/) }),
    );
    expect(drivenSettings({}, { mode: 'command', syncPoll: '100ms' }, 'sim', '/w')!.syncPollMs).toBe(100);
    expect(() => drivenSettings({ resume: 'x' }, { mode: 'builtin' }, 'sim', '/w')).toThrow(
      expect.objectContaining({ code: 'PTVR_USAGE' }),
    );
    expect(drivenSettings({ resume: 'r/1' }, {}, 'sim', '/w')).toMatchObject({
      driver: 'command',
      resume: '/w/r/1',
    });
  });
});
