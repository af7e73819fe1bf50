import { createPtvClient } from '../client/index.js';
import { capString } from '../core/capString.js';
import type { PtvClient } from '../client/ptvClient.js';
import type { PtvRequest, PtvResponse } from '../client/types.js';
import { PtvrError } from '../core/errors.js';
import { createRedactor } from '../core/redactor.js';
import { secretsFromEnv } from '../config/loadSecrets.js';
import { currentStep } from './currentStep.js';
import { runFile } from './runFiles.js';
import { runClientOptions } from './runClientOptions.js';
import { suiteSettings } from './suiteSettings.js';

let client: PtvClient | undefined;

/**
 * Per-worker PtvClient. Secrets come from the worker's environment (the engine puts them there), never
 * from provide(). Every request made inside a step carries that step's caseId, and its evidence ids,
 * attempts and created ids are recorded into the step; the client itself writes the create intents.
 */
export function suiteClient(): PtvClient {
  client ??= createWorkerClient();
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
  const redactor = createRedactor([
    secrets.username,
    secrets.password,
    secrets.apiUserOrganisation,
    secrets.apiKey,
  ]);
  return createPtvClient({
    ...runClientOptions({
      ...s,
      username: secrets.username,
      password: secrets.password,
      apiUserOrganisation: secrets.apiUserOrganisation,
      apiKey: secrets.apiKey,
    }),
    intentsPath: runFile(s.runDir, 'intents'),
    ...stepRecording,
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

/** Client hooks that tie requests to the running step (currentStep): its caseId in, its evidence out. */
export const stepRecording = {
  defaultCaseId: (): string | undefined => currentStep.getStore()?.id,
  onResponse(req: PtvRequest, res: PtvResponse): void {
    const step = currentStep.getStore();
    if (!step) return;
    step.evidenceIds.push(...res.evidenceIds);
    step.attempts += res.attempts;
    const raw = req.method !== 'GET' ? entityIdOf(res) : undefined;
    // Capped: the id comes from the server's answer and travels in the case meta.
    const id = raw === undefined ? undefined : capString(raw, 200);
    if (id !== undefined && !step.entityIds.includes(id)) step.entityIds.push(id);
  },
};
