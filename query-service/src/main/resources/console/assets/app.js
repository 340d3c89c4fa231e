// The console's pages, drawn from its address: /console is the portfolio, /console/agreements/{id}
// one agreement; the query string keeps filters and the point in time, so every view can be
// bookmarked, reloaded and shared (it never holds a token).

import {loadSession} from './api.js';
import {fill, h} from './dom.js';
import {showAgreement} from './agreement.js';
import {showPortfolio} from './portfolio.js';
import {useRouter} from './view.js';

const main = document.getElementById('main');

async function start() {
  const session = await loadSession();
  if (!session.signedIn) {
    window.location.assign('/console/sign-in');
    return;
  }
  showWho(session);
  document.addEventListener('click', followLink);
  window.addEventListener('popstate', () => render(false));
  await render(false);
}

function showWho(session) {
  const who = document.getElementById('who');
  const roles = session.roles.map(role => role.toLowerCase()).join(', ');
  who.textContent = `${session.subject} (${roles}${session.party ? ' of ' + session.party : ''})`;
  document.querySelector('#sign-out input[name="_csrf"]').value = session.csrf.token;
}

/** Links within the console change the page without reloading it; others (downloads) go as usual. */
function followLink(event) {
  const link = event.target.closest('a[href]');
  if (!link || link.origin !== window.location.origin || !link.pathname.startsWith('/console')
      || link.pathname.startsWith('/console/api/') || link.hasAttribute('download') || link.target
      || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  navigate(link.pathname + link.search + link.hash);
}

function navigate(address, {replace = false} = {}) {
  window.history[replace ? 'replaceState' : 'pushState'](null, '', address);
  return render(true);
}

async function render(moveFocus) {
  const address = new URL(window.location.href);
  const agreement = address.pathname.match(/^\/console\/agreements\/([^/]+)$/);
  main.setAttribute('aria-busy', 'true');
  try {
    if (agreement) {
      await showAgreement(main, decodeURIComponent(agreement[1]), address.searchParams);
    } else {
      await showPortfolio(main, address.searchParams);
    }
  } catch (failure) {
    fill(main, h('p', {class: 'problem', role: 'alert'}, `This page could not be drawn: ${failure.message}`));
  } finally {
    main.removeAttribute('aria-busy');
  }
  if (moveFocus) {
    // Keyboard and screen-reader users start at the new page's heading, as after a page load.
    const heading = main.querySelector('h1');
    (heading || main).focus();
  }
}

useRouter({navigate, redraw: () => render(false)});
start();
