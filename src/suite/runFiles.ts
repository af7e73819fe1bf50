import { join } from 'node:path';

/** File names inside a run directory; shared by the worker kit, the engine and `cleanup`. */
export const RUN_FILES = Object.freeze({
  report: 'report.json',
  run: 'run.json',
  evidence: 'evidence.ndjson',
  ledger: 'ledger.ndjson',
  intents: 'intents.ndjson',
});

export function runFile(runDir: string, name: keyof typeof RUN_FILES): string {
  return join(runDir, RUN_FILES[name]);
}
