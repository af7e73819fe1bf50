/**
 * PTV's regular expressions (in-api-v11.md §13), exactly as PTV prints them in
 * "The field X must match the regular expression '<regex>'.". .NET's RegularExpressionAttribute
 * matches the whole string, so `full()` anchors each for JSON Schema.
 */
export const PTV_REGEX = {
  sourceId: '^[A-Za-z0-9-.]*$',
  businessCode: '^[0-9]{7}-[0-9]{1}$',
  orgOid: '^\\d+\\.\\d+\\.\\d+\\.\\d+\\.\\d+\\.\\d+\\.\\d+$',
  locationOid: '^[A-Za-z0-9.-]*$',
  municipality: '^[0-9]{1,3}$',
  postalCode: '\\d{5}?',
  country: '^[A-Z]{2}$',
  coordinate: '^\\d+\\.?\\d*$',
  time: '^([0-1][0-9]|[2][0-3]):(00|15|30|45)(:00)?$',
  language: '^[a-z-]*$',
  prefix: '^\\+[0-9]{1,4}$',
  phoneNumber: '^\\d{1,20}$',
  signatures: '^[1-9]\\d*$',
  ontology: '^http://www.yso.fi/onto/[a-z]*/p[0-9]{1,5}$',
  targetGroup:
    '^http:\\/\\/(urn.fi\\/URN:NBN:fi:au:ptvl:v[0-9]+$|uri.suomi.fi\\/codelist\\/ptv\\/ptvkohderyhmat\\/code\\/KR[1-3](.[0-9])*$)',
  serviceClass:
    '^http:\\/\\/(urn.fi\\/URN:NBN:fi:au:ptvl:v[0-9]+$|uri.suomi.fi\\/codelist\\/ptv\\/ptvserclass[2]{0,1}\\/code\\/P[0-9]{1,2}((.[0-9]{1,2}){0,1})*$)',
  lifeEvent:
    '^http:\\/\\/(urn.fi\\/URN:NBN:fi:au:ptvl:v[0-9]+$|uri.suomi.fi\\/codelist\\/ptv\\/ptvelti\\/code\\/KE[0-9]{1,2}(.[0-9])*$)',
  industrialClass:
    '^http:\\/\\/(www.stat.fi\\/meta\\/luokitukset\\/toimiala\\/001-2008\\/[0-9]{1,5}$|uri.suomi.fi\\/codelist\\/jhs\\/toimiala_1_20080101\\/code\\/[A-Z0-9]{1,5}$)',
} as const;

export type PtvRegexName = keyof typeof PTV_REGEX;

/** Full-string form for JSON Schema `pattern` (.NET semantics: the whole value must match). */
export function full(regex: string): string {
  return `^(?:${regex})$`;
}
