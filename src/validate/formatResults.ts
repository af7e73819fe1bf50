import type { RuleProfile } from '../rules/index.js';
import type { EntityVerdict } from './validateEntities.js';

/** One entity's verdict as printed: a v11 verdict, or a v12 one (its kind a v12 kind, `schema` the request schema). */
export type Verdict = Omit<EntityVerdict, 'kind'> & { kind: string; schema?: string; translated?: unknown };

/** `file#index  path  message` lines, the kind inference, and one note on unchecked stateful rules. */
export function formatHuman(verdicts: readonly Verdict[]): string {
  const lines: string[] = [];
  const notChecked = new Set<string>();
  let errors = 0;
  let warnings = 0;
  for (const v of verdicts) {
    const id = `${v.source}#${v.index}`;
    if (v.inferred) lines.push(`${id}: kind inferred as ${v.kind}`);
    for (const f of v.findings) {
      const tag = f.severity === 'error' ? '' : ` (${f.severity})`;
      lines.push(`${id}  ${f.path}  ${f.message}${tag}`);
      if (f.severity === 'error') errors++;
      else warnings++;
    }
    for (const n of v.notChecked) notChecked.add(n);
  }
  const invalid = verdicts.filter((v) => !v.valid).length;
  if (notChecked.size) {
    lines.push(
      `note: stateful rules not checked offline (they need the simulator or PTV): ${[...notChecked].sort().join(', ')}`,
    );
  }
  lines.push(
    `${verdicts.length} entit${verdicts.length === 1 ? 'y' : 'ies'}: ${verdicts.length - invalid} valid, ${invalid} invalid (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`,
  );
  return lines.join('\n') + '\n';
}

export function formatJson(verdicts: readonly Verdict[], profile: RuleProfile): string {
  return (
    JSON.stringify(
      {
        profile,
        valid: verdicts.every((v) => v.valid),
        entities: verdicts.map((v) => ({
          source: v.source,
          index: v.index,
          kind: v.kind,
          kindInferred: v.inferred,
          ...(v.schema ? { schema: v.schema } : {}),
          ...(v.translated ? { translated: v.translated } : {}),
          valid: v.valid,
          findings: v.findings,
          notChecked: v.notChecked,
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
