import { createPtvClient, type PtvClient } from '../../src/client/ptvClient.js';
import { example, type ExampleKind } from './examples.js';

/** What a test integration may leave out, each mirroring a defect DVV's reviewer would catch. */
export type ScriptDefect = 'no-archive' | 'no-connection-info' | 'no-printableform' | 'modify-old-only';

const CHANNELS = [
  ['echannel', 'EChannel'],
  ['phone', 'Phone'],
  ['webpage', 'WebPage'],
  ['printableform', 'PrintableForm'],
  ['servicelocation', 'ServiceLocation'],
] as const;

const NAME_KEY: Record<string, string> = {
  organization: 'organizationNames',
  service: 'serviceNames',
};

type Obj = Record<string, unknown>;

/** The example body with a session-unique sourceId and its first name edited (for a modification). */
function body(kind: ExampleKind, tag: string, edit = false): Obj {
  const b = example(kind) as Obj;
  if (typeof b.sourceId === 'string') b.sourceId = `${b.sourceId}-${tag}`;
  const key = NAME_KEY[kind] ?? 'serviceChannelNames';
  const names = b[key] as { value: string }[] | undefined;
  if (edit && names?.[0]) names[0].value = `${names[0].value} (muokattu)`;
  const descriptions = b[key.replace('Names', 'Descriptions')] as { value: string }[] | undefined;
  if (edit && descriptions?.[0]) descriptions[0].value = `${descriptions[0].value} Päivitetty.`;
  return b;
}

function idOf(r: { status: number; body: unknown }, what: string): string {
  const id = (r.body as { id?: unknown } | null)?.id;
  if (r.status !== 200 || typeof id !== 'string')
    throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return id;
}

/**
 * A small integration under test for observe's own tests: our real PTV client pointed at the proxy,
 * making the writes DVV's readiness test asks for (CONN, T1–T4, T6) with the bundled examples.
 */
export async function runScriptedIntegration(o: {
  apiUrl: string;
  tokenUrl: string;
  username: string;
  password: string;
  tag: string;
  defects?: ScriptDefect[];
}): Promise<void> {
  const defects = new Set(o.defects ?? []);
  const client: PtvClient = createPtvClient({
    apiUrl: o.apiUrl,
    tokenUrl: o.tokenUrl,
    authShape: 'cte',
    credentials: { username: o.username, password: o.password },
    runId: `scripted-${o.tag}`,
    retry: { maxRetries: 0 },
  });
  try {
    const api = '/api/v11';
    const ids: Record<string, string> = {};
    for (const kind of ['organization', 'service'] as const) {
      const path = kind === 'organization' ? `${api}/Organization` : `${api}/Service`;
      const created = body(kind, o.tag);
      ids[kind] = idOf(await client.post(path, created), `POST ${path}`);
      if (!defects.has('modify-old-only')) {
        idOf(await client.put(`${path}/${ids[kind]}`, body(kind, o.tag, true)), `PUT ${path}/{id}`);
      }
    }
    await client.put(
      `${api}/Organization/sourceId/${String(body('organization', o.tag).sourceId)}`,
      body('organization', o.tag, true),
    );
    for (const [kind, type] of CHANNELS) {
      if (type === 'PrintableForm' && defects.has('no-printableform')) continue;
      const path = `${api}/ServiceChannel/${type}`;
      ids[kind] = idOf(await client.post(path, body(kind, o.tag)), `POST ${path}`);
      if (!defects.has('modify-old-only')) {
        idOf(await client.put(`${path}/${ids[kind]}`, body(kind, o.tag, true)), `PUT ${path}/{id}`);
      }
    }
    const placeholders: Record<string, string | undefined> = {
      '7d2c9b44-1e0f-4a8b-9c61-5e3a2f1b0d02': ids.service,
      'e7c5b4a6-0f1b-4c9d-8e65-4a3b2f1e0c07': ids.servicelocation,
      'a3e1f0c2-6b7d-4e59-8a21-0c9d8b7a6e03': ids.echannel,
      'b4f2e1d3-7c8e-4f6a-9b32-1d0e9c8b7f04': ids.webpage,
    };
    const withIds = (v: unknown): unknown =>
      JSON.parse(JSON.stringify(v).replace(/[0-9a-f-]{36}/g, (m) => placeholders[m] ?? m));
    let items = withIds(example('connections')) as Obj[];
    if (defects.has('no-connection-info')) {
      items = items.map((i) => ({ serviceId: i.serviceId, serviceChannelId: i.serviceChannelId }));
    }
    const post = await client.post(`${api}/Connection`, items);
    if (post.status !== 200) throw new Error(`POST Connection: ${post.status}`);
    const putBody = withIds(example('connection-put')) as { channelRelations: Obj[] };
    if (defects.has('no-connection-info')) {
      putBody.channelRelations = putBody.channelRelations.map((i) => ({
        serviceChannelId: i.serviceChannelId,
      }));
    }
    const put = await client.put(`${api}/Connection/serviceId/${ids.service}`, putBody);
    if (put.status !== 200) throw new Error(`PUT Connection: ${put.status}`);
    if (!defects.has('no-archive')) {
      idOf(
        await client.put(`${api}/ServiceChannel/Phone/${ids.phone}`, { publishingStatus: 'Deleted' }),
        'archive phone',
      );
      const sid = String(body('webpage', o.tag).sourceId);
      idOf(
        await client.put(`${api}/ServiceChannel/WebPage/sourceId/${sid}`, { publishingStatus: 'Deleted' }),
        'archive webpage by sourceId',
      );
    }
  } finally {
    await client.close();
  }
}
