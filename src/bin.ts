#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { runCli } from './cli/main.js';
import { processIo } from './core/io.js';

// The only place that touches process.exitCode and signals. Nothing calls process.exit().
const controller = new AbortController();
let interrupts = 0;
const onSignal = (): void => {
  interrupts += 1;
  if (interrupts > 1) {
    process.stderr.write('ptv-readiness: second interrupt, stopping now\n');
    process.exitCode = 130;
    process.kill(process.pid, 'SIGKILL');
  }
  controller.abort(new Error('interrupted'));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await runCli(hideBin(process.argv), {
  io: processIo(),
  signal: controller.signal,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
process.off('SIGINT', onSignal);
process.off('SIGTERM', onSignal);
