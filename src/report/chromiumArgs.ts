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

/**
 * Features the PDF printer turns off. The first ones are playwright-core's own list (a
 * `--disable-features` given here replaces it); the last ones stop Chromium 156's headless browser from
 * preloading its omnibox WebUI (a renderer with ~400 scripts, about a CPU second) with the first page.
 */
const PRINTER_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'PreloadTopChromeWebUI',
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
];

/** The flags of the Chromium that prints the PDFs. */
export const PRINTER_ARGS = [...CHROMIUM_ARGS, `--disable-features=${PRINTER_DISABLED_FEATURES.join(',')}`];
