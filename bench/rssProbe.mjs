// Loaded into every Node process of a benchmarked run (NODE_OPTIONS=--import, see run.bench.ts): at exit
// it appends the process's peak resident size to the file PTVR_BENCH_RSS names. Plain JS: no loader.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.PTVR_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    const role = process.argv[1]?.includes('vitest') ? 'vitest worker' : 'cli';
    appendFileSync(
      file,
      JSON.stringify({ pid: process.pid, role, maxRssKb: process.resourceUsage().maxRSS }) + '\n',
    );
  });
}
