#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { runCli } from './cli/main.js';
import { processIo } from './core/io.js';

// vite's rolldown (the suites' transform, in this process) allocates with mimalloc, which by default
// commits whole 1 GiB arenas eagerly on Linux: about 100 MB of resident memory the run never uses.
// Read by mimalloc when the binding loads (after this line: the engine is imported lazily); a value
// the user set wins.
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';

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
