/**
 * T5 in the v12 write profile: `FMT-V12-nnn`, generated from ptv-readiness's v12 request schemas
 * (src/rules/v12/fmtV12Cases.ts, v12-migration.md §4.8, §4.9) — each maxLength and rendered-text limit
 * at the limit and +1, a required key left out, null on a non-nullable key, an extra property, TRIM,
 * enums, formats, URL patterns, maxItems / minItems. Each refusal must be HTTP 400 ProblemDetails whose
 * `errors[].path` names the field (path format [INF]); a body at the limit must be created.
 */
import { describe } from 'vitest';
import {
  type FmtV12Case,
  generateFmtV12Cases,
  parseProblemDetails,
  step,
  type StepContext,
  suiteSettings,
} from '#ptvr';
import type { FixtureContext } from '../../fixtures/index.js';
import { organizationIdOf } from '../support/context.js';
import { FMT_KINDS, fmtBases } from './support/fmtBases.js';
import { sendV12 } from './support/routes.js';

const settings = suiteSettings();
// Generated at collection time from a fixed placeholder context, so the numbering is the same in every
// run; each case takes its body from the same generation over the run's own organisation and run id
// (same seed, same shapes, same titles).
const placeholder: FixtureContext = {
  runId: '20260101T000000Z-sim-0000',
  seed: 0,
  referenceDate: settings.referenceDate,
  organizationId: '00000000-0000-4000-8000-000000000000',
  caseId: 'FMT-V12',
};
const catalogue = generateFmtV12Cases(fmtBases(placeholder));

let live: Promise<Map<string, FmtV12Case>> | undefined;
function liveCases(ctx: StepContext): Promise<Map<string, FmtV12Case>> {
  live ??= organizationIdOf(ctx).then(
    (organizationId) =>
      new Map(
        generateFmtV12Cases(fmtBases({ ...placeholder, runId: ctx.settings.runId, organizationId })).map(
          (c) => [c.id, c],
        ),
      ),
  );
  return live;
}

/**
 * The case's body with names of its own: the base's run tag (`… FMTV12.1)`) becomes the case number in
 * as many characters (`V12017`), so accepted bodies do not collide on PTV's unique-name rule and every
 * length the case tests stays what it was.
 */
function ownNames(c: FmtV12Case): FmtV12Case {
  const tag = `V12${c.id.slice(-3)}`;
  return { ...c, body: JSON.parse(JSON.stringify(c.body).replaceAll(' FMTV12.', ` ${tag}.`)) as unknown };
}

/** JSON pointer, dotted or bracketed paths alike, as lower-case segments (`$.a[0].b` = `/a/0/b`). */
function pathSegments(path: string): string[] {
  return path
    .replace(/^\$/, '')
    .split(/[/.[\]]+/)
    .filter(Boolean)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~').toLowerCase());
}

const samePath = (a: string, b: string) => pathSegments(a).join('/') === pathSegments(b).join('/');

async function run(ctx: StepContext, c: FmtV12Case): Promise<void> {
  const k = FMT_KINDS.find((x) => x.kind === c.kind)!;
  const res = await sendV12(ctx, k.route, k.type ? { type: k.type } : {}, c.body);
  const problem = parseProblemDetails(res.body);
  ctx.record.ptvMessages(...(problem?.errors ?? []).map((e) => `${e.path}: ${e.message}`));
  if (c.expected?.severity === 'warning') {
    // Valid by the schema, but PTV's counting is not documented (e.g. rendered against raw length):
    // what the target did is recorded, not judged.
    ctx.record.finding({
      path: c.expected.path,
      rule: c.expected.rule,
      severity: 'info',
      message: `${res.ok ? 'accepted' : `refused with ${res.status}`}: PTV's counting is not documented, so either answer is possible`,
      actual: res.status,
    });
    if (res.ok && res.id !== undefined) ctx.record.entity(res.id);
    return;
  }
  if (!c.expected) {
    if (!res.ok) {
      ctx.record.finding({
        path: c.title.split(' ')[1] ?? '/',
        rule: 'field.atLimitRefused',
        severity: 'error',
        message: `a valid body (${c.title}) was refused with ${res.status}`,
        actual: res.status,
      });
    } else if (res.id !== undefined) ctx.record.entity(res.id);
    return;
  }
  const expected = c.expected.path;
  if (res.status !== 400 || !problem) {
    ctx.record.finding({
      path: expected,
      rule: 'field.notRefused',
      severity: 'error',
      message: `answered ${res.status}${problem ? '' : ' without ProblemDetails'} to a body the v12 schema refuses (${c.expected.rule}); expected 400 ProblemDetails`,
      expected: 400,
      actual: res.status,
    });
    if (res.ok && res.id !== undefined) ctx.record.entity(res.id);
    return;
  }
  const paths = (problem.errors ?? []).map((e) => e.path);
  if (!paths.some((p) => samePath(p, expected))) {
    ctx.record.finding({
      path: expected,
      rule: 'field.key',
      severity: 'error',
      message: `the 400 does not name the field: expected ${expected}, got ${paths.join(', ') || 'no errors[]'}`,
      expected,
      actual: paths,
    });
  }
}

// Independent cases, concurrent up to --concurrency (the report keeps this catalogue order).
describe('T5 v12 request formats', { concurrent: true }, () => {
  for (const c of catalogue) {
    step({ id: c.id, dvv: 'T5', title: c.title }, async (ctx) => {
      const mine = (await liveCases(ctx)).get(c.id);
      if (!mine || mine.title !== c.title) {
        throw new Error(
          `${c.id}: the run's body generation differs from the catalogue (${mine?.title ?? 'missing'})`,
        );
      }
      await run(ctx, ownNames(mine));
    });
  }
});
