// The open computer: what it is, its live charts, its filesystems, and its actions.
import { DeviceCharts } from './charts.js';
import * as format from './format.js';
import { isolated, joined } from './foreign-text.js';
import { SharePanel } from './sharing.js';
import { confirming, processRows, showFailure } from './ui.js';

const ACTION_ERRORS = {
  device_offline: 'The computer is offline',
  timeout: 'No answer from the computer (timeout)',
  action_disabled: 'Refused: turned off on that computer',
  unknown_action: 'That computer does not know this action',
  bad_arguments: 'The computer could not accept that',
  not_granted: 'You no longer hold that computer',
  not_allowed: 'Not allowed: you can view this computer but not act on it',
  duplicate_id: 'The relay saw this request twice; try again',
  rate_limited: 'Too many requests; wait a moment',
  connection_lost: 'Connection lost before the computer answered',
  relay_lost: 'The relay holding that computer went down; it may or may not have done it',
};

const SUCCESS = {
  beep: ({ method }) => `Beeped (${{ tone: 'tone', bell: 'terminal bell' }[method] ?? method})`,
  notify: ({ method }) => `Shown (${{ tray: 'system tray', 'notify-send': 'desktop notification', log: 'logged: no desktop notifications' }[method] ?? method})`,
  processes: ({ processes }) => `${processes.length} processes`,
};

const FAILURE_LABEL = { beep: 'Beep failed', notify: 'Notify failed', processes: 'Could not list processes' };

export class DeviceView {
  #root;
  #find;
  #charts = null;
  #device = null;
  #onAction;
  #link;
  #sharing;

