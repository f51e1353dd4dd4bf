// The forms in front of the page: create the administrator account with the console's setup
// code, create an account with an invitation, or sign in.
import * as api from './api.js';
import { busy, showFailure } from './ui.js';

const USERNAME = /^[A-Za-z0-9._-]{1,64}$/;
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 256;

const MODES = {
  setup: {
    heading: 'Create the administrator account',
    intro: 'This relay has no account yet. The first one administers it: it invites everybody else.',
    submit: 'Create the account',
    busy: 'Creating…',
    send: ({ code, username, password }) => api.setup(code, username, password),
  },
  invite: {
    heading: 'Create your account',
    intro: 'You were invited to this relay: choose a user name and a password.',
    submit: 'Create the account',
    busy: 'Creating…',
    send: ({ invite, username, password }) => api.join(invite, username, password),
  },
  signIn: {
    heading: 'Sign in',
    intro: 'No account? Ask the relay\'s administrator for an invitation link.',
    submit: 'Sign in',
    busy: 'Signing in…',
    send: ({ username, password }) => api.signIn(username, password),
  },
};

const ui = {
  section: document.getElementById('auth'),
  heading: document.getElementById('auth-heading'),
  intro: document.getElementById('auth-intro'),
  form: document.getElementById('auth-form'),
  codeField: document.getElementById('auth-code-field'),
  code: document.getElementById('auth-code'),
  username: document.getElementById('auth-username'),
  password: document.getElementById('auth-password'),
  passwordHint: document.getElementById('auth-password-hint'),
  repeatField: document.getElementById('auth-repeat-field'),
  repeat: document.getElementById('auth-repeat'),
  submit: document.getElementById('auth-submit'),
  error: document.getElementById('auth-error'),
};

/**
 * Shows the form for `mode` (setup, invite or signIn) until the relay accepts it; resolves with
 * the signed-in account and hides the form again.
 */
export function askForAccount(mode, { invite, failure } = {}) {
  const shape = MODES[mode];
  const creating = mode !== 'signIn';
  ui.heading.textContent = shape.heading;
  ui.intro.textContent = shape.intro;
  ui.submit.textContent = shape.submit;
  ui.codeField.hidden = mode !== 'setup';
  ui.repeatField.hidden = !creating;
  ui.passwordHint.hidden = !creating;
  ui.password.autocomplete = creating ? 'new-password' : 'current-password';
  ui.form.reset();
  showFailure(ui.error, failure);
  ui.section.hidden = false;
  (mode === 'setup' ? ui.code : ui.username).focus();
  return new Promise((resolve) => {
    ui.form.onsubmit = async (event) => {
      event.preventDefault();
      const fields = { invite, code: ui.code.value.trim(), username: ui.username.value.trim(), password: ui.password.value };
      const complaint = check(mode, fields, ui.repeat.value);
      if (complaint) {
        ui.error.textContent = complaint.text;
        complaint.field.focus();
        return;
      }
      showFailure(ui.error, null);
      try {
        const { account } = await busy(ui.submit, shape.busy, () => shape.send(fields));
        ui.section.hidden = true;
        ui.form.onsubmit = null;
        ui.form.reset();
        resolve(account);
      } catch (failure) {
        // someone else created the first account meanwhile: this person signs in (or is invited) instead
        if (failure.code === 'setup_done') {
          resolve(askForAccount('signIn', { failure }));
          return;
        }
        showFailure(ui.error, failure);
        const field = { bad_setup_code: ui.code, weak_password: ui.password, bad_credentials: ui.password }[failure.code];
        (field ?? ui.username).select();
      }
    };
  });
}

// What the page can tell before asking: the relay checks it all again.
function check(mode, { code, username, password }, repeat) {
  if (mode === 'setup' && !code) return { field: ui.code, text: "Enter the setup code from the relay's console" };
  if (!username) return { field: ui.username, text: 'Enter your user name' };
  if (!password) return { field: ui.password, text: 'Enter your password' };
  if (mode === 'signIn') return null;
  if (!USERNAME.test(username)) return { field: ui.username, text: 'A user name is 1 to 64 letters, digits, dots, underscores or dashes' };
  return passwordComplaint(password, repeat, ui.password, ui.repeat);
}

/** Why a new password (typed twice) can't be used, as {field, text}, or null. */
export function passwordComplaint(password, repeat, passwordField, repeatField) {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    return { field: passwordField, text: `Choose a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` };
  }
  if (password !== repeat) return { field: repeatField, text: 'The two passwords differ' };
  return null;
}
