import { accessSync, constants } from 'node:fs';

/** Where Chromium / Chrome usually live on Linux and macOS; PTV_READINESS_CHROME wins over all. */
export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium executable for PDF output, or undefined. An explicitly set PTV_READINESS_CHROME that
 * is not executable also gives undefined (the caller reports PTVR_CHROMIUM_NOT_FOUND) rather than
 * silently falling back to another browser.
 */
export function findChrome(
  env: NodeJS.ProcessEnv = process.env,
  candidates = CHROME_CANDIDATES,
): string | undefined {
  const explicit = env.PTV_READINESS_CHROME;
  if (explicit !== undefined && explicit !== '') return executable(explicit) ? explicit : undefined;
  return candidates.find(executable);
}
