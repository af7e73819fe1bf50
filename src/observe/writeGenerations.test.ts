import { describe, expect, it } from 'vitest';
import { classifyExchange } from './classifyExchange.js';
import { SessionEntities } from './sessionEntities.js';
import { WriteGenerations } from './writeGenerations.js';

const ID = '11111111-2222-4333-8444-555555555555';

describe('WriteGenerations: a read-back is superseded by a later write of the same entity', () => {
  it('keys a PUT by id and by a sourceId the session knows to the same entity', () => {
    const s = new SessionEntities();
    s.apply(
      classifyExchange(
        {
          method: 'POST',
          path: '/api/v11/Service',
          status: 200,
          bearer: true,
          responseJson: { id: ID, sourceId: 'svc-1' },
        },
        s,
      ),
    );
    const g = new WriteGenerations();
    const byId = g.keyOfWrite('PUT', `/api/v11/Service/${ID.toUpperCase()}`, s)!;
    expect(g.keyOfWrite('PUT', '/api/v11/Service/sourceId/svc-1', s)).toBe(byId);
    expect(g.keyOf(ID)).toBe(byId);
    const mine = g.bump(byId);
    expect(g.current(byId)).toBe(mine);
    g.bump(g.keyOfWrite('PUT', '/api/v11/Service/sourceId/svc-1', s)!);
    expect(g.current(byId)).not.toBe(mine);
  });

  it('counts connection writes together and ignores reads and creates', () => {
    const s = new SessionEntities();
    const g = new WriteGenerations();
    expect(g.keyOfWrite('POST', '/api/v11/Connection', s)).toBe('connections');
    expect(g.keyOfWrite('PUT', `/api/v11/Connection/serviceId/${ID}`, s)).toBe('connections');
    expect(g.keyOfWrite('GET', `/api/v11/Service/${ID}`, s)).toBeUndefined();
    expect(g.keyOfWrite('POST', '/api/v11/Service', s)).toBeUndefined();
  });
});
