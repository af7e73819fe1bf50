import { defineCommand } from '../defineCommand.js';
import { colourEnabled } from '../../core/colour.js';
import { PtvrError } from '../../core/errors.js';
import { toolVersion } from '../../core/toolVersion.js';
import { RULE_PROFILES, TARGET_CHOICES } from '../../core/vocabulary.js';
import { parseUntil } from '../../observe/parseUntil.js';
import { resolveFromArgs } from './run.js';

/** The documented default port (also in docs/observe.md); kept here so --help loads nothing heavy. */
const DEFAULT_PORT = 8411;

/** `ptv-readiness observe`: the recording, judging proxy the organisation's own integration runs through. */
export const observeCommand = defineCommand({
  command: 'observe',
  describe:
    "Record and judge your own integration's traffic through a local proxy, and write the DVV test report from it",
  builder: (y) =>
    y
      .option('target', {
        choices: TARGET_CHOICES,
        describe:
          'cte: DVV Customer Test Environment; sim: embedded simulator (offline rehearsal); prod is refused',
        defaultDescription: 'cte',
      })
      .option('api-url', { type: 'string', describe: 'API base URL of any other target (with --token-url)' })
      .option('token-url', { type: 'string', describe: 'api-login URL of that target (with --api-url)' })
      .option('port', {
        type: 'number',
        describe: 'Port on 127.0.0.1 the integration connects to (0 = any free port)',
        defaultDescription: String(DEFAULT_PORT),
      })
      .option('until', {
        type: 'string',
        describe: 'Stop by itself: "covered" (every requirement exercised) or a duration (30m, 1h30m, 90s)',
        defaultDescription: 'Ctrl-C / SIGTERM',
      })
      .option('out', { type: 'string', describe: 'Reports directory', defaultDescription: './reports' })
      .option('formats', {
        alias: 'format',
        type: 'string',
        describe: 'Report views: html,pdf,md,junit,annex-pdf (annex-pdf: the annex printed too)',
        defaultDescription: 'html,pdf,md,junit',
      })
      .option('langs', {
        alias: 'lang',
        type: 'string',
        describe: 'Report languages: fi,en',
        defaultDescription: 'fi,en',
      })
      .option('rule-profile', {
        choices: RULE_PROFILES,
        describe: 'Rule profile the writes are judged by',
        defaultDescription: 'live2026',
      })
      .option('config', {
        type: 'string',
        describe: 'Config file (organisation and tester for the report cover)',
        defaultDescription: './ptv-readiness.config.json',
      })
      .epilogue(
        'Ctrl-C or SIGTERM stops observing and writes the report (exit 0 READY, 1 not ready); a second Ctrl-C ' +
          'stops at once: then `ptv-readiness report <run-dir>` builds the report from the recorded log. ' +
          'The integration brings its own credentials; observe stores none of them. See docs/observe.md.',
      ),
  run: async (argv, ctx) => {
    const a = argv;
    if (a.port !== undefined && (!Number.isInteger(a.port) || a.port < 0 || a.port > 65535)) {
      throw new PtvrError('PTVR_USAGE', `--port ${a.port} is not a port number`, { hint: 'use 0..65535' });
    }
    const until = parseUntil(a.until);
    // observe's default target is CTE, where DVV's readiness test is done.
    const target = a.target ?? (a.apiUrl !== undefined || a.tokenUrl !== undefined ? undefined : 'cte');
    const config = resolveFromArgs({ ...a, ...(target && { target }) }, ctx);
    if (config.target.name === 'prod') {
      throw new PtvrError(
        'PTVR_PRODUCTION_WRITE_REFUSED',
        'observe does not run in front of production PTV: the readiness test is done in the Customer Test Environment',
        { hint: 'use --target cte (default) or --target sim for an offline rehearsal' },
      );
    }
    const { startObserve, redrawBoard, boardChanges, formatRunSummary, fileToOpen } =
      await import('../../observe/cliParts.js');
    const io = ctx.io;
    const colour = colourEnabled(io.stdout, ctx.env);
    const tty = io.stdout.isTTY === true && ctx.env.CI !== 'true';
    let drawn = 0;
    let prev: Parameters<typeof boardChanges>[0];
    let pending: NodeJS.Timeout | undefined;
    let last: Parameters<typeof redrawBoard>[1] | undefined;
    const draw = (): void => {
      pending = undefined;
      if (!last) return;
      const r = redrawBoard(drawn, last, colour);
      io.stdout.write(r.text);
      drawn = r.lines;
    };
    const t = config.target;
    const handle = await startObserve({
      target:
        t.name === 'sim'
          ? 'sim'
          : // prod was refused above
            {
              name: t.name as 'cte' | 'custom',
              apiUrl: t.apiUrl,
              tokenUrl: t.tokenUrl,
              authShape: t.authShape,
            },
      port: a.port ?? DEFAULT_PORT,
      outDir: config.out,
      ...(until !== undefined && { until }),
      ruleProfile: config.ruleProfile,
      langs: [...config.langs],
      formats: [...config.formats],
      organization: { ...config.organization },
      tester: { ...config.tester },
      ...(t.name === 'sim' && { sim: { profile: config.sim.profile } }),
      onChange: (board) => {
        if (tty) {
          last = board;
          // Redraw at most ten times a second: 64 concurrent requests must not become 64 redraws.
          pending ??= setTimeout(draw, 100);
        } else {
          for (const l of boardChanges(prev, board)) io.stdout.write(`${l}\n`);
          prev = board;
        }
      },
    });
    const out = io.stdout;
    out.write(`ptv-readiness ${toolVersion()}: observing ${t.name} for run ${handle.runId}\n`);
    out.write(`  API base URL:  ${handle.apiUrl}   (paths /api/v11/...)\n`);
    out.write(`  Token URL:     ${handle.tokenUrl}\n`);
    if (handle.simCredentials) {
      out.write(`  Username:      ${handle.simCredentials.username}   (the simulator's built-in API user)\n`);
      out.write(`  Password:      ${handle.simCredentials.password}\n`);
      out.write(`  Organisation:  ${handle.simOrganizationId}\n`);
    }
    out.write(`  Run directory: ${handle.runDir}\n`);
    out.write(
      until === 'covered'
        ? 'Stops when every requirement was exercised, or with Ctrl-C.\n'
        : typeof until === 'number'
          ? `Stops after ${a.until}, or with Ctrl-C.\n`
          : 'Stop with Ctrl-C when your integration is done.\n',
    );
    const onAbort = (): void => void handle.stop();
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    if (ctx.signal.aborted) onAbort();
    const result = await handle.stopped;
    ctx.signal.removeEventListener('abort', onAbort);
    if (pending) {
      clearTimeout(pending);
      draw();
    }
    if (tty && last) drawn = 0;
    for (const e of result.errors) io.stderr.write(`${e.code}: ${e.message}\n`);
    const open = fileToOpen(result.runDir, config.langs);
    for (const l of formatRunSummary(result.model, open, result.runDir)) out.write(`${l}\n`);
    for (const i of result.items) {
      if (i.status !== 'passed' && i.id !== 'PIT')
        out.write(`  ${i.id} ${i.status}${i.notes?.length ? `: ${i.notes.join('; ')}` : ''}\n`);
    }
    if (result.status === 'passed') return 'passed';
    if (result.status === 'error') return 'error';
    return 'failed';
  },
});
