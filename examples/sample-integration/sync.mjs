#!/usr/bin/env node
// One sync round from the store to PTV. Settings come from the environment (see README.md).
import { parseDefects } from './lib/defects.mjs';
import { option, runSync } from './lib/runSync.mjs';

const USAGE = `usage: node sync.mjs [--data <dir>] [--defect <name>]...
  --data    directory with store.json (copied from the bundled one the first time) and
            sync-state.json (default: ./data)
  --defect  no-archive | names-truncated | skip-connection-info (also SAMPLE_DEFECTS=a,b)
environment: PTV_API_URL PTV_TOKEN_URL PTV_USERNAME PTV_PASSWORD PTV_ORGANIZATION_ID
             [PTV_API_USER_ORGANISATION] [SAMPLE_RETRY_BASE_MS]`;

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log(USAGE);
} else {
  try {
    const summary = await runSync({ dataDir: option(argv, 'data') ?? 'data', defects: parseDefects(argv) });
    process.exitCode = summary.failed.length ? 1 : 0;
  } catch (err) {
    console.error(`sync: ${err.message}`);
    process.exitCode = 2;
  }
}
