// Loads the store and the sync state from the data directory and runs one sync round.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, writeJson } from './jsonFile.mjs';
import { createPtvApi, ptvSettingsFromEnv } from './ptvApi.mjs';
import { emptyState, syncStore } from './syncStore.mjs';

const BUNDLED_STORE = new URL('../store.json', import.meta.url);

/** The data directory's store; the first time, a copy of the bundled store.json. */
export function openStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'store.json');
  const store = readJson(path, readJson(BUNDLED_STORE));
  return { store, save: () => writeJson(path, store) };
}

export async function runSync({ dataDir, defects, env = process.env, log = console.log }) {
  const settings = ptvSettingsFromEnv(env);
  const { store, save: saveStore } = openStore(dataDir);
  saveStore();
  const statePath = join(dataDir, 'sync-state.json');
  const state = readJson(statePath, emptyState);
  const api = createPtvApi(settings, log);
  const summary = await syncStore({
    store,
    state,
    api,
    organizationId: settings.organizationId,
    defects,
    save: () => writeJson(statePath, state),
    log,
  });
  const { failed, ...counts } = summary;
  log(
    `sync done: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}, ${failed.length} failed`,
  );
  return summary;
}

/** `--name value` or `--name=value`. */
export function option(argv, name) {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
