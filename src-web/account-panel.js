// The Account panel: password, sign out (here or everywhere), API tokens, and for administrators
// invitations and accounts.
import * as api from './api.js';
import { pageUrlWith } from './fragment.js';
import { passwordComplaint } from './sign-in.js';
import { busy, Disclosure, element, fill, removal, row, showFailure, shownOnce, when } from './ui.js';

const byId = (id) => document.getElementById(id);

export class AccountPanel {
  #account;

  constructor(account) {
    this.#account = account;
    byId('account-name').textContent = account.username;
    byId('password-username').value = account.username;
    byId('account-bar').hidden = false;
    byId('admin').hidden = !account.admin;
    new Disclosure(byId('account-panel'), byId('account-button'), {
      onOpen: () => this.#refresh(),
      // a secret shown once stays shown only while the person is there to copy it
      onClose: () => {
        byId('token-once').hidden = true;
        byId('invite-once').hidden = true;
      },
    });
    byId('password-form').addEventListener('submit', (event) => this.#changePassword(event));
    byId('sign-out').addEventListener('click', (event) => signOut(event.target, api.signOut));
    byId('sign-out-everywhere').addEventListener('click', (event) => signOut(event.target, api.signOutEverywhere));
    byId('token-form').addEventListener('submit', (event) => this.#createToken(event));
    byId('invite-form').addEventListener('submit', (event) => this.#createInvite(event));
  }

  #refresh() {
    this.#showTokens();
    if (this.#account.admin) {
      this.#showInvites();
      this.#showAccounts();
    }
  }

  async #changePassword(event) {
    event.preventDefault();
    const [current, password, repeat] = ['password-current', 'password-new', 'password-repeat'].map(byId);
    const error = byId('password-error');
    byId('password-done').textContent = '';
    const complaint = !current.value
      ? { field: current, text: 'Enter your current password' }
      : passwordComplaint(password.value, repeat.value, password, repeat);
    if (complaint) {
      error.textContent = complaint.text;
      complaint.field.focus();
      return;
    }
    showFailure(error, null);
    try {
      await busy(byId('password-submit'), 'Changing…', () => api.changePassword(current.value, password.value));
      event.target.reset();
      byId('password-done').textContent = 'Password changed. Your other sessions were signed out.';
    } catch (failure) {
      // here a wrong password is the current one, not a sign-in's
      if (failure.code === 'bad_credentials') error.textContent = 'That is not your current password';
      else showFailure(error, failure);
      (failure.code === 'weak_password' ? password : current).select();
    }
  }

  async #showTokens() {
    const list = byId('tokens');
    await fill(list, byId('token-error'), api.tokens, (token) => row(
      [element('strong', {}, element('bdi', {}, token.name)),
        element('span', { className: 'hint' }, `created ${when(token.createdAt)} · last used ${token.lastUsedAt ? when(token.lastUsedAt) : 'never'}`)],
      removal('Revoke', `Really revoke ${token.name}?`, `Revoke the token ${token.name}`, byId('token-error'),
        () => api.revokeToken(token.id), () => this.#showTokens()),
    ), 'No tokens.');
  }

  async #createToken(event) {
    event.preventDefault();
    const name = byId('token-name');
    const error = byId('token-error');
    if (!name.value.trim()) {
      error.textContent = 'Give the token a name, e.g. what will use it';
      name.focus();
      return;
    }
    showFailure(error, null);
    try {
      const created = await busy(byId('token-create'), 'Creating…', () => api.createToken(name.value.trim()));
      event.target.reset();
      shownOnce(byId('token-once'), `Token ${created.name}`, created.token);
      this.#showTokens();
    } catch (failure) {
      showFailure(error, failure);
    }
  }

  async #showInvites() {
    await fill(byId('invites'), byId('invite-error'), api.invites, (invite) => row(
      [element('span', {}, `Invitation, open until ${when(invite.expiresAt)}`)],
      removal('Withdraw', 'Really withdraw?', 'Withdraw this invitation', byId('invite-error'),
        () => api.withdrawInvite(invite.id), () => this.#showInvites()),
    ), 'No open invitations.');
  }

  async #createInvite(event) {
    event.preventDefault();
    const error = byId('invite-error');
    showFailure(error, null);
    try {
      const hours = Number(byId('invite-hours').value);
      const created = await busy(byId('invite-create'), 'Creating…', () => api.createInvite(hours));
      shownOnce(byId('invite-once'), `Invitation link, valid until ${when(created.expiresAt)}`, pageUrlWith('invite', created.code));
      this.#showInvites();
    } catch (failure) {
      showFailure(error, failure);
    }
  }

  async #showAccounts() {
    const self = this.#account.id;
    await fill(byId('accounts'), byId('accounts-error'), api.accounts, (account) => row(
      [element('strong', {}, element('bdi', {}, account.username)),
        element('span', { className: 'hint' },
          `${account.admin ? 'administrator · ' : ''}${plural(account.devices, 'computer')} · since ${when(account.createdAt)}`)],
      account.id === self ? null : removal('Remove',
        `Really remove ${account.username}? Computers only they own leave the relay; their shares end`,
        `Remove the account ${account.username}`, byId('accounts-error'),
        () => api.removeAccount(account.id), () => this.#showAccounts()),
    ), 'No accounts.');
  }
}

async function signOut(button, call) {
  try {
    await busy(button, 'Signing out…', call);
    // a fresh page: nothing of this account stays in memory
    location.reload();
  } catch (failure) {
    showFailure(byId('sign-out-error'), failure);
  }
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
