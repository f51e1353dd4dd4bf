// Small pieces the page's panels share: building elements, confirming twice, busy buttons,
// a secret shown once with a copy button, an API failure in plain words, a processes table's rows.
import * as format from './format.js';

/** An element with properties (dataset and attributes by name) and children (strings stay text). */
export function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(properties).forEach(([name, value]) => {
    // ARIA goes in as attributes: not every browser reflects `role` as a property
    if (name in node && name !== 'role') node[name] = value;
    else node.setAttribute(name, value);
  });
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

/**
 * A button that acts only when pressed twice within 5 s: the first press says what will happen
 * on it (`confirmText`, or a function giving it when what happens depends on the moment), as the
 * page's Remove always did.
 */
export function confirming(button, confirmText, act) {
  const label = button.textContent;
  const name = button.getAttribute('aria-label');
  let timer = 0;
  const reset = () => {
    button.dataset.confirm = 'false';
    button.textContent = label;
    if (name) button.setAttribute('aria-label', name);
  };
  button.addEventListener('click', () => {
    if (button.dataset.confirm !== 'true') {
      button.dataset.confirm = 'true';
      button.textContent = typeof confirmText === 'function' ? confirmText() : confirmText;
      // a name given for screen readers would hide the question
      if (name) button.removeAttribute('aria-label');
      timer = setTimeout(reset, 5_000);
      return;
    }
    clearTimeout(timer);
    reset();
    act();
  });
  return button;
}

/** Runs `work` with the button disabled and saying `busyText`; resolves with what work resolved. */
export async function busy(button, busyText, work) {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = busyText;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

/** A secret the relay shows only once: in a read-only field to select, a copy button, and the warning. */
export function shownOnce(container, labelText, value) {
  const field = element('input', { readOnly: true, value, className: 'secret-value', spellcheck: false });
  const id = `once-${Math.random().toString(36).slice(2, 8)}`;
  field.id = id;
  const status = element('span', { className: 'hint', role: 'status' });
  const copy = element('button', { type: 'button', className: 'secondary', textContent: 'Copy' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = 'Copied';
    } catch {
      // without clipboard access (plain HTTP, a refused permission) the person copies it by hand
      field.select();
      status.textContent = 'Selected: copy it with Ctrl+C (⌘C)';
    }
  });
  container.replaceChildren(
    element('label', { htmlFor: id }, labelText),
    element('div', { className: 'pair-row' }, field, copy),
    element('p', { className: 'hint' }, "Copy it now: it won't be shown again. ", status),
  );
  container.hidden = false;
  field.select();
  field.focus();
}

const WORDS = {
  bad_credentials: 'Wrong user name or password',
  weak_password: 'Choose a password of 10 to 256 characters',
  bad_username: 'A user name is 1 to 64 letters, digits, dots, underscores or dashes',
  username_taken: 'That user name is taken: choose another',
  bad_setup_code: "That setup code is wrong: copy it from the relay's console (./run shows it too)",
  setup_done: 'The administrator account exists already: sign in',
  bad_invite: 'This invitation is unknown, used or expired: ask for a new one',
  not_signed_in: 'You were signed out: reload the page and sign in again',
  not_allowed: 'You are not allowed to do that',
  unknown_account: 'There is no account with that user name',
  bad_token: 'That token is not valid (any more)',
  not_found: 'That no longer exists: reload the page',
  connection_lost: 'Could not reach the relay; try again',
};

/**
 * Writes a failure in plain words into `target`; "too many tries" counts its seconds down there
 * and clears itself when the wait is over.
 */
export function showFailure(target, failure) {
  clearInterval(Number(target.dataset.countdown));
  if (!failure) {
    target.textContent = '';
    return;
  }
  if (failure.code === 'too_many_attempts') {
    const until = Date.now() + Math.max(1, failure.retryAfter) * 1_000;
    const tick = () => {
      const seconds = Math.ceil((until - Date.now()) / 1_000);
      if (seconds <= 0) showFailure(target, null);
      else target.textContent = `Too many tries: try again in ${seconds} s`;
    };
    target.dataset.countdown = setInterval(tick, 1_000);
    tick();
    return;
  }
  // a refusal the page has no words for (a rule's bad threshold, say) is told in the relay's words
  const refused = failure.status >= 400 && failure.status < 500 ? failure.said : null;
  target.textContent = WORDS[failure.code] ?? refused ?? 'The relay could not do that; try again';
}

/** Fills a list from an API call, or says why it can't. */
export async function fill(list, error, load, render, empty) {
  try {
    const items = await load();
    list.replaceChildren(...(items.length ? items.map(render) : [element('li', { className: 'hint' }, empty)]));
  } catch (failure) {
    showFailure(error, failure);
  }
}

/** One row of a list: its words, then its buttons. */
export function row(words, ...buttons) {
  return element('li', {}, element('span', { className: 'row-words' }, ...words), ...buttons);
}

/** A button that removes something after a second press, then refreshes its list. */
export function removal(label, confirmText, accessibleName, error, remove, refresh) {
  const button = element('button', { type: 'button', className: 'secondary', textContent: label, 'aria-label': accessibleName });
  return confirming(button, confirmText, async () => {
    showFailure(error, null);
    try {
      await remove();
    } catch (failure) {
      showFailure(error, failure);
    }
    refresh();
  });
}

/**
 * A panel its header button opens and closes (and its own Close button closes), with the
 * button's aria-expanded kept true to it; opening calls `onOpen`, closing `onClose`.
 */
export class Disclosure {
  #panel;
  #toggle;

  constructor(panel, toggle, { onOpen = () => {}, onClose = () => {} } = {}) {
    this.#panel = panel;
    this.#toggle = toggle;
    this.onOpen = onOpen;
    this.onClose = onClose;
    toggle.addEventListener('click', () => (panel.hidden ? this.open() : this.close()));
    panel.querySelector('.close-panel').addEventListener('click', () => this.close());
  }

  open() {
    this.#panel.hidden = false;
    this.#toggle.setAttribute('aria-expanded', 'true');
    this.#panel.querySelector('h2').focus();
    this.onOpen();
  }

  close() {
    this.#panel.hidden = true;
    this.#toggle.setAttribute('aria-expanded', 'false');
    this.onClose();
    this.#toggle.focus();
  }
}

/** A moment as a local date and time. */
export function when(epochMillis) {
  return epochMillis ? new Date(epochMillis).toLocaleString() : '—';
}

/** A processes table's rows: name, PID, CPU (% of one core), memory. */
export function processRows(processes) {
  return processes.map(({ name, pid, cpu, memory }) => element('tr', {},
    ...[name, String(pid), `${cpu.toFixed(1)} %`, format.bytes(memory)].map((text) => element('td', {}, text))));
}

/** Fills a select with `anyWords` (value "") and the computers, keeping its choice while that one is still there. */
export function chooseDevice(select, devices, anyWords) {
  const selected = select.value;
  select.replaceChildren(element('option', { value: '' }, anyWords),
    ...[...devices].map((device) => element('option', { value: device.id }, device.displayName)));
  select.value = devices.some((device) => device.id === selected) ? selected : '';
}
