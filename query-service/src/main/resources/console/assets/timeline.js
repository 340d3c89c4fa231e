// The agreement's life as a picture (SVG): the period in force, the term and its extensions,
// notices and their ends, expiries and terminations (a revoked expiry drawn as revoked), meetings
// with their hosts, parties acceding or withdrawing, and milestones, against the years; a line for
// today and for the view's date.
// Every mark has a <title> (a tooltip); the figure's <desc> says the same in words.

import {add, h, s} from './dom.js';

const WIDTH = 1000;
const LEFT = 120;
const RIGHT = 20;
const LANE = 46;
const TOP = 12;
const LANES = ['In force', 'Term', 'Notice and end', 'Meetings', 'Parties', 'Milestones'];

const DAY = 86400000;
// A date as precise as its source ("1987", "2018-10") is drawn from its first day; its label keeps the text.
const firstDay = iso => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
const time = iso => Date.parse(firstDay(iso) + 'T00:00:00Z');
const dayAfter = iso => new Date(time(iso) + DAY).toISOString().slice(0, 10);
const shortType = type => type.replace(/^.*\.([A-Za-z]+)\.v\d+$/, '$1');

/**
 * What the timeline draws, from the agreement's state in this view and the events on record in it.
 * Exported for the page's text alternative, which lists the same facts.
 */
export function lifeOf(agreement, events, meetingsSummary) {
  const byType = type => events.filter(event => shortType(event.type) === type);
  const signed = byType('AgreementSigned')[0];
  const initialEnd = signed ? signed.payload.termEndsOn : (agreement.term && agreement.term.termEndsOn);
  const term = agreement.term || {};
  const segments = [];
  if (term.effectiveFrom && initialEnd) {
    segments.push({from: term.effectiveFrom, to: initialEnd, label: 'initial term'});
  }
  byType('TermExtended').forEach((event, index) => segments.push({
    from: dayAfter(event.payload.previousTermEndsOn), to: event.payload.termEndsOn,
    label: `extension ${index + 1}`, extension: true,
    detail: (event.payload.consents || []).map(consent => `${consent.party} ${consent.letterDate}`).join(', '),
  }));
  const revoked = new Set(byType('ExpiryRevoked').map(event => event.payload.revokedExpiredOn));
  const ends = [
    ...byType('AgreementExpired').map(event => ({
      date: event.payload.expiredOn, kind: 'expiry', revoked: revoked.has(event.payload.expiredOn),
      recordedAt: event.recordedAt})),
    ...byType('AgreementTerminated').map(event => ({date: event.payload.terminatedOn, kind: 'termination'})),
  ];
  const notices = [];
  for (const event of events) {
    const type = shortType(event.type);
    if (type === 'TerminationNoticeGiven') {
      notices.push({party: event.payload.party, noticeDate: event.payload.noticeDate, endsOn: event.payload.endsOn});
    } else if (type === 'TerminationNoticeWithdrawn' && notices.length > 0) {
      notices[notices.length - 1].withdrawnOn = event.payload.withdrawnOn;
    }
  }
  const lastDay = agreement.endedOn ? isoBefore(agreement.endedOn)
    : agreement.pendingNotice ? agreement.pendingNotice.endsOn : term.termEndsOn || null;
  return {
    signedOn: agreement.signedOn, effectiveFrom: term.effectiveFrom, lastDay, ended: Boolean(agreement.endedOn),
    segments, ends, notices,
    meetings: agreement.meetings || [], milestones: agreement.milestones || [],
    // Only what happened after the signature is drawn: a party that signed needs no mark.
    memberships: (agreement.parties || []).flatMap(party => [
      party.accessionReference ? {date: party.memberFrom, party: party.code, kind: 'accession',
        text: `${party.code} accedes (${party.accessionReference})`} : null,
      party.memberUntil ? {date: party.memberUntil, party: party.code, kind: 'withdrawal',
        text: `${party.code} a party until ${party.memberUntil} (withdrew)`} : null,
      party.pendingWithdrawal ? {date: party.pendingWithdrawal.endsOn, party: party.code, kind: 'withdrawal pending',
        text: `${party.code} withdrawing: notice of ${party.pendingWithdrawal.noticeDate}, a party until ${party.pendingWithdrawal.endsOn}`}
        : null,
    ]).filter(Boolean),
    nextDue: meetingsSummary && meetingsSummary.nextDue, overdue: meetingsSummary && meetingsSummary.overdue,
    expectedHost: meetingsSummary && meetingsSummary.expectedHost,
  };
}

function isoBefore(iso) {
  return new Date(time(iso) - DAY).toISOString().slice(0, 10);
}

