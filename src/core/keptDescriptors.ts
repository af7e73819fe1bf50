import { closeSync, fstatSync } from 'node:fs';

/** Closes a descriptor that may already be unusable (the next use opens the path afresh). */
function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already unusable.
  }
}

/**
 * File descriptors kept open by path, least recently used first (issue #14: an open and a close around
 * every appended line or every fsync were a visible share of a run's CPU). A kept descriptor is handed
 * out only while its file is still linked: a file removed since (or its run directory) and written again
 * is a new inode, which only a fresh open reaches. Bounded, so a long-lived process writing many run
 * directories holds a handful; a path `busy` says is in use (an fsync in flight) is not closed to make room.
 */
export class KeptDescriptors {
  private readonly fds = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly open: (path: string) => number,
    private readonly busy: (path: string) => boolean = () => false,
  ) {}

  /** The kept descriptor of `path` while its file is linked, else a new one (kept). */
  get(path: string): number {
    const cached = this.fds.get(path);
    if (cached !== undefined) {
      this.fds.delete(path);
      let linked = false;
      try {
        linked = fstatSync(cached).nlink > 0;
      } catch {
        // Unusable descriptor: reopened below.
      }
      if (linked) {
        this.fds.set(path, cached);
        return cached;
      }
      closeQuietly(cached);
    }
    const fd = this.open(path);
    this.fds.set(path, fd);
    for (const [old, oldFd] of this.fds) {
      if (this.fds.size <= this.max) break;
      if (old === path || this.busy(old)) continue;
      this.fds.delete(old);
      closeQuietly(oldFd);
    }
    return fd;
  }

  /** Closes and forgets the kept descriptor of `path` (only when it is still `fd`, when given). */
  drop(path: string, fd?: number): void {
    const kept = this.fds.get(path);
    if (kept === undefined || (fd !== undefined && kept !== fd)) return;
    this.fds.delete(path);
    closeQuietly(kept);
  }
}
