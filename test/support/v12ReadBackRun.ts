import { finalStates } from '../../src/diff/finalStates.js';
import { runRoles } from '../../src/diff/runRoles.js';
import { isDroppedInV12 } from '../../src/neutral/mapping.js';
import type { CaseResult, ReadBackField, ReportModel } from '../../src/report/model.js';

/**
 * A v12 read-back for the diff's unit tests (src/diff/diffRuns.test.ts), which cannot run the suites:
 * the same run with one `V12-<role>` case per role it read back, holding what a v12 read-back records —
 * per neutral key the v11 value (`canonSent`), the v12 value (`canonRead`) and `mapping`. Keys v12
 * cannot carry (mapping.ts) are read as absent, as a faithful v12 side would give them.
 * `truncateSvSummary` plays the `v12-truncate-sv-summary` defect: every Swedish summary is cut short
 * and its V12 case fails with `readback.mismatch`. The e2e (src/cli/commands/diff.e2e.test.ts) checks
 * the same acceptance on real `run --read-api v12` runs.
 */
export function withV12ReadBacks(
  model: ReportModel,
  opts: { truncateSvSummary?: boolean } = {},
): ReportModel {
  const roles = runRoles(model);
  const idOfRole = new Map<string, string>();
  for (const m of model.material) idOfRole.set(roles.roleOf(m.id), m.id);
  const cases: CaseResult[] = [];
  for (const [role, { state }] of finalStates(model, roles, 'v11')) {
    const fields: ReadBackField[] = [];
    for (const [key, sent] of Object.entries(state)) {
      if (isDroppedInV12(key, state)) {
        fields.push({
          path: key,
          key,
          sent,
          read: null,
          ok: true,
          canonSent: sent,
          canonRead: null,
          mapping: 'dropped',
        });
        continue;
      }
      const cut = opts.truncateSvSummary === true && /\.summary\.sv$/.test(key) && typeof sent === 'string';
      const read = cut ? sent.slice(0, Math.max(1, Math.floor(sent.length / 2))) : sent;
      fields.push({
        path: key,
        key,
        sent,
        read,
        ok: !cut,
        canonSent: sent,
        canonRead: read,
        mapping: 'exact',
      });
    }
    const failed = fields.filter((f) => !f.ok);
    cases.push({
      id: `V12-${role}`,
      dvvItem: 'PIT',
      title: `v12 read-back of ${role}`,
      status: failed.length ? 'failed' : 'passed',
      durationMs: 0,
      attempts: 1,
      findings: failed.map((f) => ({
        path: f.key!,
        message: `${f.key} differs in v12`,
        rule: 'readback.mismatch',
        severity: 'error' as const,
        expected: f.canonSent,
        actual: f.canonRead,
      })),
      evidenceIds: [],
      entityIds: [],
      ptvMessages: [],
      readBacks: [
        {
          endpoint: role.startsWith('connection[')
            ? 'GET /api/v12/connection/{serviceContentId}/{channelContentId}'
            : 'GET /api/v12/{entity}/{contentId}',
          ...(idOfRole.has(role) && { entityId: idOfRole.get(role) }),
          fields,
        },
      ],
      file: 'suites/v12-readback.suite.ts',
    });
  }
  return { ...model, cases: [...model.cases, ...cases] };
}
