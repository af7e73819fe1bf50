#!/usr/bin/env node
// The DVV readiness scenario: change the store the way the test needs, then sync, round by round.
import { join } from 'node:path';
import { parseDefects } from './lib/defects.mjs';
import { readJson, writeJson } from './lib/jsonFile.mjs';
import { option, openStore, runSync } from './lib/runSync.mjs';
import { addFresh, deleteSome, freshMaterial, modify, restoreService } from './lib/scenarioSteps.mjs';

const USAGE = `usage: node scenario.mjs <step>... [--data <dir>] [--tag <tag>] [--defect <name>]...
steps, each followed by a sync round:
  baseline  sync the store as it is (material that exists before the test)
  create    round 1: add fresh material, tagged so it was never in PTV before
  modify    round 2: edit a sub-organisation, a service, a channel of each type, connection info
  delete    round 3: delete a sub-organisation, a service and two channels (→ archived)
  restore   round 4: the deleted service comes back (→ restored)
  all       create modify delete restore
  --tag     the run's tag (default: a new one at create, then the one in <data>/scenario.json)
  --defect  no-archive | names-truncated | skip-connection-info | modify-old (also SAMPLE_DEFECTS)`;

const argv = process.argv.slice(2);
const steps = argv
  .filter((a, i) => !a.startsWith('--') && !['--data', '--tag', '--defect'].includes(argv[i - 1]))
  .flatMap((s) => (s === 'all' ? ['create', 'modify', 'delete', 'restore'] : [s]));
const known = ['baseline', 'create', 'modify', 'delete', 'restore'];

if (argv.includes('--help') || !steps.length) {
  console.log(USAGE);
} else if (steps.some((s) => !known.includes(s))) {
  console.error(`scenario: unknown step(s) ${steps.filter((s) => !known.includes(s)).join(', ')}\n${USAGE}`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await runScenario(steps);
  } catch (err) {
    console.error(`scenario: ${err.message}`);
    process.exitCode = 2;
  }
}

async function runScenario(steps) {
  const dataDir = option(argv, 'data') ?? 'data';
  const defects = parseDefects(argv);
  const scenarioPath = join(dataDir, 'scenario.json');
  const template = readJson(new URL('./scenario-material.json', import.meta.url));
  const base = readJson(new URL('./store.json', import.meta.url));
  // The tag becomes part of every sourceId, and PTV takes only letters, digits, '-' and '.' there.
  const givenTag = option(argv, 'tag');
  if (givenTag !== undefined && !/^[A-Za-z0-9.-]+$/.test(givenTag)) {
    throw new Error(`--tag '${givenTag}': use letters, digits, '-' and '.' only (it goes into sourceIds)`);
  }
  let failed = 0;
  for (const step of steps) {
    const { store, save } = openStore(dataDir);
    if (step !== 'baseline') {
      const saved = readJson(scenarioPath, {});
      const tag = givenTag ?? (step === 'create' ? undefined : saved.tag) ?? newTag();
      writeJson(scenarioPath, { tag });
      const material = freshMaterial(template, tag);
      if (step === 'create') addFresh(store, material);
      if (step === 'modify') modify(store, material, base, { modifyOld: defects.has('modify-old') });
      if (step === 'delete') deleteSome(store, material);
      if (step === 'restore') restoreService(store, material);
      save();
    }
    console.log(`== ${step}${step === 'baseline' ? '' : ` (tag ${readJson(scenarioPath).tag})`}`);
    const summary = await runSync({ dataDir, defects });
    failed += summary.failed.length;
  }
  return failed ? 1 : 0;
}

/** Short, sourceId-safe and new for every run: base-36 time plus randomness. */
function newTag() {
  return `t${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
