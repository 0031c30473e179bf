// What the forecast page shows of a POST /forecasts answer: totals, the chart of
// allowed / payer / patient by month (SVG drawn here, patterns as well as colours so it reads
// without colour, its numbers in the table beside it), tables by payer and by site, the at-risk
// queue sortable by date and by reason.
import { SITE_PLAIN, formatMoney, element } from './form.js';

const SVG = 'http://www.w3.org/2000/svg';
/** The three series, each with its own fill pattern so that no colour is needed to tell them apart. */
const SERIES = [
  { key: 'allowed', label: 'Allowed', pattern: 'fill-solid' },
  { key: 'payerPays', label: 'Payer pays', pattern: 'fill-hatch' },
  { key: 'patientPays', label: 'Patient pays', pattern: 'fill-dots' },
];
/** The at-risk queue shows this many rows; the CSV download has every appointment. */
export const QUEUE_ROWS_SHOWN = 500;

const monthName = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
/** "Mar 2026" for 2026-03. */
export const monthInWords = (yyyyMm) => monthName.format(new Date(`${yyyyMm}-01T00:00:00Z`));
const dateShort = (iso) => shortDate.format(new Date(`${iso}T00:00:00Z`));
const count = new Intl.NumberFormat('en-US');

/** Renders the whole result into `body`; `payerNames` maps payer ids to names; returns the queue's sort control. */
export function renderForecast(doc, body, forecast, { payerNames = {}, elapsedMs = null } = {}) {
  const h = (tag, props, ...children) => element(doc, tag, props, ...children);
  const parts = [];
  const t = forecast.totals;
  const atRiskCount = forecast.atRisk.length;
  parts.push(h('p', { class: 'lede' }, `${count.format(forecast.count)} appointments forecast`
    + (elapsedMs === null ? '.' : ` in ${(elapsedMs / 1000).toFixed(1)} seconds.`)));
  parts.push(h('ul', { class: 'summary', 'aria-label': 'Totals' },
    summaryItem(h, 'Allowed', t.allowed),
    summaryItem(h, 'Payer pays', t.payerPays),
    summaryItem(h, 'Patient pays', t.patientPays),
    summaryItem(h, `At risk (${count.format(atRiskCount)} appointment${atRiskCount === 1 ? '' : 's'})`, t.atRiskAllowed)));

  parts.push(h('h3', { text: 'By month' }));
  parts.push(h('div', { class: 'chart-and-table' },
    h('figure', { class: 'chart', tabindex: '0', 'aria-labelledby': 'chart-caption' }, monthChart(doc, forecast.byMonth),
      h('figcaption', { id: 'chart-caption', text: 'Allowed, payer and patient amounts by month. The same figures are in the table.' })),
    tableWrap(h, bucketTable(h, 'Amounts by month', 'Month', forecast.byMonth, (b) => monthInWords(b.month).replace(' ', '\u00a0')))));

  parts.push(h('h3', { text: 'By payer' }),
    tableWrap(h, bucketTable(h, 'Amounts by payer', 'Payer', forecast.byPayer, (b) => payerNames[b.payerId] ?? b.payerId)),
    h('h3', { text: 'By site of service' }),
    tableWrap(h, bucketTable(h, 'Amounts by site of service', 'Site', forecast.bySite, (b) => SITE_PLAIN[b.siteOfService] ?? b.siteOfService)));

  parts.push(h('h3', { id: 'queue-heading', text: 'At-risk queue' }));
  const queue = h('div', { id: 'queue' });
  parts.push(queue);
  body.replaceChildren(...parts);
  const control = atRiskQueue(doc, queue, forecast);
  return control;
}

function summaryItem(h, label, amount) {
  return h('li', {}, h('span', { class: 'label', text: label }), h('span', { class: 'amount', text: formatMoney(amount) }));
}

function tableWrap(h, table) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'group', 'aria-label': table.querySelector('caption').textContent }, table);
}

function bucketTable(h, caption, keyHeading, buckets, keyText) {
  const sum = (k) => buckets.reduce((s, b) => s + b[k], 0);
  const cells = (b) => [
    h('td', { class: 'num', text: count.format(b.count) }),
    h('td', { class: 'num', text: formatMoney(b.allowed) }),
    h('td', { class: 'num', text: formatMoney(b.payerPays) }),
    h('td', { class: 'num', text: formatMoney(b.patientPays) }),
    h('td', { class: 'num', text: formatMoney(b.atRiskAllowed) }),
  ];
  return h('table', {},
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: keyHeading }),
      ...['Appointments', 'Allowed', 'Payer pays', 'Patient pays', 'At risk'].map((c) => h('th', { scope: 'col', class: 'num', text: c })))),
    h('tbody', {}, ...buckets.map((b) => h('tr', {}, h('th', { scope: 'row', text: keyText(b) }), ...cells(b)))),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', text: 'Total' }),
      ...cells({ count: sum('count'), allowed: round(sum('allowed')), payerPays: round(sum('payerPays')),
        patientPays: round(sum('patientPays')), atRiskAllowed: round(sum('atRiskAllowed')) }))));
}

