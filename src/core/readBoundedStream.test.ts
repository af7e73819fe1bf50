import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBoundedStream } from './readBoundedStream.js';

describe('readBoundedStream', () => {
  it('reads a stream within the limit whole', async () => {
    const r = await readBoundedStream(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 10);
    expect(r).toEqual({ text: 'abcd', truncated: false, bytes: 4 });
  });

  it('stops at the limit, destroys the stream and never reads the rest', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1024, 0x61));
      },
    });
    const r = await readBoundedStream(endless, 4000);
    expect(r.truncated).toBe(true);
    expect(r.text).toBe('a'.repeat(4000));
    expect(endless.destroyed).toBe(true);
    expect(pulled).toBeLessThan(20);
  });

  it('drops a multi-byte character cut in half at the limit', async () => {
    const r = await readBoundedStream(Readable.from([Buffer.from('aä')]), 2);
    expect(r.text).toBe('a');
  });
});
