import { describe, expect, it } from 'vitest';
import { ptvUiLink } from './ptvUiLink.js';

const id = '6a1b2c3d-0001-4e5f-8a9b-0c1d2e3f4a5b';

describe('ptvUiLink', () => {
  it('links CTE and production entities to their UI host; the simulator has none', () => {
    expect(ptvUiLink('cte', 'channel', id, 'ServiceLocation')).toBe(
      `https://palvelutietovaranto.trn.suomi.fi/channels/serviceLocation/${id}`,
    );
    expect(ptvUiLink('prod', 'service', id)).toBe(`https://palvelutietovaranto.suomi.fi/services/${id}`);
    expect(ptvUiLink('sim', 'service', id)).toBeUndefined();
    expect(ptvUiLink('custom', 'service', id)).toBeUndefined();
    expect(ptvUiLink('cte', 'service', 'not-a-guid')).toBeUndefined();
  });
});
