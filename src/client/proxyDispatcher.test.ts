import { describe, expect, it } from 'vitest';
import { proxySecrets } from './proxyDispatcher.js';

describe('proxySecrets', () => {
  it('returns the passwords inside the proxy variables, upper and lower case', () => {
    expect(
      proxySecrets({
        HTTP_PROXY: 'http://user:Pr0xy-pw@proxy.kunta.example:3128',
        https_proxy: 'http://u2:p%40ss2@proxy.kunta.example:3128',
        NO_PROXY: 'localhost',
      }),
    ).toEqual(['Pr0xy-pw', 'p@ss2']);
  });

  it('returns nothing for a proxy without credentials or no proxy', () => {
    expect(proxySecrets({ HTTPS_PROXY: 'http://proxy.kunta.example:3128' })).toEqual([]);
    expect(proxySecrets({})).toEqual([]);
  });
});
