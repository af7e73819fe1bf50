/**
 * The example integration as a black box: its own CLI (`scenario.mjs`) in a child process, configured
 * only through the environment, against the embedded simulator on 127.0.0.1:0 — first directly, then
 * through `observe` in front of the same simulator.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator, startObserve, type ObserveResult, type Simulator } from '../../src/node.js';

const HERE = new URL('.', import.meta.url).pathname;

interface Run {
  code: number;
  out: string;
}

/** Runs `node <program> <args>` with the integration's PTV settings in the environment. */
function integration(
  program: 'scenario.mjs' | 'sync.mjs',
  args: string[],
  env: Record<string, string>,
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(HERE, program), ...args],
      // SAMPLE_RETRY_BASE_MS: the back-off after a 429 without Retry-After, short for the tests.
      { env: { PATH: process.env.PATH ?? '', SAMPLE_RETRY_BASE_MS: '5', ...env } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 2) : 0;
        resolve({ code, out: `${stdout}${stderr}` });
      },
    );
  });
}
const scenario = (args: string[], env: Record<string, string>) => integration('scenario.mjs', args, env);

interface SimEntity {
  id: string;
  objectType: string;
  channelType?: string | null;
  status: string;
  archivedAt: string | null;
  modified: string;
  sourceIds: { user: string; sourceId: string }[];
}
interface SimConnection {
  serviceId: string;
  channelId: string;
  serviceChargeType?: string;
  description?: { value: string; language: string }[];
  serviceHours?: unknown[];
  contactDetails?: unknown;
}

async function simState(sim: Simulator) {
  const res = await fetch(`${sim.url}/control/state`);
  return (await res.json()) as { entities: SimEntity[]; connections: SimConnection[] };
}

/** The integration's own record of what it sent: store key → PTV id. */
function syncState(dataDir: string): Record<string, { id: string; sourceId: string; archived: boolean }> {
  return JSON.parse(readFileSync(join(dataDir, 'sync-state.json'), 'utf8')).entities;
}
const tagOf = (dataDir: string): string =>
  JSON.parse(readFileSync(join(dataDir, 'scenario.json'), 'utf8')).tag;

const integrationEnv = (sim: Simulator, apiUrl = sim.apiUrl, tokenUrl = sim.tokenUrl) => ({
  PTV_API_URL: apiUrl,
  PTV_TOKEN_URL: tokenUrl,
  PTV_USERNAME: sim.credentials.username,
  PTV_PASSWORD: sim.credentials.password,
  PTV_ORGANIZATION_ID: sim.organizationId,
});

