import { readFileSync } from 'node:fs';

/** The bundled valid examples (fixtures/examples), as fresh deep copies for tests and the bench. */
export const EXAMPLE_KINDS = [
  'organization',
  'service',
  'echannel',
  'phone',
  'webpage',
  'printableform',
  'servicelocation',
  'servicecollection',
  'connections',
  'connection-put',
] as const;
export type ExampleKind = (typeof EXAMPLE_KINDS)[number];

const cache = new Map<string, string>();

export function exampleText(kind: ExampleKind): string {
  let t = cache.get(kind);
  if (t === undefined) {
    t = readFileSync(new URL(`../../fixtures/examples/${kind}.json`, import.meta.url), 'utf8');
    cache.set(kind, t);
  }
  return t;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate examples freely
export function example(kind: ExampleKind): any {
  return JSON.parse(exampleText(kind));
}
