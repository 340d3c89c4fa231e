// Forms for the secretariat's commands, made from command-service's own OpenAPI document: one form
// per command it takes, with the fields, types, allowed values and required marks its request
// schemas give. A command the service gains later gets its form without a change here.
// Each form sends the same HTTP command a client would, with an Idempotency-Key (kept while the
// command is refused and corrected, as a refusal stores nothing; new after a success) and, on an
// existing agreement, If-Match with the version the page shows. A refusal is shown as the problem
// detail says it: the rule and its message next to the field it names, and in a summary above.

import {command, newKey} from './api.js';
import {add, h, humanize} from './dom.js';
import {expectVersion, navigate, redraw} from './view.js';

export const signingPath = '/api/agreements';
const AGREEMENT_COMMANDS = /^\/api\/agreements\/\{agreementId\}\/(.+)$/;

/** Titles in the domain's words; a command without one here is named after its path. */
const TITLES = {
  '': 'Sign an agreement',
  'annual-meetings': 'Record an annual meeting',
  extensions: 'Extend the term',
  'termination-notices': 'Give notice of termination',
  'termination-notices/withdrawal': 'Withdraw the termination notice',
  contacts: 'Nominate a contact',
  participants: 'Admit a participant',
  fields: 'Add a field of cooperation',
  milestones: 'Record a milestone',
  links: 'Link a related agreement',
};

/**
 * The commands on an existing agreement that command-service offers, as forms in disclosures: those
 * named above in that order (the most frequent first), then any other it offers.
 */
export function agreementCommandForms(commands, view) {
  const known = Object.keys(TITLES);
  const rank = path => {
    const index = known.indexOf(path.match(AGREEMENT_COMMANDS)[1]);
    return index < 0 ? known.length : index;
  };
  return Object.keys(commands.paths || {})
    .filter(path => AGREEMENT_COMMANDS.test(path) && commands.paths[path].post)
    .sort((one, other) => rank(one) - rank(other))
    .map(path => {
      const form = commandForm(commands, path, view);
      return h('details', {class: 'command', 'data-command': path.match(AGREEMENT_COMMANDS)[1]},
        h('summary', {}, titleOf(path)), form);
    });
}

function titleOf(path) {
  const rest = path === signingPath ? '' : path.match(AGREEMENT_COMMANDS)[1];
  return TITLES[rest] || humanize(rest.replace(/\//g, ' '));
}

let formCount = 0;

/** One command's form. view: the agreement as shown (null for a signature), for If-Match and hints. */
export function commandForm(commands, path, view) {
  const operation = commands.paths[path].post;
  const schema = resolve(commands, operation.requestBody.content['application/json'].schema);
  const agreement = view && view.agreement;
  const prefix = `c${++formCount}`;
  const form = h('form', {class: 'command-form', novalidate: true, 'data-path': path});
  const summary = h('div', {class: 'error-summary', tabindex: '-1', hidden: true});
  const outcome = h('p', {class: 'outcome', role: 'status', 'aria-live': 'polite'});
  add(form, summary,
    h('p', {class: 'hint'}, 'Fields marked * are required. Dates as YYYY-MM-DD.'),
    fieldsOf(commands, schema, '', prefix, hintsFor(agreement, path)),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, titleOf(path))),
    outcome);
  let key = newKey();
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form, summary);
    outcome.textContent = 'Sending…';
    const body = valueOf(commands, schema, '', form);
    const target = agreement ? path.replace('{agreementId}', encodeURIComponent(agreement.agreementId)) : path;
    const answer = await command(target.slice('/api'.length), body,
      {idempotencyKey: key, ifMatch: agreement ? agreement.version : undefined});
    if (answer.ok) {
      key = newKey();
      outcome.textContent = `Recorded: ${answer.body.agreementId}, version ${answer.body.version}.`;
      expectVersion(answer.body.agreementId, answer.body.version);
      if (agreement) {
        await redraw();
      } else {
        await navigate(`/console/agreements/${encodeURIComponent(answer.body.agreementId)}`);
      }
      return;
    }
    outcome.textContent = '';
    showRefusal(form, summary, answer);
  });
  return form;
}

function resolve(commands, schema) {
  if (schema && schema.$ref) {
    return commands.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
  }
  return schema || {};
}

/** Suggestions from the agreement: its parties' codes and countries, one consent row per party. */
function hintsFor(agreement, path) {
  const parties = agreement ? agreement.parties || [] : [];
  return {
    party: parties.map(party => party.code),
    hostCountry: [...new Set(parties.map(party => party.country))],
    rows: path.endsWith('/extensions') ? {consents: parties.map(party => ({party: party.code}))} : {},
  };
}

