import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../../core/toolVersion.js';

/** Reads a bundled code-list file from src/rules/data (shipped in the package's `files`). */
export function loadDataFile<T>(name: string): T {
  return JSON.parse(readFileSync(join(packageRoot(), 'src', 'rules', 'data', name), 'utf8')) as T;
}

const require = createRequire(import.meta.url);

/** Reads a JSON file from an installed npm package. */
export function loadPackageJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}
