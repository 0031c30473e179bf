// The forecast's documented limit through the README's own command: starts ./scripts/run-local.sh
// on a free port (with its own emulator), sends a 30,000-row CSV schedule to POST /forecasts
// with Accept: text/csv, and checks that 30,000 rows come back in the order sent. Called by
// ./scripts/test.sh; exits non-zero on any failure, and always stops the server it started.
//   node src/test/e2e/csv-roundtrip.mjs
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ROWS = 30_000;

function schedule() {
  const payers = ['medicare', 'medicare', 'sample-commercial-a', 'sample-commercial-b', 'sample-self-pay'];
  const sites = ['OFFICE', 'ASC', 'HOPD'];
  const levels = ['L4-L5', 'L5-S1', 'L4-L5;L5-S1', 'C5-C6'];
  const lines = ['appointmentId,patientId,payerId,siteOfService,dateOfService,procedure,purpose,levels,laterality,guidance'];
  for (let i = 0; i < ROWS; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const rfa = i % 5 === 4;
    lines.push([`e2e-${i}`, `e2e-p${i % 6000}`, payers[i % payers.length], sites[i % sites.length], `2026-${month}-${day}`,
      rfa ? 'RFA' : 'INJECTION', rfa ? '' : 'THERAPEUTIC', `"${levels[i % levels.length]}"`, i % 3 === 0 ? 'BILATERAL' : 'RIGHT',
      'FLUOROSCOPY'].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function start() {
  const env = { ...process.env };
  delete env.DYNAMODB_ENDPOINT;
  delete env.AWS_ENDPOINT_URL_DYNAMODB;
  delete env.PORT;
  const child = spawn(join(PROJECT, 'scripts', 'run-local.sh'), ['--port', '0'], { cwd: PROJECT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => { child.kill('SIGTERM'); fail(new Error(`run-local.sh did not start in 300 s:\n${output}`)); }, 300_000);
    const onData = (chunk) => {
      output += chunk;
      const m = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) { clearTimeout(timer); done({ child, base: m[1] }); }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`run-local.sh exited (${code}) before listening:\n${output}`)); });
  });
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(force); done(); });
    child.kill('SIGTERM');
  });
}

const { child, base } = await start();
let failed = null;
try {
  const body = schedule();
  const started = Date.now();
  const response = await fetch(`${base}/forecasts`, { method: 'POST', headers: { 'content-type': 'text/csv', accept: 'text/csv' }, body });
  const text = await response.text();
  const ms = Date.now() - started;
  if (response.status !== 200) throw new Error(`POST /forecasts answered ${response.status}: ${text.slice(0, 400)}`);
  if (!(response.headers.get('content-type') ?? '').startsWith('text/csv')) throw new Error(`not CSV: ${response.headers.get('content-type')}`);
  const rows = text.trimEnd().split('\r\n');
  if (rows[0] !== 'appointmentId,codes,allowed,payerPays,patientPays,atRisk,reasons') throw new Error(`header ${rows[0]}`);
  if (rows.length !== ROWS + 1) throw new Error(`${rows.length - 1} rows for ${ROWS} appointments`);
  for (let i = 1; i <= ROWS; i++) {
    if (!rows[i].startsWith(`e2e-${i - 1},`)) throw new Error(`row ${i} is ${rows[i]}`);
    if (!/^e2e-\d+,[0-9A-Z;-]+,\d+\.\d\d,\d+\.\d\d,\d+\.\d\d,(true|false),[A-Z_;]*$/.test(rows[i])) throw new Error(`row ${i} malformed: ${rows[i]}`);
  }
  console.log(`csv round trip through run-local.sh: ${ROWS} rows in (${body.length} bytes), ${ROWS} rows out in ${ms} ms`);
} catch (e) {
  failed = e;
} finally {
  await stop(child);
}
if (failed) {
  console.error(`csv round trip FAILED: ${failed.message}`);
  process.exit(1);
}
