import { resolve } from 'node:path';
import { defineCommand } from '../defineCommand.js';
import { defaults } from '../../config/defaults.js';
import { PtvrError } from '../../core/errors.js';
import { AUTH_SHAPES, RULE_PROFILES } from '../../core/vocabulary.js';
import { createSimulator, DEFAULT_PASSWORD, type SimulatorOptions } from '../../simulator/index.js';
import { parseDuration } from '../../core/parseDuration.js';
import { parseDefects, parseFaults, parseLatency, readUsersFile } from '../../simulator/cliOptions.js';

const PASSWORD_ENV = 'PTV_SIMULATOR_PASSWORD';
/** The accepted v12 x-api-key (v12-migration.md §4.2): PTV_SIMULATOR_API_KEY, else PTV_API_KEY. */
const API_KEY_ENVS = ['PTV_SIMULATOR_API_KEY', 'PTV_API_KEY'] as const;

/** `ptv-readiness simulate`: serve the embedded PTV simulator until SIGINT/SIGTERM. */
export const simulateCommand = defineCommand({
  command: 'simulate',
  describe: 'Serve the embedded PTV v11 simulator (API + api-login) for manual or external runs',
  builder: (y) =>
    y
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'Interface to bind' })
      .option('port', { type: 'number', default: 0, describe: 'Port (0 = a free one; the URL is printed)' })
      .option('profile', {
        choices: RULE_PROFILES,
        default: defaults.ruleProfile,
        describe: 'PTV behaviour profile',
      })
      .option('auth-shape', {
        choices: AUTH_SHAPES,
        default: AUTH_SHAPES[0],
        describe: 'Token response shape: cte → ptvToken, prod → serviceToken',
      })
      .option('token-ttl', { type: 'number', default: 86400, describe: 'Token lifetime in seconds' })
      .option('user', { type: 'string', describe: `API username (password from ${PASSWORD_ENV})` })
      .option('users', { type: 'string', describe: 'JSON file with extra users and organisations' })
      .option('db', { type: 'string', describe: 'SQLite file for durable state (default: in memory)' })
      .option('latency', { type: 'string', describe: 'Added latency: <ms> or <ms>±<jitter>' })
      .option('faults', { type: 'string', describe: 'Fault rates, e.g. "5xx=0.1,429=0.05,reset=0.01"' })
      .option('revoke-tokens-after', {
        type: 'number',
        describe: 'A token stops working after this many requests',
      })
      .option('seed', { type: 'number', default: 1, describe: 'Seed for faults and latency jitter' })
      .option('control', { type: 'boolean', default: false, describe: 'Enable the /control test surface' })
      .option('defect', {
        type: 'string',
        array: true,
        hidden: true,
        describe: 'Deliberate defect (harness self-tests)',
      })
      .option('v12-delay', {
        type: 'string',
        describe:
          'Simulated v11 → v12 copy delay (<n>ms|s|m|h); v12 reads show the previous version meanwhile',
      })
      .option('v12-key', {
        type: 'boolean',
        default: true,
        describe: 'Require x-api-key on /api/v12/ (--no-v12-key: open)',
      })
      .option('v12-routes', {
        type: 'string',
        describe: 'v12 write route map to serve (default: the bundled, inferred one; docs/v12-writes.md)',
      }),
  run: async (argv, ctx) => {
    if (argv.port < 0 || argv.port > 65535 || !Number.isInteger(argv.port)) {
      throw new PtvrError('PTVR_USAGE', `--port ${argv.port} is not a port number`, { hint: 'use 0..65535' });
    }
    const envPassword = ctx.env[PASSWORD_ENV];
    if (argv.user && !envPassword) {
      throw new PtvrError('PTVR_SECRET_MISSING', `--user given but ${PASSWORD_ENV} is not set`, {
        hint: `export ${PASSWORD_ENV}=… (passwords never go on the command line)`,
      });
    }
    const keyEnv = API_KEY_ENVS.find((k) => ctx.env[k]);
    const envApiKey = keyEnv ? ctx.env[keyEnv] : undefined;
    const extra = argv.users ? readUsersFile(argv.users, ctx.env) : { users: [], organizations: [] };
    const options: SimulatorOptions = {
      host: argv.host,
      port: argv.port,
      profile: argv.profile,
      authShape: argv.authShape,
      tokenTtlSeconds: argv.tokenTtl,
      users: extra.users,
      organizations: extra.organizations,
      seed: argv.seed,
      control: argv.control,
      ...(argv.user ? { username: argv.user } : {}),
      ...(envPassword ? { password: envPassword } : {}),
      ...(argv.db ? { dbPath: argv.db } : {}),
      ...(argv.latency ? { latency: parseLatency(argv.latency) } : {}),
      ...(argv.faults ? { faults: parseFaults(argv.faults) } : {}),
      ...(argv.revokeTokensAfter !== undefined ? { revokeTokensAfter: argv.revokeTokensAfter } : {}),
      ...(argv.defect?.length ? { defects: parseDefects(argv.defect) } : {}),
      ...(envApiKey ? { apiKey: envApiKey } : {}),
      v12Key: argv.v12Key,
      ...(argv.v12Delay !== undefined ? { v12DelayMs: parseDuration('--v12-delay', argv.v12Delay) } : {}),
      ...(argv.v12Routes !== undefined ? { v12Routes: resolve(ctx.cwd, argv.v12Routes) } : {}),
    };
    const sim = await createSimulator(options);
    const password =
      sim.credentials.password === DEFAULT_PASSWORD && !envPassword
        ? `${DEFAULT_PASSWORD} (built-in default)`
        : `(from ${PASSWORD_ENV})`;
    const out = ctx.io.stdout;
    out.write(`PTV simulator listening (profile ${argv.profile}, auth shape ${argv.authShape})\n`);
    out.write(`  API base URL:  ${sim.apiUrl}   (paths /api/v11/...)\n`);
    out.write(`  Token URL:     ${sim.tokenUrl}\n`);
    out.write(`  Username:      ${sim.credentials.username}\n`);
    out.write(`  Password:      ${password}\n`);
    out.write(`  Organisation:  ${sim.organizationId}\n`);
    out.write(`  v12 base URL:  ${sim.v12ApiUrl}   (paths /api/v12/..., x-api-key)\n`);
    out.write(
      `  v12 API key:   ${
        !argv.v12Key
          ? 'not required (--no-v12-key)'
          : keyEnv
            ? `(from ${keyEnv})`
            : `${sim.apiKey} (built-in default)`
      }\n`,
    );
    if (argv.v12Delay !== undefined) out.write(`  v12 delay:     ${argv.v12Delay}\n`);
    out.write(`  v12 writes:    ${argv.v12Routes ?? 'bundled route map (inferred)'}\n`);
    out.write(`  State:         ${argv.db ? `SQLite ${argv.db}` : 'in memory'}\n`);
    if (sim.controlUrl) out.write(`  Control:       ${sim.controlUrl}\n`);
    if (argv.defect?.length) out.write(`  DEFECTS ON:    ${argv.defect.join(', ')}\n`);
    out.write('Stop with Ctrl+C.\n');
    if (!ctx.signal.aborted)
      await new Promise<void>((resolve) =>
        ctx.signal.addEventListener('abort', () => resolve(), { once: true }),
      );
    await sim.close();
    out.write('PTV simulator stopped.\n');
    // Stopping a server on request is its normal end, not an interrupted run.
    return 'passed';
  },
});
