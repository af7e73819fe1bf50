import type { Finding } from '../core/finding.js';
import { bindRequest, toPtvErrorBody, validatePayload } from '../rules/index.js';
import { errorsPtvAnswers } from '../rules/validationStage.js';

/**
 * The slice of the rules engine the simulator uses. The simulator never re-implements a field rule:
 * it validates with the same `validatePayload` as `ptv-readiness validate` (the transition table of
 * §6.2 included, through `current`).
 */
export interface RulesApi {
  validatePayload: typeof validatePayload;
  toPtvErrorBody: typeof toPtvErrorBody;
  bindRequest: typeof bindRequest;
}

export async function loadRules(): Promise<RulesApi> {
  return { validatePayload, toPtvErrorBody, bindRequest };
}

/**
 * The errors of a 400 answer in PTV's order: model-state errors stop the request before the data
 * validators run, so a body with both gets only the former (validationStage.ts).
 */
export function errorFindings(findings: readonly Finding[]): Finding[] {
  return errorsPtvAnswers(findings);
}
