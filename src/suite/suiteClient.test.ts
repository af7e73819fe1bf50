import { describe, expect, it } from 'vitest';
import type { PtvClient } from '../client/ptvClient.js';
import type { PtvRequest, PtvResponse } from '../client/types.js';
import { newCaseMeta } from './caseMeta.js';
import { currentStep } from './currentStep.js';
import { tagWithCurrentStep } from './suiteClient.js';

/** A stand-in transport (not one of our modules): records requests, answers with fixed evidence. */
function fakeClient(): PtvClient & { seen: PtvRequest[]; closed: boolean } {
  let n = 0;
  const seen: PtvRequest[] = [];
  const self = {
    seen,
    closed: false,
    async request<T>(req: PtvRequest): Promise<PtvResponse<T>> {
      seen.push(req);
      n += 1;
      const body = (req.method === 'POST' ? { id: `id-${n}` } : { ok: true }) as T;
      return {
        status: 200,
        headers: {},
        body,
        text: '',
        attempts: 2,
        evidenceIds: [`E-${n}a`, `E-${n}b`],
        durationMs: 1,
      };
    },
    get: () => Promise.reject(new Error('the wrapper must route verbs through request')),
    post: () => Promise.reject(new Error('the wrapper must route verbs through request')),
    put: () => Promise.reject(new Error('the wrapper must route verbs through request')),
    async token() {
      return { shape: 'ptvToken' as const, expiresAt: new Date(0) };
    },
    invalidateToken() {},
    async close() {
      self.closed = true;
    },
  };
  return self;
}

describe('tagWithCurrentStep', () => {
  it('tags requests with the running step and records evidence, attempts and created ids', async () => {
    const base = fakeClient();
    const client = tagWithCurrentStep(base);
    const m = newCaseMeta({ id: 'SRV-01', dvv: 'T2', title: 't' });
    await currentStep.run(m, async () => {
      await client.post('/api/v11/Service', { a: 1 });
      await client.get('/api/v11/Service/x');
      await client.request({ method: 'GET', path: '/x', caseId: 'OTHER' });
    });
    expect(base.seen.map((r) => [r.method, r.caseId])).toEqual([
      ['POST', 'SRV-01'],
      ['GET', 'SRV-01'],
      ['GET', 'OTHER'],
    ]);
    expect(m.evidenceIds).toEqual(['E-1a', 'E-1b', 'E-2a', 'E-2b', 'E-3a', 'E-3b']);
    expect(m.attempts).toBe(6);
    expect(m.entityIds).toEqual(['id-1']);
  });

  it('leaves requests outside a step untouched and delegates other members', async () => {
    const base = fakeClient();
    const client = tagWithCurrentStep(base);
    await client.put('/p', { publishingStatus: 'Deleted' });
    expect(base.seen[0]).toEqual({ method: 'PUT', path: '/p', body: { publishingStatus: 'Deleted' } });
    expect((await client.token()).shape).toBe('ptvToken');
    await client.close();
    expect(base.closed).toBe(true);
  });

  it('keeps concurrent steps apart', async () => {
    const client = tagWithCurrentStep(fakeClient());
    const a = newCaseMeta({ id: 'A-01', dvv: 'T1', title: 'a' });
    const b = newCaseMeta({ id: 'B-01', dvv: 'T1', title: 'b' });
    await Promise.all([
      currentStep.run(a, () => client.get('/a')),
      currentStep.run(b, async () => {
        await client.get('/b1');
        await client.get('/b2');
      }),
    ]);
    expect(a.attempts).toBe(2);
    expect(b.attempts).toBe(4);
  });
});

describe('create intents', () => {
  it('brackets a create with a sourceId: intent before, resolved after a definite answer', async () => {
    const events: string[] = [];
    const base = fakeClient();
    const original = base.request.bind(base);
    base.request = async (req) => {
      events.push(`send ${req.method}`);
      return original(req);
    };
    const client = tagWithCurrentStep(base, (i) =>
      events.push(`${i.event} ${i.objectType}/${i.channelType ?? '-'} ${i.sourceId}`),
    );
    await client.post('/api/v11/ServiceChannel/Phone', { sourceId: 'ptvr-r-1' });
    await client.post('/api/v11/Connection', [{ sourceId: 'x' }]);
    await client.put('/api/v11/Service/sourceId/s1', { publishingStatus: 'Deleted' });
    expect(events).toEqual([
      'intent ServiceChannel/Phone ptvr-r-1',
      'send POST',
      'resolved ServiceChannel/Phone ptvr-r-1',
      'send POST',
      'send PUT',
    ]);
  });

  it('leaves the intent open on a 5xx or a transport error', async () => {
    const events: string[] = [];
    const base = fakeClient();
    let n = 0;
    base.request = async <T>() => {
      n += 1;
      if (n === 2) throw new Error('ECONNRESET');
      return {
        status: 503,
        headers: {},
        body: {} as T,
        text: '',
        attempts: 1,
        evidenceIds: [],
        durationMs: 1,
      };
    };
    const client = tagWithCurrentStep(base, (i) => events.push(i.event));
    await client.post('/api/v11/Service', { sourceId: 'a' });
    await expect(client.post('/api/v11/Service', { sourceId: 'b' })).rejects.toThrow('ECONNRESET');
    expect(events).toEqual(['intent', 'intent']);
  });
});
