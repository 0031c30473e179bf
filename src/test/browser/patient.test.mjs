// The patient page (/patient) in Chromium against the local server.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { horizontalOverflow, openPage, screenshot, seriousViolations, shippedScriptAndStyle, storageOutage, tabTo } from './harness.mjs';

const result = (page) => page.getByRole('region', { name: 'Estimate result', exact: true });
const ready = (page) => page.waitForSelector('body[data-ready="true"]');

async function fill(page, { payer = 'medicare', levels = ['L4-L5', 'L5-S1'] } = {}) {
  await page.getByRole('combobox', { name: 'Payer', exact: true }).selectOption(payer);
  await page.getByRole('combobox', { name: 'Procedure', exact: true }).selectOption('INJECTION');
  await page.getByRole('combobox', { name: 'Purpose', exact: true }).selectOption('THERAPEUTIC');
  await page.getByRole('combobox', { name: 'Side', exact: true }).selectOption('BILATERAL');
  await page.getByLabel('Date of service', { exact: true }).fill('2026-03-02');
  for (const level of levels) await page.getByRole('checkbox', { name: level, exact: true }).check();
  await page.getByLabel('Deductible left this year ($, optional)').fill('0');
}

describe('patient page', () => {
  it('shows each site side by side with the doctor\u2019s and facility\u2019s bills apart, through the public route only', async () => {
    const { page, foreignRequests, pageErrors, apiRequests, close } = await openPage('/patient');
    try {
      await ready(page);
      assert.equal(await page.getByRole('textbox', { name: 'Patient ID' }).count(), 0, 'no patient ID on this page');
      assert.deepEqual(await seriousViolations(page), [], 'before an estimate');
      await fill(page);
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      const region = result(page);
      await region.getByText('Lower back facet joint injection, 2 levels, both sides').waitFor();
      const text = await region.innerText();
      assert.ok(text.includes('You would pay about $85.88'), 'office, the worked example');
      for (const expected of ['At the doctor\u2019s office', 'At a surgery center', 'At a hospital outpatient department', 'Doctor\u2019s bill', 'Facility\u2019s bill', '$429.38']) {
        assert.ok(text.includes(expected), expected);
      }
      assert.equal(await region.getByRole('article').count(), 3);
      assert.deepEqual(await seriousViolations(page), [], 'after an estimate');
      const estimates = apiRequests.filter((r) => r.method === 'POST');
      assert.equal(estimates.length, 3);
      for (const r of estimates) {
        assert.equal(r.path, '/public/estimates');
        assert.ok(!r.body.includes('patientId'));
      }
      assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
      await screenshot(page, 'patient-desktop');
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await close();
    }
  });

  it('shows the right to a Good Faith Estimate and the disclaimers; a 503 says when to try again; a 400 sits beside its field', async () => {
    const { page, close } = await openPage('/patient');
    try {
      await ready(page);
      const shipped = await shippedScriptAndStyle(page);
      assert.ok(shipped.reduce((sum, f) => sum + f.bytes, 0) <= 100 * 1024, JSON.stringify(shipped));
      await fill(page);
      await page.getByLabel('Coinsurance (%, optional)').fill('150');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await page.waitForSelector('#coinsurancePercent-error');
      assert.equal(await page.getByLabel('Coinsurance (%, optional)').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.getByLabel('Coinsurance (%, optional)').inputValue(), '150');
      await page.getByLabel('Coinsurance (%, optional)').fill('');

      await storageOutage(page, '**/public/estimates', 3);
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await page.getByRole('alert').getByText('try again in 3 seconds').waitFor();
      await page.unroute('**/public/estimates');

      await page.getByRole('combobox', { name: 'Payer', exact: true }).selectOption('sample-self-pay');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('Paying yourself?').waitFor();
      const all = await page.locator('main').innerText();
      assert.match(all, /Good Faith Estimate/);
      assert.match(all, /estimate, not a guarantee/);
      assert.match(all, /fee data in effect on Monday, March 2, 2026/);
    } finally {
      await close();
    }
  });

  it('prices for the ZIP code’s area', async () => {
    const { page, close } = await openPage('/patient');
    try {
      await ready(page);
      await fill(page);
      await page.getByRole('textbox', { name: 'ZIP code', exact: true }).fill('90033');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText(/Prices for the .+ area/).waitFor();
      assert.doesNotMatch(await result(page).innerText(), /national averages/);
    } finally {
      await close();
    }
  });

  it('says what is not known and what is provisional', async () => {
    const { page, close } = await openPage('/patient');
    try {
      await ready(page);
      await fill(page);
      await page.getByRole('combobox', { name: 'Image guidance', exact: true }).selectOption('ULTRASOUND');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('Not known:').first().waitFor();
      assert.equal(await result(page).getByText('Not known:').count(), 3, 'each site says so');
      assert.match(await result(page).innerText(), /You would pay about \$[\d,.]+ or more/);

      await page.getByRole('combobox', { name: 'Image guidance', exact: true }).selectOption('FLUOROSCOPY');
      await page.getByLabel('Date of service', { exact: true }).fill('2027-03-01');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('Provisional:').first().waitFor();
    } finally {
      await close();
    }
  });

  it('fits 375 px with no horizontal scroll and works from the keyboard', async () => {
    const { page, close } = await openPage('/patient', { width: 375, height: 812 });
    try {
      await ready(page);
      await tabTo(page, page.getByRole('checkbox', { name: 'L4-L5', exact: true }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('button', { name: 'Estimate', exact: true }));
      await page.keyboard.press('Enter');
      await result(page).getByText('You would pay about').first().waitFor();
      const size = await horizontalOverflow(page);
      assert.ok(size.scrollWidth <= size.clientWidth, JSON.stringify(size));
      await screenshot(page, 'patient-375');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('form').isVisible(), false, 'the form is not printed');
      assert.equal(await result(page).isVisible(), true);
    } finally {
      await close();
    }
  });
});
