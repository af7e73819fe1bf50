import { resolve } from 'node:path';
import { defineCommand } from '../defineCommand.js';
import { MANIFEST, verifyManifest } from '../../report/manifest.js';

/** `ptv-readiness verify <run-dir>`: exit 0 intact, 1 changed/missing/extra files, 2 no manifest. */
export const verifyCommand = defineCommand({
  command: 'verify <run-dir>',
  describe: `Check a run directory against its ${MANIFEST} (SHA-256 of every artefact)`,
  builder: (y) =>
    y.positional('run-dir', {
      type: 'string',
      demandOption: true,
      describe: 'Run directory, e.g. reports/<run-id>',
    }),
  run: async (argv, ctx) => {
    const runDir = resolve(ctx.cwd, argv.runDir);
    const result = verifyManifest(runDir);
    if (result.ok) {
      ctx.io.stdout.write(`OK: ${runDir} matches its ${MANIFEST}\n`);
      // The run's own files are unchanged; these were added afterwards (and are intact too).
      for (const a of result.appended ?? [])
        ctx.io.stdout.write(`  appended by ${a.by} at ${a.at}: ${a.file}\n`);
      return 'passed';
    }
    for (const f of result.changed) ctx.io.stdout.write(`changed: ${f}\n`);
    for (const f of result.missing) ctx.io.stdout.write(`missing: ${f}\n`);
    for (const f of result.extra) ctx.io.stdout.write(`extra:   ${f}\n`);
    ctx.io.stderr.write(
      `PTVR_MANIFEST_MISMATCH: ${runDir} differs from its ${MANIFEST} (${result.changed.length} changed, ${result.missing.length} missing, ${result.extra.length} extra)\n`,
    );
    return 'failed';
  },
});
