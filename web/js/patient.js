// The patient page: what a patient would pay at each site of service, side by side, with the
// doctor's and the facility's bills apart. It asks for no patient ID, stores nothing and sends
// only the appointment to POST /public/estimates, the route that reads no sessions.
import { call } from './api.js';
import {
  SITE_PLAIN, renderLevels, formatMoney, dateInWords, today, element, clearProblems, failureInWords, procedureInWords,
  claimComplete, readAppointment, levelsRefused, showFailure, describeZip,
} from './form.js';

const doc = document;
const $ = (id) => doc.getElementById(id);
const h = (tag, props, ...children) => element(doc, tag, props, ...children);
const form = $('estimate-form');
const formError = $('form-error');
const resultSection = $('result');
const SITES = ['OFFICE', 'ASC', 'HOPD'];
const FIELDS = {
  payerId: 'payerId', procedure: 'procedure', purpose: 'purpose', levels: 'levels', laterality: 'laterality',
  guidance: 'guidance', dateOfService: 'dateOfService', zipCode: 'zipCode',
  'coverage.deductibleRemaining': 'deductibleRemaining', 'coverage.coinsurancePercent': 'coinsurancePercent',
};
let payers = [];

renderLevels($('level-groups'), { plain: true });
$('dateOfService').value = today();
describeZip($('zipCode'), $('zip-hint'), call);
$('procedure').addEventListener('change', () => {
  const rfa = $('procedure').value === 'RFA';
  if (rfa) $('purpose').value = 'THERAPEUTIC';
  $('purpose').disabled = rfa;
});
$('payerId').addEventListener('change', showSelfPayNote);
form.addEventListener('submit', (event) => { event.preventDefault(); estimate(); });
loadPayers();

async function loadPayers() {
  const result = await call('GET', '/payers', undefined, { auth: false });
  if (result.ok) {
    payers = result.body.payers ?? [];
    $('payerId').replaceChildren(...payers.map((p) => h('option', { value: p.payerId, text: p.sample ? `${p.name} (example plan)` : p.name })));
  } else {
    $('payerId').replaceChildren(h('option', { value: '', text: 'Plans could not be loaded' }));
    formError.hidden = false;
    formError.textContent = failureInWords(result) ?? 'The list of plans could not be loaded. Please try again later.';
  }
  showSelfPayNote();
  doc.body.dataset.ready = 'true';
  performance.mark('facet:ready');
}

const selfPay = () => payers.find((p) => p.payerId === $('payerId').value)?.type === 'SELF_PAY';
function showSelfPayNote() {
  $('gfe-note').classList.toggle('emphasis', selfPay());
}

async function estimate() {
  clearProblems(form, formError);
  const request = readAppointment(form, ['deductibleRemaining', 'coinsurancePercent']);
  if (levelsRefused(form, request.levels, FIELDS, formError)) return;
  $('estimate-button').disabled = true;
  resultSection.setAttribute('aria-busy', 'true');
  $('form-status').textContent = 'Working out your estimate\u2026';
  const results = await Promise.all(SITES.map((site) => call('POST', '/public/estimates', { ...request, siteOfService: site }, { auth: false })));
  $('estimate-button').disabled = false;
  resultSection.setAttribute('aria-busy', 'false');
  $('form-status').textContent = '';
  const failed = results.find((r) => !r.ok);
  if (failed) {
    showFailure(form, failed, FIELDS, formError);
    return;
  }
  render(request, results.map((r, i) => ({ site: SITES[i], estimate: r.body })));
  $('form-status').textContent = 'Your estimate is ready below.';
}

function claimOf(e, type) {
  return (e.claims ?? []).find((c) => c.type === type);
}

function siteCard({ site, estimate: e }) {
  const r = e.reimbursement ?? {};
  const doctor = claimOf(e, 'PROFESSIONAL');
  const facility = claimOf(e, 'FACILITY');
  const doctorKnown = doctor && claimComplete(doctor, e.findings);
  const facilityKnown = !facility || claimComplete(facility, e.findings);
  const notes = [];
  if (!facility) notes.push(h('li', { text: 'Included: the doctor\u2019s bill. An office visit has no separate facility bill.' }));
  else notes.push(h('li', { text: 'Included: the doctor\u2019s bill and the facility\u2019s bill.' }));
  if (!doctorKnown || !facilityKnown || r.complete === false) {
    notes.push(h('li', {}, h('strong', { text: 'Not known: ' }),
      `${!facilityKnown ? 'the facility\u2019s fee' : 'part of the fee'} for this treatment is not in our price data, so your real cost here is likely higher than shown.`));
  }
  if (r.provisional === true) {
    notes.push(h('li', {}, h('strong', { text: 'Provisional: ' }), 'next year\u2019s prices are not published yet, so this uses this year\u2019s.'));
  }
  if (e.coverage?.covered === false) notes.push(h('li', {}, h('strong', { text: 'May not be covered: ' }), 'your plan may not pay for this as planned; ask the practice.'));
  if (e.coverage?.priorAuthorizationRequired) notes.push(h('li', {}, h('strong', { text: 'Approval first: ' }), 'your plan needs to approve this before the visit.'));
  const billRow = (label, claim, missingWords) => [h('dt', { text: label }),
    h('dd', { text: !claim ? missingWords : !claimComplete(claim, e.findings) ? 'not known' : formatMoney(claim.allowed) })];
  const incomplete = r.complete === false || !facilityKnown;
  return h('article', { class: 'site-card', 'aria-labelledby': `site-${site}` },
    h('h3', { id: `site-${site}`, text: SITE_PLAIN[site] }),
    h('p', { class: 'pay' }, `You would pay about ${formatMoney(r.patientPays)}${incomplete ? ' or more' : ''}`),
    h('dl', {},
      billRow('Doctor\u2019s bill', doctor, 'none'),
      billRow('Facility\u2019s bill', facility, 'none (no separate bill)'),
      h('dt', { text: 'Your plan pays about' }), h('dd', { text: formatMoney(r.payerPays) })),
    h('ul', {}, notes));
}

function render(request, perSite) {
  const sources = [...new Set(perSite.flatMap((s) => s.estimate.sources ?? []))];
  const locality = perSite[0].estimate.locality;
  const payer = payers.find((p) => p.payerId === request.payerId);
  const parts = [
    h('p', {}, h('strong', { text: procedureInWords(request) }),
      `, on ${dateInWords(request.dateOfService)}, with ${payer ? payer.name : request.payerId}.`),
    locality && locality.from !== 'national' ? h('p', { text: `Prices for the ${locality.name} area.` })
      : h('p', { class: 'hint', text: 'Prices are national averages; a ZIP code makes them local.' }),
    h('div', { class: 'sites' }, perSite.map(siteCard)),
    h('p', { class: 'hint', text: 'The bills are what your plan allows the doctor and the facility to charge. Your share comes from your deductible and coinsurance.' }),
  ];
  if (selfPay()) {
    parts.push(h('div', { class: 'flag warning' }, h('strong', { text: 'Paying yourself?' }),
      ' You have the right to a Good Faith Estimate from the practice before your visit.'));
  }
  resultSection.querySelector('#result-body').replaceChildren(...parts);
  $('fee-date').textContent = `Prices come from the fee data in effect on ${dateInWords(request.dateOfService)}: ${sources.join('; ')}.`;
}
