/**
 * The observe proxy in its own process for `npm run bench:observe`: target URLs as JSON in argv[2],
 * prints one JSON line `{apiUrl, runDir}` once listening; SIGTERM stops it (report written, no PDF).
 */
import { startObserve } from '../src/observe/startObserve.js';

const t = JSON.parse(process.argv[2]!) as { apiUrl: string; tokenUrl: string; outDir: string };
const h = await startObserve({
  target: { apiUrl: t.apiUrl, tokenUrl: t.tokenUrl },
  port: 0,
  outDir: t.outDir,
  formats: ['junit'],
  langs: ['en'],
});
process.stdout.write(`${JSON.stringify({ apiUrl: h.apiUrl, runDir: h.runDir })}\n`);
process.once('SIGTERM', () => {
  void h.stop().then((r) => process.stdout.write(`${JSON.stringify({ status: r.status })}\n`));
});
