// The Activity view: the audit log the relay keeps, newest first, filtered by what happened and
// by computer, a page at a time, and downloadable as CSV or JSON with the same filters.
import * as api from './api.js';
import { Disclosure, element, showFailure, when } from './ui.js';

const PAGE = 100;

const KINDS = {
  action: 'Action',
  pair: 'Paired',
  share: 'Shared',
  unshare: 'Stopped sharing',
  link_created: 'Share link created',
  link_used: 'Share link used',
  link_revoked: 'Share link revoked',
  device_removed: 'Computer removed',
  token_created: 'API token created',
  token_revoked: 'API token revoked',
  sign_in: 'Sign-in',
  sign_out: 'Sign-out',
  account_created: 'Account created',
  account_removed: 'Account removed',
  password_changed: 'Password changed',
  devices_moved: 'Computers moved into the account',
};

const byId = (id) => document.getElementById(id);

export class ActivityView {
  #disclosure;
  /** the computer to show when opened from its view */
  #preset = null;
  #kind = byId('activity-kind');
  #device = byId('activity-device');
  #rows = byId('activity-rows');
  #more = byId('activity-more');
  #error = byId('activity-error');
  #next = null;
  #loading = 0;
  #devices;
  #anyComputer;

  /**
   * @param devices the page's Map of device id → Device, for names and the computer filter
   * @param account the signed-in account: without a computer chosen, the relay lists an
   *     administrator everything and anyone else only what their own account did
   */
  constructor(devices, account) {
    this.#devices = devices;
    this.#anyComputer = account.admin ? 'All' : 'Any (what you did)';
    this.#kind.append(...Object.entries(KINDS).map(([value, words]) => element('option', { value }, words)));
    this.#disclosure = new Disclosure(byId('activity'), byId('activity-button'), {
      onOpen: () => {
        this.#fillDevices(this.#preset ?? this.#device.value);
        this.#preset = null;
        this.#load();
      },
    });
    this.#kind.addEventListener('change', () => this.#load());
    this.#device.addEventListener('change', () => this.#load());
    this.#more.addEventListener('click', () => this.#load(this.#next));
  }

  /** Opens the view, for one computer when deviceId is given (from that computer's view). */
  open(deviceId) {
    this.#preset = deviceId;
    this.#disclosure.open();
  }

  #fillDevices(selected) {
    const options = [...this.#devices.values()]
      .filter((device) => device.role !== 'viewer')
      .map((device) => element('option', { value: device.id }, device.displayName));
    this.#device.replaceChildren(element('option', { value: '' }, this.#anyComputer), ...options);
    this.#device.value = selected;
  }

  get #filters() {
    return { kind: this.#kind.value, device: this.#device.value };
  }

  /** The first page, or (with a cursor) the next one after what is shown. */
  async #load(before = null) {
    const filters = this.#filters;
    byId('activity-csv').href = api.auditDownload('csv', filters);
    byId('activity-json').href = api.auditDownload('json', filters);
    const request = ++this.#loading;
    showFailure(this.#error, null);
    this.#more.disabled = true;
    try {
      const { events, next } = await api.audit({ ...filters, before, limit: PAGE });
      // a slower answer to an older filter must not land on top of a newer one
      if (request !== this.#loading) return;
      const rows = events.map((event) => this.#row(event));
      if (before) this.#rows.append(...rows);
      else this.#rows.replaceChildren(...rows);
      this.#next = next ?? null;
      this.#more.hidden = this.#next === null;
      byId('activity-empty').hidden = this.#rows.childElementCount > 0;
    } catch (failure) {
      if (request === this.#loading) showFailure(this.#error, failure);
    } finally {
      this.#more.disabled = false;
    }
  }

  #row({ at, actor, device, kind, detail, outcome, address }) {
    const what = [KINDS[kind] ?? kind, detail].filter(Boolean).join(': ');
    const deviceName = device ? (this.#devices.get(device)?.displayName ?? device) : '';
    return element('tr', {}, ...[when(at), actor ?? '', deviceName, what, outcome ?? '', address ?? '']
      .map((text) => element('td', {}, element('bdi', {}, text))));
  }
}
