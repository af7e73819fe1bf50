import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared PTV reference set (`shared/ptv-reference/`: the v12 OpenAPI document and friends) is
 * reference data that must never be copied into this repository. Tests read it from where it lives:
 * `PTV_REFERENCE_DIR`, else the first `shared/ptv-reference` found walking up from the repository root.
 * Undefined when absent — callers skip with {@link REFERENCE_MISSING} instead of failing.
 */
export function ptvReferenceDir(): string | undefined {
  const fromEnv = process.env.PTV_REFERENCE_DIR;
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : undefined;
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  for (;;) {
    const candidate = join(dir, 'shared', 'ptv-reference');
    if (existsSync(join(candidate, 'v12-openapi.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export const REFERENCE_MISSING =
  'shared/ptv-reference not found (set PTV_REFERENCE_DIR): the v12 spec is reference data outside the repository';

let spec: unknown;

/** The v12 OpenAPI document, parsed once; undefined when the reference set is absent. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an OpenAPI document, walked freely by tests
export function readV12Spec(): any {
  if (spec !== undefined) return spec;
  const dir = ptvReferenceDir();
  if (!dir) return undefined;
  spec = JSON.parse(readFileSync(join(dir, 'v12-openapi.json'), 'utf8'));
  return spec;
}
