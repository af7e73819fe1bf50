#!/usr/bin/env node
// A tiny adapter for the driven-run tests (driven-contract.md): its "source system" is a JSON file,
// and its "integration" writes the queued changes to PTV with fetch when `sync` runs. It sends the
// ptvBody it is given (the contract allows that). Test knobs, all from the environment:
//   DRIVEN_TEST_STATE     the state file (source records + queue); required
//   DRIVEN_TEST_FAIL      "<operation>:<kind>" → exit 3 with a message on stderr
//   DRIVEN_TEST_MALFORMED "<operation>:<kind>" → prints something that is not JSON
//   DRIVEN_TEST_HANG      "<operation>:<kind>" → never answers (the tool must kill it)
//   DRIVEN_TEST_HOLD      a file; while it exists, sync leaves queued changes of the kinds it lists
//                         (one per line) in the queue: a scheduled integration that has not run yet
//   DRIVEN_TEST_SYNC_DELAY "<kind>=<ms>" → sync waits that long before it writes a queued change of
//                         that kind (a slow integration)
//   DRIVEN_TEST_DROP      "<kind>:<field>" → the integration never sends that field (a mapping gap)
//   DRIVEN_TEST_SKIP_KINDS comma list of kinds capabilities leaves out
//   DRIVEN_TEST_NOT_MAPPED JSON for capabilities.notMapped
/* global process, fetch, setTimeout, setInterval */
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';

const [op, kind] = process.argv.slice(2);
const env = process.env;
const knob = (name) => (env[name] ?? '') === `${op}:${kind ?? ''}`;
const stdin = readFileSync(0, 'utf8');
const doc = stdin.trim() ? JSON.parse(stdin) : {};
const answer = (v) => process.stdout.write(JSON.stringify(v) + '\n');

function load() {
  return existsSync(env.DRIVEN_TEST_STATE)
    ? JSON.parse(readFileSync(env.DRIVEN_TEST_STATE, 'utf8'))
    : { next: 1, records: {}, queue: [] };
}
function save(state) {
  writeFileSync(env.DRIVEN_TEST_STATE + '.tmp', JSON.stringify(state, null, 2));
  renameSync(env.DRIVEN_TEST_STATE + '.tmp', env.DRIVEN_TEST_STATE);
}

async function main() {
  const KINDS = [
    'organization',
    'service',
    'channel/echannel',
    'channel/phone',
    'channel/webpage',
    'channel/printableform',
    'channel/servicelocation',
    'connection',
  ];
  if (op === 'capabilities') {
    const skip = (env.DRIVEN_TEST_SKIP_KINDS ?? '').split(',').filter(Boolean);
    return answer({
      contract: 1,
      name: 'driven test adapter',
      kinds: KINDS.filter((k) => !skip.includes(k)),
      notMapped: env.DRIVEN_TEST_NOT_MAPPED ? JSON.parse(env.DRIVEN_TEST_NOT_MAPPED) : {},
      sync: 'on-demand',
    });
  }
  const state = load();
  if (op === 'create' || op === 'update' || op === 'delete') {
    const id = doc.sourceSystemId ?? `src-${state.next++}`;
    const rec = (state.records[id] ??= { kind, sourceId: doc.suggestedSourceId, refs: doc.refs });
    if (doc.refs) rec.refs = doc.refs;
    state.queue.push({ op, kind, id, body: doc.ptvBody ?? null });
    save(state);
    process.stderr.write(`source: ${op} ${kind} ${id}\n`);
    return answer(
      op === 'delete' ? {} : { sourceSystemId: id, ...(rec.sourceId && { sourceId: rec.sourceId }) },
    );
  }
  if (op === 'sync') {
    const [delayKind, delayMs] = (env.DRIVEN_TEST_SYNC_DELAY ?? '').split('=');
    if (delayMs && state.queue.some((c) => c.kind === delayKind))
      await new Promise((r) => setTimeout(r, Number(delayMs)));
    const held =
      env.DRIVEN_TEST_HOLD && existsSync(env.DRIVEN_TEST_HOLD)
        ? readFileSync(env.DRIVEN_TEST_HOLD, 'utf8').split('\n').filter(Boolean)
        : [];
    const keep = [];
    for (const change of state.queue) {
      if (held.includes(change.kind)) keep.push(change);
      else await apply(state, change);
    }
    state.queue = keep;
    save(state);
    return answer({ ran: true });
  }
  process.stderr.write(`unknown operation ${op}\n`);
  process.exitCode = 64;
}

let token;
async function call(method, path, body) {
  if (!token) {
    const res = await fetch(env.PTV_TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: env.PTV_USERNAME, password: env.PTV_PASSWORD }),
    });
    const json = await res.json();
    token = json.ptvToken ?? json.serviceToken;
  }
  const res = await fetch(`${env.PTV_API_URL}/api/v11${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : undefined;
}

const CHANNEL = {
  'channel/echannel': 'EChannel',
  'channel/phone': 'Phone',
  'channel/webpage': 'WebPage',
  'channel/printableform': 'PrintableForm',
  'channel/servicelocation': 'ServiceLocation',
};
const base = (kind) =>
  kind === 'organization'
    ? '/Organization'
    : kind === 'service'
      ? '/Service'
      : `/ServiceChannel/${CHANNEL[kind]}`;

async function apply(state, { op, kind, id, body }) {
  const rec = state.records[id];
  const [dropKind, dropField] = (env.DRIVEN_TEST_DROP ?? '').split(':');
  if (body && dropKind === kind) delete body[dropField];
  if (kind === 'connection') {
    if (op === 'create') {
      const answerList = await call('POST', '/Connection', [body]);
      process.stderr.write(`PTV: ${JSON.stringify(answerList)}\n`);
      rec.body = body;
    } else {
      rec.body = body;
      // PUT replaces all of the service's connections: send every one this source knows.
      const all = Object.values(state.records).filter(
        (r) => r.kind === 'connection' && r.body?.serviceId === body.serviceId,
      );
      await call('PUT', `/Connection/serviceId/${body.serviceId}`, {
        deleteAllChannelRelations: false,
        channelRelations: all.map(({ body: { serviceId: _s, ...rest } }) => rest),
      });
    }
    return;
  }
  if (op === 'create') {
    const out = await call('POST', base(kind), body);
    rec.ptvId = out.id;
  } else if (op === 'update') {
    const { sourceId: _sid, ...rest } = body;
    await call('PUT', `${base(kind)}/sourceId/${encodeURIComponent(rec.sourceId)}`, rest);
  } else {
    await call('PUT', `${base(kind)}/sourceId/${encodeURIComponent(rec.sourceId)}`, {
      publishingStatus: 'Deleted',
    });
  }
  process.stderr.write(`PTV: ${op} ${kind} ${id} done\n`);
}

if (knob('DRIVEN_TEST_FAIL')) {
  process.stderr.write(`source system refused ${op} ${kind}: record locked\n`);
  process.exitCode = 3;
} else if (knob('DRIVEN_TEST_MALFORMED')) process.stdout.write('done, thanks!\n');
else if (knob('DRIVEN_TEST_HANG')) setInterval(() => {}, 1000);
else await main();
