// The sample integration's adapter for `ptv-readiness run --driver command` (adapter contract v1,
// docs/driven.md): each operation edits the source store the way the municipality's staff would, and
// `sync` runs the integration's own sync round. Nothing here knows PTV's shapes; mapToPtv.mjs does.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { DEFECTS, parseDefects } from './defects.mjs';
import { readJson } from './jsonFile.mjs';
import {
  KIND_SPECS,
  NOT_MAPPED,
  droppedParts,
  toStoreConnection,
  toStoreRecord,
} from './adapterMaterial.mjs';
import { option, openStore, runSync } from './runSync.mjs';
import { withStoreLock } from './storeLock.mjs';
import { sourceIdOf } from './syncStore.mjs';

const USAGE = `usage: adapter <operation> [<kind>] [--data <dir>] [--defect <name>]... [--sync-delay <ms>]
  reads one JSON document on stdin and answers one on stdout (ptv-readiness adapter contract v1)
operations: capabilities | create <kind> | update <kind> | delete <kind> | sync
kinds:      ${Object.keys(KIND_SPECS).join(' | ')}
  --data        the source store's directory (default $SAMPLE_DATA_DIR, else $PTVR_RUN_DIR/sample-data);
                initialised from the bundled store.json
  --defect      ${DEFECTS.join(' | ')} (also SAMPLE_DEFECTS=a,b)
  --sync-delay  sync answers {"ran": false} at once and the round runs after <ms> in a detached
                process, like a scheduled integration (also SAMPLE_SYNC_DELAY_MS)
environment for sync: PTV_API_URL PTV_TOKEN_URL PTV_USERNAME PTV_PASSWORD PTV_ORGANIZATION_ID
exit: 0 done, 1 the sync round could not run, 2 bad invocation or document, 3 unknown record`;

