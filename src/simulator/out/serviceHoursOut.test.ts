import { describe, expect, it } from 'vitest';
import { outServiceHours } from './serviceHoursOut.js';

// V11VmOpenApiServiceHour.cs:41-64 and CoreExtensions.cs:1095-1098 (ptv-release-3_4).
describe('outServiceHours: service hours as PTV GET shows them', () => {
  it('marks open-ended regular hours valid for now, blanks dayTo and prints times with seconds', () => {
    const [h] = outServiceHours([
      {
        serviceHourType: 'DaysOfTheWeek',
        validFrom: '2026-01-01T00:00:00Z',
        openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '08:00', to: '16:30' }],
      },
    ]);
    expect(h).toEqual({
      serviceHourType: 'DaysOfTheWeek',
      validFrom: null,
      validForNow: true,
      openingHour: [{ dayFrom: 'Monday', dayTo: '', from: '08:00:00', to: '16:30:00' }],
    });
  });

  it('keeps validFrom and dayTo where PTV does: hours with validTo, exceptional hours', () => {
    const bounded = {
      serviceHourType: 'OverMidnight',
      validFrom: '2026-01-01T00:00:00Z',
      validTo: '2026-02-01T00:00:00Z',
      openingHour: [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '22:00:00', to: '02:00:00' }],
    };
    const exceptional = {
      serviceHourType: 'Exceptional',
      validFrom: '2026-12-24T00:00:00Z',
      isClosed: true,
      openingHour: [],
    };
    expect(outServiceHours([bounded, exceptional])).toEqual([bounded, exceptional]);
    expect(outServiceHours(null)).toEqual([]);
  });
});
