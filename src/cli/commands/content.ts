import { defineCommand } from '../defineCommand.js';
import { defaults } from '../../config/defaults.js';
import { PtvrError } from '../../core/errors.js';
import { parseCommaList } from '../../core/parseCommaList.js';
import {
  CONTENT_FORMATS,
  DEFAULT_RULE_PROFILE,
  REPORT_LANGS,
  RULE_PROFILES,
  TARGET_CHOICES,
} from '../../core/vocabulary.js';
import { resolveFromArgs, targetOptions } from './run.js';
import { DEFAULT_STALE_MONTHS } from '../../content/defaults.js';

/** `ptv-readiness content`: the content test report (issue #15), read-only against any target. */
export const contentCommand = defineCommand({
  command: 'content',
  describe: "Check an organisation's published catalogue against DVV's content checklist (read-only)",
  builder: (y) =>
    targetOptions(y)
      // Same flags as `run`, worded for this command: it only reads, so production is a full target here.
      .option('target', {
        choices: TARGET_CHOICES,
        describe:
          'sim: embedded simulator with a demo catalogue; cte: Customer Test Environment; prod: production (read-only)',
        defaultDescription: 'sim',
      })
      .option('organization-id', {
        type: 'string',
        describe: "Organisation whose catalogue is read (env PTV_ORGANIZATION_ID; default: the token's)",
      })
      .option('out', { type: 'string', describe: 'Reports directory', defaultDescription: './reports' })
      .option('stale-months', {
        type: 'number',
        default: DEFAULT_STALE_MONTHS,
        describe: 'Flag content not modified for this many months',
      })
      .option('rule-profile', {
        choices: RULE_PROFILES,
        describe: 'Rule profile the data-model re-check judges by',
        defaultDescription: defaults.ruleProfile,
      })
      .option('formats', {
        alias: 'format',
        type: 'string',
        default: CONTENT_FORMATS.join(','),
        describe: `Views besides content.json: ${CONTENT_FORMATS.join(',')} (pdf needs Chromium; without it only a warning)`,
      })
      .option('langs', {
        alias: 'lang',
        type: 'string',
        default: defaults.langs.join(','),
        describe: `Report languages: ${REPORT_LANGS.join(',')}`,
      })
      .option('concurrency', { type: 'number', default: 4, describe: 'Read requests in flight (1–16)' })
      .option('sub-organizations', {
        type: 'boolean',
        default: false,
        describe: 'Also read the sub-organisations (down to 5 levels) and their services and channels',
      })
      .option('demo', {
        type: 'boolean',
        default: true,
        describe: 'sim: first write a demo catalogue with planted problems (--no-demo: read as is)',
      }),
  run: async (argv, ctx) => {
    const staleMonths = argv.staleMonths;
    if (!Number.isInteger(staleMonths) || staleMonths < 1) {
      throw new PtvrError('PTVR_USAGE', `--stale-months must be a positive integer, got ${staleMonths}`, {
        hint: 'e.g. --stale-months 12',
      });
    }
    const concurrency = argv.concurrency;
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
      throw new PtvrError('PTVR_USAGE', `--concurrency must be an integer 1–16, got ${concurrency}`, {
        hint: 'PTV caps concurrent requests; 4 is gentle',
      });
    }
    const formats = parseCommaList('--formats', argv.formats, CONTENT_FORMATS);
    const langs = parseCommaList('--langs', argv.langs, REPORT_LANGS);
    const config = resolveFromArgs(
      {
        ...(argv.target !== undefined && { target: argv.target }),
        ...(argv.apiUrl !== undefined && { apiUrl: argv.apiUrl }),
        ...(argv.tokenUrl !== undefined && { tokenUrl: argv.tokenUrl }),
        ...(argv.config !== undefined && { config: argv.config }),
        ...(argv.secretsFile !== undefined && { secretsFile: argv.secretsFile }),
        ...(argv.organizationId !== undefined && { organizationId: argv.organizationId }),
        ...(argv.out !== undefined && { out: argv.out }),
        ...(argv.ruleProfile !== undefined && { ruleProfile: argv.ruleProfile }),
        // The simulator stands for PTV as it is today, whatever profile the content is judged by.
        profile: DEFAULT_RULE_PROFILE,
      },
      ctx,
    );
    const { runContent } = await import('../../content/runContent.js');
    const result = await runContent({
      config,
      io: ctx.io,
      signal: ctx.signal,
      staleMonths,
      formats,
      langs,
      concurrency,
      demo: argv.demo,
      subOrganizations: argv.subOrganizations,
      env: ctx.env,
    });
    const { registerContentRun } = await import('../../rounds/runIndexHooks.js');
    registerContentRun(result.dir, result.model, (m) => ctx.io.stderr.write(`warning: ${m}\n`));
    const t = result.model.totals;
    ctx.io.stdout.write(
      `${result.model.counts.entitiesChecked} entities checked: ${t.error} errors, ${t.warning} warnings, ${t.info} notes\n` +
        `report: ${result.dir}\n`,
    );
    return t.error > 0 ? 'failed' : 'passed';
  },
});
