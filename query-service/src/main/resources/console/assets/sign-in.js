// Sign-in: through the identity provider (a link that starts Spring Security's OIDC login), or, on
// the local run, with a token pasted into the form; the token goes in the request body, never in
// an address, and stays on the server.

import {loadSession} from './api.js';
import {h} from './dom.js';

const message = document.getElementById('message');
const session = await loadSession();
const search = new URLSearchParams(window.location.search);
if (search.has('expired')) message.textContent = 'Your session has ended. Sign in again.';
if (search.has('signed-out')) message.textContent = 'You have signed out.';
if (search.has('failed')) message.textContent = 'The identity provider did not sign you in. Try again.';
if (session.signedIn && !search.has('expired')) window.location.replace('/console');

const providers = session.signInWith.filter(method => method.kind === 'oidc');
document.getElementById('providers').append(...providers.map(provider =>
  h('p', {}, h('a', {href: provider.href, class: 'button'}, `Sign in with ${provider.name}`))));

const form = document.getElementById('token-form');
form.hidden = !session.signInWith.some(method => method.kind === 'token');
document.getElementById('none').hidden = session.signInWith.length > 0;

form.addEventListener('submit', async event => {
  event.preventDefault();
  const input = document.getElementById('token');
  const error = document.getElementById('token-error');
  error.textContent = '';
  input.removeAttribute('aria-invalid');
  const response = await fetch('/console/sign-in', {
    method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', Accept: 'application/json', [session.csrf.header]: session.csrf.token},
    body: JSON.stringify({token: input.value}),
  });
  if (response.ok) {
    window.location.assign('/console');
    return;
  }
  const problem = await response.json().catch(() => ({}));
  const refusal = (problem.errors || [])[0] || {};
  error.textContent = `${refusal.message || problem.detail || 'Refused'}${refusal.rule ? ' — rule ' + refusal.rule : ''}`;
  input.setAttribute('aria-invalid', 'true');
  input.focus();
});
