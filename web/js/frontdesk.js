// The front-desk page: an estimate for staff with the claim lines, the payer's and patient's
// shares and their steps, the frequency verdict, coverage advice, findings, the
// documentation checklist and the other sites; with a patient ID, the patient's sessions,
// booking within the limit, and marking sessions performed or cancelled.
import { call, routeMissing } from './api.js';
import {
  SITE_WORDS, REGION_WORDS, COUNTER_WORDS, renderLevels, formatMoney, dateInWords, today, frequencyInWords, element,
  clearProblems, failureInWords, claimComplete, readAppointment, levelsRefused, showFailure, describeZip,
} from './form.js';

const doc = document;
const $ = (id) => doc.getElementById(id);
const form = $('estimate-form');
const resultSection = $('result');
const resultBody = $('result-body');
const formError = $('form-error');
const formStatus = $('form-status');
const h = (tag, props, ...children) => element(doc, tag, props, ...children);

/** Where each field of the API's errors[] is shown. */
const FIELDS = {
  payerId: 'payerId', siteOfService: 'siteOfService', dateOfService: 'dateOfService', procedure: 'procedure',
  purpose: 'purpose', levels: 'levels', laterality: 'laterality', guidance: 'guidance', zipCode: 'zipCode',
  locality: 'locality', facilityId: 'facilityId', patientId: 'patientId', abnOnFile: 'abnOnFile',
  'coverage.deductibleRemaining': 'deductibleRemaining', 'coverage.coinsurancePercent': 'coinsurancePercent',
  'coverage.copay': 'copay', 'coverage.outOfPocketRemaining': 'outOfPocketRemaining', compareSites: 'compareSites',
};

let payers = [];
let lastRequest = null;
let lastEstimate = null;

renderLevels($('level-groups'));
$('dateOfService').value = today();
describeZip($('zipCode'), $('zip-hint'), call);
$('procedure').addEventListener('change', syncPurpose);
$('facilityId').addEventListener('change', syncFacility);
syncPurpose();
form.addEventListener('submit', (event) => { event.preventDefault(); estimate(); });
// The patient's sessions show as soon as an ID is typed, before any estimate.
$('patientId').addEventListener('change', () => {
  const id = $('patientId').value.trim();
  if (id) loadSessions(id, $('dateOfService').value || today());
  else $('patient-panel').hidden = true;
});
loadPickers();

function syncPurpose() {
  const rfa = $('procedure').value === 'RFA';
  if (rfa) $('purpose').value = 'THERAPEUTIC';
  $('purpose').disabled = rfa;
}

function syncFacility() {
  const option = $('facilityId').selectedOptions[0];
  const site = option?.dataset.site;
  if (site) $('siteOfService').value = site;
  $('siteOfService').disabled = Boolean(site);
}

async function loadPickers() {
  const [payerList, facilities, localities] = await Promise.all([
    call('GET', '/payers'), call('GET', '/facilities'), call('GET', '/localities')]);
  const select = $('payerId');
  if (payerList.ok) {
    payers = payerList.body.payers ?? [];
    select.replaceChildren(...payers.map((p) => h('option', { value: p.payerId, text: p.sample ? `${p.name} (sample)` : p.name })));
  } else {
    select.replaceChildren(h('option', { value: '', text: 'Payers could not be loaded' }));
    showFailure(form, payerList, FIELDS, formError);
  }
  // Facilities and localities are optional pickers: hidden where the server has no such route.
  if (facilities.ok && (facilities.body.facilities ?? []).length) {
    $('facilityId').append(...facilities.body.facilities.map((f) => h('option', {
      value: f.facilityId, 'data-site': f.siteOfService, text: `${f.name} (${SITE_WORDS[f.siteOfService] ?? f.siteOfService})`,
    })));
    $('facility-field').hidden = false;
  }
  if (localities.ok && (localities.body.localities ?? []).length) {
    $('locality').append(...localities.body.localities.map((l) => h('option', { value: l.id, text: `${l.state} \u2014 ${l.name} (${l.id})` })));
    $('locality-field').hidden = false;
  }
  doc.body.dataset.ready = 'true';
  performance.mark('facet:ready');
}

