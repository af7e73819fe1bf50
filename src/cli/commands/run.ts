import type { Argv } from 'yargs';
import { defineCommand, type FlagsOf } from '../defineCommand.js';
import { defaults, effectiveEnv, loadConfigFile, resolveConfig } from '../../config/index.js';
import type { ResolvedConfig, UserConfig } from '../../config/types.js';
import { PtvrError } from '../../core/errors.js';
import { parseCommaList } from '../../core/parseCommaList.js';
import {
  REPORT_FORMATS,
  REPORT_LANGS,
  REPORTERS,
  RULE_PROFILES,
  SUITE_IDS,
  TARGET_CHOICES,
  WRITE_APIS,
} from '../../core/vocabulary.js';
import { colourEnabled } from '../../core/colour.js';
import { toolVersion } from '../../core/toolVersion.js';
import type { CliContext } from '../defineCommand.js';
import { drivenSettings, parseDuration } from '../../driven/drivenSettings.js';

/** Options shared by commands that resolve a full config. No `default`s: defaults.ts owns them. */
export function targetOptions<T>(y: Argv<T>) {
  return y
    .option('target', {
      choices: TARGET_CHOICES,
      describe: 'sim: embedded simulator; cte: DVV Customer Test Environment; prod: connection checks only',
      defaultDescription: 'sim',
    })
    .option('api-url', {
      type: 'string',
      describe: 'API base URL of any other target (with --token-url); never user:password@ in it',
    })
    .option('token-url', { type: 'string', describe: 'api-login URL of that target (with --api-url)' })
    .option('config', {
      type: 'string',
      describe: 'Config file',
      defaultDescription: './ptv-readiness.config.json',
    })
    .option('secrets-file', {
      type: 'string',
      describe: 'File with PTV_USERNAME / PTV_PASSWORD (KEY=value lines or JSON); a path, never a secret',
    })
    .option('organization-id', {
      type: 'string',
      describe: 'PTV organisation for test material (env PTV_ORGANIZATION_ID)',
    });
}

