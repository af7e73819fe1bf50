import { describe, expect, it } from 'vitest';
import { assertWriteAllowed } from '../client/productionGuard.js';
import { PRODUCTION_HOSTS } from '../core/productionHost.js';
import { configuredUrls, isProductionUrl, knownTargets } from './targets.js';

// Config resolution and the client's write guard must agree on what production is.
describe('known targets and the production-host check', () => {
  it('classifies both production URLs as production and both CTE URLs as not', () => {
    expect([knownTargets.prod.apiUrl, knownTargets.prod.tokenUrl].map(isProductionUrl)).toEqual([true, true]);
    expect([knownTargets.cte.apiUrl, knownTargets.cte.tokenUrl].map(isProductionUrl)).toEqual([false, false]);
  });

  it('names only hosts the reference lists as production', () => {
    for (const url of [knownTargets.prod.apiUrl, knownTargets.prod.tokenUrl]) {
      expect(PRODUCTION_HOSTS).toContain(new URL(url).hostname);
    }
  });

  it('lets the client send exactly the production login POST and no other production write', () => {
    expect(() => assertWriteAllowed('POST', knownTargets.prod.tokenUrl)).not.toThrow();
    for (const [method, url] of [
      ['POST', `${knownTargets.prod.apiUrl}/api/v11/Service`],
      ['PUT', `${knownTargets.prod.apiUrl}/api/v11/Service/x`],
      ['PUT', knownTargets.prod.tokenUrl],
      ['POST', `${knownTargets.prod.tokenUrl}/../other`],
    ] as const) {
      expect(() => assertWriteAllowed(method, url), `${method} ${url}`).toThrow(
        expect.objectContaining({ code: 'PTVR_PRODUCTION_WRITE_REFUSED' }),
      );
    }
    expect(() => assertWriteAllowed('POST', `${knownTargets.cte.apiUrl}/api/v11/Service`)).not.toThrow();
  });

  it('gives the configured URLs of a remote target and none for the simulator', () => {
    expect(configuredUrls({ name: 'sim', authShape: 'cte' })).toEqual({});
    expect(configuredUrls({ name: 'cte', ...knownTargets.cte })).toEqual({
      apiUrl: knownTargets.cte.apiUrl,
      tokenUrl: knownTargets.cte.tokenUrl,
    });
  });
});
