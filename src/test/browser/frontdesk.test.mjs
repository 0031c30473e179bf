// The front-desk page (/) in Chromium against the local server.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, horizontalOverflow, newPatientId, openPage, screenshot, seriousViolations, shippedScriptAndStyle, storageOutage, tabTo,
} from './harness.mjs';

const NAMES = ['Payer', 'Site of service', 'Procedure', 'Purpose', 'Side', 'Image guidance'];

async function fill(page, { payer = 'medicare', site = 'OFFICE', date = '2026-03-02', levels = ['L4-L5', 'L5-S1'], side = 'BILATERAL', patientId } = {}) {
  await page.getByRole('combobox', { name: 'Payer', exact: true }).selectOption(payer);
  await page.getByRole('combobox', { name: 'Site of service', exact: true }).selectOption(site);
  await page.getByLabel('Date of service', { exact: true }).fill(date);
  await page.getByRole('combobox', { name: 'Procedure', exact: true }).selectOption('INJECTION');
  await page.getByRole('combobox', { name: 'Purpose', exact: true }).selectOption('THERAPEUTIC');
  for (const level of levels) await page.getByRole('checkbox', { name: level, exact: true }).check();
  await page.getByRole('combobox', { name: 'Side', exact: true }).selectOption(side);
  await page.getByRole('combobox', { name: 'Image guidance', exact: true }).selectOption('FLUOROSCOPY');
  if (patientId) await page.getByRole('textbox', { name: 'Patient ID', exact: true }).fill(patientId);
  await page.getByLabel('Deductible remaining ($)').fill('0');
}

const result = (page) => page.getByRole('region', { name: 'Estimate result', exact: true });
const ready = (page) => page.waitForSelector('body[data-ready="true"]');

