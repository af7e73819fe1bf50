import { randomBytes } from 'node:crypto';
import type { TargetName } from '../config/types.js';

/** `20261126T171500Z-sim-3f9a`: sortable UTC timestamp, target, short random (parallel runs never clash). */
export function makeRunId(
  now: Date,
  target: TargetName,
  random: () => string = () => randomBytes(2).toString('hex'),
): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `${stamp}-${target}-${random()}`;
}
