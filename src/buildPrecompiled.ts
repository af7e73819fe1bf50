import { mkdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import './config/validateUserConfig.js';
import './content/validateContentModel.js';
import './report/validateReportModel.js';
import { declaredDocumentValidators, documentValidatorSource } from './core/lazyValidator.js';
import { PRECOMPILED_DIR, precompiledFile } from './core/precompiledValidator.js';
import { writeFileAtomic } from './core/writeFileAtomic.js';
import { TEMPLATE_KINDS, templateSource } from './report/environments.js';
import { templateSpecFile, templateSpecSource } from './report/templateSpecs.js';
import { rulesDigest, rulesValidatorName, rulesValidatorSource } from './rules/precompiledValidators.js';
import { definitionsJson, definitionsSchema, schemaFor, validatorKeys } from './rules/registry.js';

/**
 * Build step (`npm run build`, after tsc): writes the standalone code of every rules validator and of
 * the document validators (config, report.json, content.json), and the report templates' precompiled
 * specs, into dist/src/precompiled/, so a run loads them instead of compiling them
 * (core/precompiledValidator.ts, report/templateSpecs.ts). Returns the numbers written.
 */
export function buildPrecompiled(dir: string = PRECOMPILED_DIR): { validators: number; templates: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return {
    validators: writeRulesValidators(dir) + writeDocumentValidators(dir),
    templates: writeTemplateSpecs(dir),
  };
}

/** Every report template kind's precompiled spec. */
export function writeTemplateSpecs(dir: string): number {
  for (const kind of TEMPLATE_KINDS)
    writeFileAtomic(templateSpecFile(kind, dir), templateSpecSource(kind, templateSource(kind)));
  return TEMPLATE_KINDS.length;
}

/** Every kind × op × profile validator of the rules registry. */
export function writeRulesValidators(dir: string): number {
  const keys = validatorKeys();
  for (const { key, kind, op, profile } of keys) {
    const schema = schemaFor(kind, op, profile);
    const source = rulesValidatorSource(
      key,
      schema,
      definitionsSchema(),
      rulesDigest(schema, definitionsJson()),
    );
    writeFileAtomic(precompiledFile(dir, rulesValidatorName(key)), source);
  }
  return keys.length;
}

/** The document validators the modules imported above declare (config, report.json, content.json). */
export function writeDocumentValidators(dir: string): number {
  const docs = declaredDocumentValidators();
  for (const { schema, what } of docs) {
    const { name, source } = documentValidatorSource(schema, what);
    writeFileAtomic(precompiledFile(dir, name), source);
  }
  return docs.length;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const n = buildPrecompiled();
  console.log(
    `precompiled ${n.validators} validators and ${n.templates} report templates into ${PRECOMPILED_DIR}`,
  );
}
