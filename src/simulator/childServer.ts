/**
 * Entry for running the simulator in a child process (crash tests, bench): options as JSON in argv[2],
 * prints one JSON line `{url, tokenUrl, organizationId}` once listening; SIGTERM closes it.
 * Run with `node --import tsx src/simulator/childServer.ts '{"dbPath":"f"}'`.
 */
import { createSimulator } from './server.js';
import type { SimulatorOptions } from './options.js';

const options = JSON.parse(process.argv[2] ?? '{}') as SimulatorOptions;
const sim = await createSimulator(options);
process.stdout.write(
  `${JSON.stringify({ url: sim.url, tokenUrl: sim.tokenUrl, organizationId: sim.organizationId })}\n`,
);
process.once('SIGTERM', () => {
  void sim.close();
});