  /**
   * @param onAction called with (device, action, args) when a button asks for an action
   * @param onActivity called with the device when its owner or an operator asks for its activity
   * @param onRemove called with the device when its owner removes it for everyone; rejects with an API failure
   * @param link true on a share link's page: read-only, one computer, nothing of an account
   * @param accountId the signed-in account (none on a link's page)
   */
  constructor(root, { onAction, onActivity, onRemove, link, accountId }) {
    this.#root = root;
    this.#find = (selector) => root.querySelector(selector);
    this.#onAction = onAction;
    this.#link = link;
    this.#sharing = new SharePanel(this.#find('.share-panel'), accountId);
    this.#find('.close-view').hidden = link;
    this.#find('.device-activity-button').addEventListener('click', () => this.#device && onActivity(this.#device));
    const removeError = this.#find('.remove-device-error');
    confirming(this.#find('.remove-device-button'), 'Really remove it for everyone?', async () => {
      showFailure(removeError, null);
      try {
        await onRemove(this.#device);
      } catch (failure) {
        showFailure(removeError, failure);
      }
    });
    this.#find('.beep-button').addEventListener('click', () => this.#act('beep', {}));
    this.#find('.processes-button').addEventListener('click', () => this.#act('processes', { limit: 10 }));
    // the form's own complaint has its own place: outcomes from the relay rewrite theirs at any time
    const titleError = this.#find('.notify-title-error');
    this.#find('.notify-title').addEventListener('input', () => { titleError.textContent = ''; });
    this.#find('.notify-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const title = this.#find('.notify-title');
      if (!title.value.trim()) {
        titleError.textContent = 'Give the notification a title';
        title.focus();
        return;
      }
      titleError.textContent = '';
      this.#act('notify', { title: title.value.trim(), body: this.#find('.notify-body').value });
    });
  }

  get deviceId() {
    return this.#device?.id ?? null;
  }

  open(device) {
    const moved = this.#device?.id !== device.id;
    this.#device = device;
    this.#root.hidden = false;
    this.#root.dataset.deviceId = device.id;
    this.#charts ??= new DeviceCharts(this.#root);
    if (moved) {
      this.#find('.processes').hidden = true;
      this.#find('.notify-form').reset();
      this.#find('.notify-title-error').textContent = '';
    }
    this.render();
    if (moved) this.#find('.view-name').focus();
  }

  close() {
    this.#device = null;
    this.#root.hidden = true;
    delete this.#root.dataset.deviceId;
    this.#charts?.dispose();
    this.#charts = null;
    this.#sharing.show(null);
  }

  render() {
    const device = this.#device;
    if (!device) return;
    this.#find('.view-name').textContent = device.displayName;
    this.#find('.view-presence').textContent = device.presenceText;
    this.#root.dataset.online = device.online;
    // an offline computer has no readings now; its facts and charts stay, under a note saying so
    this.#find('.readings').hidden = !device.online;
    const offlineNote = this.#find('.offline-note');
    offlineNote.hidden = device.online;
    offlineNote.textContent = device.lastSeen
      ? `Offline since ${format.moment(device.lastSeen)}. Below is what the relay last knew.`
      : 'Offline. Below is what the relay last knew.';
    this.renderSystem();
    this.renderFilesystems();
    this.renderSample();
    this.#renderRole();
    this.renderActions();
  }

  // what this person may do here: act (owner, operator), share (owner), or only look
  #renderRole() {
    const { mayAct } = this.#device;
    this.#find('.action-area').hidden = !mayAct;
    const note = this.#find('.role-note');
    note.hidden = mayAct;
    note.textContent = this.#link
      ? "A read-only link to this computer's live view."
      : 'You can view this computer; its owner can let you act on it.';
    this.#find('.device-activity').hidden = this.#link || !mayAct;
    this.#sharing.show(this.#link ? null : this.#device);
  }

  renderSample() {
    const { sample, series } = this.#device;
    // the CPU reading also comes from the history, so a view opened before the next sample has one
    const show = (selector, value, write, missing = '—') => {
      this.#find(selector).textContent = value === undefined || value === null ? missing : write(value);
    };
    show('.view-cpu-value', this.#device.latestCpu, (cpu) => `${cpu.toFixed(1)} %`);
    show('.memory-value', sample?.memory, format.usage);
    // agents leave swap out on a machine without it
    show('.swap-value', sample?.swap, format.usage, sample ? 'none' : '—');
    show('.load-value', sample?.load, (load) => load.map((value) => value.toFixed(2)).join(' · '));
    show('.network-value', sample?.network, format.network);
    show('.uptime-value', sample?.uptime, format.duration);
    show('.cores-value', sample?.cores, (cores) => `Each core now: ${format.percentList(cores)}`, '');
    // empty axes say nothing; the relay keeps a computer's readings for five minutes after the last one
    const charted = series.t.length > 0;
    this.#find('.charts').hidden = !charted;
    this.#find('.charts-note').hidden = charted;
    this.#find('.charts-note').textContent = this.#device.online
      ? 'Waiting for the first readings…'
      : 'No readings in the last five minutes.';
    this.#charts.show(series);
  }

  renderSystem() {
    const { system, online } = this.#device;
    const line = this.#find('.system-value');
    if (system) line.replaceChildren(...joined(format.system(system), ' · '));
    else line.textContent = online ? '' : 'The relay has heard nothing from this computer since the relay started.';
  }

  renderFilesystems() {
    const { filesystems, filesystemsAt, online } = this.#device;
    const list = filesystems ?? [];
    const note = this.#find('.filesystems-note');
    if (!filesystems) note.textContent = 'Not reported yet.';
    else note.textContent = online ? '' : `As of ${format.moment(filesystemsAt)}.`;
    this.#find('.filesystems').replaceChildren(...list.map(({ mount, type, space }) => {
      const item = document.createElement('li');
      const label = document.createElement('span');
      label.append(isolated(mount), ...(type ? [' (', isolated(type), ')'] : []), `: ${format.usage(space)}`);
      const bar = document.createElement('meter');
      bar.min = 0;
      bar.max = space.total || 1;
      bar.value = space.used;
      bar.high = bar.max * 0.9;
      bar.setAttribute('aria-label', `${mount} used`);
      item.append(label, bar);
      return item;
    }));
  }

  /** Buttons work only while the page is connected and the computer online, one request at a time. */
  renderActions() {
    const device = this.#device;
    const usable = device.connected && device.online;
    this.#find('.offline-hint').hidden = usable;
    for (const action of ['beep', 'notify', 'processes']) {
      this.#find(`.${action}-button`).disabled = !usable || device.pending.has(action);
      const outcome = device.outcomes.get(action);
      this.#find(`.${action}-result`).textContent = outcome ? outcomeText(action, outcome) : '';
    }
    const processes = device.outcomes.get('processes')?.data?.processes;
    this.#find('.processes').hidden = !processes;
    if (processes) this.#showProcesses(processes);
  }

  #act(action, args) {
    if (this.#device) this.#onAction(this.#device, action, args);
  }

  #showProcesses(processes) {
    this.#find('.processes tbody').replaceChildren(...processRows(processes));
  }
}

function outcomeText(action, outcome) {
  if (outcome.pending) return 'Pending…';
  if (outcome.ok) return SUCCESS[action](outcome.data ?? {});
  const known = ACTION_ERRORS[outcome.code];
  if (known) return known;
  return outcome.message ? `${FAILURE_LABEL[action]}: ${outcome.message}` : FAILURE_LABEL[action];
}
