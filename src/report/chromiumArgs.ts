/**
 * Flags for every Chromium launch: headless, and no background traffic (updates, sync, QUIC
 * probes), which would otherwise flood a closed network. --no-sandbox because CI runs as root.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
