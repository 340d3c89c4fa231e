// The portfolio: every agreement the signed-in person may read (a partner, its party's), with the
// list's filters and sorts, status at a glance, what falls due soon and which meetings are overdue.

import {contract, hasRole, query, representations, takesParameter} from './api.js';
import {fill, h, label, table} from './dom.js';
import {commandForm, signingPath} from './forms.js';
import {exportButton} from './history.js';
import {addDays, navigate, showView, today} from './view.js';

const SORTS = ['agreementId', 'title', 'status', 'signedOn', 'termEndsOn', 'lastDayInForce', 'nextMeetingDue'];
const LIST = '/api/agreements';
/** How far ahead "falling due soon" looks: half a year, the span of a usual notice period and more. */
const SOON_DAYS = 183;

export async function showPortfolio(main, parameters) {
  document.title = 'Portfolio · Cooperation agreements';
  const {queries, commands} = await contract();
  const asOfOffered = takesParameter(queries, LIST, 'asOf');
  // The statuses an agreement can have, as the query API's contract lists them.
  const summary = ((queries.components || {}).schemas || {}).AgreementSummary;
  const statuses = (summary && summary.properties.status.enum) || [];
  const asOf = asOfOffered ? parameters.get('asOf') || '' : '';
  const filters = {
    status: parameters.getAll('status'),
    party: parameters.get('party') || '',
    field: parameters.get('field') || '',
    endsBefore: parameters.get('endsBefore') || '',
    meetingOverdue: parameters.get('meetingOverdue') === 'true' ? 'true' : '',
    sort: parameters.get('sort') || 'agreementId,asc',
    page: parameters.get('page') || '0',
    size: parameters.get('size') || '20',
    asOf,
  };
  const [list, soon, overdue] = await Promise.all([
    query(LIST.slice('/api'.length), filters),
    query(LIST.slice('/api'.length), {status: ['IN_FORCE', 'TERMINATION_PENDING'], endsBefore: addDays(today(), SOON_DAYS + 1),
      sort: 'lastDayInForce,asc', size: 100, asOf}),
    query(LIST.slice('/api'.length), {meetingOverdue: 'true', sort: 'nextMeetingDue,asc', size: 100, asOf}),
  ]);
  showView(asOf ? `Portfolio as of ${asOf}` : `Portfolio as the record stands now (today is ${today()})`, Boolean(asOf));

  fill(main, 
    h('h1', {tabindex: '-1'}, 'Portfolio'),
    h('div', {class: 'columns'},
      h('section', {class: 'wide', 'aria-labelledby': 'list-heading'},
        h('h2', {id: 'list-heading'}, 'Agreements'),
        filterForm(filters, asOfOffered, statuses),
        list.ok ? agreementTable(list.body) : problemText(list),
        representations(queries, LIST).includes('text/csv')
          ? h('p', {}, exportButton('Export these agreements (CSV)', LIST.slice('/api'.length),
            {...filters, page: undefined, size: undefined}, 'text/csv'))
          : null),
      h('aside', {class: 'narrow', 'aria-label': 'Falling due'},
        duePanel('Falling due soon', `Last day in force within ${SOON_DAYS} days`, soon, row => row.lastDayInForce),
        duePanel('Meetings overdue', 'No annual meeting within a year', overdue, row => row.nextMeetingDue),
        await deadlinesPanel(queries))),
    hasRole('SECRETARIAT') && commands.paths && commands.paths[signingPath]
      ? h('section', {'aria-labelledby': 'sign-heading', class: 'record'},
        h('h2', {id: 'sign-heading'}, 'Record a new agreement'),
        h('details', {class: 'command', 'data-command': 'sign'}, h('summary', {}, 'Sign an agreement'),
          commandForm(commands, signingPath, null)))
      : null);
}

function filterForm(filters, asOfOffered, statuses) {
  const [sortField, sortDirection] = filters.sort.split(',');
  const form = h('form', {class: 'filters', role: 'search', 'aria-label': 'Filter and sort agreements'},
    h('fieldset', {},
      h('legend', {}, 'Status'),
      statuses.map(status => h('label', {class: 'check'},
        h('input', {type: 'checkbox', name: 'status', value: status, checked: filters.status.includes(status)}),
        ' ', label(status)))),
    field('party', 'Party (code)', filters.party, 'e.g. JP-METI'),
    field('field', 'Field of cooperation', filters.field, 'exact name'),
    field('endsBefore', 'Last day in force before', filters.endsBefore, 'YYYY-MM-DD'),
    asOfOffered ? field('asOf', 'As of (business date)', filters.asOf, 'YYYY-MM-DD') : null,
    h('label', {class: 'check'},
      h('input', {type: 'checkbox', name: 'meetingOverdue', value: 'true', checked: filters.meetingOverdue === 'true'}),
      ' Meeting overdue'),
    h('div', {class: 'field'},
      h('label', {for: 'sort-field'}, 'Sort by'),
      h('select', {id: 'sort-field', name: 'sortField'},
        SORTS.map(sort => h('option', {value: sort, selected: sort === sortField}, label(sort.replace(/([A-Z])/g, '_$1')))))),
    h('div', {class: 'field'},
      h('label', {for: 'sort-direction'}, 'Order'),
      h('select', {id: 'sort-direction', name: 'sortDirection'},
        h('option', {value: 'asc', selected: sortDirection !== 'desc'}, 'ascending'),
        h('option', {value: 'desc', selected: sortDirection === 'desc'}, 'descending'))),
    h('div', {class: 'actions'},
      h('button', {type: 'submit'}, 'Apply'),
      h('a', {href: '/console', class: 'button secondary'}, 'Clear')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    const search = new URLSearchParams();
    for (const status of data.getAll('status')) search.append('status', status);
    for (const name of ['party', 'field', 'endsBefore', 'asOf', 'meetingOverdue']) {
      const value = (data.get(name) || '').trim();
      if (value) search.set(name, value);
    }
    search.set('sort', `${data.get('sortField')},${data.get('sortDirection')}`);
    navigate('/console?' + search);
  });
  return form;
}