/** `run`'s flags; yargs infers their types, and only typed flags are defined (no yargs defaults). */
function runOptions(y: Argv) {
  return targetOptions(y)
    .option('suites', {
      type: 'string',
      describe: `Comma list of suite ids (${SUITE_IDS.join(',')})`,
      defaultDescription: 'all',
    })
    .option('seed', {
      type: 'number',
      describe: 'Fixture data seed',
      defaultDescription: String(defaults.seed),
    })
    .option('out', { type: 'string', describe: 'Reports directory', defaultDescription: `./${defaults.out}` })
    .option('concurrency', {
      type: 'number',
      describe: 'Independent cases and requests in flight (1–32); a 429 lowers it adaptively',
      defaultDescription: String(defaults.concurrency),
    })
    .option('keep', { type: 'boolean', describe: 'Do not archive the material the run created' })
    .option('list', {
      type: 'boolean',
      describe: 'Print the case catalogue (id, DVV item, title) and exit',
    })
    .option('formats', {
      // `report` spells these --format / --lang (issue #6); accept both spellings on both commands.
      alias: 'format',
      type: 'string',
      describe: `Report views: ${REPORT_FORMATS.join(',')} (pdf prints the document; annex-pdf its annex too, which \`bundle\` otherwise prints)`,
      defaultDescription: `${defaults.formats.join(',')} (pdf needs Chromium; without it only a warning)`,
    })
    .option('langs', {
      alias: 'lang',
      type: 'string',
      describe: `Report languages: ${REPORT_LANGS.join(',')} (first = primary)`,
      defaultDescription: defaults.langs.join(','),
    })
    .option('reporter', {
      choices: REPORTERS,
      describe: 'Terminal progress: item = one updating line per DVV item, line = one line per case',
      defaultDescription: 'item on a terminal, line otherwise',
    })
    .option('latency', { type: 'string', describe: 'sim: added latency, <ms> or <ms>±<jitter>' })
    .option('faults', { type: 'string', describe: 'sim: fault rates, e.g. 5xx=0.1,429=0.05,reset=0.01' })
    .option('profile', {
      choices: RULE_PROFILES,
      describe: 'sim: behaviour profile (the suites judge by it too, unless --rule-profile is given)',
      defaultDescription: defaults.ruleProfile,
    })
    .option('rule-profile', {
      choices: RULE_PROFILES,
      describe: 'Rule profile the suites judge by',
      defaultDescription: `sim: the --profile; otherwise ${defaults.ruleProfile}`,
    })
    .option('sim-db', {
      type: 'string',
      describe: 'sim: persist simulator state to this SQLite file (lets cleanup run later)',
    })
    .option('driver', {
      choices: ['builtin', 'command', 'manual'] as const,
      describe:
        'Who makes the writes: builtin = ptv-readiness itself; command = your source system through --adapter; manual = you, step by step',
      defaultDescription: 'builtin (config driver.mode)',
    })
    .option('adapter', {
      type: 'string',
      describe: 'driven: adapter executable called as <adapter> <operation> [<kind>] (config driver.adapter)',
    })
    .option('sync-timeout', {
      type: 'string',
      describe: 'driven: how long to wait for each source change to show in PTV, e.g. 10m, 26h',
      defaultDescription: '10m',
    })
    .option('sync-poll', {
      type: 'string',
      describe: 'driven: time between looks at PTV while waiting',
      defaultDescription: '2s on sim, 30s elsewhere (at least 5s)',
    })
    .option('adapter-timeout', {
      type: 'string',
      describe: 'driven: longest one adapter operation may take (sync: --sync-timeout)',
      defaultDescription: '120s',
    })
    .option('observe', {
      type: 'boolean',
      describe:
        "driven: the observe proxy in front of the target; the integration's own requests are judged too",
    })
    .option('resume', {
      type: 'string',
      describe: 'driven: continue the stopped run in this directory after its last completed step',
    })
    .option('defect', {
      type: 'string',
      array: true,
      hidden: true,
      describe: 'sim: deliberate defect (harness self-tests)',
    })
    .option('read-api', {
      choices: ['v11', 'v12', 'both'] as const,
      describe:
        "v12 or both: after the v11 suites, read everything the run wrote back through v12 (the V12 pre-check, not part of DVV's list; needs PTV_API_KEY on cte/prod)",
      defaultDescription: 'v11',
    })
    .option('v12-api-url', {
      type: 'string',
      describe: 'v12 API gateway base URL (env PTV_V12_API_URL)',
      defaultDescription: 'per target; the simulator origin on sim',
    })
    .option('v12-wait', {
      type: 'string',
      describe: 'V12: how long to wait for the v11 → v12 copy after the last write (<n>ms|s|m|h)',
      defaultDescription: 'sim 30s, otherwise 120m',
    })
    .option('v12-poll', {
      type: 'string',
      describe: 'V12: poll interval while waiting',
      defaultDescription: 'sim 250ms, otherwise 5m',
    })
    .option('v12-defer', {
      type: 'boolean',
      describe:
        'V12: keep the material and stop with the V12 cases pending; `readback <run-dir>` finishes them',
    })
    .option('v12-delay', { type: 'string', describe: 'sim: simulated v11 → v12 copy delay (<n>ms|s|m|h)' })
    .option('write-api', {
      choices: WRITE_APIS,
      describe:
        'v12: run the suites through the v12 write profile (suites/v12/, inferred routes: a provisional rehearsal, not valid for submission); implies --read-api v12',
      defaultDescription: 'v11',
    })
    .option('api', {
      choices: WRITE_APIS,
      describe: 'shorthand: --api v12 = --write-api v12 --read-api v12',
    })
    .option('v12-routes', {
      type: 'string',
      describe: 'v12 write route map for --write-api v12 and the simulator the run starts',
      defaultDescription: 'the bundled, inferred src/v12/v12-routes.default.json',
    });
}

