// The history: every event on record in this view, with who, when (recorded at), the business date,
// why, and what it said; entries retracted as made in error struck through, with who retracted them,
// when and why; a filter by type; the verification of the history and exports, when the query API
// offers them.

import {download, query, representations} from './api.js';
import {h, humanize, table} from './dom.js';

export const shortType = type => type.replace(/^.*\.([A-Za-z]+)\.v\d+$/, '$1');
/** Events that correct the record rather than add to it. */
const CORRECTION = /Revoked|Retracted|Corrected|Voided|Withdrawn/;

/** What a derived fact is known by, so that the event revoking it finds it: an expiry, a party's withdrawal. */
const REVOCABLE = {
  AgreementExpired: payload => `expiry ${payload.expiredOn}`,
  PartyWithdrew: payload => `withdrawal ${payload.party} ${payload.lastDayAsParty}`,
};
const REVOKES = {
  ExpiryRevoked: payload => `expiry ${payload.revokedExpiredOn}`,
  WithdrawalRevoked: payload => `withdrawal ${payload.party} ${payload.revokedLastDayAsParty}`,
};

export function historySection(agreementId, events, {queries, asOf, recordedAsOf}) {
  const revokedBy = new Map();
  for (const event of events) {
    const revokes = REVOKES[shortType(event.type)];
    if (revokes) revokedBy.set(revokes(event.payload), event.sequence);
  }
  const types = [...new Set(events.map(event => shortType(event.type)))].sort();
  const rows = events.map(event => {
    const type = shortType(event.type);
    const laterThanView = asOf && event.businessDate > asOf;
    const revocable = REVOCABLE[type] && REVOCABLE[type](event.payload);
    const revoked = revocable && revokedBy.has(revocable);
    // The query API marks an entry a FactRetracted took back (as the record stood at recordedAsOf).
    const retracted = event.retractedBy;
    const classes = [CORRECTION.test(type) ? 'correction' : '', revoked || retracted ? 'revoked' : '',
      laterThanView ? 'later' : ''].filter(Boolean).join(' ');
    return {
      attributes: {'data-type': type, class: classes || null},
      cells: [
        String(event.sequence),
        h('span', {}, humanize(type),
          CORRECTION.test(type) ? h('span', {class: 'tag'}, 'correction') : null,
          revoked ? h('span', {class: 'tag'}, `revoked by #${revokedBy.get(revocable)}`) : null,
          retracted ? h('span', {class: 'tag retracted'}, `retracted by #${retracted.sequence}`) : null,
          laterThanView ? h('span', {class: 'tag'}, 'dated after this view') : null),
        event.businessDate || '',
        h('a', {href: `?recordedAsOf=${encodeURIComponent(event.recordedAt)}`,
          title: 'Show the agreement as the record stood at this instant'}, event.recordedAt),
        [event.principal || '', event.client ? h('span', {class: 'hint'}, ` via ${event.client}`) : null],
        h('code', {}, event.correlationId || ''),
        [event.reason || (event.payload && event.payload.reason) || '',
          retracted ? h('div', {class: 'retraction'}, `Entered in error: retracted ${retracted.recordedAt} by `
            + `${retracted.principal || 'someone unknown'}${retracted.reason ? ': ' + retracted.reason : ''}`) : null],
        details(event.payload),
      ],
    };
  });
  const filter = h('select', {id: 'history-type', 'aria-controls': 'history-table'},
    h('option', {value: ''}, `All types (${events.length})`),
    types.map(type => h('option', {value: type}, humanize(type))));
  const shownCount = h('span', {class: 'hint', role: 'status'});
  const historyTable = table(recordedAsOf ? `Events on record at ${recordedAsOf}` : 'Every event on record, oldest first',
    ['#', 'Event', 'Business date', 'Recorded at (UTC)', 'Who', 'Correlation id', 'Why', 'What it said'], rows,
    {id: 'history-table', class: 'history'});
  filter.addEventListener('change', () => {
    let shown = 0;
    for (const row of historyTable.tBodies[0].rows) {
      row.hidden = Boolean(filter.value) && row.dataset.type !== filter.value;
      if (!row.hidden) shown++;
    }
    shownCount.textContent = filter.value ? `${shown} of ${events.length} events shown` : '';
  });
  return h('section', {id: 'history', 'aria-labelledby': 'history-heading'},
    h('h2', {id: 'history-heading'}, 'History'),
    h('div', {class: 'toolbar'},
      h('div', {class: 'field'}, h('label', {for: 'history-type'}, 'Show events of type'), filter, shownCount),
      verification(agreementId, queries),
      exports(agreementId, queries, {asOf, recordedAsOf})),
    h('div', {class: 'scroll'}, historyTable));
}

