// A minimal W3C WebDriver client on Node's built-in fetch: just enough to
// start a driver (chromedriver, geckodriver, WebKitWebDriver), open one
// session, and drive a page. No npm package, so that any engine with a
// WebDriver server can run the same tests.
//
// The protocol: https://www.w3.org/TR/webdriver2/

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

// Every element reference in the protocol is an object with this one key.
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

// The W3C key codes for the keys the tests press.
export const KEYS = {
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
};

const DRIVER_START_TIMEOUT_MS = 20_000;
// Starting a browser, or a page load over loopback, takes well under this;
// a command that takes longer has hung, and should fail the test instead.
const COMMAND_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------------------
// Processes

/** Asks the kernel for a free TCP port on the loopback interface. */
export async function findFreePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts a long-running process in its own process group, so that stop()
 * also ends whatever it started (chromedriver's Chromium, a stuck Firefox).
 * Keeps the last lines of its output for error messages.
 */
export function startProcess(command, args, { env = process.env, stdio } = {}) {
  const child = spawn(command, args, {
    env,
    detached: true,
    stdio: stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const keep = (chunk) => {
    output.push(...String(chunk).split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (error) => resolve({ error }));
  });

  return {
    child,
    exited,
    output: () => output.join('\n'),
    async stop() {
      // Signal the group even when its leader has gone: what it started may not have.
      signalGroup(child, 'SIGTERM');
      if (await Promise.race([exited, delay(3000, 'timeout')]) === 'timeout') {
        signalGroup(child, 'SIGKILL');
        await exited;
      }
    },
  };
}

/** "exited with code 1", "was killed by SIGTERM", or why it could not start. */
function describeExit({ code, signal, error }) {
  if (error) return `could not start (${error.message})`;
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

function signalGroup(child, signal) {
  if (child.pid === undefined) return; // it never started
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Resolves to value after ms, without keeping Node running until then. */
function delay(ms, value) {
  return new Promise((resolve) => setTimeout(resolve, ms, value).unref());
}

// Xvfb is ready in well under a second on an idle machine, but a CI machine
// busy with the other engines' shutdown once took over 10 s; a stuck start is
// stopped and tried again rather than failing the engine's whole suite.
const XVFB_START_TIMEOUT_MS = 30_000;
const XVFB_ATTEMPTS = 3;

/**
 * Starts a headless X server for engines that need a display (WebKitGTK's
 * MiniBrowser). Xvfb chooses a free display number itself and writes it to
 * file descriptor 3, so two runs never collide over ":99".
 * Returns { display, stop() }.
 */
export async function startXvfb({
  attempts = XVFB_ATTEMPTS, timeoutMs = XVFB_START_TIMEOUT_MS, command = 'Xvfb',
} = {}) {
  const failures = [];
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return await startXvfbOnce(command, timeoutMs);
    } catch (error) {
      failures.push(`attempt ${attempt}: ${error.message}`);
    }
  }
  throw new Error(`Xvfb did not start in ${attempts} attempts:\n${failures.join('\n')}`);
}

async function startXvfbOnce(command, timeoutMs) {
  const xvfb = startProcess(command, [
    '-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });

  const displayNumber = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.child.stdio[3]?.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.exited.then((result) => reject(new Error(
      `Xvfb ${describeExit(result)} before it was ready:\n${xvfb.output()}`)));
    delay(timeoutMs).then(() => reject(new Error(
      `Xvfb did not report a display within ${timeoutMs / 1000} s:\n${xvfb.output()}`)));
  }).catch(async (error) => {
    await xvfb.stop();
    throw error;
  });
  return { display: `:${displayNumber}`, stop: () => xvfb.stop() };
}

// ---------------------------------------------------------------------------
// The driver

/**
 * Starts a WebDriver server and waits until it accepts sessions.
 * `args(port)` gives its command-line arguments for a port.
 * Returns { url, stop(), output() }.
 */
export async function startDriver({ command, args, env }) {
  const port = await findFreePort();
  const driver = startProcess(command, args(port), { env });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, driver);
  } catch (error) {
    await driver.stop();
    error.message += `\n${command} said:\n${driver.output()}`;
    throw error;
  }
  return { url, stop: () => driver.stop(), output: () => driver.output() };
}

