// First render of each page on localhost, in Chromium: the local server (own emulator) is
// started once, each page loaded RUNS times in a fresh browser context (empty cache), after
// one warm-up load. For each load: first contentful paint, and "ready", when the page has its
// pickers from the API (performance mark facet:ready). Budget: first contentful paint at most
// 500 ms at the median; the 90th percentile and "ready" are reported beside it, with the
// machine's load average, since a shared machine makes the tail noisy. Prints a table, writes
// target/first-render.json.
//   ./scripts/first-render.sh [runs]
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { PROJECT, launchBrowser, session, startServer } from '../src/test/browser/harness.mjs';

const RUNS = Number(process.argv[2] || 15);
const BUDGET_MS = 500;
const pages = ['/', '/patient', ...(existsSync(join(PROJECT, 'web', 'forecast.html')) ? ['/forecast'] : [])];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function load(path) {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(session.baseUrl + path, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 }).catch(() => {});
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const ready = performance.getEntriesByName('facet:ready')[0];
    return { fcp: paint ? paint.startTime : null, ready: ready ? ready.startTime : null };
  });
  await context.close();
  return timing;
}

const server = await startServer();
session.baseUrl = server.baseUrl;
session.browser = await launchBrowser();
const results = {};
let pass = true;
try {
  for (const path of pages) {
    await load(path); // warm-up: the server's first request of each route
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(path));
    const summary = {};
    for (const metric of ['fcp', 'ready']) {
      const values = runs.map((r) => r[metric]).filter((v) => v !== null);
      summary[metric] = values.length
        ? { p50: Math.round(percentile(values, 50)), p90: Math.round(percentile(values, 90)), max: Math.round(Math.max(...values)), runs: values.length }
        : null;
      if (metric === 'fcp' && (!summary[metric] || summary[metric].p50 > BUDGET_MS)) pass = false;
    }
    results[path] = summary;
  }
} finally {
  await session.browser.close();
  await server.stop();
}

const machineLoad = loadavg().map((l) => l.toFixed(1)).join(', ');
console.log(`First render on localhost, Chromium ${RUNS} loads per page (fresh context each), budget ${BUDGET_MS} ms`
  + ` for first contentful paint at p50; ${cpus().length} CPUs, load average ${machineLoad}`);
console.log('| page | first contentful paint p50 / p90 / max (ms) | ready (pickers loaded) p50 / p90 / max (ms) |');
console.log('|---|---|---|');
const cell = (m) => (m ? `${m.p50} / ${m.p90} / ${m.max}` : 'not reached');
for (const [path, s] of Object.entries(results)) console.log(`| \`${path}\` | ${cell(s.fcp)} | ${cell(s.ready)} |`);
mkdirSync(join(PROJECT, 'target'), { recursive: true });
writeFileSync(join(PROJECT, 'target', 'first-render.json'), JSON.stringify({ budgetMs: BUDGET_MS, runs: RUNS, loadAverage: loadavg(), pages: results, pass }, null, 2));
console.log(pass ? 'PASS: every page paints within the budget at p50' : 'FAIL: a page missed the budget');
process.exit(pass ? 0 : 1);
