/**
 * Maintainer tool: `npm run v12:fingerprint -- <v12-openapi.json>` rewrites
 * src/v12/v12-spec.fingerprint.json from a v12 OpenAPI document (the shared reference copy).
 * Only hashes and operation names are written, never the document (v12-migration.md §5.4).
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { BUILT_FINGERPRINT_FILE, fingerprint } from './specFingerprint.js';

const file = process.argv[2];
if (!file) throw new Error('usage: npm run v12:fingerprint -- <path to v12-openapi.json>');
const fp = fingerprint(JSON.parse(readFileSync(file, 'utf8')));
writeFileAtomic(BUILT_FINGERPRINT_FILE, JSON.stringify(fp, null, 2) + '\n');
process.stdout.write(
  `${BUILT_FINGERPRINT_FILE}: ${fp.operations.length} operations, ${Object.keys(fp.schemas).length} schemas\n`,
);
