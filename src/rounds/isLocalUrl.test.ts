import { describe, expect, it } from 'vitest';
import { isLocalUrl } from './isLocalUrl.js';

describe('isLocalUrl', () => {
  it.each([
    'http://127.0.0.1:4010',
    'http://127.8.9.10',
    'http://localhost:8080/api',
    'http://sim.localhost',
    'http://ptv.local',
    'http://10.1.2.3',
    'http://172.16.0.1',
    'http://172.31.255.255',
    'http://192.168.1.10',
    'http://169.254.1.1',
    'http://100.64.0.1',
    'http://[::1]:3000',
    'http://[fd12::1]',
    'http://[fe80::1]',
    'http://[::ffff:127.0.0.1]',
    'http://0.0.0.0',
  ])('%s is local', (url) => expect(isLocalUrl(url)).toBe(true));

  it.each([
    'https://api.palvelutietovaranto.trn.suomi.fi',
    'https://palvelutietovaranto.trn.suomi.fi/api/auth/api-login',
    'http://172.32.0.1',
    'http://8.8.8.8',
    'http://[2001:db8::1]',
    'https://localhost.example.com',
    'not a url',
  ])('%s is not local', (url) => expect(isLocalUrl(url)).toBe(false));
});
