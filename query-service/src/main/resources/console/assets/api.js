// The console's only way out: same-origin requests to its own relay, which adds the session's
// token on the server. Reads go to /console/api/queries/... (the query API's /api/...), commands to
// /console/api/commands/... (command-service's /api/...) with the CSRF token of the session.

let session = null;

export async function loadSession() {
  const response = await fetch('/console/api/session', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  session = await response.json();
  return session;
}

export function currentSession() {
  return session;
}

export function hasRole(role) {
  return Boolean(session && session.roles && session.roles.includes(role));
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (response.status === 401) {
    // The session or its token ended: back to the sign-in page, then here again.
    window.location.assign('/console/sign-in?expired');
  }
  return {status: response.status, ok: response.ok, body, headers: response.headers};
}

/** GET on the query API: query('/agreements/x', {asOf: '2020-01-01'}); empty values are left out. */
export async function query(path, parameters = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    for (const each of [].concat(value)) {
      if (each !== undefined && each !== null && each !== '' && each !== false) search.append(name, String(each));
    }
  }
  const suffix = search.toString() ? '?' + search : '';
  return answer(await fetch('/console/api/queries' + path + suffix,
    {credentials: 'same-origin', headers: {Accept: 'application/json, application/problem+json'}}));
}

/**
 * Downloads another representation of a query API resource (a PDF, CSV or iCalendar file), asked
 * for as the API asks: by Accept. The file is named as the API's Content-Disposition names it.
 */
export async function download(path, parameters, type) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters || {})) {
    for (const each of [].concat(value)) if (each !== undefined && each !== null && each !== '') search.append(name, String(each));
  }
  const response = await fetch('/console/api/queries' + path + (search.toString() ? '?' + search : ''),
    {credentials: 'same-origin', headers: {Accept: type}});
  if (!response.ok) return {ok: false, status: response.status};
  const disposition = response.headers.get('Content-Disposition') || '';
  const named = disposition.match(/filename="?([^";]+)"?/);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = named ? named[1] : path.split('/').filter(Boolean).join('-');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return {ok: true, status: response.status};
}

/** The other representations (than JSON) a GET of the query API offers, by its OpenAPI document. */
export function representations(queries, template) {
  const get = queries.paths && queries.paths[template] && queries.paths[template].get;
  const ok = get && get.responses && get.responses['200'];
  return Object.keys((ok && ok.content) || {}).filter(type => !/json|\*\/\*/.test(type));
}

/** POST of a command, with its idempotency key and, on an existing agreement, the version it was shown. */
export async function command(path, body, {idempotencyKey, ifMatch} = {}) {
  const headers = {'Content-Type': 'application/json', Accept: 'application/json, application/problem+json'};
  headers[session.csrf.header] = session.csrf.token;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
  return answer(await fetch('/console/api/commands' + path,
    {method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body)}));
}

let contracts = null;

/**
 * The two services' OpenAPI documents: what the query API can answer (exports, verification,
 * deadlines appear here when they exist) and which commands command-service takes, with their
 * bodies' schemas, from which the forms are made.
 */
export function contract() {
  if (!contracts) {
    const read = url => fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : {paths: {}}).catch(() => ({paths: {}}));
    contracts = Promise.all([read('/v3/api-docs'), read('/console/api/command-contract')])
      .then(([queries, commands]) => ({queries, commands}));
  }
  return contracts;
}

/** Whether the query API offers a GET at this path template (e.g. '/api/agreements/{agreementId}/verification'). */
export function offers(queries, template) {
  return Boolean(queries.paths && queries.paths[template] && queries.paths[template].get);
}

/** Whether a GET of the query API takes a parameter (e.g. asOf on the list). */
export function takesParameter(queries, template, name) {
  const get = queries.paths && queries.paths[template] && queries.paths[template].get;
  return Boolean(get && (get.parameters || []).some(parameter => parameter.name === name));
}

/** A fresh idempotency key: the same key is sent again only when the same command is retried. */
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; plain http on another host than localhost is not one.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
