// The owner's part of a computer's view: who else sees it and in which role, and share links.
import * as api from './api.js';
import { pageUrlWith } from './fragment.js';
import { busy, element, fill, removal, row, showFailure, shownOnce, when } from './ui.js';

const ROLE_WORDS = { viewer: 'Viewer: sees, acts on nothing', operator: 'Operator: sees and acts' };

export class SharePanel {
  #root;
  #find;
  #deviceId = null;
  #accountId;

  /**
   * @param root the `.share-panel` element in the device view
   * @param accountId the signed-in account, which the relay lists among the device's holders too
   */
  constructor(root, accountId) {
    this.#root = root;
    this.#accountId = accountId;
    this.#find = (selector) => root.querySelector(selector);
    this.#find('.share-form').addEventListener('submit', (event) => this.#share(event));
    this.#find('.link-form').addEventListener('submit', (event) => this.#createLink(event));
  }

  /** Shows the panel for an owned device, or hides it (null, or not the owner). */
  show(device) {
    const owned = device?.role === 'owner';
    const moved = this.#deviceId !== (owned ? device.id : null);
    this.#root.hidden = !owned;
    if (!moved) return;
    this.#deviceId = owned ? device.id : null;
    this.#find('.share-form').reset();
    this.#find('.link-once').hidden = true;
    ['.share-error', '.share-done', '.link-error', '.remove-device-error'].forEach((selector) => showFailure(this.#find(selector), null));
    this.#find('.shares').replaceChildren();
    this.#find('.links').replaceChildren();
    if (owned) this.refresh();
  }

  /** Loads the lists again, e.g. after a change made in another tab. */
  refresh() {
    if (!this.#deviceId) return;
    this.#showShares();
    this.#showLinks();
  }

  async #showShares() {
    const deviceId = this.#deviceId;
    const list = this.#find('.shares');
    const error = this.#find('.share-error');
    const others = async () => (await api.shares(deviceId)).filter((share) => share.accountId !== this.#accountId);
    await fill(list, error, others, (share) => (share.role === 'owner'
      // another owner (it paired the computer too) is nobody's to manage here
      ? row([element('strong', {}, element('bdi', {}, share.username)), ' · owner too'])
      : row(
        [element('strong', {}, element('bdi', {}, share.username))],
        this.#roleSelect(deviceId, share),
        removal('Remove', `Really stop sharing with ${share.username}?`, `Stop sharing with ${share.username}`, error,
          () => api.unshare(deviceId, share.username), () => this.#showShares()),
      )), 'Nobody else sees this computer.');
  }

  #roleSelect(deviceId, share) {
    const select = element('select', { 'aria-label': `Role of ${share.username}` },
      ...Object.entries(ROLE_WORDS).map(([value, words]) => element('option', { value, selected: value === share.role }, words)));
    select.addEventListener('change', async () => {
      const error = this.#find('.share-error');
      showFailure(error, null);
      try {
        await api.share(deviceId, share.username, select.value);
        this.#find('.share-done').textContent = `${share.username} is now ${select.value === 'viewer' ? 'a viewer' : 'an operator'}.`;
      } catch (failure) {
        showFailure(error, failure);
        this.#showShares();
      }
    });
    return select;
  }

  async #share(event) {
    event.preventDefault();
    const username = this.#find('.share-username');
    const error = this.#find('.share-error');
    const done = this.#find('.share-done');
    done.textContent = '';
    if (!username.value.trim()) {
      error.textContent = 'Enter the user name of the person to share with';
      username.focus();
      return;
    }
    showFailure(error, null);
    const name = username.value.trim();
    const role = this.#find('.share-role').value;
    try {
      await busy(this.#find('.share-button'), 'Sharing…', () => api.share(this.#deviceId, name, role));
      username.value = '';
      done.textContent = `Shared with ${name} as ${role === 'viewer' ? 'a viewer' : 'an operator'}.`;
      this.#showShares();
    } catch (failure) {
      showFailure(error, failure);
      username.select();
    }
  }

  async #showLinks() {
    const deviceId = this.#deviceId;
    const error = this.#find('.link-error');
    await fill(this.#find('.links'), error, () => api.links(deviceId), (link) => row(
      [element('span', {}, `Link, valid until ${when(link.expiresAt)}`)],
      removal('Revoke', 'Really revoke?', 'Revoke this share link', error,
        () => api.revokeLink(deviceId, link.id), () => this.#showLinks()),
    ), 'No share links.');
  }

  async #createLink(event) {
    event.preventDefault();
    const error = this.#find('.link-error');
    showFailure(error, null);
    const deviceId = this.#deviceId;
    try {
      const hours = Number(this.#find('.link-hours').value);
      const created = await busy(this.#find('.link-button'), 'Creating…', () => api.createLink(deviceId, hours));
      shownOnce(this.#find('.link-once'), `Share link, valid until ${when(created.expiresAt)}`,
        pageUrlWith('link', `${created.id}.${created.secret}`));
      this.#showLinks();
    } catch (failure) {
      showFailure(error, failure);
    }
  }
}
