import { createPtvClient, type PtvClient } from '../client/index.js';
import type { TokenInfo, TokenSession } from '../client/index.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Redactor } from '../core/redactor.js';
import { runFile } from '../suite/runFiles.js';
import { runClientOptions } from '../suite/runClientOptions.js';
import { archiveMaterial } from './archiveMaterial.js';
import { readOrganizationFacts, type OrganizationFacts } from './readOrganizationFacts.js';
import type { StartedTarget } from './startTarget.js';

/** Token and organisation facts for the report, then (unless kept) archive everything the ledger shows live. */
export async function teardown(o: {
  target: StartedTarget;
  runId: string;
  runDir: string;
  redactor: Redactor;
  config: ResolvedConfig;
  archive: boolean;
  line: (s: string) => void;
  warn: (s: string) => void;
  /** ctx.signal: a Ctrl-C during teardown stops in-flight archive requests and backoffs. */
  signal?: AbortSignal;
  /** The preflight's login, used instead of logging in again (a refused or lapsed one leads to a login). */
  session?: TokenSession;
  onError: (e: unknown) => void;
}): Promise<{ token?: TokenInfo; organization?: OrganizationFacts }> {
  const { target, runId, runDir, redactor, config, line, onError } = o;
  let client: PtvClient | undefined;
  try {
    client = createPtvClient({
      ...runClientOptions({ ...target, runId, runDir }),
      redactor,
      evidenceBodyLimit: config.evidenceBodyLimit,
      concurrency: config.concurrency,
      onWarning: (m) => o.warn(`warning: ${redactor.redactString(m)}`),
      ...(o.signal && { signal: o.signal }),
      ...(o.session && { session: o.session }),
    });
    // A failed login here is not a second error: the suites' own connection checks report it.
    const token = await client.token().catch(() => undefined);
    const orgId = target.organizationId ?? token?.organizationId;
    // The report cover's organisation (never one the run created) is read while the material is archived.
    const reading = orgId ? readOrganizationFacts(client, orgId).catch(() => undefined) : undefined;
    const factsOf = (organization: OrganizationFacts | undefined) => ({
      ...(token && { token }),
      ...(organization && { organization }),
    });
    if (!o.archive) return factsOf(await reading);
    const [organization, res] = await Promise.all([
      reading,
      archiveMaterial({
        client,
        ledgerPath: runFile(runDir, 'ledger'),
        intentsPath: runFile(runDir, 'intents'),
        runId,
        ...(o.signal && { signal: o.signal }),
        concurrency: config.concurrency,
      }),
    ]);
    const facts = factsOf(organization);
    if (res.live > 0)
      line(`Teardown: archived ${res.archived.length} of ${res.live} entities created by the run.`);
    // Not a harness error: the report's material table shows what stayed live, and cleanup can retry.
    for (const f of res.failed) {
      o.warn(
        `warning: teardown could not archive ${f.entry.objectType} ${f.entry.id} (${f.status ?? 'no response'}): ${redactor.redactString(f.message)}`,
      );
    }
    return facts;
  } catch (err) {
    onError(err);
    return {};
  } finally {
    await client?.close().catch(() => undefined);
  }
}
