// Shared helpers of the browser tests: the local server (started once for every page test),
// Debian's Chromium driven by playwright-core, an axe-core scan, the 375 px check, screenshots,
// and a record of every request a page makes to another origin.
import { spawn } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCREENSHOTS = join(PROJECT, 'target', 'browser', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/**
 * Without these flags Chromium reaches for the network at start (component updates, sync,
 * safe-browsing lists). Playwright gives every launch a fresh temporary profile
 * (user-data-dir), so no state carries over between runs.
 */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** What run.mjs sets up once for all page tests: { baseUrl, browser }. */
export const session = {};

/**
 * Starts ./scripts/run-local.sh on a free port with its own emulator (DYNAMODB_ENDPOINT is
 * dropped so nothing outside the test is touched) and resolves when it prints its address.
 */
export function startServer({ timeoutMs = 180_000 } = {}) {
  const env = { ...process.env };
  delete env.DYNAMODB_ENDPOINT;
  delete env.AWS_ENDPOINT_URL_DYNAMODB;
  delete env.PORT;
  const child = spawn(join(PROJECT, 'scripts', 'run-local.sh'), ['--port', '0'], {
    cwd: PROJECT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: false,
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => fail(new Error(`local server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const fail = (err) => { clearTimeout(timer); child.kill('SIGTERM'); reject(err); };
    const onData = (chunk) => {
      output += chunk;
      const m = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ baseUrl: m[1], output: () => output, stop: () => stopChild(child) });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('exit', (code) => fail(new Error(`local server exited (${code}) before listening:\n${output}`)));
  });
}

function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(force); done(); });
    child.kill('SIGTERM');
  });
}

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens `path` of the local server in a new context `width` px wide. `foreignRequests` collects
 * every request to another origin (there must be none) and `pageErrors` every uncaught error.
 */
export async function openPage(path, { width = 1280, height = 900, reducedMotion = 'reduce' } = {}) {
  const { baseUrl, browser } = session;
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const foreignRequests = [];
  const pageErrors = [];
  const apiRequests = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
    else apiRequests.push({ method: request.method(), path: new URL(url).pathname, body: request.postData() });
  });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  // A 404 of an optional route (e.g. GET /facilities before it exists) is logged by Chromium
  // as a failed resource; the pages handle it, so only script errors count here.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) pageErrors.push(`console: ${msg.text()}`);
  });
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  return { page, context, foreignRequests, pageErrors, apiRequests, close: () => context.close() };
}

let axeSource;
/** The axe-core violations of impact serious or critical on the page as it is now. */
export async function seriousViolations(page, { include } = {}) {
  axeSource ??= require('axe-core').source;
  // evaluate() runs in the page through the DevTools protocol, which the page's CSP does not
  // govern; a <script> tag would be refused by script-src 'self', as it should be.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (context) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, include ?? null);
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Document width against the viewport: no horizontal scroll means scrollWidth <= clientWidth. */
export function horizontalOverflow(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

/** Uncompressed bytes of the JavaScript and CSS the page loaded, by URL. */
export function shippedScriptAndStyle(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /\.(m?js|css)(\?|$)/.test(new URL(e.name).pathname))
    .map((e) => ({ url: new URL(e.name).pathname, bytes: e.decodedBodySize })));
}

/**
 * Answers the page's calls to `path` (a glob such as '**\/estimates') as the API does when its
 * storage is unavailable: 503 problem+json with Retry-After.
 */
export function storageOutage(page, path, retryAfter = 7) {
  return page.route(path, (route) => route.fulfill({
    status: 503,
    headers: { 'content-type': 'application/problem+json', 'retry-after': String(retryAfter) },
    body: JSON.stringify({ type: '/problems/storage-unavailable', title: 'Storage unavailable', status: 503,
      detail: 'The data store is unavailable; retry after the Retry-After delay', errors: [] }),
  }));
}

/** A full-page screenshot under target/browser/screenshots/`name`.png; returns its path. */
export async function screenshot(page, name) {
  if (!existsSync(SCREENSHOTS)) mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Calls the local API directly (test setup, e.g. recording sessions): { status, body }. */
export async function api(method, path, body) {
  const response = await fetch(session.baseUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** Presses Tab until the element matching `locator` has focus; fails after `max` presses. */
export async function tabTo(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return i;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached ${locator} in ${max} Tab presses`);
}

/** A patient id no other test run uses. */
export function newPatientId(label) {
  return `bt-${label}-${Math.random().toString(36).slice(2, 10)}`;
}
