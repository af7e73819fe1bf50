// One sync round: compare the store with what was last sent (the sync state), then create, modify,
// restore, connect and archive in PTV. Sequential on purpose: PTV caps concurrent requests per user,
// and DVV's own importer writes one request at a time too.
import { createHash } from 'node:crypto';
import {
  CHANNEL_TYPES,
  channelBody,
  connectionInfo,
  organizationBody,
  putBody,
  serviceBody,
} from './mapToPtv.mjs';

const digest = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const KINDS = {
  organization: { list: 'units', short: 'unit', map: organizationBody, path: () => '/Organization' },
  service: { list: 'services', short: 'service', map: serviceBody, path: () => '/Service' },
  channel: {
    list: 'channels',
    short: 'channel',
    map: channelBody,
    path: (rec) => `/ServiceChannel/${CHANNEL_TYPES[rec.type]}`,
  },
};

export const emptyState = { version: 1, entities: {}, connections: {} };

/** The sourceId the integration gives a store record: stable, and unique per kind. */
export const sourceIdOf = (store, kind, key) => `${store.sourcePrefix}-${KINDS[kind].short}-${key}`;

/**
 * @param {object} o
 * @param {object} o.store  the source system's records (store.json)
 * @param {object} o.state  what earlier rounds sent (mutated, saved through `save` after each write)
 * @param {object} o.api    from createPtvApi
 * @param {Set<string>} o.defects
 */
export async function syncStore({
  store,
  state,
  api,
  organizationId,
  defects,
  save = () => {},
  log = () => {},
}) {
  const ctx = { langs: store.languages, organizationId, municipality: store.municipalityCode, defects };
  const summary = { created: 0, modified: 0, restored: 0, archived: 0, connected: 0, failed: [] };
  const attempt = async (what, fn) => {
    try {
      await fn();
      save();
      return true;
    } catch (err) {
      summary.failed.push({ what, status: err.status, message: err.message });
      log(`FAILED ${what}: ${err.message}`);
      return false;
    }
  };

  for (const kind of ['organization', 'service', 'channel']) {
    const spec = KINDS[kind];
    for (const rec of store[spec.list]) {
      const stateKey = `${kind}:${rec.key}`;
      const sourceId = sourceIdOf(store, kind, rec.key);
      const body = spec.map({ ...rec, sourceId }, ctx);
      const hash = digest(body);
      const known = state.entities[stateKey];
      const base = spec.path(rec);
      if (!known) {
        await attempt(`create ${stateKey}`, async () => {
          let how = 'created';
          const created = await api.post(base, body).catch((err) => {
            how = 'taken over';
            return adopt(err, api, base, body);
          });
          state.entities[stateKey] = { kind, path: base, id: created.id, sourceId, hash, archived: false };
          summary.created++;
          log(`${how} ${stateKey} ${created.id}`);
        });
      } else if (known.archived) {
        // Back in the source system: restore the archived item instead of creating a duplicate.
        await attempt(`restore ${stateKey}`, async () => {
          await api.put(`${base}/${known.id}`, { ...putBody(body), publishingStatus: 'Published' });
          Object.assign(known, { hash, archived: false });
          forgetConnectionsOf(state, kind, rec.key);
          summary.restored++;
          log(`restored ${stateKey}`);
        });
      } else if (known.hash !== hash) {
        // Sub-organisations are addressed by sourceId (the unit register's key is the stable one),
        // services and channels by the PTV id kept in the sync state.
        const path = kind === 'organization' ? `${base}/sourceId/${sourceId}` : `${base}/${known.id}`;
        await attempt(`modify ${stateKey}`, async () => {
          await api.put(path, putBody(body));
          known.hash = hash;
          summary.modified++;
          log(`modified ${stateKey}`);
        });
      }
    }
  }

  await syncConnections({ store, state, api, ctx, attempt, summary, save, log });

  const present = new Set(
    Object.entries(KINDS).flatMap(([kind, spec]) => store[spec.list].map((r) => `${kind}:${r.key}`)),
  );
  // Channels and services before organisations: PTV refuses to archive an organisation in use.
  for (const kind of ['channel', 'service', 'organization']) {
    for (const [stateKey, known] of Object.entries(state.entities)) {
      if (known.kind !== kind || known.archived || present.has(stateKey)) continue;
      if (defects.has('no-archive')) continue; // the defect: deletions never reach PTV
      await attempt(`archive ${stateKey}`, async () => {
        await api.put(`${known.path}/sourceId/${known.sourceId}`, { publishingStatus: 'Deleted' });
        known.archived = true;
        forgetConnectionsOf(state, kind, stateKey.slice(kind.length + 1));
        summary.archived++;
        log(`archived ${stateKey}`);
      });
    }
  }
  return summary;
}

