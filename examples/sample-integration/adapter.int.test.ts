/**
 * The sample integration's adapter as ptv-readiness drives it (adapter contract v1, docs/driven.md):
 * the executable spawned without a shell, one document on stdin, against the embedded simulator on
 * 127.0.0.1:0. Each operation edits the store; `sync` runs the integration's own round.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type TestSim } from '../../test/support/sim.js';
import { CHANNEL_KINDS, changeDocument, materialFor, type Kind } from '../adapters/contractMaterial.js';
import { contractErrors, runAdapter } from '../adapters/runAdapter.js';

const ADAPTER = join(import.meta.dirname, 'adapter');
type Obj = Record<string, unknown>;

interface SimEntity {
  id: string;
  objectType: string;
  status: string;
  archivedAt: string | null;
  sourceIds: { sourceId: string }[];
}
interface SimConnection {
  serviceId: string;
  channelId: string;
  serviceChargeType?: string;
  description?: { value: string; language: string }[];
  serviceHours?: { openingHour?: { from: string }[] }[];
  contactDetails?: { emails?: { value: string; language: string }[] };
}

/** The material fields of each kind in the contract's table: a notMapped entry must name one. */
const MATERIAL_FIELDS: Record<Kind, string[]> = {
  organization: [
    'names',
    'descriptions',
    'summaries',
    'organizationType',
    'emails',
    'phones',
    'webPages',
    'address',
  ],
  service: [
    'names',
    'summaries',
    'descriptions',
    'userInstructions',
    'languages',
    'serviceClasses',
    'ontologyTerms',
    'targetGroups',
    'keywords',
    'area',
    'chargeType',
    'fundingType',
    'type',
    'requirements',
  ],
  'channel/echannel': [
    'names',
    'summaries',
    'descriptions',
    'languages',
    'url',
    'requiresAuthentication',
    'requiresSignature',
    'emails',
  ],
  'channel/phone': ['names', 'summaries', 'descriptions', 'languages', 'phones', 'hours'],
  'channel/webpage': ['names', 'summaries', 'descriptions', 'languages', 'url'],
  'channel/printableform': [
    'names',
    'summaries',
    'descriptions',
    'languages',
    'formIdentifier',
    'urls',
    'deliveryAddress',
  ],
  'channel/servicelocation': [
    'names',
    'summaries',
    'descriptions',
    'languages',
    'address',
    'phones',
    'emails',
    'webPages',
    'hours',
  ],
  connection: ['chargeType', 'descriptions', 'hours', 'emails', 'phones'],
};

const READ_PATH: Record<string, string> = {
  Organization: 'Organization',
  Service: 'Service',
  ServiceChannel: 'ServiceChannel',
};

