/**
 * `npm run bench:report`: renders the sample model with 2,000 evidence entries (validation + view
 * model + the document and its annex in HTML and Markdown + JUnit; PDF excluded) and prints the
 * render time and sizes; then opens report.html and annex.html in the system Chromium
 * (playwright-core, JavaScript on as for a reader) and prints how long each takes to load: the
 * navigation's loadEventEnd, the wall time of `page.goto` until `load`, and the main thread's CPU time
 * for it (CDP Performance.getMetrics ThreadTime; 5 opens, a fresh page each).
 * Targets: render < 1 s, annex.html opens in < 1 s (median). Sets exit code 1 when a target is missed.
 * Also prints the load average: on a shared machine the wall figures scale with it, the CPU time less.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChrome, renderReports } from '../src/report/index.js';
import { sampleModel } from '../test/support/sampleModel.js';

const EVIDENCE = 2_000;
const model = sampleModel({ evidenceCount: EVIDENCE, generatedT5: 440 });
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
const mb = (file: string): string => (statSync(join(dir, file)).size / 1024 / 1024).toFixed(2);

interface OpenTime {
  /** loadEventEnd of the navigation, ms (wall clock in the page). */
  load: number;
  /** `page.goto` until `load`, ms (wall clock here). */
  wall: number;
  /** CPU time of the page's main thread during the navigation, ms: not inflated by other load. */
  cpu: number;
}

/** Opens a file `runs` times in one browser, a fresh page each time. */
async function openTimes(chrome: string, file: string, runs: number): Promise<OpenTime[]> {
  const browser = await chromium.launch({ executablePath: chrome, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ offline: true });
    const out: OpenTime[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const threadTime = async (): Promise<number> => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
      };
      const cpu0 = await threadTime();
      const t0 = performance.now();
      await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: 'load' });
      const wall = performance.now() - t0;
      const cpu = ((await threadTime()) - cpu0) * 1000;
      // Evaluated in the page (a string: this file is typed without the DOM library).
      const load = Number(await page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"));
      out.push({ load, wall, cpu });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

const lines = [
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} on ${cpus().length} cores`,
  `report render: ${model.cases.length} cases, ${EVIDENCE} evidence entries (report + annex, html+md, junit; fi)`,
  `  first render (incl. template compile): ${cold.toFixed(0)} ms`,
  `  median of 5 warm renders:              ${median.toFixed(0)} ms`,
  `  report.html ${mb('report.html')} MB, annex.html ${mb('annex.html')} MB, annex.md ${mb('annex.md')} MB`,
];
let ok = cold < 1000;
const chrome = findChrome();
if (!chrome) {
  lines.push('  Chromium open time: skipped, no Chromium found (set PTV_READINESS_CHROME)');
} else {
  for (const file of ['report.html', 'annex.html']) {
    const times = await openTimes(chrome, file, 5);
    const median = (k: keyof OpenTime): number => [...times].sort((a, b) => a[k] - b[k])[2]![k];
    const ms = (x: number): string => `${x.toFixed(0)} ms`;
    lines.push(
      `  Chromium open ${file.padEnd(11)}: median of 5: load event ${ms(median('load'))}, wall ${ms(median('wall'))}, main-thread CPU ${ms(median('cpu'))} (first: ${ms(times[0]!.load)} / ${ms(times[0]!.wall)} / ${ms(times[0]!.cpu)})`,
    );
    if (file === 'annex.html') ok &&= median('wall') < 1000;
  }
}
lines.push(`  targets (render < 1000 ms, annex.html opens < 1000 ms): ${ok ? 'met' : 'MISSED'}`, '');
rmSync(dir, { recursive: true, force: true });
process.stdout.write(lines.join('\n'));
if (!ok) process.exitCode = 1;
