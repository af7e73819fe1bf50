/**
 * `validate --content`: the same content rules on the organisation's own payload files, before they
 * reach PTV. Only the per-entity rules run; the catalogue-wide ones (connections, general
 * descriptions, archive lists) need the published catalogue and are listed as not checked.
 */
import type { EntityKind, RuleProfile } from '../rules/index.js';
import { catalogueRuleIds, checkContent } from './checkContent.js';
import { DEFAULT_STALE_MONTHS } from './defaults.js';
import { payloadEntity } from './toContentEntity.js';
import type { ContentFinding } from './types.js';

export interface PayloadContentResult {
  source: string;
  index: number;
  kind: EntityKind;
  findings: ContentFinding[];
}

export function checkPayloadContent(
  items: readonly { source: string; index: number; kind: EntityKind; body: unknown }[],
  opts: { profile: RuleProfile; now?: Date },
): PayloadContentResult[] {
  const ctx = { now: opts.now ?? new Date(), staleMonths: DEFAULT_STALE_MONTHS, profile: opts.profile };
  return items.map((it) => {
    const entity = payloadEntity(it.kind, it.body);
    return {
      source: it.source,
      index: it.index,
      kind: it.kind,
      findings: entity ? checkContent([entity], ctx) : [],
    };
  });
}

/** `file#index  rule  field[lang]  message (severity)` lines, then a count line. */
export function formatPayloadContent(results: readonly PayloadContentResult[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      const where = [f.field, f.textType].filter(Boolean).join('/') + (f.language ? `[${f.language}]` : '');
      lines.push(`${r.source}#${r.index}  content:${f.rule}  ${where}  ${f.message.en} (${f.severity})`);
    }
  }
  lines.push(
    `content: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; not checked offline: ${catalogueRuleIds().join(', ')}`,
  );
  return lines.join('\n') + '\n';
}
