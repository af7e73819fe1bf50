import { lazyCommand } from '../defineCommand.js';

// Each command's module loads only when it is the one run: `run` never loads the simulator's CLI
// options, `validate` never loads the engine, `--help` loads none (a fast start, issue #14).
// The name and summary are repeated here for `--help`; index.test.ts checks them against the modules.

/** Every subcommand, in the order `--help` lists them. */
export const commands = [
  lazyCommand(
    'run',
    'Run the readiness suites against a target and write the DVV test report',
    async () => (await import('./run.js')).runCommand,
  ),
  lazyCommand(
    'simulate',
    'Serve the embedded PTV v11 simulator (API + api-login) for manual or external runs',
    async () => (await import('./simulate.js')).simulateCommand,
  ),
  lazyCommand(
    'validate <inputs..>',
    'Validate PTV v11 IN payloads or, with --api v12, v12 write requests (JSON, JSON array or NDJSON; files, directories or - for stdin)',
    async () => (await import('./validate.js')).validateCommand,
  ),
  lazyCommand(
    'report <run-dir>',
    'Re-render the DVV test report and its annex (HTML, PDF, Markdown, JUnit) of a past run from its report.json; for an observe run killed before it wrote one, build it from the recorded observe log',
    async () => (await import('./report.js')).reportCommand,
  ),
  lazyCommand(
    'cleanup <run-dir>',
    'Archive everything a run created and did not archive (idempotent; never on production)',
    async () => (await import('./cleanup.js')).cleanupCommand,
  ),
  lazyCommand(
    'verify <run-dir>',
    'Check a run directory against its manifest.json (SHA-256 of every artefact)',
    async () => (await import('./verify.js')).verifyCommand,
  ),
  lazyCommand(
    'content',
    "Check an organisation's published catalogue against DVV's content checklist (read-only)",
    async () => (await import('./content.js')).contentCommand,
  ),
  lazyCommand(
    'bundle <run-dir> [content-run-dir]',
    'Pack a run (and a content report) into one zip for DVV with ready-to-send messages; sends nothing',
    async () => (await import('./bundle.js')).bundleCommand,
  ),
  lazyCommand(
    'history',
    'List the runs of a reports directory, newest first, with the verdict trend per DVV item',
    async () => (await import('./history.js')).historyCommand,
  ),
  lazyCommand(
    'observe',
    "Record and judge your own integration's traffic through a local proxy, and write the DVV test report from it",
    async () => (await import('./observe.js')).observeCommand,
  ),
  lazyCommand(
    'v12-spec',
    'Compare the published PTV v12 OpenAPI document with the one ptv-readiness was built against; exit 1 when write operations or request schemas changed',
    async () => (await import('./v12Spec.js')).v12SpecCommand,
  ),
  lazyCommand(
    'diff <baseline-run> <candidate-run>',
    'Compare two runs: cases (regression, fixed, coverage lost, added, removed) and entity fields by neutral key',
    async () => (await import('./diff.js')).diffCommand,
  ),
  lazyCommand(
    'readback <run-dir>',
    "Finish a run's pending V12 read-back (run --read-api v12 --v12-defer), re-render, then archive",
    async () => (await import('./readback.js')).readbackCommand,
  ),
];
