// The browser tests: one local server (with its own emulator) and one Chromium for every page
// test in this folder (*.test.mjs), run by node's built-in test runner, whose summary
// ("# tests", "# pass", "# fail") ends the output. Called by ./scripts/test.sh.
//   node src/test/browser/run.mjs [name-filter]
// A new page's tests: a file PAGE.test.mjs in this folder with describe()/it() from node:test
// and the helpers of harness.mjs (openPage, seriousViolations, horizontalOverflow, screenshot,
// shippedScriptAndStyle, storageOutage, tabTo, api); it is picked up with no registration.
import { before, after } from 'node:test';
import { readdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, launchBrowser, session, startServer } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(CHROMIUM)) {
  console.log(`browser tests skipped: chromium not found at ${CHROMIUM}`);
  process.exit(0);
}

let server;
before(async () => {
  const started = Date.now();
  [server, session.browser] = await Promise.all([startServer(), launchBrowser()]);
  session.baseUrl = server.baseUrl;
  console.log(`# local server ${server.baseUrl} and Chromium ${session.browser.version()} ready in ${Date.now() - started} ms`);
});
after(async () => {
  await session.browser?.close();
  await server?.stop();
});

const filter = process.argv[2];
for (const file of readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort()) {
  if (!filter || file.includes(filter)) await import(pathToFileURL(`${here}/${file}`).href);
}
