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
 * Features the PDF printer turns off: background traffic (as playwright-core does), and Chromium 156's
 * headless browser preloading its omnibox WebUI (a renderer with ~400 scripts, about a CPU second)
 * with the first page.
 */
const PRINTER_DISABLED_FEATURES = [
  // playwright-core 1.65's own list (chromiumSwitches.ts): Chromium keeps only the last --disable-features,
  // so ours must carry theirs too.
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'CDPScreenshotNewSurface',
  'MediaRouter',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'PreloadTopChromeWebUI',
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
];

/**
 * Features the PDF printer turns on: playwright-core's own (it passes --enable-features too, and
 * Chromium keeps only the last one), and the network service inside the browser process instead of a
 * process of its own (a process fewer to start on 2 busy cores; the pages make no requests anyway).
 */
const PRINTER_ENABLED_FEATURES = [
  'CDPScreenshotNewSurface',
  'SkipListAccountsWithoutGaiaCookies',
  'NetworkServiceInProcess2',
];

/**
 * The flags of the Chromium that prints the PDFs (playwright-core adds the profile and the
 * pipe): no throttling of the pages printing side by side, /tmp instead of a container's small
 * /dev/shm, no first-run work (extensions, default apps, keychain, field trials).
 */
export const PRINTER_ARGS = [
  ...CHROMIUM_ARGS,
  '--disable-dev-shm-usage',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-breakpad',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--disable-field-trial-config',
  '--disable-search-engine-choice-screen',
  '--no-default-browser-check',
  '--no-service-autorun',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--mute-audio',
  `--disable-features=${PRINTER_DISABLED_FEATURES.join(',')}`,
  `--enable-features=${PRINTER_ENABLED_FEATURES.join(',')}`,
  // Fewer processes to start: the GPU (software-only here) runs in the browser process, and every page
  // shares one renderer.
  '--in-process-gpu',
  '--renderer-process-limit=1',
];
