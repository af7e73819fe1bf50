import type { StepRecorder } from '../suite/types.js';
import type { ReadBackComparison } from './compareEntity.js';

/**
 * Records a comparison in the step: the read-back itself (`record.readBack`) and every difference
 * as a finding (which fails the step). Returns true when everything matched.
 */
export function recordReadBack(
  record: StepRecorder,
  args: { endpoint: string; entityId?: string; comparison: ReadBackComparison },
): boolean {
  record.readBack({
    endpoint: args.endpoint,
    ...(args.entityId !== undefined && { entityId: args.entityId }),
    fields: args.comparison.fields,
  });
  for (const f of args.comparison.findings) record.finding(f);
  return args.comparison.findings.length === 0;
}
