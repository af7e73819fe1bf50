/** The version-neutral model (v12-migration.md §4.4): neutral keys, canonical rules, the mapping table. */
export * from './keys.js';
export { compareCanon, markdownMatch, renderPlain, text, unescapeMarkdown, type TextMatch } from './canon.js';
export {
  MAPPING,
  MAPPING_ROWS,
  V12_ONLY_FIELDS,
  isDroppedInV12,
  isNotCompared,
  mappingRowOf,
} from './mapping.js';
export type { Basis, Carriage, MappingRow, MappingSection } from './mapping.js';
export type { NeutralContext } from './neutralFromV11.js';
export { fromV11In } from './fromV11In.js';
export { fromV11Out } from './fromV11Out.js';
export { fromV12Out, v12KindOf } from './fromV12Out.js';
export { fromV12Request } from './fromV12Request.js';
export { fromV11Connection } from './fromV11Connection.js';
