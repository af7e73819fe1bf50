import { describe, expect, it } from 'vitest';
import { isJsonMediaType } from './jsonMediaType.js';

// NewtonsoftJsonInputFormatter's SupportedMediaTypes: application/json, text/json, application/*+json.
describe('isJsonMediaType', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON',
    'text/json',
    'application/json-patch+json',
    'application/problem+json; charset=utf-8',
    'application/vnd.ptv+json',
  ])('reads %s', (t) => expect(isJsonMediaType(t)).toBe(true));

  it.each([
    undefined,
    '',
    'text/plain',
    'text/plain; charset=utf-8',
    'application/xml',
    'multipart/form-data',
    'text/+json',
    'application/jsonx',
  ])('refuses %s', (t) => expect(isJsonMediaType(t)).toBe(false));
});
