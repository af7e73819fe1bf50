import { createPtvClient } from '../client/index.js';
import { capString } from '../core/capString.js';
import type { PtvClient } from '../client/ptvClient.js';
import type { PtvRequest, PtvResponse } from '../client/types.js';
import { PtvrError } from '../core/errors.js';
import { createRedactor } from '../core/redactor.js';
import { secretsFromEnv } from '../config/loadSecrets.js';
import { currentStep } from './currentStep.js';
import { appendIntent, intentTargetOf, type CreateIntent } from './createIntents.js';
import { runFile } from './runFiles.js';
import { runClientOptions } from './runClientOptions.js';
import { suiteSettings } from './suiteSettings.js';

let client: PtvClient | undefined;

/**
 * Per-worker PtvClient. Secrets come from the worker's environment (the engine puts them there), never
 * from provide(). Every request made inside a step carries that step's caseId, and its evidence ids
 * and attempts are recorded into the step.
 */
export function suiteClient(): PtvClient {
  if (!client) {
    const s = suiteSettings();
    const intentsPath = runFile(s.runDir, 'intents');
    client = tagWithCurrentStep(createWorkerClient(), (i) =>
      appendIntent(intentsPath, { ...i, runId: s.runId, at: new Date().toISOString() }),
    );
  }
  return client;
}

function createWorkerClient(): PtvClient {
  const s = suiteSettings();
  const secrets = secretsFromEnv(process.env);
  if (secrets.username === undefined || secrets.password === undefined) {
    throw new PtvrError('PTVR_SECRET_MISSING', 'The suite worker has no PTV credentials.', {
      hint: 'set PTV_USERNAME and PTV_PASSWORD (or use --secrets-file)',
    });
  }
  // The username counts as a secret too: the report must not identify the API account.
  const redactor = createRedactor([secrets.username, secrets.password, secrets.apiUserOrganisation]);
  return createPtvClient({
    ...runClientOptions({
      ...s,
      username: secrets.username,
      password: secrets.password,
      apiUserOrganisation: secrets.apiUserOrganisation,
    }),
    redactor,
    concurrency: s.concurrency,
    evidenceBodyLimit: s.evidenceBodyLimit,
    // Straight to the worker's stderr (vitest's console interception would hide it from the user).
    onWarning: (m) => void process.stderr.write(`warning: ${redactor.redactString(m)}\n`),
  });
}

function entityIdOf(res: PtvResponse): string | undefined {
  const body = res.body as { id?: unknown } | null;
  return res.status >= 200 &&
    res.status < 300 &&
    body &&
    typeof body === 'object' &&
    typeof body.id === 'string'
    ? body.id
    : undefined;
}

export type IntentSink = (i: Omit<CreateIntent, 'runId' | 'at'>) => void;

/**
 * Wraps `request` (and the verb helpers, which must go through it) with step tagging, and brackets
 * every create that names a sourceId with intent / resolved lines (see createIntents.ts).
 */
export function tagWithCurrentStep(base: PtvClient, onIntent?: IntentSink): PtvClient {
  const request = async <T = unknown>(req: PtvRequest): Promise<PtvResponse<T>> => {
    const step = currentStep.getStore();
    const caseId = req.caseId ?? step?.id;
    const target = onIntent ? intentTargetOf(req) : undefined;
    if (target) onIntent?.({ event: 'intent', ...target, ...(caseId !== undefined && { caseId }) });
    const res = await base.request<T>(step && req.caseId === undefined ? { ...req, caseId: step.id } : req);
    // A 5xx is ambiguous (PTV may have committed): leave the intent open for cleanup.
    if (target && res.status < 500) onIntent?.({ event: 'resolved', ...target });
    if (step) {
      step.evidenceIds.push(...res.evidenceIds);
      step.attempts += res.attempts;
      const raw = req.method !== 'GET' ? entityIdOf(res) : undefined;
      // Capped: the id comes from the server's answer and travels in the case meta.
      const id = raw === undefined ? undefined : capString(raw, 200);
      if (id !== undefined && !step.entityIds.includes(id)) step.entityIds.push(id);
    }
    return res;
  };
  type Opts = Omit<PtvRequest, 'method' | 'path' | 'body'>;
  const overrides: Record<string, unknown> = {
    request,
    get: <T = unknown>(path: string, opts: Opts = {}) => request<T>({ ...opts, method: 'GET', path }),
    post: <T = unknown>(path: string, body: unknown, opts: Opts = {}) =>
      request<T>({ ...opts, method: 'POST', path, body }),
    put: <T = unknown>(path: string, body: unknown, opts: Opts = {}) =>
      request<T>({ ...opts, method: 'PUT', path, body }),
  };
  // A Proxy rather than a copy: every other member (token, close, ...) still runs on the real client.
  return new Proxy(base, {
    get(target, prop, _receiver) {
      if (typeof prop === 'string' && prop in overrides) return overrides[prop];
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
