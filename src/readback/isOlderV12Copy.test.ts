import { describe, expect, it } from 'vitest';
import { isOlderV12Copy } from './isOlderV12Copy.js';

describe('isOlderV12Copy', () => {
  const v11 = { modified: '2026-11-27T10:00:00.500Z' };

  it('a copy published before v11 modified its version is older (late, not wrong)', () => {
    expect(isOlderV12Copy({ publishedAt: '2026-11-27T09:59:59.000Z' }, v11)).toBe(true);
  });

  it('a copy of the version v11 serves is current, even though the harness saw the answer later', () => {
    expect(isOlderV12Copy({ publishedAt: '2026-11-27T10:00:00.500Z' }, v11)).toBe(false);
    expect(isOlderV12Copy({ publishedAt: '2026-11-27T10:00:01.000Z' }, v11)).toBe(false);
  });

  it('without either stamp the copy counts as current', () => {
    expect(isOlderV12Copy({}, v11)).toBe(false);
    expect(isOlderV12Copy({ publishedAt: null }, v11)).toBe(false);
    expect(isOlderV12Copy({ publishedAt: '2026-11-27T09:00:00Z' }, {})).toBe(false);
    expect(isOlderV12Copy({ publishedAt: '2026-11-27T09:00:00Z' }, null)).toBe(false);
    expect(isOlderV12Copy({ publishedAt: 'yesterday' }, v11)).toBe(false);
  });
});