function field(name, text, value, hint) {
  const id = 'filter-' + name;
  return h('div', {class: 'field'},
    h('label', {for: id}, text),
    h('input', {id, name, value, 'aria-describedby': id + '-hint', autocomplete: 'off'}),
    h('span', {id: id + '-hint', class: 'hint'}, hint));
}

export function statusBadge(status) {
  return h('span', {class: `status status-${(status || '').toLowerCase().replace(/_/g, '-')}`}, label(status));
}

function agreementTable(page) {
  if (page.items.length === 0) {
    return h('p', {class: 'empty'}, 'No agreement matches these filters.');
  }
  const rows = page.items.map(item => [
    h('a', {href: `/console/agreements/${encodeURIComponent(item.agreementId)}`}, item.agreementId),
    h('span', {class: 'title-cell'}, item.title),
    statusBadge(item.status),
    (item.parties || []).join(', '),
    item.signedOn || '',
    item.lastDayInForce || item.termEndsOn || 'open-ended',
    item.meetingOverdue
      ? h('span', {class: 'overdue'}, `due ${item.nextMeetingDue || ''}, overdue`)
      : item.nextMeetingDue || '—',
  ]);
  return h('div', {},
    table(`${count(page)}, sorted by ${page.sort}`,
      ['Agreement', 'Title', 'Status', 'Parties', 'Signed', 'Last day in force', 'Next meeting due'], rows,
      {class: 'agreements'}),
    pager(page));
}

/** The list's count; past the API's countLimit it says "more than", as the API does. */
function count(page) {
  if (page.totalItemsMoreThan !== undefined) {
    return `More than ${page.totalItemsMoreThan.toLocaleString('en')} agreements`;
  }
  return `${page.totalItems} agreement${page.totalItems === 1 ? '' : 's'}`;
}

/**
 * Pages by number, as far as the API numbers them (its countLimit); a list longer than that is
 * narrowed by its filters here, or read whole as CSV.
 */
function pager(page) {
  const numbered = (number) => number * page.size < page.countLimit;
  const hasNext = page.totalPages !== undefined ? page.page + 1 < page.totalPages
    : page.nextCursor !== undefined && numbered(page.page + 1);
  if (page.page === 0 && !hasNext) return null;
  const link = (number, text) => {
    const search = new URLSearchParams(window.location.search);
    search.set('page', String(number));
    return h('a', {href: '/console?' + search, class: 'button secondary'}, text);
  };
  return h('nav', {class: 'pager', 'aria-label': 'Pages'},
    page.page > 0 ? link(page.page - 1, 'Previous page') : null,
    h('span', {}, page.totalPages !== undefined ? ` Page ${page.page + 1} of ${page.totalPages} ` : ` Page ${page.page + 1} `),
    hasNext ? link(page.page + 1, 'Next page') : null);
}

function duePanel(title, explanation, answer, dateOf) {
  const id = 'panel-' + title.toLowerCase().replace(/\W+/g, '-');
  const items = answer.ok ? answer.body.items : [];
  return h('section', {class: 'panel', 'aria-labelledby': id},
    h('h2', {id}, title),
    h('p', {class: 'hint'}, explanation),
    !answer.ok ? problemText(answer)
      : items.length === 0 ? h('p', {class: 'empty'}, 'None.')
        : h('ul', {}, items.map(item => h('li', {},
          h('a', {href: `/console/agreements/${encodeURIComponent(item.agreementId)}`}, item.agreementId),
          ' ', statusBadge(item.status), ' ', h('span', {class: 'date'}, dateOf(item) || '')))));
}

/**
 * The deadlines the query API lists, when it offers such a list (GET /api/deadlines): shown as the
 * API gives them, so the panel needs no change when their fields grow.
 */
async function deadlinesPanel(queries) {
  const path = '/api/deadlines';
  if (!queries.paths || !queries.paths[path] || !queries.paths[path].get) return null;
  const answer = await query(path.slice('/api'.length));
  const items = answer.ok ? [].concat(answer.body.items || []) : [];
  return h('section', {class: 'panel', 'aria-labelledby': 'panel-deadlines'},
    h('h2', {id: 'panel-deadlines'}, 'Deadlines'),
    answer.ok && answer.body.from ? h('p', {class: 'hint'}, `From ${answer.body.from} to ${answer.body.to}`) : null,
    !answer.ok ? problemText(answer) : items.length === 0 ? h('p', {class: 'empty'}, 'None.')
      : h('ul', {}, items.slice(0, 50).map(item => h('li', {}, describe(item)))),
    representations(queries, path).includes('text/calendar')
      ? exportButton('Calendar (iCalendar)', path.slice('/api'.length), {}, 'text/calendar') : null);
}

/** One line for an object whose fields the console does not know: its scalar values, linked where they are agreement ids. */
function describe(item) {
  return Object.entries(item).filter(([, value]) => value !== null && typeof value !== 'object').map(([name, value], index) => [
    index > 0 ? ' · ' : '',
    name === 'agreementId' ? h('a', {href: `/console/agreements/${encodeURIComponent(value)}`}, String(value)) : String(value),
  ]);
}

export function problemText(answer) {
  const body = answer.body || {};
  const detail = typeof body === 'object' ? body.detail || body.title : String(body);
  return h('p', {class: 'problem', role: 'alert'}, `The query API answered ${answer.status}: ${detail || ''}`);
}