function idFor(prefix, name) {
  return `${prefix}-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

function fieldsOf(commands, schema, base, prefix, hints) {
  const required = new Set(schema.required || []);
  return Object.entries(schema.properties || {}).map(([property, raw]) => {
    const name = base ? `${base}.${property}` : property;
    return fieldFor(commands, resolve(commands, raw), name, property, required.has(property), prefix, hints);
  });
}

function fieldFor(commands, schema, name, property, required, prefix, hints) {
  const id = idFor(prefix, name);
  const text = humanize(property) + (required ? ' *' : '');
  if (schema.type === 'object' || schema.properties) {
    return h('fieldset', {'data-name': name, class: 'group'},
      h('legend', {}, text),
      errorSlot(id),
      fieldsOf(commands, schema, name, prefix, hints));
  }
  if (schema.type === 'array' && (resolve(commands, schema.items).properties)) {
    return repeated(commands, schema, name, property, text, required, prefix, hints);
  }
  const hint = schema.type === 'array' ? 'One per line.'
    : schema.format === 'date' ? 'YYYY-MM-DD' : schema.type === 'integer' ? 'A whole number.' : '';
  const described = [hint ? id + '-hint' : null, id + '-error'].filter(Boolean).join(' ');
  const common = {id, name, 'aria-describedby': described, 'aria-required': required ? 'true' : null};
  let input;
  if (schema.enum) {
    input = h('select', common, required ? null : h('option', {value: ''}, '—'),
      schema.enum.map(value => h('option', {value}, value)));
  } else if (schema.type === 'boolean') {
    return h('div', {class: 'field check-field', 'data-name': name},
      h('input', {...common, type: 'checkbox', value: 'true'}),
      h('label', {for: id}, ' ' + text),
      errorSlot(id));
  } else if (schema.type === 'array' || (schema.maxLength || 0) > 500) {
    input = h('textarea', {...common, rows: 3});
  } else {
    const suggestions = hints[property];
    input = h('input', {...common, type: 'text', autocomplete: 'off',
      inputmode: schema.type === 'integer' ? 'numeric' : null,
      maxlength: schema.maxLength || null,
      list: suggestions && suggestions.length ? id + '-list' : null});
    if (suggestions && suggestions.length) {
      input = [input, h('datalist', {id: id + '-list'}, suggestions.map(value => h('option', {value})))];
    }
  }
  return h('div', {class: 'field', 'data-name': name},
    h('label', {for: id}, text),
    input,
    hint ? h('span', {id: id + '-hint', class: 'hint'}, hint) : null,
    errorSlot(id));
}

function errorSlot(id) {
  return h('span', {id: id + '-error', class: 'field-error'});
}

/** A list of objects (parties, consents, attendees): one fieldset per item, and a button for another. */
function repeated(commands, arraySchema, name, property, text, required, prefix, hints) {
  const id = idFor(prefix, name);
  const itemSchema = resolve(commands, arraySchema.items);
  const items = h('div', {class: 'items'});
  const preset = hints.rows[property] || [];
  const singular = humanize(property).replace(/ies$/, 'y').replace(/s$/, '');
  const add = values => {
    const index = items.children.length;
    const item = h('fieldset', {class: 'item', 'data-item': `${name}[${index}]`},
      h('legend', {}, `${singular} ${index + 1}`),
      fieldsOf(commands, itemSchema, `${name}[${index}]`, prefix, hints));
    items.append(item);
    for (const [field, value] of Object.entries(values || {})) {
      const input = item.querySelector(`[name="${name}[${index}].${field}"]`);
      if (input) input.value = value;
    }
    return item;
  };
  // A required list starts with two items: every list the commands require (parties, consents) is
  // of parties, and an agreement has at least two.
  const initial = preset.length || Math.max(arraySchema.minItems || 0, required ? 2 : 0);
  for (let i = 0; i < initial; i++) add(preset[i]);
  return h('fieldset', {'data-name': name, class: 'group'},
    h('legend', {}, text),
    errorSlot(id),
    items,
    h('button', {type: 'button', class: 'secondary', onclick: () => {
      const item = add();
      item.querySelector('input, select, textarea').focus();
    }}, `Add ${singular.toLowerCase()}`));
}

/** The command's body from the form, as the schema types it; empty optional values are left out. */
function valueOf(commands, schema, base, form) {
  const body = {};
  for (const [property, raw] of Object.entries(schema.properties || {})) {
    const name = base ? `${base}.${property}` : property;
    const field = resolve(commands, raw);
    let value;
    if (field.type === 'object' || field.properties) {
      value = valueOf(commands, field, name, form);
      if (Object.keys(value).length === 0) value = undefined;
    } else if (field.type === 'array' && resolve(commands, field.items).properties) {
      const itemSchema = resolve(commands, field.items);
      value = [...form.querySelectorAll('fieldset[data-item]')]
        .filter(item => /^\[\d+\]$/.test(item.dataset.item.slice(name.length)) && item.dataset.item.startsWith(name + '['))
        .map(item => valueOf(commands, itemSchema, item.dataset.item, form))
        .filter(item => Object.keys(item).length > 0);
      if (value.length === 0) value = undefined;
    } else {
      const input = form.querySelector(`[name="${name}"]`);
      if (!input) continue;
      if (field.type === 'boolean') {
        value = input.checked ? true : undefined;
      } else {
        const text = input.value.trim();
        if (text === '') continue;
        if (field.type === 'array') {
          value = text.split('\n').map(line => line.trim()).filter(Boolean);
        } else if (field.type === 'integer' && /^-?\d+$/.test(text)) {
          value = Number(text);
        } else {
          // Anything else goes as typed: the service names the rule it breaks.
          value = text;
        }
      }
    }
    if (value !== undefined) body[property] = value;
  }
  return body;
}

function clearErrors(form, summary) {
  for (const slot of form.querySelectorAll('.field-error')) slot.textContent = '';
  for (const invalid of form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
  for (const group of form.querySelectorAll('.has-error')) group.classList.remove('has-error');
  summary.hidden = true;
  summary.replaceChildren();
}

/**
 * Puts each refusal next to the field it names (a path such as consents[1].letterDate, or a
 * group such as parties), and lists them all in a summary that takes the focus.
 */
function showRefusal(form, summary, answer) {
  const problem = typeof answer.body === 'object' && answer.body ? answer.body : {detail: String(answer.body || '')};
  const refusals = Array.isArray(problem.errors) && problem.errors.length
    ? problem.errors.map(error => ({field: error.field || error.parameter || error.header, rule: error.rule, message: error.message}))
    : [{field: problem.field || problem.header, rule: problem.rule, message: problem.ruleDescription
      ? `${problem.detail} (${problem.ruleDescription})` : problem.detail || problem.title}];
  const items = [];
  for (const refusal of refusals) {
    const where = placeOf(form, refusal.field);
    const text = `${refusal.message || 'refused'}${refusal.rule ? ` — rule ${refusal.rule}` : ''}`;
    if (where) {
      where.slot.textContent = text;
      where.container.classList.add('has-error');
      if (where.input) where.input.setAttribute('aria-invalid', 'true');
      items.push(h('li', {}, h('a', {href: '#' + (where.input ? where.input.id : where.slot.id), onclick: event => {
        event.preventDefault();
        (where.input || where.container.querySelector('input, select, textarea') || where.container).focus();
      }}, `${humanize(lastSegment(refusal.field))}: ${text}`)));
    } else {
      items.push(h('li', {}, text));
    }
  }
  const heading = answer.status === 409 && problem.currentVersion !== undefined
    ? `The agreement has changed since this page was drawn (it is now at version ${problem.currentVersion}). `
      + 'Reload it, check, and record again.'
    : `Refused (${answer.status}${problem.title ? ' ' + problem.title : ''}). Nothing was recorded.`;
  summary.replaceChildren(
    h('h3', {}, heading),
    h('ul', {}, items),
    answer.status === 409 ? h('button', {type: 'button', class: 'secondary', onclick: () => redraw()}, 'Reload the agreement') : null);
  summary.setAttribute('role', 'alert');
  summary.hidden = false;
  summary.focus();
}

function lastSegment(field) {
  return (field || 'request').replace(/\[\d+\]/g, '').split('.').pop();
}

/** The input named by a problem's field, else the closest group (parties[1] → parties' fieldset). */
function placeOf(form, field) {
  if (!field) return null;
  const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
  if (input) {
    return {input, slot: document.getElementById(input.id + '-error'), container: input.closest('.field, fieldset')};
  }
  const parent = /(\.[^.[\]]+|\[\d+\])$/;
  let name = field;
  while (name) {
    const group = form.querySelector(`[data-name="${CSS.escape(name)}"], [data-item="${CSS.escape(name)}"]`);
    if (group) {
      const slot = group.querySelector(':scope > .field-error') || group.querySelector('.field-error');
      return {input: null, slot, container: group};
    }
    name = parent.test(name) ? name.replace(parent, '') : '';
  }
  return null;
}
