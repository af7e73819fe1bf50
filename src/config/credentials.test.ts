import { describe, expect, it } from 'vitest';
import { requireCredentials } from './credentials.js';

describe('requireCredentials', () => {
  it('returns the API user when both username and password are set', () => {
    expect(requireCredentials({ username: 'u@x.fi', password: 'pw-1' }, 'The cte target')).toEqual({
      username: 'u@x.fi',
      password: 'pw-1',
    });
    expect(
      requireCredentials({ username: 'u', password: 'p', apiUserOrganisation: 'o' }, 'The prod target'),
    ).toEqual({ username: 'u', password: 'p', apiUserOrganisation: 'o' });
  });

  it.each([{}, { username: 'u@x.fi' }, { password: 'pw-1' }])(
    'refuses %j with PTVR_SECRET_MISSING naming who needs them, never the value',
    (secrets) => {
      let err: unknown;
      try {
        requireCredentials(secrets, 'Cleanup of run-1');
      } catch (e) {
        err = e;
      }
      expect(err).toEqual(
        expect.objectContaining({
          code: 'PTVR_SECRET_MISSING',
          message: 'Cleanup of run-1 needs PTV_USERNAME and PTV_PASSWORD.',
        }),
      );
      expect(JSON.stringify(err) + String(err)).not.toMatch(/u@x\.fi|pw-1/);
    },
  );
});