describe('front desk page', () => {
  it('estimates the worked example: claim lines, shares, steps, frequency in words, sites; no serious axe violation before or after', async () => {
    const { page, foreignRequests, pageErrors, close } = await openPage('/');
    try {
      await ready(page);
      for (const name of NAMES) assert.equal(await page.getByRole('combobox', { name, exact: true }).count(), 1, name);
      assert.equal(await page.getByRole('textbox', { name: 'ZIP code', exact: true }).count(), 1);
      assert.equal(await page.getByLabel('Date of service', { exact: true }).getAttribute('type'), 'date');
      assert.match(await page.getByLabel('Date of service', { exact: true }).inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'today by default');
      assert.equal(await result(page).getAttribute('aria-live'), 'polite');
      assert.deepEqual(await seriousViolations(page), [], 'before an estimate');

      await fill(page);
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      const region = result(page);
      await region.getByText('Professional claim allowed', { exact: true }).waitFor();
      const text = await region.innerText();
      for (const expected of ['64493', '64494', '$285.59', '$143.79', '$429.38', '$343.50', '$85.88',
        '0 of 4 therapeutic lumbar sessions used in the last 12 months', '64493 non-facility PFS', 'Documentation checklist',
        'Site comparison', 'Ambulatory surgery center (ASC)', 'No ABN needed']) {
        assert.ok(text.includes(expected), `result shows ${expected}`);
      }
      assert.ok(text.includes('national amounts'), 'says the amounts are national');
      assert.ok(!/\bnull\b|undefined/.test(text), 'no null or undefined shown');
      assert.deepEqual(await seriousViolations(page), [], 'after an estimate');
      await screenshot(page, 'front-desk-desktop');
      assert.deepEqual(foreignRequests, [], 'no request to another origin');
      assert.deepEqual(pageErrors, []);
    } finally {
      await close();
    }
  });

  it('shows a 400 beside the field it names and keeps what was typed', async () => {
    const { page, close } = await openPage('/');
    try {
      await ready(page);
      await fill(page);
      await page.getByLabel('Deductible remaining ($)').fill('-5');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      const input = page.getByLabel('Deductible remaining ($)');
      await page.waitForSelector('#deductibleRemaining-error');
      assert.equal(await input.getAttribute('aria-invalid'), 'true');
      const describedBy = await input.getAttribute('aria-describedby');
      assert.ok(describedBy.includes('deductibleRemaining-error'));
      const message = await page.locator('#deductibleRemaining-error').innerText();
      assert.match(message, /between 0/);
      // The message sits right after its field.
      assert.ok(await page.locator('#deductibleRemaining + #deductibleRemaining-error').count() === 1);
      assert.equal(await input.inputValue(), '-5');
      assert.ok(await page.getByRole('checkbox', { name: 'L5-S1', exact: true }).isChecked(), 'the rest is kept');
      assert.equal(await input.evaluate((el) => el === document.activeElement), true, 'focus moves to the field');

      // Levels of two regions are refused beside the levels before anything is sent.
      await input.fill('0');
      await page.getByRole('checkbox', { name: 'C5-C6', exact: true }).check();
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await page.locator('#levels-error', { hasText: 'one region' }).waitFor();
      assert.equal(await page.locator('#levels').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#deductibleRemaining-error').count(), 0, 'the old message is gone');
    } finally {
      await close();
    }
  });

  it('books within the limit, and a booking over the limit shows the next eligible date; sessions can be cancelled', async () => {
    const patientId = newPatientId('desk');
    for (let i = 1; i <= 4; i++) {
      const recorded = await api('POST', `/patients/${patientId}/sessions`, {
        sessionId: `s${i}`, status: 'PERFORMED', payerId: 'medicare', siteOfService: 'OFFICE', dateOfService: `2026-0${i}-02`,
        procedure: 'INJECTION', purpose: 'THERAPEUTIC', levels: ['L4-L5'], laterality: 'RIGHT', guidance: 'FLUOROSCOPY',
      });
      assert.equal(recorded.status, 201);
    }
    const { page, close } = await openPage('/');
    try {
      await ready(page);
      await fill(page, { date: '2026-06-02', levels: ['L4-L5'], side: 'RIGHT', patientId });
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('Over the limit:').waitFor();
      const verdict = await result(page).innerText();
      assert.ok(verdict.includes('4 of 4 therapeutic lumbar sessions used in the last 12 months'), verdict);
      assert.ok(verdict.includes('Saturday, January 2, 2027'), 'the next eligible date as a person reads it');
      await page.getByRole('button', { name: 'Book this session', exact: true }).click();
      await page.locator('#book-status', { hasText: 'Not booked' }).waitFor();
      assert.match(await page.locator('#book-status').innerText(), /exceed the frequency limit.*Saturday, January 2, 2027/);
      const sessions = await api('GET', `/patients/${patientId}/sessions?asOf=2026-06-02`);
      assert.equal(sessions.body.sessions.length, 4, 'nothing recorded on a 409');

      // Cancel one: the same booking is then within the limit.
      const panel = page.getByRole('region', { name: 'Patient\u2019s sessions' });
      await panel.getByRole('button', { name: 'Cancel: Friday, January 2, 2026 session' }).click();
      await page.locator('#patient-status', { hasText: 'cancelled' }).waitFor();
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('Within the limit:').waitFor();
      await page.getByRole('button', { name: 'Book this session', exact: true }).click();
      await page.locator('#book-status', { hasText: 'Booked for' }).waitFor();
      await panel.getByRole('button', { name: /^Mark performed: Tuesday, June 2, 2026/ }).click();
      await page.locator('#patient-status', { hasText: 'performed' }).waitFor();
      const after = await api('GET', `/patients/${patientId}/sessions?asOf=2026-06-02`);
      const statuses = after.body.sessions.map((s) => `${s.dateOfService} ${s.status}`);
      assert.deepEqual(statuses.sort(), ['2026-01-02 CANCELLED', '2026-02-02 PERFORMED', '2026-03-02 PERFORMED', '2026-04-02 PERFORMED', '2026-06-02 PERFORMED']);
      assert.ok(!(await page.content()).includes('patientId='), 'the patient id is not put in a URL query');
    } finally {
      await close();
    }
  });

  it('says to try again after Retry-After on a 503 and keeps the form; ships at most 100 KB of JS and CSS; prints the result alone', async () => {
    const { page, close } = await openPage('/');
    try {
      await ready(page);
      const shipped = await shippedScriptAndStyle(page);
      const total = shipped.reduce((sum, f) => sum + f.bytes, 0);
      assert.ok(shipped.some((f) => f.url.endsWith('.css')) && shipped.some((f) => f.url.endsWith('.js')), JSON.stringify(shipped));
      assert.ok(total <= 100 * 1024, `JS and CSS total ${total} bytes: ${JSON.stringify(shipped)}`);

      await fill(page);
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('Professional claim allowed', { exact: true }).waitFor();
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('form').isVisible(), false, 'the form is not printed');
      assert.equal(await page.getByRole('button', { name: 'Print this estimate' }).isVisible(), false);
      assert.equal(await result(page).isVisible(), true);
      assert.match(await page.locator('#printed-on').innerText(), /not a guarantee/);
      await page.emulateMedia({ media: 'screen' });

      await storageOutage(page, '**/estimates');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.getByText('try again in 7 seconds').waitFor();
      assert.ok(await page.getByRole('checkbox', { name: 'L4-L5', exact: true }).isChecked());
      assert.equal(await page.getByRole('combobox', { name: 'Side', exact: true }).inputValue(), 'BILATERAL');
    } finally {
      await close();
    }
  });

  it('says plainly when a figure is incomplete (a fee is missing) or provisional (carried forward)', async () => {
    const { page, close } = await openPage('/');
    try {
      await ready(page);
      await fill(page, { levels: ['L4-L5'], side: 'RIGHT' });
      await page.getByRole('combobox', { name: 'Image guidance', exact: true }).selectOption('ULTRASOUND');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('Incomplete:', { exact: true }).waitFor();
      const incomplete = await result(page).innerText();
      assert.match(incomplete, /Missing: 0216T-RT/);
      assert.match(incomplete, /Professional claim \(incomplete: a fee is missing/);
      assert.ok(!incomplete.includes('lowest patient share'), 'an incomplete site is never ranked');

      await page.getByRole('combobox', { name: 'Image guidance', exact: true }).selectOption('FLUOROSCOPY');
      await page.getByLabel('Date of service', { exact: true }).fill('2027-03-01');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('Provisional:', { exact: true }).waitFor();
      assert.match(await result(page).innerText(), /PAY-FEES-CARRIED-FORWARD/);
    } finally {
      await close();
    }
  });

  it('prices where the service is: a ZIP code (named as typed), a locality picked, or a facility; a bad ZIP is refused beside it', async () => {
    const { page, close } = await openPage('/');
    try {
      await ready(page);
      await fill(page);
      const zip = page.getByRole('textbox', { name: 'ZIP code', exact: true });
      await zip.fill('10001');
      await zip.blur();
      await page.locator('#zip-hint', { hasText: 'MANHATTAN' }).waitFor();
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('from the ZIP code').waitFor();
      assert.match(await result(page).innerText(), /Medicare locality MANHATTAN \(13202-01\)/);

      await zip.fill('00000');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await page.waitForSelector('#zipCode-error');
      assert.equal(await zip.getAttribute('aria-invalid'), 'true');
      assert.equal(await zip.inputValue(), '00000');

      await zip.fill('');
      const locality = page.getByRole('combobox', { name: 'Medicare locality (optional)' });
      assert.ok(await locality.locator('option').count() > 100, 'every locality is offered');
      await locality.selectOption('01182-18');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('from the locality chosen').waitFor();

      await locality.selectOption('');
      await page.getByRole('combobox', { name: 'Facility (optional)' }).selectOption('sample-asc-manhattan');
      assert.equal(await page.getByRole('combobox', { name: 'Site of service', exact: true }).inputValue(), 'ASC');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('from the facility').waitFor();
      assert.match(await result(page).innerText(), /Facility claim/);
    } finally {
      await close();
    }
  });

  it('works from the keyboard alone', async () => {
    const { page, close } = await openPage('/');
    try {
      await ready(page);
      await tabTo(page, page.getByRole('combobox', { name: 'Payer', exact: true }));
      await page.keyboard.press('End'); // last payer
      const payer = await page.getByRole('combobox', { name: 'Payer', exact: true }).inputValue();
      await tabTo(page, page.getByRole('checkbox', { name: 'L4-L5', exact: true }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('checkbox', { name: 'L5-S1', exact: true }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('button', { name: 'Estimate', exact: true }));
      await page.keyboard.press('Enter');
      await result(page).getByText('Professional claim allowed', { exact: true }).waitFor();
      assert.notEqual(payer, '');
      await tabTo(page, page.getByRole('button', { name: 'Print this estimate' }), 200);
    } finally {
      await close();
    }
  });

  it('fits 375 px with no horizontal scroll, before and after an estimate', async () => {
    const { page, close } = await openPage('/', { width: 375, height: 812 });
    try {
      await ready(page);
      let size = await horizontalOverflow(page);
      assert.ok(size.scrollWidth <= size.clientWidth, JSON.stringify(size));
      await fill(page, { site: 'ASC' });
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await result(page).getByText('Facility claim allowed', { exact: true }).waitFor();
      size = await horizontalOverflow(page);
      assert.ok(size.scrollWidth <= size.clientWidth, JSON.stringify(size));
      await screenshot(page, 'front-desk-375');
    } finally {
      await close();
    }
  });
});
