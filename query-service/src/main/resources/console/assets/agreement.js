// One agreement: who signed it, its term and deadlines, contacts, fields, participants, programmes,
// related agreements both ways, its timeline, its history and, for the secretariat, the forms that
// record what happened next. With asOf and recordedAsOf it is drawn as the record stood then.

import {contract, hasRole, query} from './api.js';
import {fill, facts, h, label, table} from './dom.js';
import {agreementCommandForms} from './forms.js';
import {historySection} from './history.js';
import {problemText, statusBadge} from './portfolio.js';
import {lifeOf, timelineFigure} from './timeline.js';
import {navigate, showView, takeExpectedVersion, today} from './view.js';

const link = id => h('a', {href: `/console/agreements/${encodeURIComponent(id)}`}, id);

export async function showAgreement(main, agreementId, parameters) {
  const asOf = parameters.get('asOf') || '';
  const recordedAsOf = parameters.get('recordedAsOf') || '';
  const historic = Boolean(asOf || recordedAsOf);
  const path = `/agreements/${encodeURIComponent(agreementId)}`;
  const minVersion = historic ? undefined : takeExpectedVersion(agreementId);
  const [state, events, {queries, commands}] = await Promise.all([
    query(path, {asOf, recordedAsOf, minVersion}),
    wholeHistory(path, minVersion),
    contract()]);
  document.title = `${agreementId} · Cooperation agreements`;

  const heading = h('h1', {tabindex: '-1'}, state.ok ? state.body.agreement.title : agreementId);
  const travel = timeTravel(agreementId, asOf, recordedAsOf);
  if (!state.ok) {
    showView(viewText(agreementId, asOf, recordedAsOf, null), historic);
    fill(main, heading, travel, problemText(state));
    return;
  }
  const view = state.body;
  const agreement = view.agreement;
  showView(viewText(agreementId, asOf, recordedAsOf, view), historic);
  // The events this view is made of: recorded by its instant, and (for the picture) dated by its day.
  const onRecord = events.ok ? events.events.filter(event => !recordedAsOf || event.recordedAt <= recordedAsOf) : [];
  const inView = onRecord.filter(event => !asOf || !event.businessDate || event.businessDate <= asOf);

  fill(main, 
    h('p', {class: 'crumbs'}, h('a', {href: '/console'}, 'Portfolio'), ' › ', agreementId),
    heading,
    h('p', {class: 'summary-line'}, statusBadge(agreement.status), ' ',
      `${label(agreement.kind)} · ${agreementId} · version ${agreement.version}`,
      view.heldBack ? h('span', {class: 'tag warn'}, `${view.heldBack.events} events held back`) : null),
    travel,
    h('section', {'aria-labelledby': 'timeline-heading'},
      h('h2', {id: 'timeline-heading'}, 'Timeline'),
      timelineFigure(lifeOf(agreement, inView, view.meetingsSummary),
        {today: today(), viewDate: asOf || null, title: `Timeline of ${agreementId}`})),
    h('div', {class: 'grid'},
      partiesSection(agreement),
      termSection(agreement, view),
      meetingsSection(agreement, view.meetingsSummary),
      contactsSection(agreement),
      listSection('Fields of cooperation', 'fields', ['Field', 'Added on'],
        (agreement.fieldsOfCooperation || []).map(field => [field.name, field.addedOn])),
      listSection('Participants', 'participants', ['Participant', 'Kind', 'Country', 'Joined on'],
        (agreement.participants || []).map(each => [each.name, label(each.kind), each.country || '', each.joinedOn])),
      programmesSection(agreement),
      listSection('Milestones', 'milestones', ['Date', 'Milestone', 'Field', 'References'],
        (agreement.milestones || []).map(each => [each.date, [h('strong', {}, each.title),
          each.description ? h('div', {}, each.description) : null], each.field || '', (each.references || []).join('; ')])),
      linksSection(view)),
    agreement.financialArrangement ? h('section', {'aria-labelledby': 'costs-heading'},
      h('h2', {id: 'costs-heading'}, 'Financial arrangement'), h('p', {}, agreement.financialArrangement)) : null,
    events.ok ? historySection(agreementId, onRecord, {queries, asOf, recordedAsOf}) : problemText(events.answer),
    recordSection(commands, view, historic));
}

/** Every page of the history, oldest first. */
async function wholeHistory(path, minVersion) {
  const events = [];
  let after = -1;
  for (;;) {
    const answer = await query(`${path}/history`, {after, size: 1000, minVersion});
    if (!answer.ok) return {ok: false, answer};
    events.push(...answer.body.events);
    if (answer.body.nextAfter === undefined || answer.body.nextAfter === null) return {ok: true, events};
    after = answer.body.nextAfter;
  }
}

