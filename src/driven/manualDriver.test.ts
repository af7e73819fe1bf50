import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createManualDriver } from './manualDriver.js';

describe('the manual driver', () => {
  it('refuses to wait for Enter when stdin is not a terminal', () => {
    const input = Object.assign(new PassThrough(), { isTTY: false });
    expect(() =>
      createManualDriver({ input, output: { write: () => true }, materialPath: () => 'm.json' }),
    ).toThrow(
      expect.objectContaining({ code: 'PTVR_USAGE', hint: expect.stringMatching(/--driver command/) }),
    );
  });

  it('prints the step and the material file, waits for Enter and takes a typed sourceId', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    let out = '';
    const d = createManualDriver({
      input,
      output: { write: (s: string) => (out += s) },
      materialPath: (s) => `driven/${s}.json`,
    });
    const answer = d.change({
      contract: 1,
      operation: 'create',
      kind: 'channel/phone',
      step: 'T3.create.phone',
      runId: 'r',
      marker: 'r',
      sourceSystemId: null,
      suggestedSourceId: 'ptvr-r-phone-1',
      refs: {},
      material: { names: { fi: 'Neuvonta (ptvr r)' } },
    });
    input.write('my-phone-7\n');
    const r = await answer;
    expect(out).toContain('Create this phone channel in your source system');
    expect(out).toContain('driven/T3.create.phone.json');
    expect(out).toContain('Neuvonta (ptvr r)');
    expect(r.answer).toEqual({ sourceSystemId: 'ptvr-r-phone-1', sourceId: 'my-phone-7' });
    const sync = d.sync('T3.create.phone', 'r');
    input.write('s\n');
    expect((await sync).answer).toEqual({ ran: false });
  });
});