/** A payload in one line per property, without the agreement id every event repeats. */
function details(payload) {
  if (!payload) return '';
  return h('ul', {class: 'payload'}, Object.entries(payload)
    .filter(([name]) => name !== 'agreementId')
    .map(([name, value]) => h('li', {}, h('span', {class: 'name'}, humanize(name) + ': '), summary(value))));
}

function summary(value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(summary).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value).filter(([, each]) => each !== null).map(([name, each]) => `${name} ${summary(each)}`).join(', ');
  }
  return String(value);
}

/** Paths of the query API below one agreement that a GET answers, with the id filled in. */
function agreementPaths(agreementId, queries, test) {
  return Object.entries(queries.paths || {})
    .filter(([path, operations]) => operations.get && path.startsWith('/api/agreements/{agreementId}/') && test(path, operations.get))
    .map(([path, operations]) => ({template: path, path: path.replace('{agreementId}', encodeURIComponent(agreementId)).slice(4),
      operation: operations.get}));
}

/** "Verify this history", when the query API can verify it: the answer as it gives it. */
function verification(agreementId, queries) {
  const found = agreementPaths(agreementId, queries, path => /verif/i.test(path))[0];
  if (!found) return null;
  const result = h('div', {class: 'verification', role: 'status', 'aria-live': 'polite'});
  return h('div', {class: 'field'},
    h('button', {type: 'button', class: 'secondary', onclick: async () => {
      result.textContent = 'Verifying…';
      const answer = await query(found.path);
      const body = answer.body || {};
      const verdict = [body.verified, body.valid, body.consistent].find(each => typeof each === 'boolean');
      result.className = `verification ${verdict === false || !answer.ok ? 'failed' : 'passed'}`;
      result.replaceChildren(h('strong', {}, !answer.ok ? `Not verified (${answer.status})`
        : verdict === false ? 'Verification failed' : 'Verified'),
      ' ', typeof body === 'object' ? summary(Object.fromEntries(Object.entries(body)
        .filter(([name]) => !['verified', 'valid', 'consistent'].includes(name)))) : String(body));
    }}, 'Verify this history'),
    result);
}

const FORMATS = {'text/csv': 'CSV', 'application/pdf': 'PDF', 'text/calendar': 'iCalendar'};

/**
 * A button per file the query API offers for this agreement (its OpenAPI document lists the
 * representations): the agreement as shown (with the view's point in time) and its history.
 */
function exports(agreementId, queries, view) {
  const id = encodeURIComponent(agreementId);
  const offered = [
    ['/api/agreements/{agreementId}', `/agreements/${id}`, 'Agreement', view],
    ['/api/agreements/{agreementId}/history', `/agreements/${id}/history`, 'History', {}],
  ].flatMap(([template, path, what, parameters]) => representations(queries, template)
    .map(type => exportButton(`${what} (${FORMATS[type] || type})`, path, parameters, type)));
  if (offered.length === 0) return null;
  return h('div', {class: 'exports'}, h('span', {}, 'Export: '), offered);
}

export function exportButton(text, path, parameters, type) {
  const status = h('span', {class: 'hint', role: 'status'});
  return h('span', {},
    h('button', {type: 'button', class: 'secondary', 'data-export': type, onclick: async () => {
      status.textContent = 'Preparing…';
      const answer = await download(path, parameters, type);
      status.textContent = answer.ok ? '' : `refused (${answer.status})`;
    }}, text), ' ', status);
}
