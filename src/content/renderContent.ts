/** Renders content.json as self-contained HTML and Markdown (templates/content.*.hbs), fi or en. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../core/toolVersion.js';
import { escapeMarkdown, escapeMarkdownCode } from '../report/escapeMarkdown.js';
import { CHECKLIST_TEXT, CONTENT_LABELS } from './contentLabels.js';
import type { ContentModel } from './contentModel.js';
import type { ContentFinding, ContentLang } from './types.js';

type Kind = 'html' | 'md';
const cache = new Map<Kind, (ctx: object) => string>();

function template(kind: Kind): (ctx: object) => string {
  let t = cache.get(kind);
  if (!t) {
    const env = Handlebars.create();
    env.registerHelper('md', (v: unknown) => escapeMarkdown(v == null ? '' : String(v)));
    env.registerHelper('code', (v: unknown) => escapeMarkdownCode(v == null ? '' : String(v)));
    const source = readFileSync(join(packageRoot(), 'templates', `content.${kind}.hbs`), 'utf8');
    t = env.compile(source, { strict: true, noEscape: kind === 'md', preventIndent: true });
    cache.set(kind, t);
  }
  return t;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

interface EntityGroup {
  key: string;
  kind: string;
  id: string;
  name: string;
  /** The entity in the PTV UI, when the environment has one. */
  link: string;
  findings: {
    severity: string;
    rule: string;
    checklist: string;
    field: string;
    language: string;
    text: string;
    message: string;
    hint: string;
  }[];
}

function groupByEntity(findings: readonly ContentFinding[], lang: ContentLang): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const f of findings) {
    const key = `${f.entityKind}:${f.entityId}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        kind: f.channelType ?? f.entityKind,
        id: f.entityId,
        name: f.entityName ?? f.entityId,
        link: f.link ?? '',
        findings: [],
      };
      groups.set(key, g);
    }
    g.findings.push({
      severity: f.severity,
      rule: f.rule,
      checklist: f.checklist,
      field: [f.field, f.textType].filter(Boolean).join(' / '),
      language: f.language ?? '',
      text: f.span?.text ?? '',
      message: f.message[lang],
      hint: f.hint[lang],
    });
  }
  const worst = (g: EntityGroup) => Math.min(...g.findings.map((f) => SEVERITY_ORDER[f.severity as 'error']));
  return [...groups.values()].sort((a, b) => worst(a) - worst(b) || a.name.localeCompare(b.name));
}

export function contentViewModel(model: ContentModel, lang: ContentLang): object {
  return {
    lang,
    l: CONTENT_LABELS[lang],
    model,
    simulated: model.target.simulated,
    summary: model.summary.map((s) => ({ ...s, text: CHECKLIST_TEXT[s.item][lang] })),
    groups: groupByEntity(model.findings, lang),
    rules: [...new Set(model.findings.map((f) => f.rule))].sort(),
    hasFindings: model.findings.length > 0,
  };
}

export function renderContentHtml(model: ContentModel, lang: ContentLang): string {
  return template('html')(contentViewModel(model, lang));
}

export function renderContentMarkdown(model: ContentModel, lang: ContentLang): string {
  return template('md')(contentViewModel(model, lang));
}