function viewText(agreementId, asOf, recordedAsOf, view) {
  const basis = view && view.asOf;
  const counted = basis ? ` (${basis.eventsApplied} events applied${basis.eventsDatedLater ? `, ${basis.eventsDatedLater} dated later left out` : ''})` : '';
  if (asOf && recordedAsOf) {
    return `Time travel: ${agreementId} as of ${asOf}, as the record stood at ${recordedAsOf}${counted}. Not the current record.`;
  }
  if (asOf) return `Time travel: ${agreementId} as of business date ${asOf}, from everything on record now${counted}. Not the current record.`;
  if (recordedAsOf) return `Time travel: ${agreementId} as the record stood at ${recordedAsOf}${counted}. Not the current record.`;
  return `Current record of ${agreementId}${view ? `, version ${view.agreement.version}` : ''} (today is ${today()}).`;
}

function timeTravel(agreementId, asOf, recordedAsOf) {
  const form = h('form', {class: 'time-travel', 'aria-labelledby': 'travel-heading'},
    h('h2', {id: 'travel-heading', class: 'inline'}, 'Point in time'),
    h('div', {class: 'field'},
      h('label', {for: 'as-of'}, 'As of business date'),
      h('input', {id: 'as-of', name: 'asOf', value: asOf, autocomplete: 'off', 'aria-describedby': 'as-of-hint'}),
      h('span', {id: 'as-of-hint', class: 'hint'}, 'YYYY-MM-DD: the state on that day')),
    h('div', {class: 'field'},
      h('label', {for: 'recorded-as-of'}, 'As recorded at'),
      h('input', {id: 'recorded-as-of', name: 'recordedAsOf', value: recordedAsOf, autocomplete: 'off',
        'aria-describedby': 'recorded-as-of-hint'}),
      h('span', {id: 'recorded-as-of-hint', class: 'hint'}, 'An instant in UTC, e.g. 2026-01-01T00:00:00Z: what the record said then')),
    h('div', {class: 'actions'},
      h('button', {type: 'submit'}, 'Show this point in time'),
      asOf || recordedAsOf ? h('a', {href: `/console/agreements/${encodeURIComponent(agreementId)}`, class: 'button secondary'},
        'Back to the current record') : null));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const search = new URLSearchParams();
    for (const name of ['asOf', 'recordedAsOf']) {
      const value = form.elements[name].value.trim();
      if (value) search.set(name, value);
    }
    navigate(`/console/agreements/${encodeURIComponent(agreementId)}${search.toString() ? '?' + search : ''}`);
  });
  return form;
}

function section(title, id, ...content) {
  return h('section', {'aria-labelledby': id + '-heading'}, h('h2', {id: id + '-heading'}, title), ...content);
}

function listSection(title, id, headers, rows) {
  return section(title, id, rows.length ? table(title, headers, rows) : h('p', {class: 'empty'}, 'None recorded.'));
}

// Six columns: the whole width of the page, not one column of the grid.
function partiesSection(agreement) {
  const parties = section('Parties and signatories', 'parties', table('Parties',
    ['Party', 'Kind', 'Country', 'Party from', 'Party until', 'Signatory'],
    (agreement.parties || []).map(party => [
      [h('strong', {}, party.code), h('div', {}, party.name), ...formerNames(party)],
      label(party.kind || ''), party.country || 'none',
      party.accessionReference ? `${party.memberFrom} (accession: ${party.accessionReference})` : party.memberFrom || '',
      membershipEnd(party),
      party.signatory ? `${party.signatory.name}, ${party.signatory.title}${party.signatory.onBehalf
        ? ' (on behalf of the party)' : ''}` : 'not stated']),
  ), facts([
    ['Signed', agreement.signedOn && `${agreement.signedOn}${agreement.place ? ' in ' + agreement.place : ''}`],
    ['Witnesses', (agreement.witnesses || []).map(witness => witness.title ? `${witness.name}, ${witness.title}` : witness.name)
      .join('; ')],
  ]));
  parties.classList.add('whole');
  return parties;
}

// The names a party bore before the one of the view's day, each from its date (BMWi before BMWK).
function formerNames(party) {
  return (party.names || []).filter(each => each.name !== party.name)
    .map(each => h('div', {class: 'former-name'}, `${each.name} (from ${each.from})`));
}

// A party stays one through the last day of its withdrawal; a notice still running says when it ends.
function membershipEnd(party) {
  if (party.memberUntil) return `${party.memberUntil} (withdrew)`;
  const notice = party.pendingWithdrawal;
  return notice ? `withdrawing: notice of ${notice.noticeDate}, a party until ${notice.endsOn}` : 'a party';
}

