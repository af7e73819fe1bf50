import { runCommand } from './run.js';
import { simulateCommand } from './simulate.js';
import { validateCommand } from './validate.js';
import { reportCommand } from './report.js';
import { cleanupCommand } from './cleanup.js';
import { verifyCommand } from './verify.js';
import { contentCommand } from './content.js';
import { bundleCommand } from './bundle.js';
import { historyCommand } from './history.js';
import { observeCommand } from './observe.js';
import { v12SpecCommand } from './v12Spec.js';
import { diffCommand } from './diff.js';
import { readbackCommand } from './readback.js';

/** Every subcommand, in the order `--help` lists them. */
export const commands = [
  runCommand,
  simulateCommand,
  validateCommand,
  reportCommand,
  cleanupCommand,
  verifyCommand,
  contentCommand,
  bundleCommand,
  historyCommand,
  observeCommand,
  v12SpecCommand,
  diffCommand,
  readbackCommand,
];
