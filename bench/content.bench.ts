/**
 * `npm run bench:content`: the content checks on the issue's 15,000-entity catalogue (5,000 services,
 * 10,000 channels; BENCH_SERVICES scales it).
 *
 * A. Rule table only, in memory, one thread: entities/s for the text rules and for the full table
 *    (with the data-model re-check), best of three passes; findings on this clean catalogue are the
 *    false-positive figure (target: 0 errors, few warnings).
 * B. End to end (skipped with BENCH_E2E=0): the catalogue is written into a simulator in a child process, then read back through
 *    the read API (paging, concurrency 4) and checked in a second, fresh child process
 *    (bench/contentReadChild.ts); wall time, entities/s and that process's peak RSS are printed.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import {
  aConnection,
  aPhoneChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  aPrintableFormChannel,
  type FixtureContext,
} from '../fixtures/index.js';
import { createPtvClient } from '../src/client/index.js';
import { checkContent } from '../src/content/checkContent.js';
import { CONTENT_RULES } from '../src/content/contentRules.js';
import { mapBounded } from '../src/core/mapBounded.js';
import { languageStats } from '../src/content/textLanguage.js';
import { channelEntity, serviceEntity } from '../src/content/toContentEntity.js';
import type { Catalogue, ContentEntity, ContentFinding } from '../src/content/types.js';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 5000);
const CHANNELS = SERVICES * 2;
const NOW = new Date('2026-11-27T09:00:00Z');

const fx = (orgId: string): FixtureContext => ({
  runId: 'bench-content',
  seed: 7,
  referenceDate: '2026-11-26T00:00:00.000Z',
  organizationId: orgId,
  caseId: 'BENCH',
});
const channelBuilders = [
  [aPhoneChannel, 'phone', 'Phone'],
  [aServiceLocation, 'servicelocation', 'ServiceLocation'],
  [anEChannel, 'echannel', 'EChannel'],
  [aWebPageChannel, 'webpage', 'WebPage'],
  [aPrintableFormChannel, 'printableform', 'PrintableForm'],
] as const;

type Raw = Record<string, unknown>;
function payloads(orgId: string) {
  const ctx = fx(orgId);
  const services = Array.from(
    { length: SERVICES },
    (_, i) => aService(ctx, {}, { n: i + 1 }) as unknown as Raw,
  );
  const channels = Array.from({ length: CHANNELS }, (_, i) => {
    const [build, kind, type] = channelBuilders[i % channelBuilders.length]!;
    return { kind, type, body: build(ctx, {}, { n: i + 1 }) as unknown as Raw };
  });
  return { services, channels };
}

function best(fn: () => ContentFinding[]): { ms: number; findings: ContentFinding[] } {
  let ms = Infinity;
  let findings: ContentFinding[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    findings = fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, findings };
}

function tally(findings: readonly ContentFinding[]): string {
  const by = new Map<string, number>();
  for (const f of findings) by.set(`${f.severity} ${f.rule}`, (by.get(`${f.severity} ${f.rule}`) ?? 0) + 1);
  return [...by].map(([k, n]) => `${k}=${n}`).join(', ') || 'none';
}

// ---- A: rule table in memory ------------------------------------------------------------------
const ORG = '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01';
const built = payloads(ORG);
const entities: ContentEntity[] = [
  ...built.services.map((b, i) =>
    serviceEntity({
      ...b,
      id: `s${i}`,
      modified: '2026-11-01T00:00:00Z',
      serviceChannels: [{ serviceChannel: { id: 'c' } }],
    }),
  ),
  ...built.channels.map((c, i) =>
    channelEntity(
      { ...c.body, id: `c${i}`, modified: '2026-11-01T00:00:00Z', services: [{ service: { id: 's' } }] },
      c.kind,
    ),
  ),
];
const catalogue: Catalogue = {
  organizationId: ORG,
  services: entities.filter((e) => e.kind === 'service'),
  channels: entities.filter((e) => e.kind === 'channel'),
  connections: [],
  generalDescriptions: new Map(),
  archivedAutomatically: [],
  notes: [],
};
const ctx = { now: NOW, staleMonths: 12, profile: 'live2026' as const, catalogue };
const textRules = CONTENT_RULES.filter(
  (r) => !r.id.startsWith('MODEL.refused') && !r.id.startsWith('MODEL.warning'),
);
checkContent(entities, ctx, textRules); // warm-up
const text = best(() => checkContent(entities, ctx, textRules));
checkContent(entities.slice(0, 500), ctx); // warm-up: compile the validators
const full = best(() => checkContent(entities, ctx));
console.log(
  `A. rule table, in memory, one thread, ${entities.length} entities (${SERVICES} services, ${CHANNELS} channels):`,
);
console.log(
  `   text + entity rules (no re-check): ${Math.round(entities.length / (text.ms / 1000)).toLocaleString('en')} entities/s (${text.ms.toFixed(0)} ms, best of 3)`,
);
console.log(
  `   full table incl. data-model re-check: ${Math.round(entities.length / (full.ms / 1000)).toLocaleString('en')} entities/s (${full.ms.toFixed(0)} ms, best of 3)`,
);
console.log(`   findings on the clean catalogue (false positives): ${tally(full.findings)}`);
// The readability / language / names / summary-fact rules added for #15's second version, alone and
// one by one, so a slow heuristic shows up by name.
const NEW_RULES = [
  'C1.wrongLanguage',
  'C1.passiveVoice',
  'C1.nonFiniteClause',
  'C1.marketingTone',
  'C1.personalName',
  'C1.summaryFactMissing',
  'C7.machineText',
];
const newRules = CONTENT_RULES.filter((r) => NEW_RULES.includes(r.id));
languageStats.judged = languageStats.franc = 0;
const added = best(() => checkContent(entities, ctx, newRules));
console.log(
  `   language check: ${languageStats.franc} of ${languageStats.judged} judged texts needed franc (the rest passed the function-word fast path)`,
);
console.log(
  `   the ${newRules.length} readability rules of this version together: ${Math.round(entities.length / (added.ms / 1000)).toLocaleString('en')} entities/s (${added.ms.toFixed(0)} ms)`,
);
for (const rule of newRules) {
  const one = best(() => checkContent(entities, ctx, [rule]));
  console.log(
    `     ${rule.id}: ${Math.round(entities.length / (one.ms / 1000)).toLocaleString('en')} entities/s (${one.ms.toFixed(0)} ms)`,
  );
}

// ---- B: end to end through the simulator's read API ------------------------------------------
// BENCH_E2E=0 skips part B (it seeds 15,000 entities through the write API first, about a minute).
if (process.env.BENCH_E2E !== '0') await endToEnd();

async function endToEnd(): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/simulator/childServer.ts', JSON.stringify({ control: true })],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const started = await new Promise<{ url: string; tokenUrl: string; organizationId: string }>((resolve) => {
    createInterface({ input: child.stdout }).once('line', (l) => resolve(JSON.parse(l)));
  });
  try {
    const client = createPtvClient({
      apiUrl: started.url,
      tokenUrl: started.tokenUrl,
      authShape: 'cte',
      credentials: { username: 'api@simulator.test', password: 'simulator' },
      runId: 'bench-content',
      concurrency: 16,
    });
    const orgId = started.organizationId;
    const seedStart = performance.now();
    const { services, channels } = payloads(orgId);
    const post = async (path: string, body: unknown): Promise<string> => {
      const r = await client.post<{ id: string }>(path, body);
      if (r.status !== 200) throw new Error(`POST ${path}: ${r.status} ${r.text.slice(0, 300)}`);
      return r.body.id;
    };
    const serviceIds = await mapBounded(services, 16, (b) => post('/api/v11/Service', b));
    const channelPaths: Record<string, string> = {
      phone: 'Phone',
      servicelocation: 'ServiceLocation',
      echannel: 'EChannel',
      webpage: 'WebPage',
      printableform: 'PrintableForm',
    };
    const channelIds = await mapBounded(channels, 16, (c) =>
      post(`/api/v11/ServiceChannel/${channelPaths[c.kind]}`, c.body),
    );
    // Every service gets two channels, so no C5 finding is planted.
    const links = serviceIds.flatMap((serviceId, i) =>
      [0, 1].map((k) => {
        const j = 2 * i + k;
        return aConnection(fx(orgId), {
          serviceId,
          serviceChannelId: channelIds[j]!,
          channelType: channels[j]!.type,
        });
      }),
    );
    const batches = Array.from({ length: Math.ceil(links.length / 100) }, (_, i) =>
      links.slice(i * 100, i * 100 + 100),
    );
    await mapBounded(batches, 4, async (b) => {
      const r = await client.post('/api/v11/Connection', b);
      if (r.status !== 200) throw new Error(`POST /Connection: ${r.status} ${r.text.slice(0, 300)}`);
    });
    const seedMs = performance.now() - seedStart;
    await client.close();

    const reader = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/contentReadChild.ts', JSON.stringify({ ...started, organizationId: orgId })],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const line = await new Promise<string>((resolve) => {
      createInterface({ input: reader.stdout }).once('line', resolve);
    });
    const r = JSON.parse(line) as {
      services: number;
      channels: number;
      connections: number;
      entities: number;
      readMs: number;
      checkMs: number;
      maxRssKiB: number;
      findings: string[];
    };
    const counts = new Map<string, number>();
    for (const f of r.findings) counts.set(f, (counts.get(f) ?? 0) + 1);
    console.log(
      `B. end to end on the simulator, reader in a fresh process (${r.services} services, ${r.channels} channels, ${r.connections} connections):`,
    );
    console.log(`   seeding through the write API: ${(seedMs / 1000).toFixed(1)} s (not part of the figure)`);
    console.log(
      `   read ${(r.readMs / 1000).toFixed(2)} s + check ${(r.checkMs / 1000).toFixed(2)} s = ${Math.round(r.entities / ((r.readMs + r.checkMs) / 1000)).toLocaleString('en')} entities/s`,
    );
    console.log(
      `   peak RSS of the reader process: ${(r.maxRssKiB / 1024).toFixed(0)} MiB (the simulator runs in its own process)`,
    );
    console.log(`   findings: ${[...counts].map(([k, n]) => `${k}=${n}`).join(', ') || 'none'}`);
  } finally {
    child.kill('SIGTERM');
  }
}
