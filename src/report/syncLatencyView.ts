import { formatDuration, helsinkiTime } from './helsinkiTime.js';
import type { Lang } from './labels.js';
import type { ReportModel } from './model.js';

/** Labels of the sync latency table (driven runs, #12), kept beside the one view that uses them. */
const L = {
  fi: {
    title: 'Synkronoinnin viive',
    note: (y: string) =>
      `Aika lähdejärjestelmän muutoksesta siihen, kun muutos näkyi PTV:ssä. DVV:n vaatimus: muutokset ja poistot PTV:hen vähintään kerran vuorokaudessa (${y}).`,
    step: 'Vaihe',
    item: 'Kohta',
    changedAt: 'Muutos lähteessä',
    latency: 'Viive',
    state: 'Tila',
    visible: 'näkyi PTV:ssä',
    notVisible: 'ei näkynyt aikarajassa',
    within: 'vaatimuksen mukainen',
    over: 'yli vuorokauden',
    longest: 'Pisin viive',
    perItem: 'Kohdittain',
  },
  en: {
    title: 'Sync latency',
    note: (y: string) =>
      `Time from the change in the source system to the change visible in PTV. DVV's requirement: changes and deletions reach PTV at least once a day (${y}).`,
    step: 'Step',
    item: 'Item',
    changedAt: 'Source change',
    latency: 'Latency',
    state: 'State',
    visible: 'visible in PTV',
    notVisible: 'not visible within the sync timeout',
    within: 'within the requirement',
    over: 'over a day',
    longest: 'Longest latency',
    perItem: 'Per item',
  },
} as const;

/** Seconds and minutes as everywhere in the report; hours for what a scheduled integration takes. */
function latencyText(ms: number): string {
  return ms >= 2 * 3_600_000 ? `${(ms / 3_600_000).toFixed(1)} h` : formatDuration(ms);
}

/**
 * The sync latency table of a driven run, per step and per DVV item, with the daily-sync yardstick;
 * `false` for runs without one (builtin, observe).
 */
export function syncLatencyView(model: ReportModel, lang: Lang) {
  const s = model.syncLatency;
  if (!s || s.rows.length === 0) return false as const;
  const l = L[lang];
  const rows = s.rows.map((r) => ({
    caseId: r.caseId,
    step: r.step,
    item: r.item,
    changedAt: helsinkiTime(r.changedAt),
    latency: r.latencyMs === undefined ? '–' : latencyText(r.latencyMs),
    state:
      r.state === 'visible'
        ? r.withinYardstick
          ? `${l.visible}, ${l.within}`
          : `${l.visible}, ${l.over}`
        : l.notVisible,
    cls: r.state === 'visible' && r.withinYardstick ? 'passed' : 'failed',
  }));
  const items = [...new Set(s.rows.map((r) => r.item))].map((item) => {
    const of = s.rows.filter((r) => r.item === item);
    const seen = of.filter((r) => r.latencyMs !== undefined);
    const ok = of.every((r) => r.state === 'visible' && r.withinYardstick);
    return {
      item,
      count: of.length,
      longest: seen.length ? latencyText(Math.max(...seen.map((r) => r.latencyMs!))) : '–',
      verdict: ok ? l.within : of.some((r) => r.state === 'not-visible') ? l.notVisible : l.over,
      cls: ok ? 'passed' : 'failed',
    };
  });
  return { l, note: l.note(latencyText(s.yardstickMs)), rows, items };
}
