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
import { createSimulator, type Simulator } from '../../src/node.js';

const HERE = new URL('.', import.meta.url).pathname;

interface Run {
  code: number;
  out: string;
}

/** Runs `node scenario.mjs <args>` with the integration's PTV settings in the environment. */
function scenario(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(HERE, 'scenario.mjs'), ...args],
      // SAMPLE_RETRY_BASE_MS: the back-off after a 429 without Retry-After, short for the tests.
      { env: { PATH: process.env.PATH ?? '', SAMPLE_RETRY_BASE_MS: '5', ...env } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 2) : 0;
        resolve({ code, out: `${stdout}${stderr}` });
      },
    );
  });
}

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
    expect(syncState(dataDir)[`service:kesatyoseteli-${tag}`]!.id).toBe(voucher);
    expect(connections.filter((c) => c.serviceId === voucher).map((c) => c.channelId)).toEqual([
      ids[`channel:nuorisoneuvonta-${tag}`]!.id,
    ]);
  });

  it('waits and tries again when PTV answers 429 (no Retry-After, as PTV)', async () => {
    await fetch(`${sim.url}/control/throttle`, { method: 'POST', body: JSON.stringify({ count: 3 }) });
    const run = await scenario(['create', '--data', dataDir], integrationEnv(sim));
    expect(run.code, run.out).toBe(0);
    expect(run.out.match(/^429 on /gm)).toHaveLength(3);
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
