import { defineCommand } from '../defineCommand.js';
import { isFailing } from '../../core/finding.js';
import { defaults } from '../../config/defaults.js';
import { OPERATIONS, RULE_PROFILES } from '../../core/vocabulary.js';
import { ENTITY_KINDS, type EntityKind } from '../../rules/types.js';
import { readInputs } from '../../validate/readInputs.js';
import { validateEntities } from '../../validate/validateEntities.js';
import { formatHuman, formatJson } from '../../validate/formatResults.js';
import { PtvrError } from '../../core/errors.js';
import { isV12Kind, V12_KINDS } from '../../rules/v12/v12Kinds.js';
import { validateV12Entities } from '../../validate/validateV12Entities.js';
import { validateToV12 } from '../../validate/validateToV12.js';

/** `--kind` takes the v11 entity kinds and the v12 request kinds; `--api` says which apply. */
const KIND_CHOICES = [...new Set<string>([...ENTITY_KINDS, ...V12_KINDS])];

/** `ptv-readiness validate <file|dir|->…`: judge payloads offline with the rules engine (issue #2). */
export const validateCommand = defineCommand({
  command: 'validate <inputs..>',
  describe:
    'Validate PTV v11 IN payloads or, with --api v12, v12 write requests (JSON, JSON array or NDJSON; files, directories or - for stdin)',
  builder: (y) =>
    y
      .positional('inputs', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'files, directories or -',
      })
      .option('api', {
        choices: ['v11', 'v12'] as const,
        default: 'v11' as const,
        describe: 'v11 IN bodies, or v12 write request bodies (v12 spec 0.1.0; docs/rules.md)',
      })
      .option('kind', {
        choices: KIND_CHOICES,
        describe: `entity kind (inferred when omitted); with --api v12: ${V12_KINDS.join(', ')}`,
      })
      .option('external-id', {
        type: 'boolean',
        default: false,
        describe: '--api v12: the POST variant that carries an externalId',
      })
      .option('to-v12', {
        type: 'boolean',
        default: false,
        describe: 'translate v11 bodies (service so far) to v12 requests; report what v12 cannot carry',
      })
      .option('route', {
        type: 'string',
        describe:
          '--api v12: validate against the body the route map gives this route key (e.g. service.create)',
      })
      .option('v12-routes', {
        type: 'string',
        describe: '--api v12 --route: a route map replacing the bundled, inferred one',
      })
      .option('op', {
        choices: OPERATIONS,
        default: OPERATIONS[0],
        describe: 'operation',
      })
      .option('profile', {
        choices: RULE_PROFILES,
        default: defaults.ruleProfile,
        describe: 'rule profile: live2026 (descriptions 5,000) or ptv34 (2,500)',
      })
      .option('json', { type: 'boolean', default: false, describe: 'print the verdicts as JSON' })
      .option('content', {
        type: 'boolean',
        default: false,
        describe: 'also run the content checks (texts, summaries, languages; see docs/content.md)',
      }),
  run: async (argv, ctx) => {
    // yargs drops a bare `-` from the positional list; no named input therefore means stdin.
    const named = [...(argv.inputs ?? []), ...argv._.slice(1)].map(String).filter((s) => s.length > 0);
    const inputs = named.length > 0 ? named : ['-'];
    if (argv['to-v12']) {
      if (argv.content || argv.route || argv['v12-routes']) {
        throw new PtvrError('PTVR_USAGE', '--to-v12 takes --kind, --op and --external-id only', {
          hint: 'drop --content / --route / --v12-routes',
        });
      }
      const entities = await readInputs(inputs, ctx.io);
      const verdicts = validateToV12(entities, {
        kind: argv.kind,
        op: argv.op,
        externalId: argv['external-id'],
      });
      ctx.io.stdout.write(argv.json ? formatJson(verdicts, argv.profile) : formatHuman(verdicts));
      return verdicts.some((v) => isFailing(v.findings)) ? 'failed' : 'passed';
    }
    if (argv.api === 'v12') {
      if (argv.content)
        throw new PtvrError('PTVR_USAGE', '--content checks v11 bodies only', {
          hint: 'drop --content or --api v12',
        });
      const kind = argv.kind;
      if (kind !== undefined && !isV12Kind(kind)) {
        throw new PtvrError('PTVR_USAGE', `--kind ${kind} is not a v12 request kind`, {
          hint: `with --api v12 use one of: ${V12_KINDS.join(', ')}`,
        });
      }
      const entities = await readInputs(inputs, ctx.io);
      const verdicts = validateV12Entities(entities, {
        kind,
        op: argv.op,
        externalId: argv['external-id'],
        route: argv.route,
        routesFile: argv['v12-routes'],
        cwd: ctx.cwd,
      });
      ctx.io.stdout.write(argv.json ? formatJson(verdicts, argv.profile) : formatHuman(verdicts));
      return verdicts.some((v) => isFailing(v.findings)) ? 'failed' : 'passed';
    }
    for (const flag of ['external-id', 'route', 'v12-routes'] as const) {
      if (argv[flag])
        throw new PtvrError('PTVR_USAGE', `--${flag} applies to --api v12 only`, { hint: 'add --api v12' });
    }
    const kind = argv.kind as EntityKind | undefined;
    if (kind !== undefined && !(ENTITY_KINDS as readonly string[]).includes(kind)) {
      throw new PtvrError('PTVR_USAGE', `--kind ${kind} is a v12 request kind`, {
        hint: `add --api v12, or use one of: ${ENTITY_KINDS.join(', ')}`,
      });
    }
    const entities = await readInputs(
      inputs,
      ctx.io,
      kind === 'connections' || kind === 'connections-source',
    );
    const verdicts = validateEntities(entities, {
      kind,
      op: argv.op,
      profile: argv.profile,
    });
    const failed = verdicts.some((v) => isFailing(v.findings));
    if (!argv.content) {
      ctx.io.stdout.write(argv.json ? formatJson(verdicts, argv.profile) : formatHuman(verdicts));
      return failed ? 'failed' : 'passed';
    }
    const { checkPayloadContent, formatPayloadContent } =
      await import('../../content/checkPayloadContent.js');
    const content = checkPayloadContent(
      entities.map((e, i) => ({ ...e, kind: verdicts[i]!.kind })),
      { profile: argv.profile },
    );
    ctx.io.stdout.write(
      argv.json
        ? JSON.stringify({ ...JSON.parse(formatJson(verdicts, argv.profile)), content }, null, 2) + '\n'
        : formatHuman(verdicts) + formatPayloadContent(content),
    );
    const contentFailed = content.some((c) => c.findings.some((f) => f.severity === 'error'));
    return failed || contentFailed ? 'failed' : 'passed';
  },
});
