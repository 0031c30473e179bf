// Where the pages find the API. Empty: the same origin that served the page (the local
// server). scripts/deploy-pages.sh writes this file into the bucket with the stack's
// browser API URL and, for the staff pages, the identity provider to sign in with.
export const config = {
  apiBase: '',
  signIn: null, // { authorizationEndpoint, tokenEndpoint, clientId, scope }
};
