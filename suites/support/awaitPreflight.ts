/**
 * The suite worker's setup file (src/engine/preflightGate.ts): before the first case of the run, wait
 * until the CLI's preflight passed. The import is answered in memory by the CLI's vite plugin; when
 * the preflight fails it rejects, this hook fails, and vitest runs no case. No timeout: the preflight
 * bounds its own time, and the CLI fails the gate on every way out.
 */
import { beforeAll, inject } from 'vitest';
import { suiteClient } from '#ptvr';

const GATE_MODULE_ID = 'virtual:ptvr-preflight-gate';

// Asked for at once, while the worker imports and collects the suites; awaited before the first case.
const passed = import(/* @vite-ignore */ GATE_MODULE_ID);
passed.catch(() => undefined);

beforeAll(async () => {
  await passed;
}, 0);

// A run that starts with CONN starts with its token: once the preflight has passed, the worker's login
// overlaps the suites' import and collection instead of preceding CONN's first request (a round trip,
// issue #14). CONN-01 awaits this very login (one login in flight is shared, src/client/tokenManager.ts)
// and meets its failure as its own; a failed preflight rejects the gate, and nothing is sent.
if (inject('ptvrSuites')?.groups[0]?.files.some((f) => /(^|\/)conn\.suite\.ts$/.test(f.file))) {
  void passed.then(() => suiteClient().token()).catch(() => undefined);
}
