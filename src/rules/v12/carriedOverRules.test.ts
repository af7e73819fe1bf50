import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/toolVersion.js';
import { validateV12 } from './validateV12.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- example bodies are mutated freely
const read = (f: string): any =>
  JSON.parse(readFileSync(join(packageRoot(), 'fixtures', 'examples-v12', f), 'utf8'));
const rules = (body: unknown, kind: 'service' | 'servicelocation-channel') =>
  validateV12(body, { kind, op: 'post' }).findings.map((f) => `${f.severity} ${f.rule} ${f.path}`);

describe('v11 rules assumed to carry over to v12: warnings, never errors', () => {
  it('service classification: main classes only, unknown codes, KR1/KR2 dependencies', () => {
    const s = read('service.json');
    s.serviceClasses = ['P1', 'P99.9'];
    s.targetGroups = ['KR2', 'KR9'];
    s.lifeEvents = ['KE1'];
    s.industrialClasses = ['http://uri.suomi.fi/codelist/jhs/toimiala_1_20080101/code/35'];
    expect(rules(s, 'service')).toEqual([
      'warning v12.carriedOver.serviceClassCode /serviceClasses/1',
      'warning v12.carriedOver.targetGroupCode /targetGroups/1',
      'warning v12.carriedOver.kr2SubGroup /targetGroups',
      'warning v12.carriedOver.lifeEventsNeedKr1 /targetGroups',
    ]);
    s.serviceClasses = ['P1'];
    expect(rules(s, 'service')).toContain('warning v12.carriedOver.notAllMainClasses /serviceClasses');
    expect(validateV12(s, { kind: 'service', op: 'post' }).valid).toBe(true);
  });

  it('name equal to summary, unknown municipality and postal codes', () => {
    const s = read('service.json');
    s.languageVersions.sv.summary = s.languageVersions.sv.name;
    s.area.municipalities = ['999'];
    expect(rules(s, 'service')).toEqual([
      'warning v12.carriedOver.nameNotSummary /languageVersions/sv/summary',
      'warning v12.carriedOver.municipalityCode /area/municipalities/0',
    ]);
    const loc = read('servicelocation-channel.json');
    loc.location.streetAddresses[0].postalCode = '12345';
    expect(rules(loc, 'servicelocation-channel')).toEqual([
      'warning v12.carriedOver.postalCode /location/streetAddresses/0/postalCode',
    ]);
  });
});