describe('the sample adapter driven against the simulator', () => {
  let t: TestSim;
  let dataDir: string;
  let marker: string;
  let n = 0;
  beforeAll(async () => {
    t = await startSim();
  });
  afterAll(() => t.close());
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ptvr-adapter-'));
    marker = `ptvr-a${++n}x${process.pid}`;
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const env = (extra: Record<string, string> = {}) => ({
    PTV_API_URL: t.sim.apiUrl,
    PTV_TOKEN_URL: t.sim.tokenUrl,
    PTV_USERNAME: t.sim.credentials.username,
    PTV_PASSWORD: t.sim.credentials.password,
    PTV_ORGANIZATION_ID: t.sim.organizationId,
    SAMPLE_DATA_DIR: dataDir,
    SAMPLE_RETRY_BASE_MS: '5',
    ...extra,
  });
  const adapter = (args: string[], doc: unknown, extra: Record<string, string> = {}) =>
    runAdapter(ADAPTER, args, doc, env(extra));

  async function state() {
    return (await t.call('GET', '/control/state')).json as {
      entities: SimEntity[];
      connections: SimConnection[];
    };
  }
  async function bySourceId(sourceId: string): Promise<SimEntity> {
    const e = (await state()).entities.find((x) => x.sourceIds.some((s) => s.sourceId === sourceId));
    if (!e) throw new Error(`no entity with sourceId ${sourceId} in the simulator`);
    return e;
  }
  async function read(e: SimEntity): Promise<Obj> {
    return (await t.call('GET', `/api/v11/${READ_PATH[e.objectType]}/${e.id}`)).json as Obj;
  }
  /** Every `{value}` of the names and descriptions lists of a GET answer, flattened. */
  const textsOf = (got: Obj) =>
    Object.entries(got)
      .filter(([k]) => /Names$|Descriptions$/.test(k))
      .flatMap(([, v]) => (v as { value: string }[]).map((x) => x.value));

  async function create(kind: Kind, extra: Obj = {}, envExtra: Record<string, string> = {}) {
    const run = await adapter(['create', kind], changeDocument('create', kind, marker, extra), envExtra);
    expect(run.code, run.stderr).toBe(0);
    expect(contractErrors('createAnswer', run.answer)).toEqual([]);
    return run.answer as { sourceSystemId: string; sourceId: string };
  }
  async function sync(envExtra: Record<string, string> = {}) {
    const run = await adapter(
      ['sync'],
      { contract: 1, operation: 'sync', runId: 'r', step: 'T2.create' },
      envExtra,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(contractErrors('syncAnswer', run.answer)).toEqual([]);
    return run;
  }

  it('capabilities: every kind, sync on demand, and notMapped names only fields of the kind’s material', async () => {
    const run = await adapter(['capabilities'], { contract: 1 });
    expect(run.code, run.stderr).toBe(0);
    expect(contractErrors('capabilitiesAnswer', run.answer)).toEqual([]);
    const caps = run.answer as { kinds: string[]; notMapped: Record<Kind, string[]>; sync: string };
    expect(caps.kinds).toEqual(Object.keys(MATERIAL_FIELDS));
    expect(caps.sync).toBe('on-demand');
    for (const [kind, fields] of Object.entries(caps.notMapped)) {
      for (const f of fields)
        expect(MATERIAL_FIELDS[kind as Kind], `${kind}: ${f}`).toContain(f.split(/[[.]/)[0]);
    }
    // What the store really lacks (mapToPtv.mjs writes a constant there).
    expect(caps.notMapped.service).toEqual(expect.arrayContaining(['fundingType', 'type']));
    expect(caps.notMapped['channel/servicelocation']).toContain('webPages');
  });

  it.each(['organization', 'service', ...CHANNEL_KINDS] as Kind[])(
    '%s: create → sync → in PTV with the material’s names and texts; update → changed; delete → archived',
    async (kind) => {
      const created = await create(kind);
      expect(created.sourceId).toMatch(/^esimerkkila-/);
      expect((await sync()).answer).toEqual({ ran: true });
      const entity = await bySourceId(created.sourceId);
      expect(entity.status).toBe('Published');
      const material = materialFor(kind, marker);
      const got = textsOf(await read(entity));
      for (const name of Object.values(material.names as Obj)) expect(got).toContain(name);
      expect(got).toContain((material.descriptions as Obj).sv);

      const update = changeDocument('update', kind, marker, { sourceSystemId: created.sourceSystemId });
      const updated = await adapter(['update', kind], update);
      expect(updated.code, updated.stderr).toBe(0);
      expect(updated.answer).toEqual(created);
      await sync();
      expect(textsOf(await read(entity))).toContain(
        `${(material.descriptions as Obj).fi as string} Päivitetty.`,
      );

      const del = {
        contract: 1,
        operation: 'delete',
        kind,
        step: 'T6.delete',
        runId: 'r',
        sourceSystemId: created.sourceSystemId,
        refs: {},
      };
      expect(contractErrors('deleteRequest', del)).toEqual([]);
      const deleted = await adapter(['delete', kind], del);
      expect(deleted.code, deleted.stderr).toBe(0);
      expect(deleted.answer).toEqual({});
      await sync();
      const after = await bySourceId(created.sourceId);
      expect(after.status).toBe('Deleted');
      expect(after.archivedAt).not.toBeNull();
    },
  );

  it('connection: created with its additional information, then updated, from the source store', async () => {
    const service = await create('service');
    const location = await create('channel/servicelocation');
    const refs = {
      service: { sourceSystemId: service.sourceSystemId },
      channel: { sourceSystemId: location.sourceSystemId },
    };
    const conn = await create('connection', { refs });
    expect(conn.sourceSystemId).toBeTruthy();
    await sync();
    const [svc, loc] = [await bySourceId(service.sourceId), await bySourceId(location.sourceId)];
    const find = async () =>
      (await state()).connections.find((c) => c.serviceId === svc.id && c.channelId === loc.id);
    const first = await find();
    expect(first?.serviceChargeType).toBe('FreeOfCharge');
    expect(first?.description?.map((d) => d.language)).toEqual(['fi', 'sv', 'en']);
    // One service hour of five weekdays: the store's rows keep the material's grouping.
    expect(first?.serviceHours).toHaveLength(1);
    expect(first?.serviceHours?.[0]?.openingHour?.map((o) => o.from)).toEqual(Array(5).fill('08:00'));

    const update = changeDocument('update', 'connection', marker, {
      sourceSystemId: conn.sourceSystemId,
      refs,
    });
    // E-mails given with their language (a newer tool's form) keep it: one per language.
    const perLanguage = ['fi', 'sv', 'en'].map((language) => ({
      value: `${language}@esimerkkila.fi`,
      language,
    }));
    (update.material as Record<string, unknown>).emails = perLanguage;
    const updated = await adapter(['update', 'connection'], update);
    expect(updated.code, updated.stderr).toBe(0);
    await sync();
    expect((await find())?.contactDetails?.emails).toEqual(perLanguage);
    expect((await find())?.serviceHours?.[0]?.openingHour?.[0]?.from).toBe('10:00');
  });

  it('bad documents: a coded message on stderr, nothing on stdout, a non-zero exit', async () => {
    const garbage = await adapter(['create', 'service'], 'not json {');
    expect(garbage.code).toBe(2);
    expect(garbage.stdout).toBe('');
    expect(garbage.stderr).toMatch(/SAMPLE_ADAPTER_INPUT: stdin is not one JSON document/);

    const wrongContract = await adapter(['create', 'service'], {
      ...changeDocument('create', 'service', marker),
      contract: 2,
    });
    expect(wrongContract.code).toBe(2);
    expect(wrongContract.stderr).toMatch(/this adapter speaks contract 1/);

    const noMaterial = await adapter(['create', 'service'], {
      contract: 1,
      operation: 'create',
      kind: 'service',
    });
    expect(noMaterial.stderr).toMatch(/create service: the document has no material/);

    const unknownKind = await adapter(['create', 'channel/fax'], { contract: 1 });
    expect(unknownKind.code).toBe(2);
    expect(unknownKind.stderr).toMatch(/SAMPLE_ADAPTER_USAGE: create: unknown kind 'channel\/fax'/);

    const unknownRecord = await adapter(
      ['update', 'service'],
      changeDocument('update', 'service', marker, { sourceSystemId: 'svc-nope' }),
    );
    expect(unknownRecord.code).toBe(3);
    expect(unknownRecord.stderr).toMatch(
      /SAMPLE_ADAPTER_UNKNOWN_RECORD: service 'svc-nope' is not in the source store/,
    );

    const noPtv = await runAdapter(
      ADAPTER,
      ['sync'],
      { contract: 1, operation: 'sync' },
      { SAMPLE_DATA_DIR: dataDir },
    );
    expect(noPtv.code).toBe(1);
    expect(noPtv.stderr).toMatch(/SAMPLE_ADAPTER_SYNC: .*missing environment variable\(s\): PTV_API_URL/);
  });

  it('defect no-archive passes through: the deleted service stays published', async () => {
    const created = await create('service');
    await sync();
    const del = { contract: 1, operation: 'delete', kind: 'service', sourceSystemId: created.sourceSystemId };
    expect((await adapter(['delete', 'service'], del)).code).toBe(0);
    await sync({ SAMPLE_DEFECTS: 'no-archive' });
    expect((await bySourceId(created.sourceId)).status).toBe('Published');
  });

  it('defect names-truncated: the store’s 20-character name column cuts the name mid-word', async () => {
    const created = await create('service', {}, { SAMPLE_DEFECTS: 'names-truncated' });
    await sync();
    const names = ((await read(await bySourceId(created.sourceId))).serviceNames as { value: string }[]).map(
      (x) => x.value,
    );
    const fi = (materialFor('service', marker).names as Obj).fi as string;
    expect(fi.length).toBeGreaterThan(20);
    expect(names).toContain(`${fi.slice(0, 20)}…`);
    expect(names).not.toContain(fi);
  });

  it('defect modify-old: the update edits the base catalogue, the new service is unchanged', async () => {
    const created = await create('service');
    await sync();
    const update = changeDocument('update', 'service', marker, { sourceSystemId: created.sourceSystemId });
    expect((await adapter(['update', 'service'], update, { SAMPLE_DEFECTS: 'modify-old' })).code).toBe(0);
    await sync();
    expect(textsOf(await read(await bySourceId(created.sourceId))).join('\n')).not.toMatch(/Päivitetty/);
    const base = await read(await bySourceId('esimerkkila-service-uimahalli-yleisovuorot'));
    expect(textsOf(base).join('\n')).toMatch(/Toiminta uudistuu vuoden 2027 alussa/);
  });

  it('--sync-delay: sync answers {"ran": false} at once and a detached process runs the round later', async () => {
    const created = await create('channel/webpage');
    const run = await sync({ SAMPLE_SYNC_DELAY_MS: '300' });
    expect(run.answer).toEqual({ ran: false });
    expect(run.stderr).toMatch(/sync scheduled in 300 ms/);
    // The round's own output goes to the log, not to the adapter's stderr: it ran in another process.
    expect(run.stderr).not.toMatch(/sync done/);
    const log = join(dataDir, 'delayed-sync.log');
    await expect
      .poll(() => (existsSync(log) ? readFileSync(log, 'utf8') : ''), { timeout: 30_000, interval: 100 })
      .toMatch(/sync done/);
    expect((await bySourceId(created.sourceId)).status).toBe('Published');
  });
});
