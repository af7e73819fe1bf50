import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../report/model.js';
import { kindOfChannelType, type ReadBackKind } from '../readback/fieldMaps.js';
import { fromV11In } from './fromV11In.js';
import { fromV11Out } from './fromV11Out.js';

const sample = JSON.parse(
  readFileSync(new URL('../../docs/sample-report/report.json', import.meta.url), 'utf8'),
) as ReportModel;
const ctx = { roleOf: (id: string) => (id === sample.organization.ptvOrganizationId ? 'ORG' : `id:${id}`) };

function kindOf(id: string | undefined): ReadBackKind | undefined {
  const m = sample.material.find((x) => x.id === id);
  if (!m) return undefined;
  if (m.objectType === 'Service') return 'service';
  if (m.objectType === 'Organization') return 'organization';
  return kindOfChannelType(m.channelType ?? '');
}

/** The sample's entity read-backs as (kind, sent body, read body). */
function entityReadBacks() {
  return sample.cases.flatMap((c) =>
    c.readBacks.flatMap((rb) => {
      const kind = kindOf(rb.entityId);
      if (!kind || rb.endpoint.includes('[]')) return [];
      const sent: Record<string, unknown> = {};
      const read: Record<string, unknown> = {};
      for (const f of rb.fields) {
        const [inName, outName] = f.path.split('→') as [string, string | undefined];
        sent[inName] = f.sent;
        read[outName ?? inName] = f.read;
      }
      return [{ caseId: c.id, kind, sent, read }];
    }),
  );
}

describe('fromV11In / fromV11Out', () => {
  it('give the same neutral state for what was sent and what was read back in every passed read-back of the sample', () => {
    const rbs = entityReadBacks();
    expect(rbs.length).toBeGreaterThan(40);
    let keys = 0;
    for (const { caseId, kind, sent, read } of rbs) {
      const a = fromV11In(kind, sent, ctx);
      const b = fromV11Out(kind, read, ctx);
      expect(b, `${caseId} ${kind}`).toEqual(a);
      keys += Object.keys(a).length;
    }
    expect(keys).toBeGreaterThan(1000);
  });

  it('names the Swedish summary, replaces the configured organisation by ORG and canonicalises phones', () => {
    const srv = entityReadBacks().find((r) => r.kind === 'service')!;
    const state = fromV11In('service', srv.sent, ctx);
    expect(state['service.summary.sv']).toMatch(/^Du behöver/);
    expect(state['service.organization']).toBe('ORG');
    expect(state['service.producers']).toEqual(['self|ORG']);
    expect(state['service.name.fi']).toMatch(/\(ptvr RUN SRV01\.1\)$/);
    expect(state['service.status']).toBe('published');
    const org = entityReadBacks().find((r) => r.kind === 'organization')!;
    expect(fromV11Out('organization', org.read, ctx)['organization.phones.fi']).toEqual([
      'intl|+358|134526964|charged||Vaihde',
    ]);
  });

  it('a changed value changes exactly its key', () => {
    const srv = entityReadBacks().find((r) => r.kind === 'service')!;
    const read = structuredClone(srv.read) as {
      serviceDescriptions: { type: string; language: string; value: string }[];
    };
    const sv = read.serviceDescriptions.find((d) => d.type === 'Summary' && d.language === 'sv')!;
    sv.value = sv.value.slice(0, 10);
    const a = fromV11In('service', srv.sent, ctx);
    const b = fromV11Out('service', read, ctx);
    const changed = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    expect(changed).toEqual(['service.summary.sv']);
  });

  it("a Municipality organisation's area is its municipality, as v12 shows it, whatever v11 stored", () => {
    const stored = {
      organizationType: 'Municipality',
      municipality: { code: '091' },
      areaType: 'Nationwide',
    };
    expect(fromV11Out('organization', stored, ctx)['organization.area']).toBe('limited:m=091;r=;w=');
    const sent = { organizationType: 'Municipality', municipality: '091' };
    expect(fromV11In('organization', sent, ctx)['organization.area']).toBe('limited:m=091;r=;w=');
    const other = { organizationType: 'State', areaType: 'Nationwide' };
    expect(fromV11Out('organization', other, ctx)['organization.area']).toBe('wholeCountry');
  });

  // OpenApiServiceTranslator.cs:91-98 @ ptv-release-3_4: every municipality comes back in one area.
  it('reads the OUT Municipality area as its municipalities, beside areas of other types', () => {
    const read = {
      areaType: 'LimitedType',
      areas: [
        { type: 'Region', code: '01', name: [], municipalities: [{ code: '091' }] },
        { type: 'Municipality', code: null, name: null, municipalities: [{ code: '091' }, { code: '049' }] },
      ],
    };
    expect(fromV11Out('service', read, ctx)['service.area']).toBe('limited:m=049,091;r=01;w=');
  });

  it('keeps wcag levels and statements under their dropped keys, and areas by type', () => {
    const state = fromV11In(
      'webpage',
      {
        accessibilityClassification: [
          {
            language: 'fi',
            accessibilityClassificationLevel: 'PartiallyCompliant',
            wcagLevel: 'LevelA',
            accessibilityStatementWebPage: 'https://x/s',
            accessibilityStatementWebPageName: 'Seloste',
          },
        ],
        areaType: 'LimitedType',
        areas: [
          { type: 'Municipality', areaCodes: ['091', '049'] },
          { type: 'HospitalDistrict', areaCodes: ['25'] },
        ],
        isVisibleForAll: true,
      },
      ctx,
    );
    expect(state).toMatchObject({
      'channel.type': 'webPage',
      'channel.accessibility.fi': 'PartiallyCompliant',
      'channel.accessibility.wcag.fi': 'LevelA',
      'channel.accessibility.statement.fi': 'https://x/s|Seloste',
      'channel.area': 'limited:m=049,091;r=;w=',
      'channel.area.otherTypes': ['HospitalDistrict:25'],
      'channel.connectionScope': 'all',
    });
  });
});
