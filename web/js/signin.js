// Staff sign-in for the front desk in AWS: OAuth 2.0 authorization code with PKCE against the
// practice's identity provider (config.signIn), whose ID token the API's JWT authorizer checks.
// Locally, and on the patient page, there is no sign-in: config.signIn is null.
import { config } from './config.js';

const KEY = 'facet-estimator.token';

function b64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function beginSignIn(signIn) {
  const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(`${KEY}.pkce`, JSON.stringify({ verifier, state }));
  const url = new URL(signIn.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: signIn.clientId, redirect_uri: location.origin + location.pathname,
    scope: signIn.scope || 'openid', state, code_challenge: challenge, code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
  return new Promise(() => {}); // the page is leaving
}

async function finishSignIn(signIn) {
  const params = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(`${KEY}.pkce`) || 'null');
  if (!params.has('code') || !pending || params.get('state') !== pending.state) return null;
  sessionStorage.removeItem(`${KEY}.pkce`);
  const response = await fetch(signIn.tokenEndpoint, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), client_id: signIn.clientId,
      redirect_uri: location.origin + location.pathname, code_verifier: pending.verifier,
    }),
  });
  history.replaceState(null, '', location.pathname);
  if (!response.ok) return null;
  const tokens = await response.json();
  const token = tokens.id_token || tokens.access_token;
  const expires = Date.now() + 1000 * (Number(tokens.expires_in) || 3600) - 30_000;
  sessionStorage.setItem(KEY, JSON.stringify({ token, expires }));
  return token;
}

/** The bearer token for the API, signing in first when the deployment asks for it; null locally. */
export async function bearerToken() {
  const signIn = config.signIn;
  if (!signIn) return null;
  const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  if (saved && saved.expires > Date.now()) return saved.token;
  return (await finishSignIn(signIn)) ?? beginSignIn(signIn);
}