/**
 * A lost or restored-from-backup sync state: PTV already holds this sourceId (or the name that goes
 * with it). Take the existing entity over by sourceId instead of failing every round.
 */
async function adopt(err, api, base, body) {
  const text = JSON.stringify(err.body ?? '');
  if (err.status !== 400 || !/sourceId that already exists|must be unique/.test(text)) throw err;
  try {
    return await api.put(`${base}/sourceId/${body.sourceId}`, putBody(body));
  } catch (putErr) {
    if (putErr.status === 404) throw err; // a name clash with someone else's entity: report the POST
    throw putErr;
  }
}

/**
 * After archiving, send the connections again on the next round: PTV keeps them but shows only
 * published partners, and the set the store wants may have changed meanwhile (POST /Connection is
 * add-or-update, so sending them again is harmless).
 */
function forgetConnectionsOf(state, kind, key) {
  if (kind === 'service') delete state.connections[key];
  if (kind === 'channel') {
    for (const [service, c] of Object.entries(state.connections)) {
      if (c.channels.includes(key)) delete state.connections[service];
    }
  }
}

/**
 * Per service: a service whose connections were never sent gets them with POST /Connection (in
 * batches of 10, as DVV's importer does); a changed set replaces the service's connections with
 * PUT /Connection/serviceId/{id}.
 */
async function syncConnections({ store, state, api, ctx, attempt, summary, save, log }) {
  const live = (kind, key) => {
    const e = state.entities[`${kind}:${key}`];
    return e && !e.archived ? e : undefined;
  };
  for (const service of store.services) {
    const svc = live('service', service.key);
    if (!svc) continue;
    const wanted = store.connections
      .filter((c) => c.service === service.key)
      .map((c) => ({
        conn: c,
        ch: live('channel', c.channel),
        rec: store.channels.find((r) => r.key === c.channel),
      }))
      .filter((w) => w.ch && w.rec);
    const hash = digest(wanted.map((w) => [w.ch.id, w.conn]));
    const sent = state.connections[service.key];
    if (sent?.hash === hash) continue;
    const typeOf = (w) => CHANNEL_TYPES[w.rec.type];
    let ok = true;
    if (!sent) {
      if (!wanted.length) continue;
      for (let i = 0; i < wanted.length; i += 10) {
        const batch = wanted.slice(i, i + 10);
        ok &&= await attempt(`connect service:${service.key}`, async () => {
          const messages = await api.post(
            '/Connection',
            batch.map((w) => ({
              serviceId: svc.id,
              serviceChannelId: w.ch.id,
              ...connectionInfo(w.conn, typeOf(w), 'post', ctx),
            })),
          );
          // 200 with one message per item: an item can still have failed.
          const refused = messages.filter((m) => !/added or updated/.test(m));
          if (refused.length) throw new Error(refused.join(' | '));
        });
      }
    } else {
      ok = await attempt(`reconnect service:${service.key}`, async () => {
        await api.put(`/Connection/serviceId/${svc.id}`, {
          deleteAllChannelRelations: wanted.length === 0,
          channelRelations: wanted.map((w) => ({
            serviceChannelId: w.ch.id,
            ...connectionInfo(w.conn, typeOf(w), 'put', ctx),
          })),
        });
      });
    }
    if (!ok) continue; // sent again next round
    state.connections[service.key] = { hash, channels: wanted.map((w) => w.conn.channel) };
    save();
    summary.connected += wanted.length;
    log(`connections of service:${service.key}: ${wanted.length}`);
  }
}
