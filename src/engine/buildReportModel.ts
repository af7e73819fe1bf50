import { readLedger } from '../client/index.js';
import { redactUrl } from '../core/redactor.js';
import type { ResolvedConfig } from '../config/types.js';
import { configuredUrls } from '../config/targets.js';
import type { TokenInfo } from '../client/types.js';
import type { OrganizationFacts } from './readOrganizationFacts.js';
import { capString } from '../core/capString.js';
import { fitReportModel } from './fitReportModel.js';
import {
  REPORT_SCHEMA_VERSION,
  type CaseResult,
  type Coverage,
  type MaterialEntry,
  type ReportModel,
} from '../report/model.js';
import { runFile } from '../suite/runFiles.js';
import { toolInfo } from './packageVersion.js';
import { readEvidence } from './readEvidence.js';
import { deriveItems } from '../report/deriveItems.js';
import type { StartedTarget } from './startTarget.js';

const cap = (s: string | undefined): string | undefined => (s === undefined ? undefined : capString(s, 500));

export interface ModelInputs {
  runId: string;
  runDir: string;
  config: ResolvedConfig;
  /** Undefined when the target never started (the run failed before it). */
  target?: StartedTarget;
  cases: CaseResult[];
  status: ReportModel['status'];
  /** From decideOutcome: which DVV items were selected and which did not run. */
  coverage?: Coverage;
  errors: { code: string; message: string }[];
  /** Non-fatal problems (a business id failing its check digit). */
  warnings?: { code: string; message: string }[];
  startedAt: Date;
  finishedAt: Date;
  suites: string[];
  token?: TokenInfo;
  /** Read from PTV at teardown; the config file's values win. */
  organization?: OrganizationFacts;
  /** The route map of a `--write-api v12` run (v12-migration.md §4.11). */
  v12Routes?: { status: 'inferred' | 'published'; source: string; sha256: string };
}

/** Final state of everything the ledger saw created in this run. */
export function materialOf(ledgerPath: string, runId: string, kept: boolean): MaterialEntry[] {
  const byKey = new Map<string, MaterialEntry>();
  for (const e of readLedger(ledgerPath)) {
    if (e.runId !== runId) continue;
    const key = `${e.objectType}:${e.id.toLowerCase()}`;
    const prev = byKey.get(key);
    if (e.event === 'created' && !prev) {
      byKey.set(key, {
        objectType: e.objectType,
        ...(e.channelType && { channelType: e.channelType }),
        // Ids come from PTV's answers: capped (a hostile server may send megabytes).
        id: capString(e.id, 200),
        ...(e.sourceId !== undefined && { sourceId: capString(e.sourceId, 200) }),
        ...(e.caseId !== undefined && { caseId: e.caseId }),
        finalState: kept ? 'kept' : 'live',
      });
    } else if (prev) {
      prev.finalState = e.event === 'archived' ? 'archived' : kept ? 'kept' : 'live';
    }
  }
  return [...byKey.values()];
}

/** Assembles the typed ReportModel from the collected cases, the evidence file and the ledger. */
export function buildReportModel(i: ModelInputs): ReportModel {
  return fitReportModel(assembleReportModel(i));
}

function assembleReportModel(i: ModelInputs): ReportModel {
  const evidence = readEvidence(runFile(i.runDir, 'evidence'));
  // Organisation facts read from PTV are strings from outside: capped like every other.
  const orgName = i.config.organization.name ?? cap(i.organization?.name);
  const businessId = i.config.organization.businessId ?? cap(i.organization?.businessId);
  const name = i.target?.name ?? i.config.target.name;
  const t = i.target;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    status: i.status,
    ...(i.coverage && { coverage: i.coverage }),
    actor: 'builtin',
    items: deriveItems({ cases: i.cases, ...(i.coverage && { coverage: i.coverage }) }),
    run: {
      id: i.runId,
      startedAt: i.startedAt.toISOString(),
      finishedAt: i.finishedAt.toISOString(),
      durationMs: Math.max(0, i.finishedAt.getTime() - i.startedAt.getTime()),
      seed: i.config.seed,
      referenceDate: i.config.referenceDate,
      ruleProfile: i.config.ruleProfile,
      suites: i.suites,
      kept: i.config.keep,
    },
    target: {
      name,
      apiUrl: redactUrl(t?.apiUrl ?? configuredUrls(i.config.target).apiUrl ?? ''),
      tokenUrl: redactUrl(t?.tokenUrl ?? configuredUrls(i.config.target).tokenUrl ?? ''),
      apiVersion: i.config.writeApi,
      api: { write: i.config.writeApi, read: [...i.config.readApis] },
      ...(t?.v12ApiUrl !== undefined &&
        i.config.readApis.includes('v12') && { v12ApiUrl: redactUrl(t.v12ApiUrl) }),
      ...(i.v12Routes && {
        v12Routes: {
          status: i.v12Routes.status,
          source: cap(i.v12Routes.source)!,
          sha256: i.v12Routes.sha256,
        },
      }),
      simulated: name === 'sim',
      ...(name === 'sim' && { simulatorProfile: i.config.sim.profile }),
    },
    tool: toolInfo(),
    organization: {
      ...(orgName !== undefined && { name: orgName }),
      ...((t?.organizationId ?? i.token?.organizationId) !== undefined && {
        ptvOrganizationId: t?.organizationId ?? i.token?.organizationId,
      }),
      ...(businessId !== undefined && { businessId }),
    },
    tester: { ...i.config.tester },
    ...(i.token && {
      token: {
        shape: i.token.shape,
        ...(i.token.lifetimeSeconds !== undefined && { lifetimeSeconds: i.token.lifetimeSeconds }),
        ...(i.token.organizationId !== undefined && { organizationId: i.token.organizationId }),
      },
    }),
    cases: i.cases,
    material: materialOf(runFile(i.runDir, 'ledger'), i.runId, i.config.keep),
    evidence: evidence.entries,
    evidenceTotal: evidence.total,
    errors: i.errors.map((e) => ({ code: e.code, message: capString(e.message) })),
    ...(i.warnings && i.warnings.length > 0 && { warnings: i.warnings }),
  };
}
