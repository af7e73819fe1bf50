/**
 * The suite worker's setup file (src/engine/preflightGate.ts): before the first case of the run, wait
 * until the CLI's preflight passed. The import is answered in memory by the CLI's vite plugin; when
 * the preflight fails it rejects, this hook fails, and vitest runs no case. No timeout: the preflight
 * bounds its own time, and the CLI fails the gate on every way out.
 */
import { beforeAll } from 'vitest';

const GATE_MODULE_ID = 'virtual:ptvr-preflight-gate';

beforeAll(async () => {
  await import(/* @vite-ignore */ GATE_MODULE_ID);
}, 0);