function termSection(agreement, view) {
  const term = agreement.term || {};
  const policy = term.policy || {};
  const notice = agreement.pendingNotice;
  return section('Term and deadlines', 'term', facts([
    ['Effective from', term.effectiveFrom],
    ['Term', policy.initialYears ? `${policy.initialYears} years${policy.maxExtensions
      ? `, extendable ${policy.maxExtensions}× by ${policy.extensionYears} years` : ', no extension'}` : 'open-ended'],
    ['Last day of the term', term.termEndsOn || 'none (open-ended)'],
    ['Extensions used / left', policy.initialYears ? `${term.extensionsUsed} / ${term.extensionsLeft}` : null],
    ['Notice period', agreement.terminationNoticeDays !== undefined ? `${agreement.terminationNoticeDays} days` : null],
    ['Pending notice', notice ? `by ${notice.party} on ${notice.noticeDate}, ends on ${notice.endsOn}${notice.reference
      ? ' (' + notice.reference + ')' : ''}` : null],
    ['Ended on', agreement.endedOn ? `${agreement.endedOn} (${label(agreement.status)})` : null],
    ['Next meeting due', view.meetingsSummary && view.meetingsSummary.nextDue],
  ]));
}

function meetingsSection(agreement, summary) {
  const policy = agreement.meetingPolicy;
  return h('section', {'aria-labelledby': 'meetings-heading', class: 'whole'}, h('h2', {id: 'meetings-heading'}, 'Annual meetings'),
    facts([
      ['Policy', policy ? `${label(policy.cadence)}${policy.level ? ', ' + policy.level + ' level' : ''}${policy.alternateHosts
        ? ', hosts alternate' : ''}` : 'none agreed'],
      ['Held', summary ? String(summary.held) : null],
      ['Next due', summary && summary.nextDue ? `${summary.nextDue}${summary.expectedHost ? ', hosted by ' + summary.expectedHost : ''}` : null],
      ['Overdue', summary && summary.overdue ? h('span', {class: 'overdue'}, 'yes: no meeting within a year') : null],
    ]),
    (agreement.meetings || []).length ? table('Meetings held', ['Held on', 'Host', 'City', 'Level', 'Attendees', 'Outcomes'],
      agreement.meetings.map(meeting => [meeting.heldOn,
        [meeting.hostCountry, meeting.deviationReason ? h('div', {class: 'hint'}, `not alternating: ${meeting.deviationReason}`) : null],
        meeting.city || '', meeting.level || '',
        (meeting.attendees || []).map(attendee => [attendee.name, attendee.title ? `, ${attendee.title}` : '',
          attendee.party ? ` (${attendee.party})` : '']).map(parts => h('div', {}, parts)),
        (meeting.outcomes || []).join('; ')])) : h('p', {class: 'empty'}, 'No meeting recorded.'));
}

function contactsSection(agreement) {
  const contacts = Object.values(agreement.contacts || {});
  return listSection('Contacts', 'contacts', ['Party', 'Contact', 'Role', 'Email', 'Nominated on'],
    contacts.map(contact => [contact.party, contact.name, contact.role || '',
      contact.email ? h('a', {href: `mailto:${contact.email}`}, contact.email) : '', contact.nominatedOn || '']));
}

/** Programmes, once the query API shows them: each with whatever it says (dates, yearly figures). */
function programmesSection(agreement) {
  // Dates are shown as the source gave them: "1987" and "2018-10" stay a year and a month.
  return listSection('Programmes', 'programmes', ['Programme', 'Run', 'Yearly figures'],
    (agreement.programmes || []).map(programme => [
      [h('strong', {}, programme.name), programme.description ? h('div', {}, programme.description) : null],
      programmeRun(programme),
      (programme.years || []).map(year => h('div', {}, [
        `${year.year}:`,
        year.participants != null ? ` ${year.participants} participants` : '',
        year.applicants != null ? ` of ${year.applicants} applicants` : '',
        year.note ? ` (${year.note})` : ''].join('')))]));
}

/** A launch the source does not state is said so, with the date by which the source shows it running. */
function programmeRun(programme) {
  if (!programme.launchedOn) {
    const running = `launch not stated; running by ${programme.runningBy}`;
    return programme.closedOn ? `${running}; closed ${programme.closedOn}` : running;
  }
  return programme.closedOn ? `${programme.launchedOn} to ${programme.closedOn}` : `since ${programme.launchedOn}`;
}

function linksSection(view) {
  const links = view.links || [];
  return listSection('Related agreements', 'links', ['Relation', 'Agreement', 'Since'],
    links.map(each => each.direction === 'INCOMING'
      ? [`${label(each.relation).toLowerCase()} this one`, link(each.agreementId), each.linkedOn || '']
      : [`this one ${label(each.relation).toLowerCase()}`, link(each.agreementId), each.linkedOn || '']));
}

function recordSection(commands, view, historic) {
  if (!hasRole('SECRETARIAT')) return null;
  return h('section', {id: 'record', 'aria-labelledby': 'record-heading', class: 'record'},
    h('h2', {id: 'record-heading'}, 'Record what happened'),
    historic
      ? h('p', {class: 'hint'}, 'Facts are recorded on the current record: go back to it to record one.')
      : [h('p', {class: 'hint'}, `Each form sends its command with If-Match: "${view.agreement.version}", the version shown; `
        + 'if someone recorded something meanwhile, you are told and nothing is stored.'),
      agreementCommandForms(commands, view)]);
}
