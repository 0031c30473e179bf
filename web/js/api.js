// Calls the estimator's HTTP API and turns every answer into { ok, status, body, problem,
// retryAfter }. Problems (application/problem+json) keep their errors[] so the form can show
// each message beside its field.
import { config } from './config.js';
import { bearerToken } from './signin.js';

export async function call(method, path, body, { auth = true } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = auth ? await bearerToken() : null;
  if (token) headers.authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(config.apiBase + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store',
    });
  } catch {
    return { ok: false, status: 0, body: null, problem: { title: 'The estimator could not be reached', detail: 'Check the network connection, then try again.', errors: [] } };
  }
  const text = await response.text();
  let parsed = null;
  try { parsed = text ? JSON.parse(text) : null; } catch { parsed = null; }
  const result = { ok: response.ok, status: response.status, body: parsed, problem: null, retryAfter: null };
  if (!response.ok) {
    result.problem = parsed && typeof parsed === 'object' ? { ...parsed, errors: Array.isArray(parsed.errors) ? parsed.errors : [] }
      : { title: `The estimator answered ${response.status}`, detail: '', errors: [] };
    const retry = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
    result.retryAfter = Number.isFinite(retry) && retry >= 0 ? retry : null;
  }
  return result;
}

/** True when the route is not deployed on this server yet (a 404 for the route, not for a field). */
export function routeMissing(result) {
  return result.status === 404 && (result.problem?.errors ?? []).length === 0;
}
