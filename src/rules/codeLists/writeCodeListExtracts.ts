/**
 * Maintainer tool: `npm run data:codelists` rewrites src/rules/data/municipalities.json and
 * service_classes.json from the koodistot.suomi.fi files beside them (after replacing those). The unit
 * test in codeLists.test.ts fails while they disagree.
 */
import { join } from 'node:path';
import { packageRoot } from '../../core/toolVersion.js';
import { writeFileAtomic } from '../../core/writeFileAtomic.js';
import { municipalityRowsFromKoodisto, serviceClassRowsFromKoodisto } from './finnishCodes.js';

function write(name: string, source: string, columns: string[], rows: unknown[]): void {
  const file = join(packageRoot(), 'src', 'rules', 'data', name);
  // One row per line: a data update diffs by code.
  writeFileAtomic(
    file,
    `{"source":${JSON.stringify(source)},"columns":${JSON.stringify(columns)},"rows":[\n` +
      rows.map((r) => JSON.stringify(r)).join(',\n') +
      '\n]}\n',
  );
  process.stdout.write(`${file}: ${rows.length} rows\n`);
}

write(
  'municipalities.json',
  'municipality_codes_2023.json (koodistot.suomi.fi kunta_1_20230101)',
  ['codeValue', 'prefLabel.fi', 'prefLabel.sv'],
  municipalityRowsFromKoodisto(),
);
write(
  'service_classes.json',
  'ptv_classes_2023.json (koodistot.suomi.fi ptvserclass2)',
  ['uri', 'codeValue', 'broaderCode.codeValue', 'prefLabel'],
  serviceClassRowsFromKoodisto(),
);
