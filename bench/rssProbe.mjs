// Loaded into every Node process of a benchmarked run (NODE_OPTIONS=--import, see run.bench.ts): it
// appends the process's peak resident size and CPU time so far to the file PTVR_BENCH_RSS names, every
// 250 ms and at exit (vitest may end its worker with a signal, which skips 'exit'); the reader keeps the
// last line per pid. CPU time is what a loaded machine inflates least. Plain JS: no loader needed.
import { appendFileSync } from 'node:fs';
import process from 'node:process';
import { setInterval } from 'node:timers';

const file = process.env.PTVR_BENCH_RSS;
if (file) {
  const script = process.argv[1] ?? '';
  const role = script.includes('vitest')
    ? 'vitest worker'
    : script.includes('pdfPrinterProcess')
      ? 'pdf printer'
      : 'cli';
  const record = () => {
    const u = process.resourceUsage();
    const cpuMs = Math.round((u.userCPUTime + u.systemCPUTime) / 1000);
    appendFileSync(file, JSON.stringify({ pid: process.pid, role, maxRssKb: u.maxRSS, cpuMs }) + '\n');
  };
  setInterval(record, 250).unref();
  process.on('exit', record);
}
