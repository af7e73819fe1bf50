import { PtvrError } from '../core/errors.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../core/jsonDepth.js';
import { recordNumberTexts } from '../core/jsonNumberText.js';

/** One entity read from an input: `source#index` names it in output. */
export interface InputEntity {
  source: string;
  index: number;
  body: unknown;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** True when a prefix is valid JSON or fails only because it ends early. */
function prefixOk(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (e) {
    const m = (e as Error).message;
    const pos = /position (\d+)/.exec(m);
    if (pos && Number(pos[1]) >= prefix.length) return true;
    return /end of (JSON )?input|Unterminated/i.test(m);
  }
}

/** Offset of the first bad character when the message names none (Node 20): binary search on prefixes. */
function errorOffset(text: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (prefixOk(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Node's SyntaxError carries "at position N" (V8) or "(line L column C)" (newer V8). */
function syntaxPosition(err: unknown, text: string): { line: number; column: number } | undefined {
  const m = err instanceof Error ? err.message : '';
  const lc = /line (\d+) column (\d+)/.exec(m);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(m);
  if (pos) return lineColumn(text, Number(pos[1]));
  if (/Unexpected end of JSON input/.test(m)) return lineColumn(text, text.length);
  return lineColumn(text, errorOffset(text));
}

function invalidJson(source: string, err: unknown, text: string, lineOffset = 0): PtvrError {
  const at = syntaxPosition(err, text);
  const where = at ? `:${at.line + lineOffset}:${at.column}` : '';
  const reason = err instanceof Error ? err.message : String(err);
  return new PtvrError('PTVR_INPUT_INVALID_JSON', `${source}${where}: not valid JSON (${reason})`, {
    hint: 'fix the JSON at that line and column; NDJSON needs one complete JSON value per line',
    details: { source, ...(at ? { line: at.line + lineOffset, column: at.column } : {}) },
  });
}

/**
 * Reads a JSON object, a JSON array of entities, or NDJSON (one JSON value per line). A top-level
 * array is a list of entities unless `arrayIsOneBody` (the `connections` body is itself an array).
 */
export function parseJsonInput(source: string, text: string, arrayIsOneBody = false): InputEntity[] {
  const entities = parseEntities(source, text, arrayIsOneBody);
  for (const e of entities) {
    if (exceedsJsonDepth(e.body, MAX_JSON_DEPTH)) {
      throw new PtvrError(
        'PTVR_INPUT_INVALID_JSON',
        `${source}#${e.index}: nested deeper than ${MAX_JSON_DEPTH} levels; PTV refuses such a body (its JSON reader's MaxDepth is ${MAX_JSON_DEPTH})`,
        {
          hint: 'a PTV body nests a few levels; check the file is the payload you meant',
          details: { source, index: e.index, maxDepth: MAX_JSON_DEPTH },
        },
      );
    }
  }
  return entities;
}

function parseEntities(source: string, text: string, arrayIsOneBody: boolean): InputEntity[] {
  const trimmed = text.trim();
  if (trimmed.length === 0) {
    throw new PtvrError('PTVR_INPUT_INVALID_JSON', `${source}: empty input`, {
      hint: 'give a JSON object, array or NDJSON',
    });
  }
  try {
    // Numbers keep their source text for string fields, as PTV's reader does (core/jsonNumberText.ts).
    const value: unknown = recordNumberTexts(text, JSON.parse(text));
    if (
      Array.isArray(value) &&
      !arrayIsOneBody &&
      value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
    ) {
      // A list of entities, unless it looks like a connection list (items with serviceId etc.).
      const looksLikeConnections =
        value.length > 0 && value.every((v) => 'serviceId' in v || 'serviceSourceId' in v);
      if (!looksLikeConnections) return value.map((body, index) => ({ source, index, body }));
    }
    return [{ source, index: 0, body: value }];
  } catch (err) {
    // Not one JSON value: NDJSON when the first non-empty line is a JSON value on its own.
    const lines = text.split('\n');
    const first = lines.find((l) => l.trim().length > 0) ?? '';
    let firstIsJson = false;
    try {
      JSON.parse(first);
      firstIsJson = true;
    } catch {
      // not NDJSON either; report the position in the whole text
    }
    if (!firstIsJson) throw invalidJson(source, err, text);
    const out: InputEntity[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim().length === 0) continue;
      try {
        out.push({ source, index: out.length, body: recordNumberTexts(line, JSON.parse(line)) });
      } catch (lineErr) {
        throw invalidJson(source, lineErr, line, i);
      }
    }
    return out;
  }
}
