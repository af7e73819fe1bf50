/**
 * Child process of bench/content.bench.ts: reads one organisation's catalogue through the read API and
 * runs the rule table, in a fresh process so its peak RSS is the reader's alone. Prints one JSON line.
 */
import { createPtvClient } from '../src/client/index.js';
import { checkContent } from '../src/content/checkContent.js';
import { readCatalogue } from '../src/content/readCatalogue.js';

const { url, tokenUrl, organizationId } = JSON.parse(process.argv[2]!) as {
  url: string;
  tokenUrl: string;
  organizationId: string;
};
const client = createPtvClient({
  apiUrl: url,
  tokenUrl,
  authShape: 'cte',
  credentials: { username: 'api@simulator.test', password: 'simulator' },
  runId: 'bench-content-read',
  concurrency: 4,
});
const t0 = performance.now();
const catalogue = await readCatalogue(client, { organizationId, concurrency: 4 });
const readMs = performance.now() - t0;
const entities = [
  ...(catalogue.organization ? [catalogue.organization] : []),
  ...catalogue.services,
  ...catalogue.channels,
];
const t1 = performance.now();
const findings = checkContent(entities, { now: new Date(), staleMonths: 12, profile: 'live2026', catalogue });
const checkMs = performance.now() - t1;
await client.close();
process.stdout.write(
  `${JSON.stringify({
    services: catalogue.services.length,
    channels: catalogue.channels.length,
    connections: catalogue.connections.length,
    entities: entities.length,
    readMs,
    checkMs,
    maxRssKiB: process.resourceUsage().maxRSS,
    findings: findings.map((f) => `${f.severity} ${f.rule}`),
  })}\n`,
);