const round = (n) => Math.round(n * 100) / 100;

/** Grouped bars: one group a month, the three series side by side, a labelled axis. */
export function monthChart(doc, months) {
  const s = (tag, attrs = {}, ...children) => {
    const el = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    for (const c of children) el.append(c);
    return el;
  };
  const text = (content, attrs) => { const el = s('text', attrs); el.textContent = content; return el; };
  const group = 56;
  const bar = 15;
  const left = 64;
  const top = 34;
  const plotH = 180;
  const width = Math.max(340, left + 12 + months.length * group);
  const height = top + plotH + 40;
  const step = niceStep(Math.max(1, ...months.map((m) => m.allowed)) / 4);
  const ticks = Math.max(1, Math.ceil(Math.max(1, ...months.map((m) => m.allowed)) / step));
  const max = step * ticks;
  const y = (v) => top + plotH - (v / max) * plotH;

  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: String(width), height: String(height), role: 'img',
    'aria-labelledby': 'chart-title chart-desc', class: 'month-chart' });
  svg.append(s('title', { id: 'chart-title' }), s('desc', { id: 'chart-desc' }));
  svg.querySelector('title').textContent = 'Allowed, payer pays and patient pays by month';
  svg.querySelector('desc').textContent = `${months.length} months; allowed is the solid bar, payer pays the hatched one, `
    + 'patient pays the dotted one. The table beside the chart has the figures.';
  svg.append(s('defs', {},
    s('pattern', { id: 'fill-hatch', width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      s('rect', { width: '6', height: '6', fill: '#ffffff' }), s('rect', { width: '3', height: '6', fill: '#1e6b2e' })),
    s('pattern', { id: 'fill-dots', width: '5', height: '5', patternUnits: 'userSpaceOnUse' },
      s('rect', { width: '5', height: '5', fill: '#ffffff' }), s('circle', { cx: '2.5', cy: '2.5', r: '1.6', fill: '#7a4b00' })),
    s('pattern', { id: 'fill-solid', width: '4', height: '4', patternUnits: 'userSpaceOnUse' },
      s('rect', { width: '4', height: '4', fill: '#0b5cad' }))));
  for (let i = 0; i <= ticks; i++) {
    const v = step * i;
    svg.append(s('line', { x1: String(left), x2: String(width - 4), y1: String(y(v)), y2: String(y(v)), stroke: '#b8c0c8', 'stroke-width': '1' }));
    svg.append(text(axisMoney(v), { x: String(left - 6), y: String(y(v) + 4), 'text-anchor': 'end', 'font-size': '11', fill: '#1b1f24' }));
  }
  months.forEach((m, i) => {
    const x0 = left + 10 + i * group;
    SERIES.forEach((series, j) => {
      const value = m[series.key];
      const rect = s('rect', { x: String(x0 + j * bar), y: String(y(value)), width: String(bar - 2), height: String(Math.max(0, top + plotH - y(value))),
        fill: `url(#${series.pattern})`, stroke: '#1b1f24', 'stroke-width': '1', 'data-series': series.key, 'data-month': m.month });
      rect.append(s('title'));
      rect.querySelector('title').textContent = `${monthInWords(m.month)}, ${series.label.toLowerCase()}: ${formatMoney(value)}`;
      svg.append(rect);
    });
    svg.append(text(monthInWords(m.month), { x: String(x0 + (bar * 3) / 2), y: String(top + plotH + 16), 'text-anchor': 'middle', 'font-size': '11', fill: '#1b1f24' }));
  });
  svg.append(s('line', { x1: String(left), x2: String(width - 4), y1: String(top + plotH), y2: String(top + plotH), stroke: '#1b1f24', 'stroke-width': '1.5' }));
  SERIES.forEach((series, j) => {
    const x = left + j * 96;
    svg.append(s('rect', { x: String(x), y: '8', width: '14', height: '14', fill: `url(#${series.pattern})`, stroke: '#1b1f24', 'stroke-width': '1' }));
    svg.append(text(series.label, { x: String(x + 19), y: '19', 'font-size': '12', fill: '#1b1f24' }));
  });
  return svg;
}

