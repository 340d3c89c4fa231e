// What every page shares: moving to another address, redrawing, and the banner that says which
// view of the record is shown (now, as of a business date, as recorded at an instant).

import {currentSession} from './api.js';

let router = null;

export function useRouter(pages) {
  router = pages;
}

export function navigate(address, options) {
  return router.navigate(address, options);
}

export function redraw() {
  return router.redraw();
}

export function showView(text, historic) {
  const banner = document.getElementById('view');
  banner.textContent = text;
  banner.className = historic ? 'view historic' : 'view';
}

/** Today in the business calendar, as the services count it (their zone and clock, not the browser's). */
export function today() {
  return currentSession().today;
}

export function addDays(isoDate, days) {
  const date = new Date(isoDate + 'T00:00:00Z');
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const expected = new Map();

/** After a command: the next read of that agreement waits until the query side shows this version. */
export function expectVersion(agreementId, version) {
  expected.set(agreementId, version);
}

export function takeExpectedVersion(agreementId) {
  const version = expected.get(agreementId);
  expected.delete(agreementId);
  return version;
}
