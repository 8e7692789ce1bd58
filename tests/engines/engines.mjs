// The three browser engines the WebDriver subset runs in, and how to start
// each: its WebDriver server, the capabilities for a headless browser that
// keeps off the internet, and (for WebKitGTK) an X display.
//
// Environment:
//   BROWSERS  comma-separated engines to run (default: chromium,firefox,webkit)

import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS as PLAYWRIGHT_CHROMIUM_ARGS } from '../browser/support.mjs';
import { Session, startDriver, startXvfb } from './webdriver.mjs';

export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

/**
 * The engines BROWSERS selects (all when it is unset or empty, as in
 * scripts/test.sh); an unknown name is an error, not a skip.
 */
export function selectedBrowsers(value = process.env.BROWSERS) {
  const names = (value || ALL_BROWSERS.join(','))
    .split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !ALL_BROWSERS.includes(name));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS: unknown ${unknown.join(', ')} `
      + `(choose from ${ALL_BROWSERS.join(', ')})`);
  }
  return names;
}

// The Playwright suite's switches (tests/browser/support.mjs), headless by WebDriver's rules.
const CHROMIUM_ARGS = ['--headless=new', ...PLAYWRIGHT_CHROMIUM_ARGS];

// geckodriver already applies Firefox's "recommended preferences" for
// automation (no update checks, no captive-portal probe, dummy Safe Browsing
// servers); these turn off the rest of Firefox's own traffic.
const FIREFOX_PREFS = {
  'app.normandy.enabled': false,
  'app.update.disabledForTesting': true,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.search.update': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  // Remote settings (blocklists and the like) would otherwise be fetched
  // from firefox.settings.services.mozilla.com at start-up. A release build
  // honours this only with MOZ_DISABLE_NONLOCAL_CONNECTIONS (below).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'toolkit.telemetry.enabled': false,
};

// Debian ships MiniBrowser, WebKitGTK's test browser, outside PATH.
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    driver: () => ({
      command: '/usr/bin/chromedriver',
      args: (port) => [`--port=${port}`],
    }),
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': { binary: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    }),
  },

  firefox: {
    label: 'Firefox ESR',
    driver: () => ({
      command: findGeckodriver(),
      args: (port) => ['--port', String(port), '--host', '127.0.0.1'],
      // Mozilla's own test switch, inherited by Firefox: it refuses any
      // connection that is not to this machine.
      env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    }),
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: FIREFOX_PREFS,
      },
    }),
  },

  webkit: {
    label: 'WebKitGTK',
    needsDisplay: true,
    driver: () => ({
      command: '/usr/bin/WebKitWebDriver',
      args: (port) => [`--port=${port}`, '--host=127.0.0.1'],
    }),
    capabilities: () => ({
      'webkitgtk:browserOptions': {
        binary: findMiniBrowser(),
        // MiniBrowser only accepts a WebDriver session in automation mode.
        args: ['--automation'],
      },
    }),
  },
};

/**
 * Starts the engine's driver (and an X server if it needs one) and opens a
 * session. Returns { session, stop() }; stop() ends everything it started,
 * and must be called even when a test failed.
 */
export async function openBrowser(engineName) {
  const engine = ENGINES[engineName];
  const stack = []; // what to stop, last started first
  const stop = async () => {
    for (const stopOne of stack.reverse()) {
      await stopOne().catch(() => {}); // stop the rest regardless
    }
  };

  try {
    const { env: driverEnv, ...driverCommand } = engine.driver();
    const env = { ...process.env, ...driverEnv };
    if (engine.needsDisplay) {
      const xvfb = await startXvfb();
      stack.push(xvfb.stop);
      env.DISPLAY = xvfb.display;
    }
    const driver = await startDriver({ ...driverCommand, env });
    stack.push(driver.stop);
    const session = await Session.create(driver.url, engine.capabilities())
      .catch((error) => {
        error.message += `\nthe driver said:\n${driver.output()}`;
        throw error;
      });
    stack.push(() => session.delete());
    // The same window size everywhere, so that layout is alike.
    await session.command('POST', '/window/rect', { width: 1280, height: 1024 })
      .catch(() => {}); // some headless windows cannot be resized; not fatal
    return { session, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** geckodriver comes from `cargo install`, which puts it in ~/.cargo/bin. */
function findGeckodriver() {
  const candidates = [
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
    path.join(process.env.CARGO_HOME ?? path.join(homedir(), '.cargo'), 'bin'),
  ].map((directory) => path.join(directory, 'geckodriver'));
  return firstExisting(candidates, 'geckodriver (cargo install geckodriver)');
}

function findMiniBrowser() {
  return firstExisting(MINIBROWSER_CANDIDATES, 'MiniBrowser (Debian package webkit2gtk-driver)');
}

function firstExisting(candidates, what) {
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${what} is not installed; looked in ${candidates.join(', ')}`);
  return found;
}
