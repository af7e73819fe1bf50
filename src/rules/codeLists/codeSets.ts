import { ISO_3166_1_ALPHA2, ISO_639_1, ITU_DIAL_PREFIXES } from './isoLists.js';
import { municipalities, postalCodes, serviceClassUris, targetGroupUris } from './finnishCodes.js';

/** Code lists the `ptvCodeList` schema keyword checks against; Sets are built once, lazily. */
export type CodeListName =
  | 'postalCode'
  | 'municipality'
  | 'country'
  | 'dialCode'
  | 'language'
  | 'serviceClass'
  | 'targetGroup'
  | 'area';

let lang: ReadonlySet<string> | undefined;
let country: ReadonlySet<string> | undefined;
let dial: ReadonlySet<string> | undefined;

export function isKnownCode(list: CodeListName, code: string): boolean {
  switch (list) {
    case 'postalCode':
      return postalCodes().has(code);
    case 'municipality':
      return municipalities().has(code);
    case 'country':
      country ??= new Set(ISO_3166_1_ALPHA2);
      return country.has(code);
    case 'dialCode':
      dial ??= new Set(ITU_DIAL_PREFIXES);
      return dial.has(code);
    case 'language':
      lang ??= new Set(ISO_639_1);
      return lang.has(code);
    case 'serviceClass':
      return serviceClassUris().has(code.replace('/ptvserclass/', '/ptvserclass2/'));
    case 'targetGroup':
      return targetGroupUris().has(code);
    case 'area':
      // Area codes depend on the sibling `type`; checked in checks/areas.ts.
      return true;
  }
}
