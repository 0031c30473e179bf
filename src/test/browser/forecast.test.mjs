// The forecast page (/forecast) in Chromium against the local server.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PROJECT, horizontalOverflow, openPage, screenshot, seriousViolations, session, shippedScriptAndStyle, storageOutage, tabTo,
} from './harness.mjs';

const SAMPLE = join(PROJECT, 'web', 'forecast-sample.csv');
const result = (page) => page.getByRole('region', { name: 'Forecast result', exact: true });
const ready = (page) => page.waitForSelector('body[data-ready="true"]');
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** The API's own answers for a CSV body: the JSON with rows, and the CSV rows. */
async function apiForecast(csv) {
  const post = (accept, query = '') => fetch(`${session.baseUrl}/forecasts${query}`, {
    method: 'POST', headers: { 'content-type': 'text/csv', accept }, body: csv,
  });
  const json = await (await post('application/json', '?detail=true')).json();
  const rows = await (await post('text/csv')).text();
  return { json, rows };
}

/** Drops a file made in the page on the drop zone, as a drag from the desktop would. */
function dropFile(page, name, text) {
  return page.evaluate(([fileName, content]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
    const zone = document.getElementById('drop-zone');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, [name, text]);
}

describe('forecast page', () => {
  it('forecasts the sample file: totals, the chart and its table, payers, sites, the at-risk queue and the CSV download', async () => {
    const { page, foreignRequests, pageErrors, close } = await openPage('/forecast');
    try {
      await ready(page);
      assert.deepEqual(await seriousViolations(page), [], 'before a forecast');
      const csv = readFileSync(SAMPLE, 'utf8');
      const expected = await apiForecast(csv);

      await page.getByLabel('Appointments file', { exact: true }).setInputFiles(SAMPLE);
      await page.getByText('Chosen: forecast-sample.csv').waitFor();
      await page.getByRole('button', { name: 'Forecast', exact: true }).click();
      const region = result(page);
      await region.getByText(`${expected.json.count} appointments forecast`).waitFor();
      assert.equal(await region.getAttribute('aria-live'), 'polite');

      const totals = await region.getByRole('list', { name: 'Totals' }).innerText();
      for (const amount of ['allowed', 'payerPays', 'patientPays', 'atRiskAllowed']) {
        assert.ok(totals.includes(money.format(expected.json.totals[amount])), `${amount} ${money.format(expected.json.totals[amount])} in ${totals}`);
      }
      // The chart: three bars a month, each series told apart by its fill pattern, and the table beside it.
      const months = expected.json.byMonth.length;
      assert.ok(months >= 6);
      assert.equal(await region.locator('svg[role="img"] rect[data-series]').count(), months * 3);
      const patterns = await region.locator('svg rect[data-series]').evaluateAll((rects) => [...new Set(rects.map((r) => `${r.dataset.series}=${r.getAttribute('fill')}`))]);
      assert.deepEqual(patterns.sort(), ['allowed=url(#fill-solid)', 'patientPays=url(#fill-dots)', 'payerPays=url(#fill-hatch)']);
      const monthTable = region.getByRole('table', { name: 'Amounts by month' });
      assert.equal(await monthTable.locator('tbody tr').count(), months);
      const firstMonth = expected.json.byMonth[0];
      assert.ok((await monthTable.locator('tbody tr').first().innerText()).includes(money.format(firstMonth.allowed)));
      assert.equal(await region.getByRole('table', { name: 'Amounts by payer' }).locator('tbody tr').count(), expected.json.byPayer.length);
      assert.ok((await region.getByRole('table', { name: 'Amounts by payer' }).innerText()).includes('Medicare'), 'payers by name');
      assert.equal(await region.getByRole('table', { name: 'Amounts by site of service' }).locator('tbody tr').count(), expected.json.bySite.length);

      // The queue: every at-risk appointment, its reasons as code and text, sorted by date, then by reason.
      const queue = region.getByRole('table', { name: `${expected.json.atRisk.length} appointments at risk` });
      assert.ok(expected.json.atRisk.length >= 4, 'the sample has appointments at risk');
      assert.equal(await queue.locator('tbody tr').count(), expected.json.atRisk.length);
      const codes = expected.json.atRiskReasons.map((r) => r.code);
      for (const code of ['FREQUENCY_EXCEEDED', 'LEVELS_NOT_COVERED', 'NOT_COVERED', 'FEES_PROVISIONAL']) assert.ok(codes.includes(code), code);
      const queueText = await queue.innerText();
      assert.ok(queueText.includes(expected.json.atRiskReasons[0].text), 'each reason in plain words');
      const dates = await queue.locator('tbody time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      assert.deepEqual(dates, [...dates].sort(), 'sorted by date first');
      assert.equal(await queue.locator('th', { hasText: 'Date' }).getAttribute('aria-sort'), 'ascending');
      await queue.getByRole('button', { name: 'Reason' }).click();
      assert.equal(await queue.locator('th', { hasText: 'Reason' }).getAttribute('aria-sort'), 'ascending');
      assert.equal(await queue.locator('th', { hasText: 'Date' }).getAttribute('aria-sort'), 'none');
      const firstCodes = await queue.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('code').textContent));
      const rank = (c) => codes.indexOf(c);
      assert.deepEqual(firstCodes.map(rank), [...firstCodes.map(rank)].sort((a, b) => a - b), 'sorted by reason');

      // The per-appointment CSV is the API's own CSV answer, byte for byte.
      const [download] = await Promise.all([page.waitForEvent('download'),
        region.getByRole('button', { name: 'Download the per-appointment CSV' }).click()]);
      assert.equal(download.suggestedFilename(), 'forecast-appointments.csv');
      const downloaded = readFileSync(await download.path(), 'utf8');
      assert.equal(downloaded, expected.rows);

      assert.deepEqual(await seriousViolations(page), [], 'after a forecast');
      const shipped = await shippedScriptAndStyle(page);
      assert.ok(shipped.reduce((sum, f) => sum + f.bytes, 0) <= 100 * 1024, JSON.stringify(shipped));
      await screenshot(page, 'forecast-desktop');
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await close();
    }
  });

  it('works from the keyboard alone and fits 375 px with no horizontal scroll', async () => {
    const { page, foreignRequests, close } = await openPage('/forecast', { width: 375, height: 812 });
    try {
      await ready(page);
      const file = page.getByLabel('Appointments file', { exact: true });
      // Listen before moving focus: Playwright turns on file-chooser interception with a
      // round trip of its own, which a key press sent at once could overtake (a flaky timeout).
      const chooserOpened = page.waitForEvent('filechooser');
      await tabTo(page, file);
      await page.keyboard.press('Space');
      const chooser = await chooserOpened;
      await chooser.setFiles(SAMPLE);
      await tabTo(page, page.getByRole('button', { name: 'Forecast', exact: true }));
      await page.keyboard.press('Enter');
      await result(page).getByText('appointments forecast').waitFor();
      const reason = result(page).getByRole('button', { name: 'Reason' });
      await tabTo(page, reason, 200);
      await page.keyboard.press('Enter');
      assert.equal(await result(page).locator('th', { hasText: 'Reason' }).getAttribute('aria-sort'), 'ascending');
      const size = await horizontalOverflow(page);
      assert.ok(size.scrollWidth <= size.clientWidth, JSON.stringify(size));
      assert.deepEqual(await seriousViolations(page), [], 'at 375 px');
      await screenshot(page, 'forecast-375');
      assert.deepEqual(foreignRequests, []);
    } finally {
      await close();
    }
  });

  it('takes a dropped file, and shows a refused file\u2019s problems by line and column with their count', async () => {
    const { page, close } = await openPage('/forecast');
    try {
      await ready(page);
      const header = 'appointmentId,payerId,siteOfService,dateOfService,procedure,purpose,levels,laterality,guidance';
      await dropFile(page, 'unknown-column.csv', `${header},copayment\nx1,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY,10\n`);
      await page.getByText('Chosen: unknown-column.csv').waitFor();
      await page.getByRole('button', { name: 'Forecast', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.getByText('line 1: copayment').waitFor();

      const rows = Array.from({ length: 60 }, (_, i) => `b${i},medicare,OFFICE,2026-02-30,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY`);
      await dropFile(page, 'bad-dates.csv', `${header}\n${rows.join('\n')}\n`);
      await page.getByRole('button', { name: 'Forecast', exact: true }).click();
      await alert.getByText('The file has 60 problems; the first 50 are listed').waitFor();
      assert.equal(await alert.getByRole('listitem').count(), 50);
      assert.ok((await alert.innerText()).includes('line 2: dateOfService'));

      // A storage outage says when to try again.
      await storageOutage(page, '**/forecasts*', 4);
      await dropFile(page, 'fine.csv', readFileSync(SAMPLE, 'utf8'));
      await page.getByRole('button', { name: 'Forecast', exact: true }).click();
      await alert.getByText('try again in 4 seconds').waitFor();
    } finally {
      await close();
    }
  });

  it('offers a sample file that the API forecasts as it is', async () => {
    const { page, close } = await openPage('/forecast');
    try {
      await ready(page);
      const link = page.getByRole('link', { name: 'Download a sample file' });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const sample = readFileSync(await download.path(), 'utf8');
      assert.equal(sample, readFileSync(SAMPLE, 'utf8'));
      const { json } = await apiForecast(sample);
      assert.equal(json.count, sample.trim().split('\n').length - 1);
    } finally {
      await close();
    }
  });
});
