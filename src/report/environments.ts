import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../core/toolVersion.js';
import { escapeMarkdown, escapeMarkdownCode } from './escapeMarkdown.js';

/**
 * One isolated handlebars environment per output kind, each template compiled once (strict: a field
 * the view model lacks throws instead of rendering empty). HTML and JUnit XML escape by default
 * (handlebars' escaping is valid for XML text and attributes); Markdown is compiled with
 * `noEscape` and escapes through its own `md` / `code` helpers.
 */
export type TemplateKind = 'html' | 'md' | 'annex-html' | 'annex-md' | 'junit';
type Render = (context: object) => string;

const files: Record<TemplateKind, string> = {
  html: 'report.html.hbs',
  md: 'report.md.hbs',
  'annex-html': 'annex.html.hbs',
  'annex-md': 'annex.md.hbs',
  junit: 'junit.xml.hbs',
};

function createEnv(kind: TemplateKind): typeof Handlebars {
  const env = Handlebars.create();
  if (kind === 'annex-html') {
    env.registerPartial('evidence', readFileSync(join(templatesDir(), 'evidence.partial.hbs'), 'utf8'));
    // Element text (never an attribute): only & and < need escaping. Handlebars' default also turns
    // every `"` of a JSON body into `&quot;`, which doubled the annex's bodies and its parse time.
    env.registerHelper(
      'text',
      (value: unknown) =>
        new env.SafeString((value == null ? '' : String(value)).replace(/&/g, '&amp;').replace(/</g, '&lt;')),
    );
  }
  if (kind === 'md' || kind === 'annex-md') {
    env.registerHelper('md', (value: unknown) => escapeMarkdown(value == null ? '' : String(value)));
    env.registerHelper('code', (value: unknown) => escapeMarkdownCode(value == null ? '' : String(value)));
  }
  return env;
}

const cache = new Map<TemplateKind, Render>();

export function templatesDir(): string {
  return join(packageRoot(), 'templates');
}

/** The compiled template of one kind; compiled on first use and reused for every later render. */
export function template(kind: TemplateKind): Render {
  let render = cache.get(kind);
  if (!render) {
    const source = readFileSync(join(templatesDir(), files[kind]), 'utf8');
    const env = createEnv(kind);
    const md = kind === 'md' || kind === 'annex-md';
    render = env.compile(source, { strict: true, noEscape: md, preventIndent: true });
    cache.set(kind, render);
  }
  return render;
}

let css: string | undefined;
/** The stylesheet inlined into report.html (self-contained: no external requests). */
export function reportCss(): string {
  css ??= readFileSync(join(templatesDir(), 'report.css'), 'utf8');
  return css;
}

let script: { text: string; hash: string } | undefined;
/**
 * The annex's inline script (search, failed-only filter, opening a linked entry) and its CSP hash:
 * the annex allows exactly this script and nothing else (`script-src 'sha256-…'`).
 */
export function annexScript(): { text: string; hash: string } {
  if (!script) {
    const text = readFileSync(join(templatesDir(), 'annex.js'), 'utf8');
    script = { text, hash: `sha256-${createHash('sha256').update(text).digest('base64')}` };
  }
  return script;
}

/** The templates each report format renders with. */
const TEMPLATES_OF: Record<string, TemplateKind[]> = {
  html: ['html', 'annex-html'],
  pdf: ['html', 'annex-html'],
  'annex-pdf': ['annex-html'],
  md: ['md', 'annex-md'],
  junit: ['junit'],
};

/**
 * Compiles the templates of these report formats now. Handlebars compiles a template on its first
 * render; `run` calls this while the vitest worker starts and the CLI is idle, so the end of the run
 * does not pay for it (issue #14). Only compiles: what a render then writes is unchanged.
 */
export function prepareTemplates(formats: readonly string[]): void {
  for (const kind of new Set(formats.flatMap((f) => TEMPLATES_OF[f] ?? []))) {
    // handlebars' compile-on-first-use wrapper compiles on _setup too, without rendering anything; a
    // handlebars without it simply compiles on the first render, as before.
    (template(kind) as Render & { _setup?: (options: object) => unknown })._setup?.({});
  }
  reportCss();
}
