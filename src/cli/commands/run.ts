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
} from '../../core/vocabulary.js';
import { colourEnabled } from '../../core/colour.js';
import { toolVersion } from '../../core/toolVersion.js';
import type { CliContext } from '../defineCommand.js';

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
    .option('concurrency', {
      type: 'number',
      describe: 'Independent cases and requests in flight (1–32); a 429 lowers it adaptively',
      defaultDescription: String(defaults.concurrency),
    })
    .option('list', {
      type: 'boolean',
      describe: 'Print the case catalogue (id, DVV item, title) and exit',
    })
    .option('formats', {
      // `report` spells these --format / --lang (issue #6); accept both spellings on both commands.
      alias: 'format',
      type: 'string',
      describe: `Report views: ${REPORT_FORMATS.join(',')}`,
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
    .option('defect', {
      type: 'string',
      array: true,
      hidden: true,
      describe: 'sim: deliberate defect (harness self-tests)',
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
    ...(a.concurrency !== undefined && { concurrency: a.concurrency }),
    ...(a.ruleProfile !== undefined && { ruleProfile: a.ruleProfile }),
    ...(formats !== undefined && { formats }),
    ...(langs !== undefined && { langs }),
    ...(Object.keys(sim).length > 0 && { sim }),
  };
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
    const { formatCatalogue, listCases, progressMode, runReadiness } = await import('../../engine/index.js');
    if (argv.list) {
      ctx.io.stdout.write(formatCatalogue(await listCases(config)));
      return 'passed';
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
