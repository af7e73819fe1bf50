import { defineCommand } from '../defineCommand.js';
import { isFailing } from '../../core/finding.js';
import { defaults } from '../../config/defaults.js';
import { OPERATIONS, RULE_PROFILES } from '../../core/vocabulary.js';
import { ENTITY_KINDS } from '../../rules/types.js';
import { readInputs } from '../../validate/readInputs.js';
import { validateEntities } from '../../validate/validateEntities.js';
import { formatHuman, formatJson } from '../../validate/formatResults.js';

/** `ptv-readiness validate <file|dir|->…`: judge payloads offline with the rules engine (issue #2). */
export const validateCommand = defineCommand({
  command: 'validate <inputs..>',
  describe: 'Validate PTV v11 IN payloads (JSON, JSON array or NDJSON; files, directories or - for stdin)',
  builder: (y) =>
    y
      .positional('inputs', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'files, directories or -',
      })
      .option('kind', {
        choices: ENTITY_KINDS,
        describe: 'entity kind (inferred when omitted)',
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
    const kind = argv.kind;
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