function readForm() {
  const body = readAppointment(form, ['deductibleRemaining', 'coinsurancePercent', 'copay', 'outOfPocketRemaining']);
  body.siteOfService = $('siteOfService').value;
  if (!$('locality-field').hidden && $('locality').value) body.locality = $('locality').value;
  if (!$('facility-field').hidden && $('facilityId').value) body.facilityId = $('facilityId').value;
  const patientId = $('patientId').value.trim();
  if (patientId) body.patientId = patientId;
  if ($('abnOnFile').checked) body.abnOnFile = true;
  return body;
}

async function estimate() {
  clearProblems(form, formError);
  const request = readForm();
  if (levelsRefused(form, request.levels, FIELDS, formError)) return;
  const compareSites = $('compareSites').checked;
  setBusy(true, 'Estimating\u2026');
  const result = await call('POST', '/estimates', compareSites ? { ...request, compareSites } : request);
  setBusy(false, '');
  if (!result.ok) {
    showFailure(form, result, FIELDS, formError);
    return;
  }
  lastRequest = request;
  lastEstimate = result.body;
  renderEstimate(result.body, request);
  formStatus.textContent = 'Estimate ready below.';
  if (request.patientId) loadSessions(request.patientId, request.dateOfService);
  else $('patient-panel').hidden = true;
}

function setBusy(busy, text) {
  $('estimate-button').disabled = busy;
  resultSection.setAttribute('aria-busy', String(busy));
  formStatus.textContent = text;
}

function flag(kind, title, ...text) {
  return h('div', { class: `flag ${kind}` }, h('strong', { text: title }), ...text.map((t) => (typeof t === 'string' ? ` ${t}` : t)));
}

function renderEstimate(e, request) {
  const r = e.reimbursement ?? {};
  const parts = [];
  const what = `${request.procedure === 'RFA' ? 'Radiofrequency ablation' : `${request.purpose === 'DIAGNOSTIC' ? 'Diagnostic' : 'Therapeutic'} facet joint injection`}`
    + `, ${request.levels.join(', ')}, ${SIDE_WORDS[request.laterality]}, ${GUIDANCE_WORDS[request.guidance]} guidance`;
  parts.push(h('p', { text: what }));
  parts.push(h('p', {}, h('strong', { text: `${payerName(request.payerId)}, ${SITE_WORDS[request.siteOfService]}, ${dateInWords(request.dateOfService)}` }),
    !e.locality ? '' : e.locality.id && e.locality.from !== 'national'
      ? ` \u2014 Medicare locality ${e.locality.name} (${e.locality.id}), from ${localityFrom(e.locality.from)}.`
      : ' \u2014 national amounts (no ZIP code, locality or facility given).'));
  parts.push(h('ul', { class: 'summary' },
    h('li', {}, 'Allowed', h('span', { class: 'amount', text: formatMoney(r.allowed) })),
    h('li', {}, 'Payer pays', h('span', { class: 'amount', text: formatMoney(r.payerPays) })),
    h('li', {}, 'Patient pays', h('span', { class: 'amount', text: formatMoney(r.patientPays) }))));
  if (r.complete === false) {
    parts.push(flag('warning', 'Incomplete:', 'some fees are not loaded, so these totals leave them out.',
      missingText(r)));
  }
  if (r.provisional === true) {
    parts.push(flag('warning', 'Provisional:', 'a fee schedule or cost-sharing terms were carried forward past their last loaded year; see the findings.'));
  }
  if (e.frequency) {
    const verdict = frequencyInWords(e.frequency);
    parts.push(h('h3', { text: 'Frequency limit' }), flag(verdict.ok ? 'ok' : 'error', verdict.ok ? 'Within the limit:' : 'Over the limit:', verdict.text));
  }
  parts.push(h('h3', { text: 'Coverage' }), coverageFlags(e.coverage ?? {}));
  if (request.patientId) {
    parts.push(h('div', { class: 'actions no-print' },
      h('button', { type: 'button', id: 'book-button', text: 'Book this session' }),
      h('span', { class: 'status', id: 'book-status', role: 'status' })));
  }
  for (const claim of e.claims ?? []) parts.push(claimTable(claim, claimComplete(claim, e.findings)));
  parts.push(h('details', { open: true }, h('summary', { text: 'How the amounts were worked out' }),
    breakdown(r), h('ol', { class: 'steps' }, (r.steps ?? []).map((s) => h('li', { text: s })))));
  if (e.alternatives) parts.push(siteComparison(e, request));
  parts.push(findingsBySeverity(e.findings ?? []));
  parts.push(h('h3', { text: 'Documentation checklist' }),
    h('ul', { class: 'checklist' }, (e.documentation ?? []).map((d) => h('li', { text: d }))));
  parts.push(h('h3', { text: 'Sources' }), h('ul', {}, (e.sources ?? []).map((s) => h('li', { text: s }))));
  parts.push(h('div', { class: 'actions no-print' }, h('button', { type: 'button', class: 'secondary', id: 'print-button', text: 'Print this estimate' })));
  resultBody.replaceChildren(...parts);
  $('printed-on').textContent = `Estimate printed ${dateInWords(today())}. An estimate, not a guarantee of payment.`;
  $('print-button').addEventListener('click', () => window.print());
  $('book-button')?.addEventListener('click', book);
}

