// The forecast page: a practice's schedule as a CSV file (chosen or dropped) is sent as it is to
// POST /forecasts (Content-Type: text/csv), with the upload's progress, then shown by
// forecast-view.js. The per-appointment CSV is the API's own answer (Accept: text/csv), asked
// for when it is wanted: 30,000 rows as JSON would not fit one Lambda response, as CSV they do.
import { config } from './config.js';
import { bearerToken } from './signin.js';
import { element, failureInWords } from './form.js';
import { renderForecast } from './forecast-view.js';

const doc = document;
const $ = (id) => doc.getElementById(id);
const h = (tag, props, ...children) => element(doc, tag, props, ...children);
/** The API's limit for a forecast body (bytes): larger files are refused here, before sending. */
const MAX_BYTES = 6_000_000;

const form = $('forecast-form');
const input = $('appointments-file');
const zone = $('drop-zone');
const formError = $('form-error');
const resultSection = $('result');
const resultBody = $('result-body');
const progressRow = $('progress-row');
const progress = $('progress');
const progressLabel = $('progress-label');
const status = $('form-status');
let chosen = null;
let payerNames = {};

input.addEventListener('change', () => choose(input.files?.[0] ?? null));
for (const type of ['dragenter', 'dragover']) {
  zone.addEventListener(type, (event) => { event.preventDefault(); zone.classList.add('dragging'); });
}
for (const type of ['dragleave', 'drop']) {
  zone.addEventListener(type, () => zone.classList.remove('dragging'));
}
zone.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files?.[0];
  if (file) choose(file);
});
form.addEventListener('submit', (event) => { event.preventDefault(); forecast(); });
loadPayerNames();

async function loadPayerNames() {
  try {
    const token = await bearerToken();
    const response = await fetch(`${config.apiBase}/payers`, {
      headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, credentials: 'omit', cache: 'no-store',
    });
    if (response.ok) payerNames = Object.fromEntries(((await response.json()).payers ?? []).map((p) => [p.payerId, p.name]));
  } catch {
    // Payer ids stand in for names; the forecast itself does not need them.
  }
  doc.body.dataset.ready = 'true';
}

function choose(file) {
  chosen = file;
  formError.hidden = true;
  $('file-chosen').textContent = file ? `Chosen: ${file.name} (${sizeInWords(file.size)})` : '';
}

function sizeInWords(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${Math.round(bytes / 1e3)} kB` : `${bytes} bytes`;
}

function refuse(message, items = []) {
  formError.hidden = false;
  formError.replaceChildren(h('strong', { text: message }), items.length ? h('ul', {}, items.map((t) => h('li', { text: t }))) : null);
  formError.focus?.();
}

async function forecast() {
  formError.hidden = true;
  if (!chosen) {
    refuse('Choose the appointments file first.');
    input.focus();
    return;
  }
  if (chosen.size > MAX_BYTES) {
    refuse(`The file is ${sizeInWords(chosen.size)}; a forecast takes up to 6 MB (30,000 appointments). Split it and forecast each part.`);
    return;
  }
  $('forecast-button').disabled = true;
  resultSection.setAttribute('aria-busy', 'true');
  progressRow.hidden = false;
  progressLabel.textContent = 'Reading the file';
  progress.removeAttribute('value');
  status.textContent = `Reading ${chosen.name}\u2026`;
  const started = performance.now();
  try {
    const text = await chosen.text();
    const answer = await send(text, 'application/json');
    const elapsedMs = performance.now() - started;
    if (answer.status === 200 && answer.body) {
      show(answer.body, text, elapsedMs);
      status.textContent = `Forecast of ${answer.body.count} appointments ready.`;
    } else {
      showProblem(answer);
      status.textContent = 'The forecast was refused; see the message above.';
    }
  } finally {
    $('forecast-button').disabled = false;
    resultSection.removeAttribute('aria-busy');
    progressRow.hidden = true;
  }
}

/** POSTs the CSV with XMLHttpRequest, the one browser API that reports upload progress; `accept` picks the answer's form. */
async function send(text, accept) {
  const token = await bearerToken();
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${config.apiBase}/forecasts`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.setRequestHeader('accept', accept);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    progressLabel.textContent = 'Sending the file';
    progress.value = 0;
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        progress.value = Math.round((100 * event.loaded) / event.total);
        status.textContent = `Sending the file: ${progress.value}%`;
      }
    });
    xhr.upload.addEventListener('load', () => {
      progressLabel.textContent = 'Estimating every appointment';
      progress.removeAttribute('value'); // the server's share has no measurable progress: an indeterminate bar
      status.textContent = 'Estimating every appointment\u2026';
    });
    xhr.addEventListener('load', () => {
      let body = null;
      const csv = xhr.status === 200 && (xhr.getResponseHeader('content-type') ?? '').startsWith('text/csv');
      try { body = csv ? xhr.responseText : xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch { body = null; }
      const retry = Number.parseInt(xhr.getResponseHeader('retry-after') ?? '', 10);
      resolve({ status: xhr.status, body, retryAfter: Number.isFinite(retry) ? retry : null });
    });
    xhr.addEventListener('error', () => resolve({ status: 0, body: null, retryAfter: null }));
    xhr.send(text);
  });
}

function show(body, schedule, elapsedMs) {
  renderForecast(doc, resultBody, body, { payerNames, elapsedMs });
  const download = h('button', { type: 'button', class: 'secondary', id: 'download-csv', text: 'Download the per-appointment CSV' });
  download.addEventListener('click', async () => {
    download.disabled = true;
    progressRow.hidden = false;
    status.textContent = 'Preparing the per-appointment CSV\u2026';
    try {
      const answer = await send(schedule, 'text/csv');
      if (answer.status !== 200 || typeof answer.body !== 'string') {
        showProblem(answer, { keepResult: true });
        return;
      }
      const url = URL.createObjectURL(new Blob([answer.body], { type: 'text/csv' }));
      const link = h('a', { href: url, download: 'forecast-appointments.csv' });
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      status.textContent = 'The per-appointment CSV is downloaded.';
    } finally {
      download.disabled = false;
      progressRow.hidden = true;
    }
  });
  resultBody.prepend(h('div', { class: 'actions' }, download,
    h('span', { class: 'hint', text: 'One row per appointment: codes, allowed, payer pays, patient pays, at risk and the reasons.' })));
  resultSection.focus();
}

function showProblem(answer, { keepResult = false } = {}) {
  const problem = answer.body && typeof answer.body === 'object' ? answer.body : null;
  const general = failureInWords({ status: answer.status, retryAfter: answer.retryAfter,
    problem: { title: 'The estimator could not be reached', detail: 'Check the network connection, then try again.' } });
  if (answer.status === 413) {
    refuse(`${problem?.detail ?? 'The file is too large.'} Split the file and forecast each part.`);
  } else if (general) {
    refuse(general);
  } else if (problem) {
    const errors = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`);
    const total = problem.errorCount ?? errors.length;
    const heading = total > errors.length
      ? `The file has ${total} problems; the first ${errors.length} are listed. Fix them and forecast again.`
      : `The file has ${total === 1 ? 'a problem' : `${total} problems`}. Fix ${total === 1 ? 'it' : 'them'} and forecast again.`;
    refuse(errors.length ? heading : (problem.detail || problem.title || 'The file was refused.'), errors);
  } else {
    refuse(`The estimator answered ${answer.status}. Please try again.`);
  }
  if (!keepResult) resultBody.replaceChildren(h('p', { class: 'placeholder', text: 'No forecast: the file was refused.' }));
}
