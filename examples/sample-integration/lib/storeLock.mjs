// One writer at a time in the data directory: the adapter's edits and a (possibly delayed, detached)
// sync round both rewrite store.json and sync-state.json, and a lost update would lose a record.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Runs `fn` holding `<dir>/.lock` (its holder's pid inside; a dead holder's lock is taken over). */
export async function withStoreLock(dir, fn, { timeoutMs = 600_000 } = {}) {
  const path = join(dir, '.lock');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let holder;
      try {
        holder = Number(readFileSync(path, 'utf8').trim() || 0);
      } catch {
        continue; // released meanwhile
      }
      if (holder && !alive(holder)) {
        unlinkSync(path);
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`the data directory ${dir} is locked by process ${holder} (a sync round?)`);
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    unlinkSync(path);
  }
}