const SIDE_WORDS = { LEFT: 'left', RIGHT: 'right', BILATERAL: 'bilateral' };
const GUIDANCE_WORDS = { FLUOROSCOPY: 'fluoroscopic', CT: 'CT', ULTRASOUND: 'ultrasound', NONE: 'no image' };
const payerName = (id) => payers.find((p) => p.payerId === id)?.name ?? id;
const localityFrom = (from) => ({ zipCode: 'the ZIP code', locality: 'the locality chosen', facility: 'the facility', national: 'no locality (national amounts)' }[from] ?? from);

function missingText(part) {
  const missing = part.missingLines ?? part.missing ?? [];
  if (!Array.isArray(missing) || missing.length === 0) return '';
  return ` Missing: ${missing.map((m) => (typeof m === 'string' ? m : [m.code, ...(m.modifiers ?? [])].join('-'))).join(', ')}.`;
}

function coverageFlags(c) {
  const list = h('div', {});
  list.append(c.covered === false
    ? flag('error', 'Not covered as requested:', 'the payer is not expected to pay; see the findings.')
    : flag('ok', 'Covered:', 'the payer\u2019s policy covers this service as requested.'));
  list.append(c.priorAuthorizationRequired
    ? flag('warning', 'Prior authorization required:', 'get the payer\u2019s approval before the service.')
    : flag('info', 'No prior authorization:', 'the payer\u2019s profile does not require one.'));
  list.append(c.abnAdvised
    ? flag('warning', 'ABN advised:', 'have the patient sign a Medicare Advance Beneficiary Notice before the service.')
    : flag('info', 'No ABN needed:', 'Medicare is expected to pay, so no Advance Beneficiary Notice is advised.'));
  return list;
}

