// What happens in the source system between the sync rounds of a DVV readiness test: fresh material
// is added (round 1), some of it is edited (round 2), some deleted (round 3) and one deleted service
// comes back (round 4). Each step changes the store only; the sync round that follows publishes it.

/** The scenario's material with the run's tag in every key, name and sourceId. */
export function freshMaterial(template, tag) {
  const { about: _about, ...material } = JSON.parse(JSON.stringify(template).replaceAll('{tag}', tag));
  return material;
}

const LISTS = ['units', 'services', 'channels'];
const find = (store, list, key) => {
  const rec = store[list].find((r) => r.key === key);
  if (!rec) throw new Error(`store has no ${list} record '${key}'`);
  return rec;
};

/** Round 1: the fresh material enters the source system. */
export function addFresh(store, material) {
  for (const list of [...LISTS, 'connections']) {
    const have = new Set(store[list].map((r) => r.key ?? `${r.service}>${r.channel}`));
    store[list].push(...material[list].filter((r) => !have.has(r.key ?? `${r.service}>${r.channel}`)));
  }
}

const NOTE = {
  fi: 'Toiminta uudistuu vuoden 2027 alussa.',
  sv: 'Verksamheten förnyas i början av 2027.',
  en: 'The activities are renewed at the beginning of 2027.',
};

/**
 * Round 2: editors change the fresh material — a sub-organisation, a service, one channel of every
 * type and the connection information. `modifyOld` is the `modify-old` defect: the edits land on the
 * material that was in PTV before the test instead.
 */
export function modify(store, material, base, { modifyOld }) {
  const source = modifyOld ? base : material;
  const targets = [
    ['units', source.units[0].key],
    ['services', source.services[0].key],
    ...Object.values(
      Object.fromEntries(source.channels.map((c) => [c.type, ['channels', c.key]])), // one per type
    ),
  ];
  for (const [list, key] of targets) {
    const rec = find(store, list, key);
    for (const lang of Object.keys(rec.description)) {
      if (!rec.description[lang].endsWith(NOTE[lang])) rec.description[lang] += ` ${NOTE[lang]}`;
    }
  }
  // Connection information: longer hours on the first connection, and information added to a
  // connection that had none.
  const service = source.services[0].key;
  const conns = store.connections.filter((c) => c.service === service);
  const first = conns.find((c) => c.info);
  if (first) first.hours = [{ days: 'Monday-Friday', open: '14:00', close: '22:00' }];
  const plain = conns.find((c) => !c.info);
  if (plain) {
    plain.charge = 'FreeOfCharge';
    plain.info = {
      fi: 'Verkkosivuilla on ajankohtaiset tiedot ja tapahtumat.',
      sv: 'På webbplatsen finns aktuell information och evenemang.',
      en: 'The website has current information and events.',
    };
  }
}

/** Round 3: the second sub-organisation, the second service and two of its channels are deleted. */
export function deleteSome(store, material) {
  const gone = new Set([
    material.units[1].key,
    material.services[1].key,
    ...material.channels.filter((c) => c.type === 'eservice' || c.type === 'form').map((c) => c.key),
  ]);
  for (const list of LISTS) store[list] = store[list].filter((r) => !gone.has(r.key));
  store.connections = store.connections.filter((c) => !gone.has(c.service) && !gone.has(c.channel));
}

/** Round 4: the deleted service comes back (next summer), with its remaining channel. */
export function restoreService(store, material) {
  const svc = material.services[1];
  if (!store.services.some((s) => s.key === svc.key)) store.services.push(structuredClone(svc));
  const alive = new Set(store.channels.map((c) => c.key));
  const have = new Set(store.connections.map((c) => `${c.service}>${c.channel}`));
  for (const c of material.connections) {
    if (c.service === svc.key && alive.has(c.channel) && !have.has(`${c.service}>${c.channel}`)) {
      store.connections.push(structuredClone(c));
    }
  }
}