async function waitUntilReady(url, driver) {
  const deadline = Date.now() + DRIVER_START_TIMEOUT_MS;
  let driverExit = null;
  driver.exited.then((result) => { driverExit = result; });
  for (;;) {
    if (driverExit) {
      throw new Error(`the driver ${describeExit(driverExit)} before it was ready`);
    }
    const status = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2000) })
      .then((response) => response.json())
      .catch(() => null); // not listening yet
    if (status?.value?.ready) return;
    if (Date.now() > deadline) {
      throw new Error(`the driver was not ready within ${DRIVER_START_TIMEOUT_MS} ms `
        + `(last status: ${JSON.stringify(status)})`);
    }
    await delay(100);
  }
}

// ---------------------------------------------------------------------------
// The session

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path} failed (HTTP ${status}): `
      + `${value?.error ?? 'unknown error'}: ${value?.message ?? JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

export class Session {
  /** Opens a session on a running driver with the given capabilities. */
  static async create(driverUrl, capabilities) {
    const response = await request(driverUrl, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    return new Session(driverUrl, response.sessionId, response.capabilities);
  }

  constructor(driverUrl, id, capabilities) {
    this.driverUrl = driverUrl;
    this.id = id;
    this.capabilities = capabilities;
  }

  command(method, path, body) {
    return request(this.driverUrl, method, `/session/${this.id}${path}`, body);
  }

  /** Ends the session, which closes the browser. */
  delete() {
    return request(this.driverUrl, 'DELETE', `/session/${this.id}`);
  }

  // Navigation ---------------------------------------------------------------

  /** Loads url and returns once the page has loaded. */
  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  reload() {
    return this.command('POST', '/refresh', {});
  }

  // Scripts ------------------------------------------------------------------

  /**
   * Runs fn(...args) in the page and returns its result. fn must stand
   * alone: it is sent as source text, so it cannot use variables from here.
   */
  execute(fn, ...args) {
    return this.command('POST', '/execute/sync', {
      script: `return (${fn}).apply(null, arguments);`,
      args,
    });
  }

  // Elements -----------------------------------------------------------------

  /** The first element matching a CSS selector; fails when there is none. */
  async findElement(selector) {
    const reference = await this.command('POST', '/element', {
      using: 'css selector', value: selector,
    });
    return new Element(this, reference[ELEMENT_KEY]);
  }

  async findElements(selector) {
    const references = await this.command('POST', '/elements', {
      using: 'css selector', value: selector,
    });
    return references.map((reference) => new Element(this, reference[ELEMENT_KEY]));
  }

  // Input --------------------------------------------------------------------

  /**
   * Presses and releases a key (one of KEYS) wherever focus is now, as a
   * keyboard would; unlike Element.sendKeys it does not move focus first.
   */
  async pressKey(key) {
    await this.command('POST', '/actions', {
      actions: [{
        type: 'key',
        id: 'keyboard',
        actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }],
      }],
    });
    // Release the input state, so that the next press starts clean.
    await this.command('DELETE', '/actions');
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  command(method, path, body) {
    return this.session.command(method, `/element/${this.id}${path}`, body);
  }

  /** Scrolls the element into view and clicks its centre, as a user would. */
  click() {
    return this.command('POST', '/click', {});
  }

  /** Focuses the element, then types text (which may hold KEYS). */
  sendKeys(text) {
    return this.command('POST', '/value', { text });
  }

  /** The element's rendered text, as a reader sees it. */
  text() {
    return this.command('GET', '/text');
  }

  /**
   * The attribute as written in the page, or null. Read with a script
   * because WebKitWebDriver's Get Element Attribute answers with the
   * property for some names: the resolved, absolute URL for href.
   */
  attribute(name) {
    return this.session.execute((element, attributeName) =>
      element.getAttribute(attributeName), this, name);
  }

  isEnabled() {
    return this.command('GET', '/enabled');
  }

  /** The reference scripts receive as an argument, to be used as the element. */
  toJSON() {
    return { [ELEMENT_KEY]: this.id };
  }
}

async function request(baseUrl, method, path, body) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
  });
  const text = await response.text();
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    payload = { value: { error: 'invalid response', message: text.slice(0, 500) } };
  }
  if (!response.ok) throw new WebDriverError(method, path, response.status, payload.value);
  return payload.value;
}
