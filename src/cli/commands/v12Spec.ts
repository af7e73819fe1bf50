import { defineCommand } from '../defineCommand.js';
import { PtvrError } from '../../core/errors.js';

/** `ptv-readiness v12-spec`: has DVV's published v12 spec changed from the one this build knows? */
export const v12SpecCommand = defineCommand({
  command: 'v12-spec',
  describe:
    'Compare the published PTV v12 OpenAPI document with the one ptv-readiness was built against; exit 1 when write operations or request schemas changed',
  builder: (y) =>
    y
      .option('url', {
        type: 'string',
        describe: 'URL of the published openapi.json',
        defaultDescription: 'DVV’s CTE documentation URL',
      })
      .option('file', { type: 'string', describe: 'a downloaded openapi.json instead of --url' })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print the difference as JSON, with a route-map skeleton for new write operations',
      }),
  run: async (argv, ctx) => {
    if (argv.url && argv.file) {
      throw new PtvrError('PTVR_USAGE', '--url and --file are alternatives', { hint: 'give one of them' });
    }
    const { readPublishedSpec, DEFAULT_SPEC_URL } = await import('../../v12/readPublishedSpec.js');
    const { builtFingerprint, compareSpec } = await import('../../v12/specFingerprint.js');
    const { formatSpecDifference, routeMapSkeleton } = await import('../../v12/formatSpecDifference.js');
    const { resolve } = await import('node:path');
    const file = argv.file ? resolve(ctx.cwd, argv.file) : undefined;
    const doc = await readPublishedSpec({ file, url: argv.url }, ctx.signal);
    const d = compareSpec(builtFingerprint(), doc);
    const source = file ?? argv.url ?? DEFAULT_SPEC_URL;
    if (argv.json) {
      const skeleton = d.writeOperationsAdded.length
        ? { routeMapSkeleton: routeMapSkeleton(d, d.infoVersion.published) }
        : {};
      ctx.io.stdout.write(JSON.stringify({ source, ...d, ...skeleton }, null, 2) + '\n');
    } else {
      ctx.io.stdout.write(formatSpecDifference(d, source));
    }
    return d.changed ? 'failed' : 'passed';
  },
});
