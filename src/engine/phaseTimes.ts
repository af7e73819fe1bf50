import { writeFileAtomic } from '../core/writeFileAtomic.js';

/** One phase of a run: its name and its start and end, in ms since the process started. */
export interface Phase {
  name: string;
  startMs: number;
  endMs: number;
}

export interface PhaseTimes {
  /** Times `fn` as phase `name` (also when it throws). */
  time<T>(name: string, fn: () => Promise<T>): Promise<T>;
  timeSync<T>(name: string, fn: () => T): T;
  /** Records a phase measured elsewhere (e.g. by the vitest reporter). */
  add(name: string, startMs: number, endMs: number): void;
  phases(): Phase[];
  /** Writes the phases as JSON when `PTVR_PHASE_TIMES` names a file (the `bench:run` benchmark reads it). */
  flush(env?: Readonly<Record<string, string | undefined>>): void;
}

/** ms since this process started: comparable across the engine's phases and the reporter's. */
export const sinceStart = (): number => Math.round(performance.now());

/**
 * Where a run spends its wall time, for the benchmark: a diagnostic only, never part of the report
 * (it would make two runs of the same target differ in their report.json).
 */
export function createPhaseTimes(now: () => number = sinceStart): PhaseTimes {
  const list: Phase[] = [];
  const add = (name: string, startMs: number, endMs: number): void =>
    void list.push({ name, startMs: Math.round(startMs), endMs: Math.round(endMs) });
  return {
    async time(name, fn) {
      const start = now();
      try {
        return await fn();
      } finally {
        add(name, start, now());
      }
    },
    timeSync(name, fn) {
      const start = now();
      try {
        return fn();
      } finally {
        add(name, start, now());
      }
    },
    add,
    phases: () => [...list],
    flush(env = process.env) {
      const file = env.PTVR_PHASE_TIMES;
      if (!file) return;
      writeFileAtomic(file, JSON.stringify({ phases: list }, null, 2) + '\n');
    },
  };
}