/** The figure: the SVG and a caption. {today, viewDate} are business dates (viewDate: the asOf asked). */
export function timelineFigure(life, {today, viewDate, title}) {
  const dates = [life.signedOn, life.effectiveFrom, life.lastDay, today, viewDate,
    ...life.segments.map(segment => segment.to), ...life.ends.map(end => end.date),
    ...life.notices.flatMap(notice => [notice.noticeDate, notice.endsOn]),
    ...life.meetings.map(meeting => meeting.heldOn), ...life.milestones.map(milestone => milestone.date),
    ...life.memberships.map(membership => membership.date),
    life.nextDue].filter(Boolean).sort();
  const firstYear = Number(dates[0].slice(0, 4));
  const lastYear = Number(dates[dates.length - 1].slice(0, 4)) + 1;
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear, 0, 1);
  const x = iso => LEFT + (time(iso) - start) / (end - start) * (WIDTH - LEFT - RIGHT);
  const laneY = index => TOP + index * LANE;
  const height = TOP + LANES.length * LANE + 30;

  const svg = s('svg', {viewBox: `0 0 ${WIDTH} ${height}`, class: 'timeline', role: 'img',
    'aria-labelledby': 'timeline-title timeline-desc', focusable: 'false'},
  s('title', {id: 'timeline-title'}, title),
  s('desc', {id: 'timeline-desc'}, describe(life)));

  LANES.forEach((name, index) => add(svg, 
    s('rect', {x: 0, y: laneY(index), width: WIDTH, height: LANE, class: index % 2 ? 'lane odd' : 'lane'}),
    s('text', {x: 8, y: laneY(index) + LANE / 2 + 4, class: 'lane-name'}, name)));

  for (let year = firstYear; year <= lastYear; year++) {
    const at = x(`${year}-01-01`);
    add(svg, s('line', {x1: at, x2: at, y1: TOP, y2: laneY(LANES.length), class: 'year'}),
      year < lastYear ? s('text', {x: at + 3, y: laneY(LANES.length) + 16, class: 'year-label'}, String(year)) : null);
  }

  // In force: from the effective date to the last day in force, or on, open, to the view's date.
  if (life.effectiveFrom) {
    const until = life.lastDay || viewDate || today;
    const y = laneY(0) + 12;
    add(svg, s('rect', {x: x(life.effectiveFrom), y, width: Math.max(2, x(dayAfter(until)) - x(life.effectiveFrom)),
      height: LANE - 24, class: life.lastDay ? 'in-force' : 'in-force open'},
    s('title', {}, `In force from ${life.effectiveFrom}${life.lastDay ? ' to ' + life.lastDay + ' (last day)' : ', open-ended'}`)));
    if (life.signedOn && life.signedOn !== life.effectiveFrom) {
      add(svg, mark(x(life.signedOn), y + (LANE - 24) / 2, 'signed', `Signed ${life.signedOn}`));
    }
  }

  life.segments.forEach(segment => {
    const y = laneY(1) + 10;
    const width = Math.max(2, x(dayAfter(segment.to)) - x(segment.from));
    add(svg, s('g', {class: segment.extension ? 'segment extension' : 'segment'},
      s('title', {}, `${segment.label}: ${segment.from} to ${segment.to}${segment.detail ? ' (consents: ' + segment.detail + ')' : ''}`),
      s('rect', {x: x(segment.from), y, width, height: LANE - 20}),
      width > 90 ? s('text', {x: x(segment.from) + 5, y: y + (LANE - 20) / 2 + 4}, `${segment.label} to ${segment.to}`) : null));
  });

  const noticeY = laneY(2) + LANE / 2;
  life.notices.forEach(notice => {
    const withdrawn = Boolean(notice.withdrawnOn);
    add(svg, s('g', {class: withdrawn ? 'notice withdrawn' : 'notice'},
      s('title', {}, `Notice by ${notice.party} on ${notice.noticeDate}, ending on ${notice.endsOn}`
        + (withdrawn ? `; withdrawn on ${notice.withdrawnOn}` : '')),
      s('line', {x1: x(notice.noticeDate), x2: x(notice.endsOn), y1: noticeY - 8, y2: noticeY - 8}),
      s('circle', {cx: x(notice.noticeDate), cy: noticeY - 8, r: 5}),
      s('text', {x: x(notice.noticeDate), y: noticeY - 15, 'text-anchor': anchor(x(notice.noticeDate))},
        withdrawn ? 'notice (withdrawn)' : `notice by ${notice.party}`)));
  });
  life.ends.forEach(end => {
    const at = x(end.date);
    const what = end.kind === 'expiry' ? 'expiry' : 'termination';
    add(svg, s('g', {class: `end ${end.kind}${end.revoked ? ' revoked' : ''}`},
      s('title', {}, `${what} recorded as of ${end.date}${end.revoked ? ', later revoked: the record was corrected' : ''}`),
      s('rect', {x: at - 6, y: noticeY, width: 12, height: 12, transform: `rotate(45 ${at} ${noticeY + 6})`}),
      end.revoked ? s('line', {x1: at - 10, x2: at + 10, y1: noticeY + 14, y2: noticeY - 2, class: 'strike'}) : null,
      s('text', {x: at + (anchor(at) === 'end' ? -12 : 12), y: noticeY + 10, 'text-anchor': anchor(at)},
        `${what} ${end.date}${end.revoked ? ' revoked' : ''}`)));
  });

  const meetingY = laneY(3) + LANE / 2 + 6;
  life.meetings.forEach(meeting => add(svg, s('g', {class: meeting.deviationReason ? 'meeting deviation' : 'meeting'},
    s('title', {}, `Annual meeting ${meeting.heldOn} in ${meeting.city || '?'}, hosted by ${meeting.hostParty || meeting.hostCountry}`
      + (meeting.deviationReason ? ` (host did not alternate: ${meeting.deviationReason})` : '')),
    s('circle', {cx: x(meeting.heldOn), cy: meetingY, r: 6}),
    s('text', {x: x(meeting.heldOn), y: meetingY - 10, 'text-anchor': 'middle'}, meeting.hostCountry))));
  if (life.nextDue) {
    add(svg, s('g', {class: life.overdue ? 'meeting due overdue' : 'meeting due'},
      s('title', {}, `Next meeting due ${life.nextDue}${life.expectedHost ? ', hosted by ' + life.expectedHost : ''}`
        + (life.overdue ? ': overdue' : '')),
      s('circle', {cx: x(life.nextDue), cy: meetingY, r: 6}),
      s('text', {x: x(life.nextDue), y: meetingY - 10, 'text-anchor': 'middle'},
        `${life.overdue ? 'overdue' : 'due'}${life.expectedHost ? ' ' + life.expectedHost : ''}`)));
  }

  const partyY = laneY(4) + LANE / 2 + 6;
  life.memberships.forEach(membership => add(svg, s('g', {class: `membership ${membership.kind}`},
    s('title', {}, membership.text),
    s('circle', {cx: x(membership.date), cy: partyY, r: 5}),
    s('text', {x: x(membership.date), y: partyY - 9, 'text-anchor': 'middle'}, membership.party))));

  const milestoneY = laneY(5) + LANE / 2;
  life.milestones.forEach(milestone => add(svg, s('g', {class: 'milestone'},
    s('title', {}, `${milestone.date}: ${milestone.title}${milestone.field ? ' (' + milestone.field + ')' : ''}`),
    s('rect', {x: x(milestone.date) - 5, y: milestoneY - 5, width: 10, height: 10,
      transform: `rotate(45 ${x(milestone.date)} ${milestoneY})`}))));

  const marker = (iso, name, cls) => s('g', {class: cls},
    s('line', {x1: x(iso), x2: x(iso), y1: TOP, y2: laneY(LANES.length)}),
    s('text', {x: x(iso) + (anchor(x(iso)) === 'end' ? -4 : 4), y: TOP + 10, 'text-anchor': anchor(x(iso))}, `${name} ${iso}`));
  add(svg, marker(today, 'today', 'today'));
  if (viewDate && viewDate !== today) add(svg, marker(viewDate, 'as of', 'view-date'));

  return h('figure', {class: 'timeline-figure'}, svg,
    h('figcaption', {}, legend()));
}

