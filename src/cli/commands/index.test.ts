import { describe, expect, it } from 'vitest';
import { commands } from './index.js';

describe('the lazy command index', () => {
  it('names and describes every command exactly as its module does (--help shows the index)', async () => {
    for (const entry of commands) {
      const loaded = await entry.load();
      expect({ command: entry.command, describe: entry.describe }).toEqual({
        command: loaded.command,
        describe: loaded.describe,
      });
    }
  });

  it('lists each command once', () => {
    const names = commands.map((c) => c.command.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});
