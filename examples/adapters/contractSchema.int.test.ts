/**
 * The contract's JSON Schema (examples/adapters/adapter-contract-v1.schema.json, documented in
 * docs/driven.md) against the real documents of a driven run that the product keeps in
 * src/driven/examples/: the schema must accept what the tool sends and what an adapter answers, and
 * refuse the mistakes an adapter author makes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractErrors, type ContractDocument } from './runAdapter.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'src', 'driven', 'examples');
const files = existsSync(EXAMPLES) ? readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')) : [];

/** `create-service.stdout.json` → the schema of that document. */
function documentOf(file: string): ContractDocument {
  const [operation] = file.split('-');
  const op = operation!.replace(/\..*$/, '');
  const out = file.endsWith('.stdout.json');
  if (op === 'capabilities') return out ? 'capabilitiesAnswer' : 'capabilitiesRequest';
  if (op === 'sync') return out ? 'syncAnswer' : 'syncRequest';
  if (op === 'delete') return out ? 'deleteAnswer' : 'deleteRequest';
  if (op === 'create') return out ? 'createAnswer' : 'changeRequest';
  return out ? 'updateAnswer' : 'changeRequest';
}

describe('the adapter contract schema', () => {
  it.skipIf(files.length === 0)('accepts every example document of a real driven run', () => {
    const rejected = files.flatMap((f) =>
      contractErrors(documentOf(f), JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8'))).map(
        (e) => `${f}: ${e}`,
      ),
    );
    expect(rejected).toEqual([]);
    expect(files.map(documentOf)).toEqual(
      expect.arrayContaining(['changeRequest', 'createAnswer', 'syncAnswer']),
    );
  });

  it('refuses the usual mistakes', () => {
    expect(contractErrors('createAnswer', {})).toEqual([" must have required property 'sourceSystemId'"]);
    expect(contractErrors('syncAnswer', { ran: 'yes' })).toEqual(['/ran must be boolean']);
    expect(contractErrors('capabilitiesAnswer', { contract: 1, kinds: ['channel/fax'] })).not.toEqual([]);
    expect(
      contractErrors('capabilitiesAnswer', { contract: 1, kinds: ['service'], sync: 'nightly' }),
    ).not.toEqual([]);
    expect(contractErrors('updateAnswer', {})).toEqual([]);
  });
});
