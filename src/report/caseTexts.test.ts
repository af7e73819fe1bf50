import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/toolVersion.js';
import {
  CASE_TITLES,
  caseTitle,
  FINDING_RULES,
  findingMessage,
  finnishTitle,
  KIND_TEXTS,
  blockerNote,
  skipNote,
  SKIP_NOTES_EN,
  errorText,
} from './caseTexts.js';

/** Every `rule: '…'` literal the tool's own checks write (suites and read-back comparison). */
function emittedRuleIds(): string[] {
  const root = packageRoot();
  const dirs = ['suites', 'suites/support', 'src/readback'];
  const ids = new Set<string>(['check']); // check()'s default in suites/support/http.ts
  for (const dir of dirs) {
    for (const f of readdirSync(join(root, dir))) {
      if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
      const src = readFileSync(join(root, dir, f), 'utf8');
      for (const m of src.matchAll(/\brule: '([^']+)'/g)) ids.add(m[1]!);
    }
  }
  return [...ids].sort();
}

describe('case texts catalogue', () => {
  it('has fi and en for every fixed case and entity kind', () => {
    for (const t of [...Object.values(CASE_TITLES), ...Object.values(KIND_TEXTS)]) {
      expect(t.fi.length).toBeGreaterThan(0);
      expect(t.en.length).toBeGreaterThan(0);
    }
    expect(Object.keys(CASE_TITLES)).toHaveLength(67);
  });

  it('has fi and en for every finding rule id the suites and the read-back comparison emit', () => {
    const ids = emittedRuleIds();
    expect(ids).toContain('readback.mismatch');
    expect(ids).toContain('archive.stillReadable');
    expect(ids.filter((id) => !FINDING_RULES[id])).toEqual([]);
    for (const r of Object.values(FINDING_RULES)) {
      expect(r.fi).not.toBe('');
      expect(r.en).not.toBe('');
      expect(r.fi).not.toBe(r.en);
    }
  });

  it('translates fixed titles by id only while the English text still matches', () => {
    expect(caseTitle('ORG-01', 'create a sub-organisation under the configured organisation', 'fi')).toBe(
      'aliorganisaation luonti määritetyn organisaation alle',
    );
    expect(caseTitle('ORG-01', 'create a sub-organisation under the configured organisation', 'en')).toBe(
      'create a sub-organisation under the configured organisation',
    );
    expect(finnishTitle('ORG-01', 'a reworded title')).toBeUndefined();
  });

  it('translates the run-time V12 case titles (one per entity or connection pair)', () => {
    expect(finnishTitle('V12-SRV-01', 'SRV-01:service read back through v12 matches v11')).toBe(
      'SRV-01:service: v12:n kautta takaisin luettu vastaa v11:tä',
    );
    expect(
      finnishTitle('V12-ARC-03', 'archived ARC-01:service.1 is gone on v12 and listed as archived'),
    ).toBe('arkistoitu ARC-01:service.1 puuttuu v12:sta ja näkyy arkistoitujen listassa');
    expect(finnishTitle('V12-CON-02', 'connection CON-01:service > CON-01:phone.1 on v12 matches v11')).toBe(
      'liitos CON-01:service > CON-01:phone.1 vastaa v12:ssa v11:tä',
    );
    // Only V12 ids take these shapes.
    expect(finnishTitle('SRV-01', 'SRV-01:service read back through v12 matches v11')).toBeUndefined();
  });

  it('translates the generated T5 title shapes', () => {
    expect(finnishTitle('FMT-001', 'service: ServiceNames[0].Value is required')).toBe(
      'palvelu: ServiceNames[0].Value on pakollinen',
    );
    expect(
      finnishTitle(
        'FMT-002',
        'phone: PhoneNumbers[0].Number max 20: at the limit accepted, one over refused',
      ),
    ).toBe(
      'puhelinasiointikanava: PhoneNumbers[0].Number enintään 20: raja-arvo hyväksytään, yhtä pidempi hylätään',
    );
    expect(
      finnishTitle(
        'FMT-003',
        'servicelocation: Addresses[0].Country not in the country code list is refused',
      ),
    ).toBe('palvelupiste: Addresses[0].Country: koodiston country ulkopuolinen arvo hylätään');
    expect(finnishTitle('FMT-004', 'service: a language only in an optional list is refused')).toBe(
      'palvelu: vain valinnaisessa listassa esiintyvä kieli hylätään',
    );
    expect(finnishTitle('FMT-005', 'unknownkind: X is required')).toBeUndefined();
  });

  it('translates every skip note the suites and the engine write', () => {
    for (const n of SKIP_NOTES_EN) expect(skipNote(n, 'fi')).not.toBe(n);
    expect(skipNote('something new', 'fi')).toBe('something new');
    expect(skipNote('not run', 'en')).toBe('not run');
    expect(skipNote('blocked by ARC-02 (needed case ARC-01 was blocked)', 'fi')).toBe(
      'estetty: ARC-02 (tarvittu tapaus ARC-01 estettiin)',
    );
  });

  it('names the blocker once, with the reason the suite kit gives', () => {
    expect(blockerNote('ARC-02', 'blocked by ARC-02 (needed case failed)', 'fi', 'estäjä')).toBe(
      'estäjä ARC-02 (tarvittu tapaus epäonnistui)',
    );
    expect(blockerNote('ARC-02', 'blocked by ARC-02 (needed case failed)', 'en', 'blocked by')).toBe(
      'blocked by ARC-02 (needed case failed)',
    );
    expect(blockerNote('ORG-01', 'blocked by ORG-01', 'en', 'blocked by')).toBe('blocked by ORG-01');
    expect(blockerNote('CH-05', 'not run', 'fi', 'estäjä')).toBe('estäjä CH-05 – ei ajettu');
    expect(blockerNote(undefined, 'not run', 'fi', 'estäjä')).toBe('ei ajettu');
  });

  it('translates finding messages, keeping their values, and falls back to the rule text', () => {
    expect(
      findingMessage(
        { rule: 'http.status', message: 'PUT /Service/{id}: expected HTTP 200, got 500 — Internal error' },
        'fi',
      ),
    ).toBe('PUT /Service/{id}: odotettiin HTTP 200, saatiin 500 — Internal error');
    expect(
      findingMessage(
        {
          rule: 'archive.stillReadable',
          message: 'GET /api/v11/Service/x answered 200 after archiving; PTV answers 404 for archived items',
        },
        'fi',
      ),
    ).toBe(
      'GET /api/v11/Service/x vastasi 200 arkistoinnin jälkeen; PTV vastaa 404 arkistoiduille kohteille',
    );
    expect(
      findingMessage(
        { rule: 'org.parent', message: 'the sub-organisation is not under the configured organisation' },
        'fi',
      ),
    ).toBe('aliorganisaatio ei ole määritetyn organisaation alla');
    expect(findingMessage({ rule: 'pit.429', message: 'an unforeseen wording' }, 'fi')).toBe(
      '429-vastausta ei yritetty uudelleen viiveellä (an unforeseen wording)',
    );
    expect(findingMessage({ rule: 'field.key', message: 'x' }, 'en')).toBe('x');
  });

  it('translates a failure summary line by line, and the own exception texts of the suites', () => {
    const err =
      '2 error finding(s):\n  - [http.status] PUT /Service/{id}: PUT /Service/{id}: expected HTTP 200, got 500\n  - [org.parent] ParentOrganizationId: the sub-organisation is not under the configured organisation';
    expect(errorText(err, 'fi')).toBe(
      '2 virhehavaintoa:\n  - [http.status] PUT /Service/{id}: PUT /Service/{id}: odotettiin HTTP 200, saatiin 500\n  - [org.parent] ParentOrganizationId: aliorganisaatio ei ole määritetyn organisaation alla',
    );
    expect(errorText(err, 'en')).toBe(err);
    expect(errorText('the write answered 200 without an id', 'fi')).toBe(
      'kirjoitus vastasi 200 ilman tunnistetta',
    );
    expect(errorText('ECONNRESET', 'fi')).toBe('ECONNRESET');
  });
});