describe('sample integration against the simulator', () => {
  let sim: Simulator;
  let dataDir: string;
  beforeAll(async () => {
    sim = await createSimulator({ control: true });
  });
  afterAll(() => sim.close());
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ptvr-sample-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('round 1 creates fresh material: sub-organisations, services, all five channel types, connections with info', async () => {
    const run = await scenario(['create', '--data', dataDir], integrationEnv(sim));
    expect(run.code, run.out).toBe(0);
    const tag = tagOf(dataDir);
    const ids = syncState(dataDir);
    const { entities, connections } = await simState(sim);
    const mine = entities.filter((e) => e.sourceIds.some((s) => s.sourceId.endsWith(tag)));
    expect(mine.filter((e) => e.objectType === 'Organization')).toHaveLength(2);
    expect(mine.filter((e) => e.objectType === 'Service')).toHaveLength(2);
    expect(new Set(mine.filter((e) => e.objectType === 'ServiceChannel').map((e) => e.channelType))).toEqual(
      new Set(['EChannel', 'Phone', 'WebPage', 'PrintableForm', 'ServiceLocation']),
    );
    expect(mine.every((e) => e.status === 'Published')).toBe(true);
    // The base catalogue from store.json is synced too (the store starts as a copy of it).
    expect(ids['service:uimahalli-yleisovuorot']?.id).toBeTruthy();

    const youth = ids[`service:nuorisotila-${tag}`]!.id;
    const hall = ids[`channel:nuorisotalo-${tag}`]!.id;
    const conn = connections.find((c) => c.serviceId === youth && c.channelId === hall);
    expect(conn).toMatchObject({ serviceChargeType: 'FreeOfCharge' });
    expect(conn?.description?.map((d) => d.language)).toEqual(['fi', 'sv', 'en']);
    expect(conn?.serviceHours).toHaveLength(1);
    expect(conn?.contactDetails).toBeTruthy();
    expect(connections.filter((c) => c.serviceId === youth)).toHaveLength(3);

    // A name over PTV's 100 characters is shortened at a word boundary, keeping the run's tag.
    const voucher = (await (
      await fetch(`${sim.apiUrl}/api/v11/Service/${ids[`service:kesatyoseteli-${tag}`]!.id}`)
    ).json()) as {
      serviceNames: { value: string; language: string }[];
    };
    const fi = voucher.serviceNames.find((n) => n.language === 'fi')!.value;
    expect(fi.length).toBeLessThanOrEqual(100);
    expect(fi).toMatch(new RegExp(`^Kesätyöseteli ${tag} – .*[a-zäö]$`));
  });

  it('rounds 2–4 modify, archive what the store deleted, and restore what came back', async () => {
    expect((await scenario(['create', 'modify', '--data', dataDir], integrationEnv(sim))).code).toBe(0);
    const tag = tagOf(dataDir);
    const ids = syncState(dataDir);
    const youthService = ids[`service:nuorisotila-${tag}`]!.id;
    const svc = (await (await fetch(`${sim.apiUrl}/api/v11/Service/${youthService}`)).json()) as {
      serviceDescriptions: { type: string; value: string; language: string }[];
    };
    expect(
      svc.serviceDescriptions.find((d) => d.type === 'Description' && d.language === 'fi')?.value,
    ).toMatch(/Toiminta uudistuu vuoden 2027 alussa\.$/);
    let { connections } = await simState(sim);
    const web = ids[`channel:nuoriso-verkkosivut-${tag}`]!.id;
    expect(connections.find((c) => c.serviceId === youthService && c.channelId === web)).toMatchObject({
      serviceChargeType: 'FreeOfCharge',
      description: expect.arrayContaining([expect.objectContaining({ language: 'fi' })]),
    });

    const del = await scenario(['delete', '--data', dataDir], integrationEnv(sim));
    expect(del.code, del.out).toBe(0);
    const gone = [
      `unit:kesatyo`,
      `service:kesatyoseteli`,
      `channel:kesatyohaku`,
      `channel:kesatyolomake`,
    ].map((k) => `${k.replace('unit:', 'organization:')}-${tag}`);
    const after = await simState(sim);
    for (const key of gone) {
      const e = after.entities.find((x) => x.id === ids[key]!.id);
      expect(e?.status, key).toBe('Deleted');
    }
    const voucher = ids[`service:kesatyoseteli-${tag}`]!.id;
    expect((await fetch(`${sim.apiUrl}/api/v11/Service/${voucher}`)).status).toBe(404);
    // What stayed in the store stayed published.
    expect(after.entities.find((x) => x.id === youthService)?.status).toBe('Published');

    const back = await scenario(['restore', '--data', dataDir], integrationEnv(sim));
    expect(back.code, back.out).toBe(0);
    ({ connections } = await simState(sim));
    expect((await fetch(`${sim.apiUrl}/api/v11/Service/${voucher}`)).status).toBe(200);
    // Restored by PUT on the same id (no duplicate), and connected again to its remaining channel.
    // PTV keeps the connections to the archived channels (CommonService.cs:1625-1635) but its reads
    // show only published partners, so the restored service lists exactly the remaining one.
    expect(syncState(dataDir)[`service:kesatyoseteli-${tag}`]!.id).toBe(voucher);
    expect(connections.filter((c) => c.serviceId === voucher).map((c) => c.channelId)).toContain(
      ids[`channel:nuorisoneuvonta-${tag}`]!.id,
    );
    const restored = (await (await fetch(`${sim.apiUrl}/api/v11/Service/${voucher}`)).json()) as {
      serviceChannels: { serviceChannel: { id: string } }[];
    };
    expect(restored.serviceChannels.map((c) => c.serviceChannel.id)).toEqual([
      ids[`channel:nuorisoneuvonta-${tag}`]!.id,
    ]);
  });

  it('a round with nothing changed in the store writes nothing', async () => {
    expect((await scenario(['create', '--data', dataDir], integrationEnv(sim))).code).toBe(0);
    const before = await simState(sim);
    const again = await integration('sync.mjs', ['--data', dataDir], integrationEnv(sim));
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain(
      'sync done: 0 created, 0 modified, 0 restored, 0 archived, 0 connected, 0 failed',
    );
    expect(await simState(sim)).toEqual(before);
  });

  it('waits and tries again when PTV answers 429 (no Retry-After, as PTV)', async () => {
    await fetch(`${sim.url}/control/throttle`, { method: 'POST', body: JSON.stringify({ count: 3 }) });
    const run = await scenario(['create', '--data', dataDir], integrationEnv(sim));
    expect(run.code, run.out).toBe(0);
    expect(run.out.match(/^429 on /gm)).toHaveLength(3);
  });

  it('logs in again when PTV stops taking its token (401), and finishes the round', async () => {
    // Each token answers 401 from its 11th write on; round 1 makes about 20 writes.
    const strict = await createSimulator({ revokeTokensAfter: 10 });
    try {
      const run = await scenario(['create', '--data', dataDir], integrationEnv(strict));
      expect(run.code, run.out).toBe(0);
      expect(run.out.match(/^logged in$/gm)!.length).toBeGreaterThanOrEqual(2);
      expect(run.out).toMatch(/sync done: 16 created, .* 0 failed/);
    } finally {
      await strict.close();
    }
  });

  it('never takes a secret from argv and says what is missing', async () => {
    const env: Record<string, string> = integrationEnv(sim);
    delete env.PTV_PASSWORD;
    const run = await scenario(['create', '--data', dataDir], env);
    expect(run.code).toBe(2);
    expect(run.out).toContain('missing environment variable(s): PTV_PASSWORD');
  });

  it('defect no-archive: deleted from the store, still published in PTV', async () => {
    const run = await scenario(
      ['create', 'delete', '--data', dataDir, '--defect', 'no-archive'],
      integrationEnv(sim),
    );
    expect(run.code, run.out).toBe(0);
    const tag = tagOf(dataDir);
    const { entities } = await simState(sim);
    const voucher = syncState(dataDir)[`service:kesatyoseteli-${tag}`]!.id;
    expect(entities.find((e) => e.id === voucher)?.status).toBe('Published');
  });

  it('defect names-truncated: the long name is cut mid-word past the limit and PTV refuses it', async () => {
    const run = await scenario(['create', '--data', dataDir], {
      ...integrationEnv(sim),
      SAMPLE_DEFECTS: 'names-truncated',
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      /FAILED create service:kesatyoseteli-\S+: POST \/Service → 400: .*Maximum length of property 'Value' for 'Name' must be '100'/,
    );
  });
});

/** DVV's items; READY needs every one of them `passed` (PIT is ptv-readiness's own). */
const DVV_ITEMS = ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'];

interface Observed {
  run: Run;
  result: ObserveResult;
  report: {
    actor?: string;
    status: string;
    items?: { id: string; status: string; notes?: string[] }[];
    cases: { dvvItem: string; findings: { message: string }[] }[];
  };
  /** What a reviewer reads about one item: its notes and its cases' findings. */
  textOf(item: string): string;
  statusOf(item: string): string | undefined;
}

/**
 * A fresh simulator (so nothing is left from other tests), optionally the base catalogue synced
 * straight to it first (material that was in PTV before the session), then the scenario through
 * `observe` in front of it.
 */
async function observeScenario(
  steps: string[],
  opts: { defects?: string; baselineFirst?: boolean; untilCovered?: boolean } = {},
) {
  const sim = await createSimulator({ control: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'ptvr-sample-'));
  const outDir = mkdtempSync(join(tmpdir(), 'ptvr-observed-'));
  try {
    if (opts.baselineFirst)
      expect((await scenario(['baseline', '--data', dataDir], integrationEnv(sim))).code).toBe(0);
    const obs = await startObserve({
      target: { apiUrl: sim.apiUrl, tokenUrl: sim.tokenUrl },
      port: 0,
      outDir,
      ...(opts.untilCovered && { until: 'covered' as const }),
    });
    const run = await scenario([...steps, '--data', dataDir], {
      ...integrationEnv(sim, obs.apiUrl, obs.tokenUrl),
      SAMPLE_DEFECTS: opts.defects ?? '',
    });
    const result = opts.untilCovered ? await obs.stopped : await obs.stop();
    const report = JSON.parse(readFileSync(join(result.runDir, 'report.json'), 'utf8')) as Observed['report'];
    const observed: Observed = {
      run,
      result,
      report,
      statusOf: (item) => result.items.find((i) => i.id === item)?.status,
      textOf: (item) =>
        [
          ...(report.items?.find((i) => i.id === item)?.notes ?? []),
          ...report.cases.filter((c) => c.dvvItem === item).flatMap((c) => c.findings.map((f) => f.message)),
        ].join('\n'),
    };
    return observed;
  } finally {
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

// Each test runs up to four sync rounds through the proxy, with its read-backs.
describe('sample integration through observe', { timeout: 120_000 }, () => {
  it('clean: every DVV item passed, verdict READY, the integration is the actor', async () => {
    const o = await observeScenario(['all']);
    expect(o.run.code, o.run.out).toBe(0);
    expect(o.report.actor).toBe('observed');
    for (const item of DVV_ITEMS) expect(o.statusOf(item), `${item}: ${o.textOf(item)}`).toBe('passed');
    expect(o.result.status).toBe('passed');
  });

  it('until covered: observe stops by itself once create, modify and delete demonstrated every item', async () => {
    // observe stops once covered and quiet for a while; whether that falls after the last round is
    // timing, so the integration's exit code is not asserted here: the report is what counts.
    const o = await observeScenario(['create', 'modify', 'delete'], { untilCovered: true });
    for (const item of DVV_ITEMS) expect(o.statusOf(item), `${item}: ${o.textOf(item)}`).toBe('passed');
    expect(o.result.status).toBe('passed');
  });

  it('no-archive: T6 not demonstrated, and the report says archiving is missing', async () => {
    const o = await observeScenario(['all'], { defects: 'no-archive' });
    expect(o.statusOf('T6')).toBe('not-demonstrated');
    expect(o.textOf('T6')).toMatch(/archived/);
    expect(o.result.status).not.toBe('passed');
  });

  it("names-truncated: T5 failed with PTV's name-length message", async () => {
    const o = await observeScenario(['all'], { defects: 'names-truncated' });
    expect(o.run.code).toBe(1);
    expect(o.statusOf('T5')).toBe('failed');
    expect(o.textOf('T5')).toMatch(
      /ServiceNames: Maximum length of property 'Value' for 'Name' must be '100'/,
    );
    expect(o.result.status).toBe('failed');
  });

  it('skip-connection-info: T4 not demonstrated for want of additional information', async () => {
    const o = await observeScenario(['all'], { defects: 'skip-connection-info' });
    expect(o.run.code, o.run.out).toBe(0);
    expect(o.statusOf('T4')).toBe('not-demonstrated');
    expect(o.textOf('T4')).toMatch(/connection with additional information/);
    expect(o.result.status).not.toBe('passed');
  });

  it('modify-old: modifying pre-existing material does not demonstrate T1–T3', async () => {
    const o = await observeScenario(['create', 'modify', 'delete'], {
      defects: 'modify-old',
      baselineFirst: true,
    });
    expect(o.run.code, o.run.out).toBe(0);
    for (const item of ['T1', 'T2', 'T3']) {
      expect(o.statusOf(item), item).toBe('not-demonstrated');
      expect(o.textOf(item), item).toMatch(/not created in this session \(old material/);
    }
    expect(o.result.status).not.toBe('passed');
  });
});