function claimTable(claim, complete) {
  const words = claim.type === 'FACILITY' ? 'Facility claim' : 'Professional claim';
  const rows = (claim.lines ?? []).map((l) => h('tr', {},
    h('td', { text: l.code }), h('td', { text: (l.modifiers ?? []).join(', ') || 'none' }), h('td', { class: 'num', text: String(l.units) }),
    h('td', {}, l.description, l.addOn ? ' (add-on)' : '', l.covered === false ? h('strong', { text: ' \u2014 not covered' }) : ''),
    h('td', { class: 'num', text: formatMoney(l.allowed) })));
  const table = h('table', {},
    h('caption', {}, `${words}${complete ? '' : ' (incomplete: a fee is missing, see the findings)'}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Code' }), h('th', { scope: 'col', text: 'Modifiers' }),
      h('th', { scope: 'col', class: 'num', text: 'Units' }), h('th', { scope: 'col', text: 'Description' }), h('th', { scope: 'col', class: 'num', text: 'Allowed' }))),
    h('tbody', {}, rows),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', colspan: '4', text: `${words} allowed` }), h('td', { class: 'num', text: formatMoney(claim.allowed) }))));
  return h('div', { class: 'table-wrap' }, table);
}

function breakdown(r) {
  const rows = [['Allowed', r.allowed], ['Deductible applied', r.deductibleApplied], ['Coinsurance', r.coinsurance], ['Copay', r.copay],
    ['Not covered by the payer', r.notCovered], ['Provider liability (cannot be billed to the patient)', r.providerLiability],
    ['Patient pays', r.patientPays], ['Payer pays', r.payerPays]].filter(([, v]) => typeof v === 'number');
  return h('div', { class: 'table-wrap' }, h('table', {}, h('caption', { text: 'Who pays what' }),
    h('tbody', {}, rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row', text: k }), h('td', { class: 'num', text: formatMoney(v) }))))));
}

function siteComparison(e, request) {
  const r = e.reimbursement ?? {};
  const known = typeof r.complete === 'boolean' ? r.complete
    : (e.claims ?? []).every((c) => claimComplete(c, e.findings)) ? undefined : false;
  const sites = [{ siteOfService: request.siteOfService, allowed: r.allowed, payerPays: r.payerPays, patientPays: r.patientPays, complete: known, current: true },
    ...e.alternatives];
  // Only sites whose figures are known complete are ranked; a server without the flag ranks none.
  const complete = sites.filter((s) => s.complete === true);
  const lowest = complete.length === sites.length ? Math.min(...complete.map((s) => s.patientPays)) : null;
  const rows = sites.map((s) => h('tr', {},
    h('th', { scope: 'row' }, SITE_WORDS[s.siteOfService] ?? s.siteOfService, s.current ? ' (this estimate)' : ''),
    h('td', { class: 'num', text: formatMoney(s.allowed) }), h('td', { class: 'num', text: formatMoney(s.payerPays) }),
    h('td', { class: 'num', text: formatMoney(s.patientPays) }),
    h('td', {}, s.complete === false ? 'Incomplete: a fee is missing, the real amount is higher'
      : s.complete !== true ? 'Not known whether complete'
        : s.patientPays === lowest ? 'Complete; lowest patient share' : 'Complete')));
  const note = sites.some((s) => s.complete !== true)
    ? h('p', { class: 'hint', text: 'A site whose figures are incomplete (or not known to be complete) may be missing a fee, so its figures may be too low: no site is ranked as the cheaper one.' }) : null;
  return h('div', {}, h('h3', { text: 'Site comparison' }), h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Site' }), h('th', { scope: 'col', class: 'num', text: 'Allowed' }),
      h('th', { scope: 'col', class: 'num', text: 'Payer pays' }), h('th', { scope: 'col', class: 'num', text: 'Patient pays' }), h('th', { scope: 'col', text: 'Figures' }))),
    h('tbody', {}, rows))), note);
}

function findingsBySeverity(findings) {
  const groups = [['ERROR', 'Errors: not billable or not covered as requested', 'error'], ['WARNING', 'Warnings', 'warning'], ['INFO', 'Information', 'info']];
  const out = h('div', {}, h('h3', { text: `Findings (${findings.length})` }));
  if (findings.length === 0) out.append(h('p', { text: 'No rule fired that needs attention.' }));
  for (const [severity, title, kind] of groups) {
    const list = findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    out.append(h('div', { class: `flag ${kind}` }, h('strong', { text: `${title} (${list.length})` }),
      h('ul', { class: 'findings' }, list.map((f) => h('li', {}, h('span', { text: `${f.ruleId}: ` }), f.message,
        h('span', { class: 'cite', text: `Source: ${f.citation}${f.confidence ? ` (${f.confidence.toLowerCase().replace(/_/g, ' ')})` : ''}` }))))));
  }
  return out;
}

// ---- The patient's sessions ----------------------------------------------------------------

async function loadSessions(patientId, asOf) {
  const panel = $('patient-panel');
  panel.hidden = false;
  const result = await call('GET', `/patients/${encodeURIComponent(patientId)}/sessions?asOf=${encodeURIComponent(asOf)}`);
  if (!result.ok) {
    $('patient-status').textContent = failureInWords(result) ?? `The sessions could not be loaded: ${result.problem?.detail ?? result.status}`;
    return;
  }
  const { sessions = [], counters = [] } = result.body;
  const sessionRows = sessions.map((s) => h('tr', {},
    h('td', { text: dateInWords(s.dateOfService) }),
    h('td', { text: `${s.procedure === 'RFA' ? 'RFA' : `${COUNTER_WORDS[s.purpose] ?? ''} injection`}, ${(s.levels ?? []).join(', ')}, ${String(s.laterality).toLowerCase()}` }),
    h('td', { text: SITE_WORDS[s.siteOfService] ?? s.siteOfService }),
    h('td', { text: s.status.charAt(0) + s.status.slice(1).toLowerCase() }),
    h('td', {}, s.status === 'SCHEDULED' ? sessionButton(patientId, s, 'PERFORMED', 'Mark performed') : '',
      s.status !== 'CANCELLED' ? sessionButton(patientId, s, 'CANCELLED', 'Cancel') : '')));
  const counterRows = counters.filter((c) => c.usedInWindow > 0 || c.nextEligibleDate).map((c) => h('tr', {},
    h('td', { text: `${REGION_WORDS[c.region] ?? c.region}, ${COUNTER_WORDS[c.counter] ?? c.counter}` }),
    h('td', { class: 'num', text: `${c.usedInWindow} of ${c.limit}` }),
    h('td', { text: c.nextEligibleDate ? dateInWords(c.nextEligibleDate) : 'Not limited now' })));
  $('patient-body').replaceChildren(
    sessions.length === 0 ? h('p', { text: 'No sessions are recorded for this patient.' }) : h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', { text: 'Recorded sessions' }),
      h('thead', {}, h('tr', {}, ['Date', 'Procedure', 'Site', 'Status', 'Actions'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, sessionRows))),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', { text: `Frequency counters as of ${dateInWords(asOf)}${result.body.policy ? ` (${result.body.policy})` : ''}` }),
      h('thead', {}, h('tr', {}, ['Region and counter', 'Used', 'Next eligible date'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, counterRows.length ? counterRows : h('tr', {}, h('td', { colspan: '3', text: 'No sessions count in the window.' }))))));
}

function sessionButton(patientId, s, status, label) {
  const button = h('button', { type: 'button', class: 'secondary', text: label, 'aria-label': `${label}: ${dateInWords(s.dateOfService)} session` });
  button.addEventListener('click', async () => {
    button.disabled = true;
    const result = await call('PATCH', `/patients/${encodeURIComponent(patientId)}/sessions/${encodeURIComponent(s.sessionId)}`, { status });
    $('patient-status').textContent = result.ok
      ? `The ${dateInWords(s.dateOfService)} session is now ${status === 'PERFORMED' ? 'performed' : 'cancelled'}.`
      : failureInWords(result) ?? `Not changed: ${result.problem?.detail ?? result.status}`;
    await loadSessions(patientId, lastRequest?.dateOfService ?? today());
  });
  return button;
}

async function book() {
  const request = lastRequest;
  const status = $('book-status');
  const button = $('book-button');
  if (!request?.patientId) return;
  const { patientId, ...appointment } = request;
  const sessionId = `fd-${request.dateOfService}-${crypto.getRandomValues(new Uint32Array(1))[0].toString(36)}`;
  button.disabled = true;
  status.textContent = 'Booking\u2026';
  const result = await call('POST', `/patients/${encodeURIComponent(patientId)}/sessions`,
    { ...appointment, sessionId, status: 'SCHEDULED', requireWithinLimit: true });
  button.disabled = false;
  if (result.ok) {
    status.textContent = `Booked for ${dateInWords(request.dateOfService)}. ${frequencyInWords(result.body.frequency ?? lastEstimate.frequency ?? {}).text ?? ''}`;
    button.disabled = true;
  } else if (result.status === 409 && result.body?.frequency) {
    const next = result.body.frequency.nextEligibleDate;
    status.textContent = `Not booked: this session would exceed the frequency limit.${next ? ` The next eligible date is ${dateInWords(next)}.` : ''}`;
  } else {
    status.textContent = failureInWords(result) ?? `Not booked: ${result.problem?.detail ?? result.status}`;
  }
  loadSessions(patientId, request.dateOfService);
}
