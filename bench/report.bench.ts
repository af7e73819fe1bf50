/**
 * `npm run bench:report`: renders the sample model with 2,000 evidence entries (validation +
 * view model + HTML, Markdown and JUnit; PDF excluded, it is Chromium's time) and prints the render
 * time and HTML size. Targets: < 1 s and < 5 MB. Sets exit code 1 when a target is missed.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderReports } from '../src/report/index.js';
import { sampleModel } from '../src/report/sampleModel.js';

const EVIDENCE = 2_000;
const model = sampleModel({ evidenceCount: EVIDENCE });
const dir = mkdtempSync(join(tmpdir(), 'ptvr-bench-report-'));

async function once(): Promise<number> {
  const t0 = performance.now();
  const { errors } = await renderReports({
    runDir: dir,
    model,
    formats: ['html', 'md', 'junit'],
    langs: ['fi'],
  });
  if (errors.length) throw errors[0];
  return performance.now() - t0;
}

const cold = await once();
const warm: number[] = [];
for (let i = 0; i < 5; i++) warm.push(await once());
warm.sort((a, b) => a - b);
const median = warm[2]!;
const htmlBytes = statSync(join(dir, 'report.html')).size;
rmSync(dir, { recursive: true, force: true });

const mb = htmlBytes / 1024 / 1024;
const ok = cold < 1000 && mb < 5;
process.stdout.write(
  [
    `report render: ${model.cases.length} cases, ${EVIDENCE} evidence entries (html+md+junit, fi)`,
    `  first render (incl. template compile): ${cold.toFixed(0)} ms`,
    `  median of 5 warm renders:              ${median.toFixed(0)} ms`,
    `  report.html size:                      ${mb.toFixed(2)} MB (${htmlBytes} bytes)`,
    `  targets < 1000 ms and < 5 MB: ${ok ? 'met' : 'MISSED'}`,
    '',
  ].join('\n'),
);
if (!ok) process.exitCode = 1;