/** A failure the adapter explains on stderr with its code and exit status. */
class AdapterError extends Error {
  constructor(code, message, exitCode = 2, hint) {
    super(message);
    this.code = code;
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

const NAME = 'Esimerkkilä sample integration';
const MAX_INPUT = 4 * 1024 * 1024;
/** The `names-truncated` defect in a driven run: the store's short-name column, cut mid-word. */
const SHORT_NAME_COLUMN = 20;
const NOTE = {
  fi: 'Toiminta uudistuu vuoden 2027 alussa.',
  sv: 'Verksamheten förnyas i början av 2027.',
  en: 'The activities are renewed at the beginning of 2027.',
};

const log = (line) => process.stderr.write(`${line}\n`);

export async function main(argv, env = process.env) {
  try {
    if (argv.includes('--help') || argv.length === 0) {
      process.stdout.write(`${USAGE}\n`);
      return argv.length ? 0 : 2;
    }
    const settings = settingsFrom(argv, env);
    if (settings.operation === '__delayed-sync') return await delayedSync(settings, env);
    const doc = await readDocument(settings);
    const answer = await operate(settings, doc, env);
    process.stdout.write(`${JSON.stringify(answer)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof AdapterError) {
      log(`sample adapter: ${err.code}: ${err.message}${err.hint ? `\n  hint: ${err.hint}` : ''}`);
      return err.exitCode;
    }
    log(`sample adapter: SAMPLE_ADAPTER_ERROR: ${err.message}`);
    return 1;
  }
}

function settingsFrom(argv, env) {
  const valued = new Set(['--data', '--defect', '--sync-delay']);
  const positional = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
  const [operation, kind] = positional;
  const ops = ['capabilities', 'create', 'update', 'delete', 'sync', '__delayed-sync'];
  if (!ops.includes(operation))
    throw new AdapterError('SAMPLE_ADAPTER_USAGE', `unknown operation '${operation}'`, 2, USAGE);
  const withKind = ['create', 'update', 'delete'].includes(operation);
  if (withKind && !KIND_SPECS[kind])
    throw new AdapterError(
      'SAMPLE_ADAPTER_USAGE',
      `${operation}: unknown kind '${kind ?? ''}'`,
      2,
      `one of ${Object.keys(KIND_SPECS).join(', ')}`,
    );
  let defects;
  try {
    defects = parseDefects(argv, env);
  } catch (err) {
    throw new AdapterError('SAMPLE_ADAPTER_USAGE', err.message);
  }
  const delayText = option(argv, 'sync-delay') ?? env.SAMPLE_SYNC_DELAY_MS ?? '0';
  const syncDelayMs = Number(delayText);
  if (!Number.isInteger(syncDelayMs) || syncDelayMs < 0)
    throw new AdapterError('SAMPLE_ADAPTER_USAGE', `--sync-delay '${delayText}': a whole number of ms`);
  const dataDir =
    option(argv, 'data') ??
    (env.SAMPLE_DATA_DIR || (env.PTVR_RUN_DIR ? join(env.PTVR_RUN_DIR, 'sample-data') : undefined));
  if (!dataDir && operation !== 'capabilities')
    throw new AdapterError(
      'SAMPLE_ADAPTER_NO_DATA_DIR',
      'no data directory for the source store',
      2,
      'give --data <dir>, or set SAMPLE_DATA_DIR (ptv-readiness sets PTVR_RUN_DIR)',
    );
  return { operation, kind: withKind ? kind : undefined, defects, syncDelayMs, dataDir };
}

/** stdin: exactly one JSON object, of this operation (and kind) and contract 1. */
async function readDocument({ operation, kind }) {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > MAX_INPUT) throw new AdapterError('SAMPLE_ADAPTER_INPUT', `stdin is over ${MAX_INPUT} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new AdapterError(
      'SAMPLE_ADAPTER_INPUT',
      `stdin is not one JSON document (${err.message})`,
      2,
      `send e.g. {"contract":1,"operation":"${operation}"}`,
    );
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new AdapterError('SAMPLE_ADAPTER_INPUT', 'stdin must be a JSON object');
  if (doc.contract !== 1)
    throw new AdapterError(
      'SAMPLE_ADAPTER_INPUT',
      `contract ${JSON.stringify(doc.contract)}: this adapter speaks contract 1`,
    );
  if (operation !== 'capabilities' && doc.operation !== undefined && doc.operation !== operation)
    throw new AdapterError(
      'SAMPLE_ADAPTER_INPUT',
      `the document is for '${doc.operation}', the command line says '${operation}'`,
    );
  if (kind && doc.kind !== undefined && doc.kind !== kind)
    throw new AdapterError(
      'SAMPLE_ADAPTER_INPUT',
      `the document is for kind '${doc.kind}', the command line says '${kind}'`,
    );
  if (
    (operation === 'create' || operation === 'update') &&
    (!doc.material || typeof doc.material !== 'object')
  )
    throw new AdapterError('SAMPLE_ADAPTER_INPUT', `${operation} ${kind}: the document has no material`);
  if ((operation === 'update' || operation === 'delete') && typeof doc.sourceSystemId !== 'string')
    throw new AdapterError(
      'SAMPLE_ADAPTER_INPUT',
      `${operation} ${kind}: the document has no sourceSystemId`,
    );
  return doc;
}

async function operate(settings, doc, env) {
  const { operation, kind, dataDir } = settings;
  if (operation === 'capabilities') return capabilities();
  if (operation === 'sync') return sync(settings, env);
  mkdirSync(dataDir, { recursive: true });
  return withStoreLock(dataDir, async () => {
    const { store, save } = openStore(dataDir);
    const answer =
      kind === 'connection' ? editConnection(store, settings, doc) : editRecord(store, settings, doc);
    save();
    return answer;
  });
}

function capabilities() {
  const notMapped = Object.fromEntries(Object.entries(NOT_MAPPED).filter(([, fields]) => fields.length));
  return { contract: 1, name: NAME, kinds: Object.keys(KIND_SPECS), notMapped, sync: 'on-demand' };
}

/** `name` cut mid-word at the short-name column, with an ellipsis (the `names-truncated` defect). */
const truncated = (texts) =>
  Object.fromEntries(
    Object.entries(texts ?? {}).map(([lang, v]) => [
      lang,
      v.length > SHORT_NAME_COLUMN ? `${v.slice(0, SHORT_NAME_COLUMN)}…` : v,
    ]),
  );

function editRecord(store, { operation, kind, defects }, doc) {
  const spec = KIND_SPECS[kind];
  const list = store[spec.list];
  if (operation === 'create') {
    const key = newKey(store, spec, doc);
    list.push(recordFor(kind, doc.material, key, defects));
    log(`${kind} ${key} added to the store`);
    return { sourceSystemId: key, sourceId: sourceIdOf(store, spec.syncKind, key) };
  }
  const at = list.findIndex((r) => r.key === doc.sourceSystemId && (!spec.type || r.type === spec.type));
  if (operation === 'delete') {
    if (at < 0) {
      log(`${kind} ${doc.sourceSystemId} is not in the store (deleted already)`);
      return {};
    }
    list.splice(at, 1);
    // A deleted service or channel takes its connections with it (units have none).
    const field = { services: 'service', channels: 'channel' }[spec.list];
    if (field) store.connections = store.connections.filter((c) => c[field] !== doc.sourceSystemId);
    log(`${kind} ${doc.sourceSystemId} deleted from the store`);
    return {};
  }
  if (at < 0) throw unknownRecord(kind, doc.sourceSystemId);
  if (defects.has('modify-old')) {
    editBaseRecord(store, spec);
    return {
      sourceSystemId: doc.sourceSystemId,
      sourceId: sourceIdOf(store, spec.syncKind, doc.sourceSystemId),
    };
  }
  list[at] = recordFor(kind, doc.material, doc.sourceSystemId, defects);
  log(`${kind} ${doc.sourceSystemId} changed in the store`);
  return {
    sourceSystemId: doc.sourceSystemId,
    sourceId: sourceIdOf(store, spec.syncKind, doc.sourceSystemId),
  };
}

function recordFor(kind, material, key, defects) {
  for (const part of droppedParts(kind, material))
    log(`warning: ${kind} ${key}: the store has no place for ${part}`);
  const rec = toStoreRecord(kind, material, key);
  if (defects.has('names-truncated')) rec.name = truncated(rec.name);
  return rec;
}

/** The `modify-old` defect: the edit lands on the base catalogue's record of the same kind. */
function editBaseRecord(store, spec) {
  const base = readJson(new URL('../store.json', import.meta.url));
  const baseKey = base[spec.list].find((r) => !spec.type || r.type === spec.type)?.key;
  const rec = store[spec.list].find((r) => r.key === baseKey);
  if (!rec) return;
  for (const lang of Object.keys(rec.description ?? {})) {
    if (!rec.description[lang].endsWith(NOTE[lang])) rec.description[lang] += ` ${NOTE[lang]}`;
  }
  log(`modify-old: edited the base record ${baseKey} instead`);
}

/** The record's key: the tool's suggestion (unique per run) or a new one, unique in the store. */
function newKey(store, spec, doc) {
  const wanted = String(
    doc.suggestedSourceId || `${spec.short}-${doc.marker || Date.now().toString(36)}`,
  ).replace(/[^A-Za-z0-9.-]/g, '-');
  const taken = new Set(store[spec.list].map((r) => r.key));
  let key = wanted;
  for (let n = 2; taken.has(key); n++) key = `${wanted}-${n}`;
  return key;
}

function unknownRecord(kind, id) {
  return new AdapterError(
    'SAMPLE_ADAPTER_UNKNOWN_RECORD',
    `${kind} '${id}' is not in the source store`,
    3,
    'use the sourceSystemId the create answered, with the same data directory',
  );
}

function editConnection(store, { operation, defects }, doc) {
  const [service, channel] =
    operation === 'create'
      ? [doc.refs?.service?.sourceSystemId, doc.refs?.channel?.sourceSystemId]
      : String(doc.sourceSystemId).split('>');
  if (!store.services.some((s) => s.key === service)) throw unknownRecord('service', service);
  if (!store.channels.some((c) => c.key === channel)) throw unknownRecord('channel', channel);
  const id = `${service}>${channel}`;
  const at = store.connections.findIndex((c) => c.service === service && c.channel === channel);
  if (operation === 'delete') {
    if (at >= 0) store.connections.splice(at, 1);
    log(`connection ${id} ${at >= 0 ? 'deleted from the store' : 'was not in the store'}`);
    return {};
  }
  if (operation === 'update' && at < 0) throw unknownRecord('connection', id);
  if (operation === 'update' && defects.has('modify-old')) {
    const first = store.connections.find(
      (c) => c.service === readJson(new URL('../store.json', import.meta.url)).services[0].key,
    );
    if (first) first.hours = [{ days: 'Monday-Friday', open: '14:00', close: '22:00' }];
    log('modify-old: edited a base connection instead');
    return { sourceSystemId: id };
  }
  const conn = toStoreConnection(doc.material ?? {}, service, channel);
  if (at >= 0) store.connections[at] = conn;
  else store.connections.push(conn);
  log(`connection ${id} ${operation === 'create' ? 'added to' : 'changed in'} the store`);
  return { sourceSystemId: id };
}

async function sync(settings, env) {
  const { dataDir, syncDelayMs, defects } = settings;
  mkdirSync(dataDir, { recursive: true });
  if (syncDelayMs > 0) {
    scheduleSync(settings, env);
    log(`sync scheduled in ${syncDelayMs} ms (log: ${join(dataDir, 'delayed-sync.log')})`);
    return { ran: false };
  }
  await runRound(dataDir, defects, env);
  return { ran: true };
}

/** One sync round under the store lock. Records PTV refused are logged and sent again next round. */
async function runRound(dataDir, defects, env) {
  await withStoreLock(dataDir, async () => {
    try {
      const summary = await runSync({ dataDir, defects, env, log });
      for (const f of summary.failed) log(`not in PTV this round: ${f.what} (${f.status ?? 'error'})`);
    } catch (err) {
      throw new AdapterError('SAMPLE_ADAPTER_SYNC', `the sync round could not run: ${err.message}`, 1);
    }
  });
}

/** A scheduled round: a detached process waits the delay, then syncs; the answer does not wait. */
function scheduleSync({ dataDir, syncDelayMs, defects }, env) {
  const out = openSync(join(dataDir, 'delayed-sync.log'), 'a');
  const child = spawn(
    process.execPath,
    [process.argv[1], '__delayed-sync', '--data', dataDir, '--sync-delay', String(syncDelayMs)],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...env, SAMPLE_DEFECTS: [...defects].join(',') },
    },
  );
  child.unref();
  closeSync(out);
}

async function delayedSync({ dataDir, syncDelayMs, defects }, env) {
  await new Promise((resolve) => setTimeout(resolve, syncDelayMs));
  log(`${new Date().toISOString()} delayed sync round`);
  await runRound(dataDir, defects, env);
  return 0;
}
