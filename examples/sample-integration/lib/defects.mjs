// Deliberate defects, for showing what `ptv-readiness observe` reports when an integration is wrong.
export const DEFECTS = ['no-archive', 'names-truncated', 'skip-connection-info', 'modify-old'];

/** `--defect a --defect b,c` on the command line and `SAMPLE_DEFECTS=a,b` in the environment. */
export function parseDefects(argv, env = process.env) {
  const names = (env.SAMPLE_DEFECTS ?? '').split(',');
  argv.forEach((arg, i) => {
    if (arg === '--defect') names.push(...(argv[i + 1] ?? '').split(','));
    else if (arg.startsWith('--defect=')) names.push(...arg.slice('--defect='.length).split(','));
  });
  const set = new Set(names.map((n) => n.trim()).filter(Boolean));
  const unknown = [...set].filter((n) => !DEFECTS.includes(n));
  if (unknown.length)
    throw new Error(`unknown defect(s): ${unknown.join(', ')} (known: ${DEFECTS.join(', ')})`);
  return set;
}
