/**
 * The two minimal adapters of docs/driven.md speak the contract: run as ptv-readiness runs them
 * (spawned without a shell, one document on stdin), their answers conform to the contract's schema
 * and each change lands in the spool directory, in order. Skipped where bash + jq or python3 is absent.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeDocument } from './contractMaterial.js';
import { contractErrors, runAdapter } from './runAdapter.js';

const has = (command: string, args: string[]) => {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const ADAPTERS = [
  {
    file: 'minimal.sh',
    present: has('bash', ['--version']) && has('jq', ['--version']),
    needs: 'bash and jq',
  },
  { file: 'minimal.py', present: has('python3', ['--version']), needs: 'python3' },
];

describe.each(ADAPTERS)('$file', ({ file, present, needs }) => {
  const adapter = join(import.meta.dirname, file);
  let spool: string;
  beforeEach(() => {
    spool = mkdtempSync(join(tmpdir(), 'ptvr-spool-'));
  });
  afterEach(() => rmSync(spool, { recursive: true, force: true }));
  const run = (args: string[], doc: unknown) => runAdapter(adapter, args, doc, { ADAPTER_SPOOL_DIR: spool });

  it.skipIf(!present)(
    `answers every operation by the contract and spools each change in order (needs ${needs})`,
    async () => {
      const caps = await run(['capabilities'], { contract: 1 });
      expect(caps.code, caps.stderr).toBe(0);
      expect(contractErrors('capabilitiesAnswer', caps.answer)).toEqual([]);
      expect(caps.answer).toMatchObject({ contract: 1, sync: 'scheduled' });
      expect((caps.answer as { kinds: string[] }).kinds).toHaveLength(8);

      const create = changeDocument('create', 'channel/phone', 'ptvr-min1');
      const created = await run(['create', 'channel/phone'], create);
      expect(created.code, created.stderr).toBe(0);
      expect(contractErrors('createAnswer', created.answer)).toEqual([]);
      expect(created.answer).toEqual({ sourceSystemId: create.suggestedSourceId });

      const refs = { service: { sourceSystemId: 'svc-1' }, channel: { sourceSystemId: 'ch-2' } };
      const conn = await run(
        ['create', 'connection'],
        changeDocument('create', 'connection', 'ptvr-min1', { refs }),
      );
      expect(conn.answer).toEqual({ sourceSystemId: 'svc-1>ch-2' });

      const update = changeDocument('update', 'channel/phone', 'ptvr-min1', {
        sourceSystemId: 'ptvr-min1-channel-phone-1',
      });
      const updated = await run(['update', 'channel/phone'], update);
      expect(updated.answer).toEqual({ sourceSystemId: 'ptvr-min1-channel-phone-1' });

      const del = {
        contract: 1,
        operation: 'delete',
        kind: 'channel/phone',
        sourceSystemId: 'ptvr-min1-channel-phone-1',
      };
      const deleted = await run(['delete', 'channel/phone'], del);
      expect(deleted.code, deleted.stderr).toBe(0);
      expect(contractErrors('deleteAnswer', deleted.answer)).toEqual([]);

      const synced = await run(['sync'], { contract: 1, operation: 'sync', runId: 'r', step: 'T3.create' });
      expect(synced.answer).toEqual({ ran: false });

      // The organisation's importer reads the documents as they were sent, in the order they were made.
      const files = readdirSync(spool).sort();
      expect(files).toEqual([
        '00001-create-channel-phone.json',
        '00002-create-connection.json',
        '00003-update-channel-phone.json',
        '00004-delete-channel-phone.json',
      ]);
      expect(JSON.parse(readFileSync(join(spool, files[2]!), 'utf8'))).toEqual(update);
    },
  );

  it.skipIf(!present)(
    `refuses what is not a contract document, with a coded message (needs ${needs})`,
    async () => {
      const garbage = await run(['create', 'service'], '{"contract":1,');
      expect(garbage.code).toBe(2);
      expect(garbage.stdout).toBe('');
      expect(garbage.stderr).toMatch(/ADAPTER_INPUT/);
      const noKind = await run(['create'], { contract: 1 });
      expect(noKind.code).toBe(2);
      expect(noKind.stderr).toMatch(/ADAPTER_USAGE: create needs a kind/);
      const unknown = await run(['rename', 'service'], { contract: 1 });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/ADAPTER_USAGE: unknown operation/);
      expect(readdirSync(spool)).toEqual([]);
    },
  );
});
