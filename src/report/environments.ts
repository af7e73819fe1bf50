import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../core/toolVersion.js';
import { escapeMarkdown, escapeMarkdownCode } from './escapeMarkdown.js';
import { loadTemplateSpecs, type TemplateSource } from './templateSpecs.js';

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

/** The partials a kind's template uses, by name. */
const partialFiles: Partial<Record<TemplateKind, Record<string, string>>> = {
  'annex-html': { evidence: 'evidence.partial.hbs' },
};

/** Every kind, for the build's precompiled specs (templateSpecs.ts). */
export const TEMPLATE_KINDS = Object.keys(files) as TemplateKind[];

/** What one kind renders from: its files as installed and the options it compiles with. */
export function templateSource(kind: TemplateKind): TemplateSource {
  const read = (file: string) => readFileSync(join(templatesDir(), file), 'utf8');
  const partials = Object.entries(partialFiles[kind] ?? {}).map(([name, file]) => [name, read(file)]);
  return {
    source: read(files[kind]),
    partials: Object.fromEntries(partials) as Record<string, string>,
    options: { strict: true, noEscape: kind === 'md' || kind === 'annex-md', preventIndent: true },
  };
}

function createEnv(kind: TemplateKind): typeof Handlebars {
  const env = Handlebars.create();
  if (kind === 'annex-html') {
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
/** Where the precompiled specs are looked for (the build's directory; tests point it elsewhere). */
let specsDir: string | undefined;

/** Tests: look for precompiled specs in `dir` (undefined: the build's), and make every template anew. */
export function useTemplateSpecsFrom(dir: string | undefined): void {
  specsDir = dir;
  cache.clear();
}

export function templatesDir(): string {
  return join(packageRoot(), 'templates');
}

/**
 * The template of one kind, made once and reused for every later render: from the build's precompiled
 * spec when it is this template's (templateSpecs.ts), else compiled (on first use).
 */
export function template(kind: TemplateKind): Render {
  let render = cache.get(kind);
  if (!render) {
    const t = templateSource(kind);
    const env = createEnv(kind);
    render = fromSpecs(env, kind, t) ?? compiled(env, t);
    cache.set(kind, render);
  }
  return render;
}

function fromSpecs(env: typeof Handlebars, kind: TemplateKind, t: TemplateSource): Render | undefined {
  const specs = loadTemplateSpecs(kind, t, specsDir);
  if (!specs) return undefined;
  for (const [name, spec] of Object.entries(specs.partials)) env.registerPartial(name, env.template(spec));
  return env.template(specs.main);
}

function compiled(env: typeof Handlebars, t: TemplateSource): Render {
  for (const [name, source] of Object.entries(t.partials)) env.registerPartial(name, source);
  return env.compile(t.source, { ...t.options });
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
 * Makes the templates of these report formats now (loads their precompiled specs, or compiles them).
 * Handlebars compiles a template on its first render; `run` calls this during the suites, so the end
 * of the run does not pay for it (issue #14). What a render then writes is unchanged.
 */
export function prepareTemplates(formats: readonly string[]): void {
  for (const kind of new Set(formats.flatMap((f) => TEMPLATES_OF[f] ?? []))) {
    // A compiled template's compile-on-first-use wrapper compiles on _setup, without rendering
    // anything; a precompiled one only sets up its helpers there.
    (template(kind) as Render & { _setup?: (options: object) => unknown })._setup?.({});
  }
  reportCss();
}