/** Any subset of `run`'s flags: what `content` passes, and what the unit tests pass. */
export type RunFlags = Partial<FlagsOf<typeof runOptions>>;

/** Maps typed flags onto UserConfig keys; untyped flags stay undefined so they never beat the file. */
export function flagsToUserConfig(a: RunFlags): UserConfig {
  const sim = {
    ...(a.profile !== undefined && { profile: a.profile }),
    ...(a.latency !== undefined && { latency: a.latency }),
    ...(a.faults !== undefined && { faults: a.faults }),
    ...(a.defect !== undefined && a.defect.length > 0 && { defects: a.defect.map(String) }),
    ...(a.simDb !== undefined && { db: a.simDb }),
    ...(a.v12Delay !== undefined && { v12Delay: a.v12Delay }),
  };
  const v12 = {
    ...(a.v12ApiUrl !== undefined && { apiUrl: a.v12ApiUrl }),
    ...(a.v12Wait !== undefined && { wait: a.v12Wait }),
    ...(a.v12Poll !== undefined && { poll: a.v12Poll }),
    ...(a.v12Defer !== undefined && { defer: a.v12Defer }),
    ...(a.v12Routes !== undefined && { routes: a.v12Routes }),
  };
  // A bad duration on the command line is a usage error naming the flag (the file's: a config error).
  if (a.syncTimeout !== undefined) parseDuration('--sync-timeout', a.syncTimeout);
  if (a.syncPoll !== undefined) parseDuration('--sync-poll', a.syncPoll);
  if (a.adapterTimeout !== undefined) parseDuration('--adapter-timeout', a.adapterTimeout);
  const driver = {
    ...(a.driver !== undefined && { mode: a.driver }),
    ...(a.adapter !== undefined && { adapter: a.adapter }),
    ...(a.syncTimeout !== undefined && { syncTimeout: a.syncTimeout }),
    ...(a.syncPoll !== undefined && { syncPoll: a.syncPoll }),
    ...(a.adapterTimeout !== undefined && { adapterTimeout: a.adapterTimeout }),
  };
  const suites =
    a.suites === undefined ? undefined : parseCommaList('--suites', a.suites, SUITE_IDS, 'suite id');
  const formats =
    a.formats === undefined ? undefined : parseCommaList('--formats', a.formats, REPORT_FORMATS);
  const langs = a.langs === undefined ? undefined : parseCommaList('--langs', a.langs, REPORT_LANGS);
  if (a.seed !== undefined && (!Number.isInteger(a.seed) || a.seed < 0)) {
    throw new PtvrError('PTVR_USAGE', `--seed must be a non-negative integer, got ${a.seed}`, {
      hint: 'e.g. --seed 42',
    });
  }
  return {
    ...(a.target !== undefined && { target: a.target }),
    ...(a.apiUrl !== undefined && { apiUrl: a.apiUrl }),
    ...(a.tokenUrl !== undefined && { tokenUrl: a.tokenUrl }),
    ...(a.organizationId !== undefined && { organizationId: a.organizationId }),
    ...(suites !== undefined && { suites }),
    ...(a.seed !== undefined && { seed: a.seed }),
    ...(a.out !== undefined && { out: a.out }),
    ...(a.keep !== undefined && { keep: a.keep }),
    ...(a.concurrency !== undefined && { concurrency: a.concurrency }),
    ...(a.ruleProfile !== undefined && { ruleProfile: a.ruleProfile }),
    ...(formats !== undefined && { formats }),
    ...(langs !== undefined && { langs }),
    ...(Object.keys(sim).length > 0 && { sim }),
    ...(Object.keys(driver).length > 0 && { driver }),
    ...(Object.keys(v12).length > 0 && { v12 }),
    ...apiFlags(a),
  };
}