function mark(cx, cy, cls, text) {
  return s('circle', {cx, cy, r: 4, class: cls}, s('title', {}, text));
}

function anchor(at) {
  return at > WIDTH - 200 ? 'end' : 'start';
}

function legend() {
  const key = (cls, text) => h('span', {class: 'key'}, h('span', {class: `swatch ${cls}`, 'aria-hidden': 'true'}), text);
  return h('span', {class: 'legend'},
    key('in-force', 'in force'), key('segment', 'initial term'), key('extension', 'extension'),
    key('notice', 'termination notice'), key('end', 'expiry or termination'), key('revoked', 'revoked (corrected)'),
    key('meeting', 'meeting, with host'), key('overdue', 'meeting overdue'), key('membership', 'party accedes or withdraws'),
    key('milestone', 'milestone'));
}

/** The picture in words, for screen readers and for anyone who prefers to read. */
export function describe(life) {
  const parts = [];
  if (life.effectiveFrom) {
    parts.push(`In force from ${life.effectiveFrom}` + (life.lastDay ? ` to ${life.lastDay} (last day).` : ', open-ended.'));
  }
  for (const segment of life.segments) parts.push(`${segment.label} ${segment.from} to ${segment.to}.`);
  for (const notice of life.notices) {
    parts.push(`Notice by ${notice.party} on ${notice.noticeDate}, ending ${notice.endsOn}`
      + (notice.withdrawnOn ? `, withdrawn ${notice.withdrawnOn}.` : '.'));
  }
  for (const end of life.ends) parts.push(`${end.kind} as of ${end.date}${end.revoked ? ', revoked' : ''}.`);
  if (life.meetings.length) {
    parts.push(`${life.meetings.length} meetings: ${life.meetings.map(meeting => `${meeting.heldOn} hosted by ${meeting.hostCountry}`).join('; ')}.`);
  }
  if (life.nextDue) parts.push(`Next meeting due ${life.nextDue}${life.overdue ? ', overdue' : ''}.`);
  for (const membership of life.memberships) parts.push(`${membership.date}: ${membership.text}.`);
  if (life.milestones.length) parts.push(`${life.milestones.length} milestones.`);
  return parts.join(' ');
}