/** A round step of the axis at least `v`: 1, 2 or 5 times a power of ten, so every tick reads exactly. */
function niceStep(v) {
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((k) => k * p).find((n) => n >= v);
}

/** "$2.5k", "$40k", "$1.2M": exact for the axis's round ticks. */
function axisMoney(v) {
  const trim = (n) => String(Number(n.toFixed(2)));
  if (v >= 1e6) return `$${trim(v / 1e6)}M`;
  if (v >= 1e3) return `$${trim(v / 1e3)}k`;
  return `$${Math.round(v)}`;
}

/**
 * The at-risk queue: each reason's plain text and weight, then the appointments, sortable by
 * date or by reason with buttons in the column heads (aria-sort says which). Returns { sort }.
 */
function atRiskQueue(doc, container, forecast) {
  const h = (tag, props, ...children) => element(doc, tag, props, ...children);
  const texts = Object.fromEntries(forecast.atRiskReasons.map((r) => [r.code, r.text]));
  const order = Object.fromEntries(forecast.atRiskReasons.map((r, i) => [r.code, i]));
  if (forecast.atRisk.length === 0) {
    container.replaceChildren(h('p', { class: 'flag ok' }, h('strong', { text: 'No appointment is at risk.' }),
      ' Every one should pay as estimated.'));
    return { sort: () => {} };
  }
  const reasonsList = h('ul', { class: 'reasons' }, ...forecast.atRiskReasons.map((r) => h('li', {},
    h('code', { text: r.code }), ` ${r.text} `, h('span', { class: 'muted', text: `${count.format(r.count)} appointment${r.count === 1 ? '' : 's'}, ${formatMoney(r.allowed)} allowed.` }))));
  const dateButton = h('button', { type: 'button', class: 'sort', 'data-sort': 'date', text: 'Date' });
  const reasonButton = h('button', { type: 'button', class: 'sort', 'data-sort': 'reason', text: 'Reason' });
  const dateHead = h('th', { scope: 'col' }, dateButton);
  const reasonHead = h('th', { scope: 'col' }, reasonButton);
  const rows = h('tbody');
  const shown = Math.min(QUEUE_ROWS_SHOWN, forecast.atRisk.length);
  const note = forecast.atRisk.length > shown
    ? h('p', { class: 'hint', text: `Showing the first ${count.format(shown)} of ${count.format(forecast.atRisk.length)} in this order; the per-appointment CSV has them all.` })
    : null;
  const table = h('table', { id: 'queue-table' },
    h('caption', { text: `${count.format(forecast.atRisk.length)} appointments at risk` }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Appointment' }), dateHead, reasonHead)),
    rows);
  const status = h('p', { class: 'visually-hidden', role: 'status', id: 'queue-sort-status' });
  container.replaceChildren(reasonsList, h('div', { class: 'table-wrap', tabindex: '0', role: 'group', 'aria-label': 'At-risk appointments' }, table), status);
  if (note) container.append(note);

  const firstReason = (r) => Math.min(...r.reasons.map((c) => order[c] ?? 99));
  const comparators = {
    date: (a, b) => a.dateOfService.localeCompare(b.dateOfService) || a.appointmentId.localeCompare(b.appointmentId),
    reason: (a, b) => firstReason(a) - firstReason(b) || a.dateOfService.localeCompare(b.dateOfService)
      || a.appointmentId.localeCompare(b.appointmentId),
  };
  function sort(by) {
    const sorted = [...forecast.atRisk].sort(comparators[by]).slice(0, shown);
    rows.replaceChildren(...sorted.map((r) => h('tr', {},
      h('th', { scope: 'row', text: r.appointmentId }),
      h('td', {}, h('time', { datetime: r.dateOfService, text: dateShort(r.dateOfService) })),
      h('td', {}, h('ul', { class: 'reason-cells' }, ...r.reasons.map((c) => h('li', {}, h('code', { text: c }), ` ${texts[c] ?? ''}`)))))));
    dateHead.setAttribute('aria-sort', by === 'date' ? 'ascending' : 'none');
    reasonHead.setAttribute('aria-sort', by === 'reason' ? 'ascending' : 'none');
    status.textContent = `At-risk queue sorted by ${by}.`;
  }
  dateButton.addEventListener('click', () => sort('date'));
  reasonButton.addEventListener('click', () => sort('reason'));
  sort('date');
  return { sort };
}