/** `--read-api`, `--write-api` and their shorthand `--api` (v12-migration.md §4.1) as `UserConfig.api`. */
function apiFlags(a: RunFlags): Pick<UserConfig, 'api'> {
  if (a.api !== undefined && a.writeApi !== undefined && a.api !== a.writeApi) {
    throw new PtvrError('PTVR_USAGE', `--api ${a.api} contradicts --write-api ${a.writeApi}`, {
      hint: '--api v12 is --write-api v12 --read-api v12; give one of them',
    });
  }
  const write = a.writeApi ?? a.api;
  const read =
    a.readApi !== undefined
      ? a.readApi === 'v11'
        ? ['v11' as const]
        : (['v11', 'v12'] as const).slice()
      : a.api === 'v12'
        ? ['v12' as const]
        : undefined;
  const api = { ...(read !== undefined && { read }), ...(write !== undefined && { write }) };
  return Object.keys(api).length > 0 ? { api } : {};
}

/** Flags + environment (+ .env / --secrets-file) + config file + defaults → ResolvedConfig. */
export function resolveFromArgs(a: RunFlags, ctx: CliContext): ResolvedConfig {
  const flags = flagsToUserConfig(a);
  const file = loadConfigFile(ctx.cwd, a.config);
  const env = effectiveEnv(ctx.env, ctx.cwd, a.secretsFile);
  return resolveConfig({
    flags,
    env,
    file: file.config,
    ...(file.path && { configFile: file.path }),
    cwd: ctx.cwd,
  });
}

export const runCommand = defineCommand({
  command: 'run',
  describe: 'Run the readiness suites against a target and write the DVV test report',
  builder: runOptions,
  run: async (argv, ctx) => {
    const config = resolveFromArgs(argv, ctx);
    // Loading the engine takes seconds on a busy machine: say something first.
    if (!argv.list)
      ctx.io.stdout.write(`ptv-readiness ${toolVersion()}: starting (${config.target.name})…\n`);
    // The engine (vitest, the simulator, the report renderer) loads only when a run starts.
    // Only what a run loads before its suites: not engine/index.js, which brings the report pipeline too.
    const [{ runReadiness }, { formatCatalogue, listCases }, { progressMode }] = await Promise.all([
      import('../../engine/runReadiness.js'),
      import('../../engine/listCases.js'),
      import('../../engine/progress.js'),
    ]);
    if (argv.list) {
      ctx.io.stdout.write(formatCatalogue(await listCases(config)));
      return 'passed';
    }
    const driven = drivenSettings(
      {
        ...(argv.resume !== undefined && { resume: argv.resume }),
        ...(argv.observe !== undefined && { observe: argv.observe }),
      },
      config.driver,
      config.target.name,
      ctx.cwd,
    );
    if (driven && config.writeApi === 'v12') {
      // The driven scenario is the organisation's own integration writing v11; the v12 profile is ours.
      throw new PtvrError(
        'PTVR_USAGE',
        '--write-api v12 runs the builtin suites; it cannot go with --driver.',
        {
          hint: 'drop --api v12 / --write-api v12 for a driven run',
        },
      );
    }
    if (driven) {
      const { runDriven } = await import('../../driven/runDriven.js');
      const result = await runDriven({
        config,
        driven,
        io: ctx.io,
        signal: ctx.signal,
        progress: progressMode(ctx.io, ctx.env, argv.reporter),
        colour: colourEnabled(ctx.io.stdout, ctx.env),
        cwd: ctx.cwd,
        // The adapter gets what the tool was given: the environment plus .env / --secrets-file.
        env: { ...ctx.env, ...effectiveEnv(ctx.env, ctx.cwd, argv.secretsFile) },
      });
      return result.outcome;
    }
    const result = await runReadiness({
      config,
      io: ctx.io,
      signal: ctx.signal,
      progress: progressMode(ctx.io, ctx.env, argv.reporter),
      colour: colourEnabled(ctx.io.stdout, ctx.env),
    });
    return result.outcome;
  },
});
