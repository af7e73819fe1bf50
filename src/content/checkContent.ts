import type { ContentFinding, ContentEntity, ContentLang } from './types.js';
import { CONTENT_RULES, type CheckContext, type ContentRule, type RuleHit } from './contentRules.js';

function entityName(e: ContentEntity): string | undefined {
  return e.names.fi ?? e.names.sv ?? e.names.en ?? Object.values(e.names)[0];
}

function fill(
  template: Record<ContentLang, string>,
  detail: string | undefined,
): Record<ContentLang, string> {
  const d = detail ?? '';
  return { fi: template.fi.replace('{detail}', d), en: template.en.replace('{detail}', d) };
}

function toFinding(rule: ContentRule, hit: RuleHit): ContentFinding {
  const e = hit.entity;
  const name = entityName(e);
  const field = hit.text?.field ?? hit.field;
  const language = hit.text?.language ?? hit.language;
  return {
    rule: rule.id,
    checklist: rule.checklist,
    ...(rule.agentRule !== undefined && { agentRule: rule.agentRule }),
    severity: rule.severity,
    entityKind: e.kind,
    entityId: e.id,
    ...(e.channelType && { channelType: e.channelType }),
    ...(name !== undefined && { entityName: name }),
    ...(field !== undefined && { field }),
    ...(hit.text && { textType: hit.text.type }),
    ...(language !== undefined && { language }),
    ...(hit.span && { span: hit.span }),
    message: fill(rule.message, hit.detail ?? hit.span?.text),
    hint: rule.hint,
  };
}

/**
 * Runs the rule table over entities (and, when `ctx.catalogue` is set, the catalogue-wide rules).
 * Findings come out in entity order, then table order, so reports are stable run to run.
 */
export function checkContent(
  entities: readonly ContentEntity[],
  ctx: CheckContext,
  rules: readonly ContentRule[] = CONTENT_RULES,
): ContentFinding[] {
  const out: ContentFinding[] = [];
  for (const e of entities) {
    for (const rule of rules) {
      if (rule.scope === 'catalogue' || !rule.kinds.includes(e.kind)) continue;
      if (rule.scope === 'text') {
        for (const t of e.texts) {
          if (rule.texts && !rule.texts(t)) continue;
          for (const { detail, ...span } of rule.match(t.value, t, e))
            out.push(toFinding(rule, { entity: e, text: t, span, ...(detail !== undefined && { detail }) }));
        }
      } else {
        for (const hit of rule.check(e, ctx)) out.push(toFinding(rule, { entity: e, ...hit }));
      }
    }
  }
  if (ctx.catalogue) {
    for (const rule of rules) {
      if (rule.scope !== 'catalogue') continue;
      for (const hit of rule.check(ctx.catalogue, ctx)) out.push(toFinding(rule, hit));
    }
  }
  return out;
}

/** Rule ids that need the whole catalogue: offline runs list them as not checked. */
export function catalogueRuleIds(rules: readonly ContentRule[] = CONTENT_RULES): string[] {
  return rules.filter((r) => r.scope === 'catalogue').map((r) => r.id);
}
