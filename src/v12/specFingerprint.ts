import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/toolVersion.js';
import { V12_DEFS } from '../rules/v12/schemas.js';

/**
 * What `v12-spec` compares (v12-migration.md §4.10): not the document, whose bytes vary between
 * copies, but its structure — `info.version`, the operations, and one SHA-256 per component schema
 * over a canonical serialisation (sorted keys, no whitespace), so formatting never counts.
 */
export interface SpecFingerprint {
  infoVersion: string;
  /** `METHOD /path`, sorted. */
  operations: string[];
  /** Component schema name → SHA-256 of its canonical JSON. */
  schemas: Record<string, string>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** JSON with object keys sorted at every level. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type Doc = {
  info?: { version?: unknown };
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
};

/** True when the value has the shape of an OpenAPI document this probe can read. */
export function isOpenApiDocument(v: unknown): v is Doc {
  const d = v as Doc;
  return typeof v === 'object' && v !== null && typeof d.paths === 'object' && d.paths !== null;
}

export function fingerprint(doc: Doc): SpecFingerprint {
  const operations: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const m of Object.keys(item ?? {}))
      if (METHODS.includes(m)) operations.push(`${m.toUpperCase()} ${path}`);
  }
  const schemas: Record<string, string> = {};
  for (const name of Object.keys(doc.components?.schemas ?? {}).sort()) {
    schemas[name] = sha256(canonicalJson(doc.components!.schemas![name]));
  }
  return { infoVersion: String(doc.info?.version ?? ''), operations: operations.sort(), schemas };
}

/** The fingerprint of the spec this build's v12 schemas were written from. */
export const BUILT_FINGERPRINT_FILE = join(packageRoot(), 'src', 'v12', 'v12-spec.fingerprint.json');

export function builtFingerprint(): SpecFingerprint {
  return JSON.parse(readFileSync(BUILT_FINGERPRINT_FILE, 'utf8')) as SpecFingerprint;
}

/** Schemas our own v12 request schemas were written from: a change to one of them means rewriting ours. */
export const REQUEST_SCHEMA_NAMES: ReadonlySet<string> = new Set(Object.keys(V12_DEFS));

export interface NewOperation {
  operation: string;
  /** The request schema the new operation takes (its `requestBody` `$ref`), when it names one. */
  body?: string;
}

export interface SpecDifference {
  infoVersion: { built: string; published: string };
  operationsAdded: NewOperation[];
  operationsRemoved: string[];
  /** Added or removed operations whose method is not GET: the signal to replace the route map. */
  writeOperationsAdded: NewOperation[];
  writeOperationsRemoved: string[];
  requestSchemasChanged: string[];
  requestSchemasRemoved: string[];
  otherSchemasChanged: string[];
  schemasAdded: string[];
  schemasRemoved: string[];
  /** Write operations or request schemas changed: `v12-spec` exits 1. */
  changed: boolean;
}

function bodyOf(doc: Doc, op: string): string | undefined {
  const [method, ...rest] = op.split(' ');
  const item = doc.paths?.[rest.join(' ')]?.[method!.toLowerCase()] as
    { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } } | undefined;
  for (const media of Object.values(item?.requestBody?.content ?? {})) {
    const ref = media.schema?.$ref;
    if (typeof ref === 'string') return ref.split('/').pop();
  }
  return undefined;
}

const isWrite = (op: string) =>
  !op.startsWith('GET ') && !op.startsWith('HEAD ') && !op.startsWith('OPTIONS ');

export function compareSpec(built: SpecFingerprint, publishedDoc: Doc): SpecDifference {
  const pub = fingerprint(publishedDoc);
  const before = new Set(built.operations);
  const after = new Set(pub.operations);
  const added = pub.operations
    .filter((o) => !before.has(o))
    .map((operation) => ({ operation, body: bodyOf(publishedDoc, operation) }));
  const removed = built.operations.filter((o) => !after.has(o));
  const changedSchemas = Object.keys(built.schemas).filter(
    (n) => pub.schemas[n] !== undefined && pub.schemas[n] !== built.schemas[n],
  );
  const schemasRemoved = Object.keys(built.schemas).filter((n) => pub.schemas[n] === undefined);
  const d: Omit<SpecDifference, 'changed'> = {
    infoVersion: { built: built.infoVersion, published: pub.infoVersion },
    operationsAdded: added,
    operationsRemoved: removed,
    writeOperationsAdded: added.filter((o) => isWrite(o.operation)),
    writeOperationsRemoved: removed.filter(isWrite),
    requestSchemasChanged: changedSchemas.filter((n) => REQUEST_SCHEMA_NAMES.has(n)),
    requestSchemasRemoved: schemasRemoved.filter((n) => REQUEST_SCHEMA_NAMES.has(n)),
    otherSchemasChanged: changedSchemas.filter((n) => !REQUEST_SCHEMA_NAMES.has(n)),
    schemasAdded: Object.keys(pub.schemas).filter((n) => built.schemas[n] === undefined),
    schemasRemoved,
  };
  const changed =
    d.writeOperationsAdded.length +
      d.writeOperationsRemoved.length +
      d.requestSchemasChanged.length +
      d.requestSchemasRemoved.length >
    0;
  return { ...d, changed };
}
