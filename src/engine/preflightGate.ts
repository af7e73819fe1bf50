/**
 * The suite worker starts while the CLI still logs in (issue #14: its start and collection, ~2 s of
 * its own CPU, overlap the CLI's preflight), but no case may send a request before the preflight
 * passed (fail fast, issue #9). The signal travels in memory over vitest's own module channel: the
 * worker's setup file (GATE_SETUP_FILE) imports GATE_MODULE_ID in a file-level beforeAll, and this
 * vite plugin answers that import only when the CLI opens the gate — or fails it, which fails the
 * hook, so vitest runs none of the file's cases.
 */

/** The module the worker waits for; a bare id only this plugin resolves. */
export const GATE_MODULE_ID = 'virtual:ptvr-preflight-gate';
const RESOLVED_ID = '\0' + GATE_MODULE_ID;

/** The worker side (relative to the package root): transformed by vite, so its import reaches the plugin. */
export const GATE_SETUP_FILE = 'suites/support/awaitPreflight.ts';

export interface PreflightGate {
  /** A vite plugin for the suite vitest (createSuiteVitest's `plugins`). */
  plugin: {
    name: string;
    resolveId(id: string): string | undefined;
    load(id: string): Promise<string | undefined>;
  };
  /**
   * Settles when the worker asks for its setup file: it is running (the CLI's remaining start-up work
   * waits for this, so that it does not delay vitest's spawn of the worker).
   */
  workerStarted: Promise<void>;
  /** The preflight passed: the cases may run. */
  open(): void;
  /** The preflight failed or the run stopped: the worker's hook fails with `reason`, no case runs. */
  fail(reason: string): void;
}

export function createPreflightGate(): PreflightGate {
  let open!: () => void;
  let fail!: (err: Error) => void;
  const passed = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  // Failing the gate before the worker asked is not an unhandled rejection.
  passed.catch(() => undefined);
  let started!: () => void;
  const workerStarted = new Promise<void>((resolve) => (started = resolve));
  return {
    workerStarted,
    plugin: {
      name: 'ptvr-preflight-gate',
      resolveId: (id) => (id === GATE_MODULE_ID ? RESOLVED_ID : undefined),
      load: async (id) => {
        if (id.endsWith(GATE_SETUP_FILE)) started();
        if (id !== RESOLVED_ID) return undefined;
        await passed;
        return 'export const passed = true;\n';
      },
    },
    open: () => open(),
    fail: (reason) => fail(new Error(`no case runs: ${reason}`)),
  };
}
