import { readLedger } from '../client/index.js';
import { redactUrl } from '../core/redactor.js';
import type { ResolvedConfig } from '../config/types.js';
import type { TokenInfo } from '../client/types.js';
import type { OrganizationFacts } from './readOrganizationFacts.js';
import { toolVersion } from '../core/toolVersion.js';
import type { CaseResult, Coverage, MaterialEntry, ReportModel } from '../report/model.js';
import { runFile } from '../suite/runFiles.js';
import { packageVersion } from './packageVersion.js';
import { readEvidence } from './readEvidence.js';
import type { StartedTarget } from './startTarget.js';

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
        id: e.id,
        ...(e.sourceId !== undefined && { sourceId: e.sourceId }),
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
  const evidence = readEvidence(runFile(i.runDir, 'evidence'));
  const name = i.target?.name ?? i.config.target.name;
  const t = i.target;
  return {
    schemaVersion: 1,
    status: i.status,
    ...(i.coverage && { coverage: i.coverage }),
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
      apiUrl: redactUrl(t?.apiUrl ?? i.config.target.apiUrl ?? ''),
      tokenUrl: redactUrl(t?.tokenUrl ?? i.config.target.tokenUrl ?? ''),
      apiVersion: 'v11',
      simulated: name === 'sim',
      ...(name === 'sim' && { simulatorProfile: i.config.sim.profile }),
    },
    tool: {
      name: 'ptv-readiness',
      version: toolVersion(),
      node: process.versions.node,
      vitest: packageVersion('vitest'),
      faker: packageVersion('@faker-js/faker'),
    },
    organization: {
      ...((i.config.organization.name ?? i.organization?.name) !== undefined && {
        name: i.config.organization.name ?? i.organization?.name,
      }),
      ...((t?.organizationId ?? i.token?.organizationId) !== undefined && {
        ptvOrganizationId: t?.organizationId ?? i.token?.organizationId,
      }),
      ...((i.config.organization.businessId ?? i.organization?.businessId) !== undefined && {
        businessId: i.config.organization.businessId ?? i.organization?.businessId,
      }),
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
    errors: i.errors,
    ...(i.warnings && i.warnings.length > 0 && { warnings: i.warnings }),
  };
}
