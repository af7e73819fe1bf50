import { MAPPING, V12_ONLY_FIELDS, type MappingRow } from './mapping.js';

/** Table cells must not break the Markdown table. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function carriage(r: MappingRow): string {
  if (r.carried === 'dropped') return '**dropped by v12**';
  if (r.carried === 'notCompared') return 'not compared';
  if (r.droppedForServiceType) return `mapped; dropped on type \`${r.droppedForServiceType}\``;
  return 'mapped';
}

/**
 * `docs/v12-mapping.md`, rendered from mapping.ts. Deterministic (no dates) so a unit test can
 * compare the committed file with a fresh rendering.
 */
export function renderMappingDoc(): string {
  const out: string[] = [
    '# The v11 → v12 mapping (neutral keys)',
    '',
    '<!-- Generated from src/neutral/mapping.ts by `npm run docs:mapping`. Do not edit by hand: a unit test fails when this file and the table differ. -->',
    '',
    'Every read-back, in either API version, is turned into neutral keys `<entity>.<field>[.<lang>]`',
    '(`service.summary.sv`, `channel.area`, `connection[SRV-01:service>CH-EC-01:channel].chargeType`)',
    'with ids replaced by roles (`<creating case>:<kind>`, `ORG` for the configured organisation).',
    '`ptv-readiness diff` compares two runs by these keys. Basis: **SPEC** the v12 OpenAPI document;',
    "**SRC** PTV 3.4 source; **3P-LIVE** a third party against live data; **DOC** DVV's pages; **INF**",
    'inferred (verify on CTE before relying on it); **SPEC by absence** v12 has no such field.',
    '"Dropped by v12" keys are content v12 cannot carry: `diff` lists them as information, never as a failure.',
    '',
  ];
  for (const section of MAPPING) {
    out.push(
      `## ${section.title}`,
      '',
      '| Neutral key | v11 IN | v12 OUT | Canon / note | Basis | Carried |',
      '|---|---|---|---|---|---|',
    );
    for (const r of section.rows) {
      out.push(
        `| \`${cell(r.key)}\` | ${cell(r.v11In)} | ${cell(r.v12Out)} | ${cell(r.canon)} | ${r.basis.join('; ')} | ${carriage(r)} |`,
      );
    }
    out.push('');
  }
  out.push(
    '## v12-only fields',
    '',
    'Ignored, never compared: ' + V12_ONLY_FIELDS.map((f) => `\`${f}\``).join(', ') + '.',
    '',
  );
  return out.join('\n');
}

/** `npm run docs:mapping`: writes the rendering to docs/v12-mapping.md (atomically). */
export async function writeMappingDoc(path = 'docs/v12-mapping.md'): Promise<void> {
  const { writeFileAtomic } = await import('../core/writeFileAtomic.js');
  writeFileAtomic(path, renderMappingDoc());
}
