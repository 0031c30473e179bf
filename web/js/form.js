// Shared by the front-desk and patient pages: the facet levels, plain words for the API's
// values, money and dates as people read them, and problem messages beside their fields.

/** The facet levels the API knows, by the spinal region a session may treat. */
export const LEVEL_GROUPS = [
  { id: 'cervical', region: 'CERVICAL_THORACIC', staff: 'Cervical', plain: 'Neck',
    levels: ['C2-C3', 'C3-C4', 'C4-C5', 'C5-C6', 'C6-C7', 'C7-T1'] },
  { id: 'thoracic', region: 'CERVICAL_THORACIC', staff: 'Thoracic', plain: 'Upper and middle back',
    levels: ['T1-T2', 'T2-T3', 'T3-T4', 'T4-T5', 'T5-T6', 'T6-T7', 'T7-T8', 'T8-T9', 'T9-T10', 'T10-T11', 'T11-T12', 'T12-L1'] },
  { id: 'lumbar', region: 'LUMBAR_SACRAL', staff: 'Lumbar and sacral', plain: 'Lower back',
    levels: ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'] },
];

export const SITE_WORDS = {
  OFFICE: 'Office', ASC: 'Ambulatory surgery center (ASC)', HOPD: 'Hospital outpatient department (HOPD)',
};
export const SITE_PLAIN = {
  OFFICE: 'At the doctor\u2019s office', ASC: 'At a surgery center', HOPD: 'At a hospital outpatient department',
};
export const REGION_WORDS = { LUMBAR_SACRAL: 'lumbar', CERVICAL_THORACIC: 'cervical/thoracic' };
export const COUNTER_WORDS = { DIAGNOSTIC: 'diagnostic', THERAPEUTIC: 'therapeutic', RFA: 'radiofrequency ablation' };
const SIDE_PLAIN = { LEFT: 'left side', RIGHT: 'right side', BILATERAL: 'both sides' };

/** Builds one fieldset of checkboxes per region group; each checkbox is labelled by its level. */
export function renderLevels(container, { plain = false } = {}) {
  const doc = container.ownerDocument;
  for (const group of LEVEL_GROUPS) {
    const set = doc.createElement('fieldset');
    const legend = doc.createElement('legend');
    legend.textContent = plain ? group.plain : group.staff;
    set.append(legend);
    const checks = doc.createElement('div');
    checks.className = 'checks';
    for (const level of group.levels) {
      const label = doc.createElement('label');
      label.className = 'check';
      const box = doc.createElement('input');
      box.type = 'checkbox';
      box.name = 'levels';
      box.value = level;
      box.id = `level-${level}`;
      label.append(box, doc.createTextNode(level));
      checks.append(label);
    }
    set.append(checks);
    container.append(set);
  }
}

export function checkedLevels(form) {
  return [...form.querySelectorAll('input[name="levels"]:checked')].map((b) => b.value);
}

const regionOf = (level) => LEVEL_GROUPS.find((g) => g.levels.includes(level)).region;

/** The message for levels of two regions (T12-L1 with lumbar levels is allowed), else null. */
export function levelsProblem(levels) {
  if (levels.length === 0) return 'Choose at least one level.';
  if (levels.length > 8) return 'Choose at most 8 levels.';
  const regions = new Set(levels.filter((l) => l !== 'T12-L1').map(regionOf));
  if (levels.includes('T12-L1') && regions.size === 1 && regions.has('LUMBAR_SACRAL')) return null;
  if (levels.includes('T12-L1')) regions.add('CERVICAL_THORACIC');
  return regions.size > 1 ? 'Choose levels of one region: neck and upper back, or lower back (T12-L1 may go with lower-back levels).' : null;
}

/** "Lower back facet joint injection, 2 levels, both sides". */
export function procedureInWords({ procedure, levels, laterality }) {
  const groups = new Set(levels.map((l) => LEVEL_GROUPS.find((g) => g.levels.includes(l) && !(l === 'T12-L1' && levels.some((x) => x.startsWith('L'))))?.plain
    ?? 'Lower back'));
  const where = [...groups].join(' and ');
  const what = procedure === 'RFA' ? 'radiofrequency ablation of the facet joint nerves' : 'facet joint injection';
  const count = `${levels.length} level${levels.length === 1 ? '' : 's'}`;
  return `${where} ${what}, ${count}, ${SIDE_PLAIN[laterality] ?? laterality}`;
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
export const formatMoney = (n) => (typeof n === 'number' ? money.format(n) : '\u2014');

const longDate = new Intl.DateTimeFormat('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
/** "Saturday, January 2, 2027" for 2027-01-02. */
export const dateInWords = (iso) => (iso ? longDate.format(new Date(`${iso}T00:00:00Z`)) : '');

/** Today in the browser's own time zone, as YYYY-MM-DD. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "3 of 4 therapeutic lumbar sessions used in the last 12 months", and the next date if exceeded. */
export function frequencyInWords(f) {
  const counter = COUNTER_WORDS[f.counter] ?? String(f.counter).toLowerCase();
  const region = REGION_WORDS[f.region] ?? String(f.region).toLowerCase();
  const window = f.window === 'ROLLING_12_MONTHS' ? 'in the last 12 months' : `in the window ${f.window}`;
  const used = `${f.usedInWindow} of ${f.limit} ${counter} ${region} sessions used ${window}`;
  if (!f.exceeded) return { ok: true, text: `${used}. This session is within the limit.` };
  const next = f.nextEligibleDate ? ` The next eligible date is ${dateInWords(f.nextEligibleDate)}.` : '';
  return { ok: false, text: `Limit exceeded: ${used}; this session would go over the limit.${next}` };
}

export function element(doc, tag, props = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') el.textContent = v;
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/**
 * Field errors: `fieldControls` maps an API field (e.g. "coverage.copay") to the id of its
 * control; "levels[2]" goes to "levels". The message goes right after the control (or at
 * the end of a fieldset), which gets aria-invalid and aria-describedby. Anything without a
 * control is listed in `generalBox`.
 */
export function showProblem(form, problem, fieldControls, generalBox) {
  clearProblems(form, generalBox);
  const doc = form.ownerDocument;
  const unplaced = [];
  let first = null;
  for (const error of problem.errors ?? []) {
    const field = String(error.field ?? '');
    const key = field.replace(/\[\d+\]$/, '').replace(/\[\d+\]/g, '');
    const id = fieldControls[field] ?? fieldControls[key];
    const control = id ? doc.getElementById(id) : null;
    if (!control || control.closest('[hidden]')) {
      unplaced.push(`${field ? `${field}: ` : ''}${error.message}`);
      continue;
    }
    const errorId = `${control.id}-error`;
    let message = doc.getElementById(errorId);
    if (!message) {
      message = element(doc, 'p', { class: 'field-error', id: errorId });
      if (control.tagName === 'FIELDSET') control.append(message);
      else control.insertAdjacentElement('afterend', message);
    }
    message.textContent = message.textContent ? `${message.textContent} ${error.message}` : error.message;
    control.setAttribute('aria-invalid', 'true');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    if (!described.includes(errorId)) control.setAttribute('aria-describedby', [...described, errorId].join(' '));
    first ??= control.tagName === 'FIELDSET' ? control.querySelector('input') : control;
  }
  if (unplaced.length > 0 || (problem.errors ?? []).length === 0) {
    generalBox.hidden = false;
    generalBox.replaceChildren(element(doc, 'strong', { text: problem.title || 'The request was refused' }),
      problem.detail && (problem.errors ?? []).length === 0 ? element(doc, 'p', { text: problem.detail }) : null,
      unplaced.length ? element(doc, 'ul', {}, unplaced.map((t) => element(doc, 'li', { text: t }))) : null);
  }
  return first;
}

export function clearProblems(form, generalBox) {
  for (const message of form.querySelectorAll('.field-error')) {
    const control = form.ownerDocument.querySelector(`[aria-describedby~="${message.id}"]`);
    if (control) {
      control.removeAttribute('aria-invalid');
      const rest = control.getAttribute('aria-describedby').split(' ').filter((x) => x && x !== message.id);
      if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
      else control.removeAttribute('aria-describedby');
    }
    message.remove();
  }
  if (generalBox) {
    generalBox.hidden = true;
    generalBox.replaceChildren();
  }
}

/** The words for a refused or failed call: a 503 says when to try again (its Retry-After). */
export function failureInWords(result) {
  if (result.status === 503) {
    const wait = result.retryAfter ? `in ${result.retryAfter} second${result.retryAfter === 1 ? '' : 's'}` : 'in a moment';
    return `The estimator is busy right now. Nothing you typed was lost: please try again ${wait}.`;
  }
  if (result.status === 0) return `${result.problem.title}. ${result.problem.detail}`;
  if (result.status === 413) return 'The request is too large.';
  return null;
}

/**
 * Whether a claim's figure is complete. Servers that predate the `complete` flag show a missing
 * fee as 0 with a PAY-FEE-NOT-LOADED finding, so a zero claim with that finding counts as not
 * known rather than as free.
 */
export function claimComplete(claim, findings = []) {
  if (typeof claim.complete === 'boolean') return claim.complete;
  const missing = findings.some((f) => f.ruleId === 'PAY-FEE-NOT-LOADED');
  return !(missing && claim.allowed === 0);
}

/** Reads an optional number input: undefined when empty. */
export function optionalNumber(input) {
  const v = input.value.trim();
  return v === '' ? undefined : Number(v);
}

/**
 * The appointment fields both pages share, read from controls named by the API's field names
 * (site of service aside: the patient page asks for every site). `coverageFields` are the
 * optional coverage inputs the page has.
 */
export function readAppointment(form, coverageFields) {
  const doc = form.ownerDocument;
  const value = (id) => doc.getElementById(id).value;
  const body = {
    payerId: value('payerId'), dateOfService: value('dateOfService'), procedure: value('procedure'),
    levels: checkedLevels(form), laterality: value('laterality'), guidance: value('guidance'),
  };
  if (body.procedure === 'INJECTION') body.purpose = value('purpose');
  const zip = value('zipCode').trim();
  if (zip) body.zipCode = zip;
  const coverage = {};
  for (const name of coverageFields) {
    const v = optionalNumber(doc.getElementById(name));
    if (v !== undefined) coverage[name] = v;
  }
  if (Object.keys(coverage).length) body.coverage = coverage;
  return body;
}

/** Shows the levels' own problem beside them before anything is sent; true when there is one. */
export function levelsRefused(form, levels, fieldControls, generalBox) {
  const message = levelsProblem(levels);
  if (message) showProblem(form, { errors: [{ field: 'levels', message }] }, fieldControls, generalBox)?.focus();
  return Boolean(message);
}

/** A refused or failed call: a busy notice, a network notice, or each error beside its field. */
export function showFailure(form, result, fieldControls, generalBox) {
  const words = failureInWords(result);
  if (words) {
    generalBox.hidden = false;
    generalBox.className = result.status === 503 ? 'notice busy' : 'form-error';
    generalBox.replaceChildren(element(form.ownerDocument, 'strong', { text: words }));
    return;
  }
  generalBox.className = 'form-error';
  showProblem(form, result.problem ?? { title: 'The request was refused', errors: [] }, fieldControls, generalBox)?.focus();
}

/**
 * Names the Medicare locality of a typed ZIP code in `hint` (GET /localities?zip=), so the user
 * sees the area priced before estimating. Says nothing where the server has no such route.
 */
export function describeZip(input, hint, call) {
  const original = hint.textContent;
  input.addEventListener('change', async () => {
    const zip = input.value.trim();
    if (!/^\d{5}$/.test(zip)) {
      hint.textContent = original;
      return;
    }
    const result = await call('GET', `/localities?zip=${zip}`, undefined, { auth: false });
    if (input.value.trim() !== zip) return;
    const locality = result.ok ? (result.body.localities ?? [])[0] : null;
    if (locality) hint.textContent = `${original} ${zip}: Medicare locality ${locality.name} (${locality.state}, ${locality.id}).`;
    else if (result.status === 404 && (result.problem?.errors ?? []).length) hint.textContent = `${original} ${zip} is not in Medicare's ZIP code file.`;
    else hint.textContent = original;
  });
}
