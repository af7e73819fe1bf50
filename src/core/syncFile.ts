import { fsync, fsyncSync, openSync } from 'node:fs';
import { KeptDescriptors } from './keptDescriptors.js';

/**
 * Group commit for append-only files (ledger, create intents): a line is written with its own write()
 * the moment it happens, so a killed process (kill -9) never loses it — the kernel has it — and this
 * module makes it survive an OS crash or power loss too, with one fsync for every line written
 * before that fsync began. Concurrent cases then share an fsync instead of each blocking the event loop
 * for one (issue #14: ~500 synchronous fsyncs were 3–5 s of a full run). Files still dirty when the
 * process exits (an interrupted run) are fsynced in its exit handler. One descriptor per path is kept
 * open between fsyncs (keptDescriptors.ts; an open + close per group commit was ~0.09 s of a run's
 * worker CPU).
 */
interface FileState {
  /** Bumped by every write (markWritten). */
  written: number;
  /** The `written` value the last completed fsync covered. */
  synced: number;
  running?: Promise<void>;
  /** The fsync that starts once `running` ends: it covers every write made meanwhile. */
  queued?: Promise<void>;
}

const files = new Map<string, FileState>();
let exitHook = false;
/** Descriptors kept between fsyncs; one with an fsync in flight is never closed to make room. */
const syncFiles = new KeptDescriptors(
  8,
  (path) => openSync(path, 'a'),
  (path) => files.get(path)?.running !== undefined,
);

function stateOf(path: string): FileState {
  let s = files.get(path);
  if (!s) {
    s = { written: 0, synced: 0 };
    files.set(path, s);
  }
  return s;
}

/** Call after each write() to `path` that `syncFile` must cover. */
export function markWritten(path: string): void {
  stateOf(path).written++;
  if (!exitHook) {
    exitHook = true;
    process.once('exit', syncAllNow);
  }
}

async function fsyncOnce(path: string, s: FileState): Promise<void> {
  const upTo = s.written;
  // fsync flushes the file (the inode), whichever descriptor wrote the lines.
  const fd = syncFiles.get(path);
  await new Promise<void>((resolve, reject) =>
    fsync(fd, (err) => {
      if (err) {
        syncFiles.drop(path, fd);
        reject(err);
      } else resolve();
    }),
  );
  s.synced = Math.max(s.synced, upTo);
}

/**
 * Resolves once everything written to `path` before this call is on disk: at once when nothing is
 * pending, else with the next fsync that begins after this call (one fsync serves every caller waiting
 * for it). Rejects when the fsync fails.
 */
export function syncFile(path: string): Promise<void> {
  const s = files.get(path);
  if (!s || s.synced >= s.written) return Promise.resolve();
  if (s.queued) return s.queued;
  if (!s.running) return start(path, s);
  // The running fsync may have begun before this caller's write: wait for the next one.
  s.queued = s.running
    .catch(() => undefined)
    .then(() => {
      s.queued = undefined;
      return s.synced >= s.written ? undefined : start(path, s);
    });
  return s.queued;
}

function start(path: string, s: FileState): Promise<void> {
  const run = fsyncOnce(path, s).finally(() => {
    if (s.running === run) s.running = undefined;
  });
  s.running = run;
  return run;
}

/** Synchronous fsync of every file with unsynced lines (process exit: no await possible there). */
function syncAllNow(): void {
  for (const [path, s] of files) {
    if (s.synced >= s.written) continue;
    try {
      fsyncSync(syncFiles.get(path));
      s.synced = s.written;
    } catch {
      // Exiting: the lines are written (they survive the process); nothing more can be done here.
    }
  }
}
