import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { readV12Spec } from './ptvReference.js';

/**
 * Validates v12 response bodies against the shared spec's response schema of the operation a URL path
 * matches (v12-migration.md §4.7 conformance check). OpenAPI 3.1 = JSON Schema 2020-12; the OpenAPI
 * keywords (`discriminator`, `example`) are annotations here, so strict mode is off.
 */
export interface V12SpecValidator {
  /** Problems of one response ([] = valid); undefined when the spec declares no body for that status. */
  check(path: string, status: number, body: unknown): string[] | undefined;
  /** The spec's path templates (e.g. `/api/v12/service/{contentId}`). */
  paths: string[];
  /** The template a concrete path matches (literal segments first). */
  templateOf(path: string): string | undefined;
}

const pointer = (segments: string[]): string =>
  segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

export function v12SpecValidator(): V12SpecValidator | undefined {
  const spec = readV12Spec();
  if (!spec) return undefined;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormatsPkg.default(ajv);
  ajv.addSchema({ ...spec, $id: 'v12' }, 'v12');
  const templates = Object.keys(spec.paths as object);
  // Literal segments beat parameters (`/service/search` before `/service/{contentId}`).
  const matchers = templates
    .map((t) => ({
      t,
      re: new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literals: t.split('/').filter((s) => s && !s.startsWith('{')).length,
    }))
    .sort((a, b) => b.literals - a.literals);
  const compiled = new Map<string, ValidateFunction>();
  return {
    paths: templates,
    templateOf: (path) => matchers.find((x) => x.re.test(path))?.t,
    check(path, status, body) {
      const m = matchers.find((x) => x.re.test(path));
      if (!m) return [`no spec path matches ${path}`];
      const responses = spec.paths[m.t].get.responses as Record<
        string,
        { content?: Record<string, unknown> }
      >;
      const declared = responses[String(status)];
      // 401/429 are the gateway's, not in the spec [INF]: judged as plain ProblemDetails.
      const ref =
        declared?.content?.['application/json'] !== undefined
          ? `v12#/${pointer(['paths', m.t, 'get', 'responses', String(status), 'content', 'application/json', 'schema'])}`
          : status === 401 || status === 429
            ? 'v12#/components/schemas/ProblemDetailsType'
            : undefined;
      if (!ref) return undefined;
      let v = compiled.get(ref);
      if (!v) compiled.set(ref, (v = ajv.compile({ $ref: ref })));
      if (v(body)) return [];
      return (v.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
    },
  };
}
