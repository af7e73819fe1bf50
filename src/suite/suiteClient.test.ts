import { describe, expect, it } from 'vitest';
import type { PtvRequest, PtvResponse } from '../client/types.js';
import { newCaseMeta } from './caseMeta.js';
import { currentStep } from './currentStep.js';
import { stepRecording } from './suiteClient.js';

const answer = (n: number, body: unknown = { ok: true }, status = 200): PtvResponse => ({
  status,
  headers: {},
  body,
  text: '',
  attempts: 2,
  evidenceIds: [`E-${n}a`, `E-${n}b`],
  durationMs: 1,
});
const post: PtvRequest = { method: 'POST', path: '/api/v11/Service', body: {} };
const get: PtvRequest = { method: 'GET', path: '/api/v11/Service/x' };

describe('stepRecording', () => {
  it('gives the running step id as the default case id, none outside a step', async () => {
    expect(stepRecording.defaultCaseId()).toBeUndefined();
    const m = newCaseMeta({ id: 'SRV-01', dvv: 'T2', title: 't' });
    await currentStep.run(m, async () => {
      await Promise.resolve();
      expect(stepRecording.defaultCaseId()).toBe('SRV-01');
    });
  });

  it('records evidence, attempts and ids of writes into the step, once per id, capped', () => {
    const m = newCaseMeta({ id: 'SRV-01', dvv: 'T2', title: 't' });
    currentStep.run(m, () => {
      stepRecording.onResponse(post, answer(1, { id: 'id-1' }));
      stepRecording.onResponse(get, answer(2, { id: 'read-only' }));
      stepRecording.onResponse(post, answer(3, { id: 'id-1' }));
      stepRecording.onResponse(post, answer(4, { id: 'refused' }, 400));
      stepRecording.onResponse(post, answer(5, { id: 'x'.repeat(500) }));
    });
    expect(m.evidenceIds).toEqual([
      'E-1a',
      'E-1b',
      'E-2a',
      'E-2b',
      'E-3a',
      'E-3b',
      'E-4a',
      'E-4b',
      'E-5a',
      'E-5b',
    ]);
    expect(m.attempts).toBe(10);
    expect(m.entityIds[0]).toBe('id-1');
    expect(m.entityIds).toHaveLength(2);
    expect(m.entityIds[1]!.length).toBeLessThan(500);
  });

  it('outside a step records nothing; concurrent steps stay apart', async () => {
    expect(() => stepRecording.onResponse(post, answer(0, { id: 'lost' }))).not.toThrow();
    const a = newCaseMeta({ id: 'A-01', dvv: 'T1', title: 'a' });
    const b = newCaseMeta({ id: 'B-01', dvv: 'T1', title: 'b' });
    const later = (fn: () => void) => new Promise<void>((r) => setTimeout(() => (fn(), r()), 1));
    await Promise.all([
      currentStep.run(a, () => later(() => stepRecording.onResponse(get, answer(1)))),
      currentStep.run(b, async () => {
        await later(() => stepRecording.onResponse(get, answer(2)));
        await later(() => stepRecording.onResponse(get, answer(3)));
      }),
    ]);
    expect(a.attempts).toBe(2);
    expect(b.attempts).toBe(4);
    expect(b.evidenceIds).toEqual(['E-2a', 'E-2b', 'E-3a', 'E-3b']);
  });
});
