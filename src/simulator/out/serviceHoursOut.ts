type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `HH:mm` → `HH:mm:ss`: PTV stores a TimeSpan and prints it `{0:D2}:{1:D2}:{2:D2}` (CoreExtensions.cs:1095-1098). */
function longTime(v: unknown): unknown {
  return typeof v === 'string' && /^\d{2}:\d{2}$/.test(v) ? `${v}:00` : v;
}

/**
 * Service hours as PTV's GET shows them (V11VmOpenApiServiceHour.FixServiceHourData, :41-64, applied by
 * OpenApiServiceHourTranslator.cs:115 to channel and connection hours, ptv-release-3_4): a
 * `DaysOfTheWeek` or `OverMidnight` entry without `validTo` is `validForNow: true` with `validFrom: null`;
 * a `DaysOfTheWeek` entry's `dayTo` is blanked; times come back as `HH:mm:ss`.
 */
export function outServiceHours(list: unknown): unknown[] {
  if (!Array.isArray(list)) return [];
  return list.map((h) => {
    if (!isObj(h)) return h;
    const type = h.serviceHourType;
    const openEnded =
      (type === 'DaysOfTheWeek' || type === 'OverMidnight') &&
      (h.validTo === undefined || h.validTo === null);
    const hours = Array.isArray(h.openingHour)
      ? h.openingHour.map((o: unknown) =>
          isObj(o)
            ? {
                ...o,
                from: longTime(o.from),
                to: longTime(o.to),
                ...(type === 'DaysOfTheWeek' ? { dayTo: '' } : {}),
              }
            : o,
        )
      : h.openingHour;
    return {
      ...h,
      ...(openEnded ? { validFrom: null, validForNow: true } : {}),
      ...(hours !== undefined ? { openingHour: hours } : {}),
    };
  });
}
