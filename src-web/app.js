// The page: who is signed in (or which share link is open), connection status, pairing, the list
// of computers, and the open computer's view.
import { RelayConnection } from './relay.js';
import { Device, LocalNames } from './devices.js';
import { DeviceView } from './device-view.js';
import { storage } from './storage.js';
import * as pairingCode from './pairing-code.js';
import { isolated } from './foreign-text.js';
import { confirming } from './ui.js';
import * as api from './api.js';
import { parse as parseSecretFragment, takeSecretFragment } from './fragment.js';
import { askForAccount } from './sign-in.js';
import { AccountPanel } from './account-panel.js';
import { ActivityView } from './activity.js';
import { AlertsView } from './alerts.js';
import { offerLegacyMove } from './legacy.js';

const STATUS_TEXT = {
  stopped: () => 'Not connected',
  checking: () => 'Checking your sign-in…',
  connecting: () => 'Connecting…',
  connected: () => 'Connected',
  reconnecting: ({ seconds }) => `Connection lost: reconnecting in ${seconds} s…`,
  replaced: () => 'Paused: DeskRelay was opened in another tab',
};

const PAIR_ERRORS = {
  bad_code: 'That code is unknown or already used',
  code_expired: 'That code has expired: ask the computer for a new one',
  not_authenticated: 'Sign in first',
  connection_lost: 'Could not reach the relay; try again',
};

const ROLE_WORDS = { operator: 'an operator', viewer: 'a viewer' };

const ui = {
  main: document.getElementById('main'),
  sidebar: document.getElementById('sidebar'),
  status: document.getElementById('connection-status'),
  reconnect: document.getElementById('reconnect-button'),
  pairForm: document.getElementById('pair-form'),
  pairCode: document.getElementById('pairing-code'),
  pairButton: document.getElementById('pair-button'),
  pairError: document.getElementById('pair-error'),
  pairSuccess: document.getElementById('pair-success'),
  list: document.getElementById('devices'),
  noDevices: document.getElementById('no-devices'),
  notice: document.getElementById('devices-notice'),
  template: document.getElementById('device-template'),
};

// a link or invitation opened in a tab already showing the page changes only the fragment: start afresh with it
window.addEventListener('hashchange', () => {
  if (parseSecretFragment(location.hash)) location.reload();
});
const entry = await enter();
// a share link's page shows one computer, read-only, and nothing of any account
const linkMode = Boolean(entry.link);
const names = new LocalNames(storage);
const devices = new Map();
const cards = new Map();
const pendingActions = new Map();
// computers this page asked to stop seeing or to remove: their `unpaired` or `device_removed` is
// no news to the person
const leaving = new Set();
const removing = new Set();
// Action ids must stay unique for the relay even across reloads of this page.
const actionIdPrefix = Math.random().toString(36).slice(2, 8);
let actionCount = 0;
let connected = false;

const activity = linkMode ? null : new ActivityView(devices, entry.account);
// a share link sees no alerts: they belong to accounts
const alerts = linkMode ? null : new AlertsView(devices, cards);
const view = new DeviceView(document.getElementById('device-view'), {
  onAction: requestAction,
  onActivity: (device) => activity.open(device.id),
  onRemove: removeDevice,
  link: linkMode,
  accountId: entry.account?.id,
});

const MESSAGE_HANDLERS = {
  authenticated: ({ devices: list }) => {
    showDevices(list);
    // alerts that changed while the socket was down sent no message to it
    alerts?.refresh();
  },
  alert: () => alerts?.changed(),
  paired: ({ device }) => upsertDevice(device),
  shared: ({ device }) => {
    const known = devices.has(device.id);
    upsertDevice(device);
    const shown = devices.get(device.id);
    ui.notice.replaceChildren(isolated(shown.displayName), sharedNews(known, shown.role));
  },
  presence: ({ deviceId, online, lastSeen }) => withDevice(deviceId, (device) => {
    device.setPresence({ online, lastSeen });
    renderDevice(device);
  }),
  telemetry: ({ deviceId, at, sample }) => withDevice(deviceId, (device) => {
    device.addTelemetry(at, sample);
    renderSummary(device);
    if (view.deviceId === deviceId) view.renderSample();
  }),
  history: ({ deviceId, points }) => withDevice(deviceId, (device) => {
    device.setHistory(points);
    renderSummary(device);
    if (view.deviceId === deviceId) view.renderSample();
  }),
  system_info: ({ deviceId, system }) => withDevice(deviceId, (device) => {
    device.system = system;
    if (view.deviceId === deviceId) view.renderSystem();
  }),
  filesystems: ({ deviceId, at, filesystems }) => withDevice(deviceId, (device) => {
    device.filesystems = filesystems;
    device.filesystemsAt = at;
    if (view.deviceId === deviceId) view.renderFilesystems();
  }),
  action_result: finishAction,
  error: (message) => message.id && finishAction({ ...message, ok: false }),
  unpaired: ({ deviceId }) => {
    const why = leaving.delete(deviceId) ? 'was taken off your list' : 'is no longer shared with you';
    dropDevice(deviceId, why);
  },
  device_removed: ({ deviceId }) => {
    const why = removing.delete(deviceId) ? 'was removed from the relay' : 'was removed from the relay by its owner';
    dropDevice(deviceId, why);
  },
};

const relay = new RelayConnection({
  onMessage: (message) => MESSAGE_HANDLERS[message.type]?.(message),
  onState: showConnectionState,
  onAuthLost: authenticationLost,
  token: entry.link,
});

ui.main.hidden = false;
ui.pairForm.addEventListener('submit', submitPairing);
ui.reconnect.addEventListener('click', () => relay.reconnectNow());
if (linkMode) ui.sidebar.hidden = true;
else {
  window.addEventListener('hashchange', showSelected);
  new AccountPanel(entry.account);
  offerLegacyMove();
}
relay.start();

/**
 * Who the page is for: a share link's token from the fragment, or the signed-in account, asking
 * for it (first account, invitation, or sign-in) when there is none.
 */
async function enter() {
  const secret = takeSecretFragment();
  if (secret?.link) return { link: secret.link };
  try {
    const { account, setupNeeded } = await api.me();
    if (account) return { account };
    const mode = secret?.invite ? 'invite' : setupNeeded ? 'setup' : 'signIn';
    return { account: await askForAccount(mode, { invite: secret?.invite }) };
  } catch (failure) {
    return { account: await askForAccount('signIn', { failure }) };
  }
}

// The relay refused the socket (4001) or ended it (4003): a link is over; a session may still hold
// (the socket was closed because the password changed elsewhere, say) or may have ended.
async function authenticationLost() {
  if (linkMode) {
    endLink();
    return;
  }
  let signedIn;
  try {
    signedIn = (await api.me()).account;
  } catch {
    relay.retry();
    return;
  }
  if (signedIn?.id === entry.account.id) {
    relay.retry();
    return;
  }
  relay.stop();
  if (!signedIn) {
    ['main', 'account-bar', 'account-panel', 'activity', 'alerts', 'legacy-offer'].forEach((id) => {
      document.getElementById(id).hidden = true;
    });
    await askForAccount('signIn');
  }
  // a fresh page for whoever is signed in now: nothing of the former session stays in memory
  location.reload();
}

function endLink() {
  relay.stop();
  ui.main.hidden = true;
  document.getElementById('link-ended').hidden = false;
  document.getElementById('link-ended-heading').focus();
}

function showConnectionState(state) {
  ui.status.textContent = STATUS_TEXT[state.name](state);
  ui.status.dataset.state = state.name;
  ui.reconnect.hidden = state.name !== 'reconnecting' && state.name !== 'replaced';
  connected = state.name === 'connected';
  document.body.dataset.connected = connected;
  if (!connected) pendingActions.forEach((_, id) => finishAction({ id, ok: false, code: 'connection_lost' }));
  devices.forEach(renderDevice);
}

async function submitPairing(event) {
  event.preventDefault();
  const code = ui.pairCode.value.trim();
  showPairError('');
  if (!code) {
    showPairError('Enter the code shown on the computer');
    ui.pairCode.focus();
    return;
  }
  // the relay answers a malformed code like a wrong one; here the person learns what to type
  if (!pairingCode.isWellFormed(code)) {
    showPairError(`That is not a pairing code. ${pairingCode.SHAPE}.`);
    ui.pairCode.select();
    return;
  }
  setPairing(true);
  try {
    const device = await relay.pair(code);
    ui.pairCode.value = '';
    ui.pairSuccess.replaceChildren('Paired with ', isolated(device.name));
  } catch (error) {
    showPairError(PAIR_ERRORS[error.code] ?? error.message);
    ui.pairCode.select();
  } finally {
    setPairing(false);
  }
}

function setPairing(busy) {
  ui.pairButton.disabled = busy;
  ui.pairButton.textContent = busy ? 'Pairing…' : 'Pair';
}

function showPairError(error) {
  ui.pairError.textContent = error;
  ui.pairSuccess.textContent = '';
}

// After a reconnect the relay's list is the truth: computers it no longer lists go away.
function showDevices(list) {
  const listed = new Set(list.map((device) => device.id));
  [...devices.keys()].filter((id) => !listed.has(id)).forEach((id) => dropDevice(id));
  list.forEach(upsertDevice);
  showSelected();
}

function upsertDevice({ id, name, online, lastSeen, role }) {
  const device = devices.get(id) ?? addDevice(id);
  device.name = name;
  // the relay refuses a link's actions anyway; the page does not offer them
  device.role = linkMode ? 'viewer' : role ?? 'owner';
  device.setPresence({ online, lastSeen });
  renderDevice(device);
}

function addDevice(id) {
  const device = new Device(id, names);
  devices.set(id, device);
  const card = ui.template.content.firstElementChild.cloneNode(true);
  card.dataset.deviceId = id;
  const find = (selector) => card.querySelector(selector);
  find('.open-link').href = `#device/${encodeURIComponent(id)}`;
  find('.rename-button').addEventListener('click', () => startRename(device, card));
  find('.rename-cancel').addEventListener('click', () => endRename(card));
  find('.rename-form').addEventListener('submit', (event) => {
    event.preventDefault();
    names.set(id, find('.rename-input').value.trim());
    endRename(card);
    renderDevice(device);
  });
  // an owner leaving may be its last owner: the relay then takes it from everyone it was shared with
  confirming(find('.leave-button'), () => (device.role === 'owner'
    ? 'Really leave it? If you are its only owner, everyone you shared it with loses it too'
    : 'Really stop seeing it?'), () => leave(device));
  cards.set(id, card);
  ui.list.append(card);
  alerts?.showOnCard(id);
  ui.noDevices.hidden = true;
  return device;
}

function dropDevice(id, why) {
  const device = devices.get(id);
  if (!device) return;
  if (why) ui.notice.replaceChildren(isolated(device.displayName), ` ${why}.`);
  device.pending.forEach((actionId) => pendingActions.delete(actionId));
  devices.delete(id);
  cards.get(id)?.remove();
  cards.delete(id);
  ui.noDevices.hidden = devices.size > 0;
  // a link's one computer gone (removed by its owner) is the link's end too
  if (linkMode) endLink();
  else if (view.deviceId === id) location.hash = '';
}

function withDevice(deviceId, render) {
  const device = devices.get(deviceId);
  if (device) render(device);
}

function renderDevice(device) {
  device.connected = connected;
  const card = cards.get(device.id);
  card.dataset.online = device.online;
  card.querySelector('.device-name').textContent = device.displayName;
  card.querySelector('.presence').textContent = device.presenceText;
  card.querySelector('.rename-button').setAttribute('aria-label', `Rename ${device.displayName}`);
  card.querySelector('.role-badge').textContent = device.role === 'owner' ? '' : `shared with you · ${device.role}`;
  renderSummary(device);
  if (view.deviceId === device.id) view.render();
}

function renderSummary(device) {
  const card = cards.get(device.id);
  const cpu = device.latestCpu;
  const memory = device.latestMemoryPercent;
  card.querySelector('.cpu-value').textContent = cpu === null ? '—' : `${cpu.toFixed(1)} %`;
  card.querySelector('.memory-summary').textContent = memory === null ? '—' : `${Math.round(memory)} %`;
}

function showSelected() {
  const match = /^#device\/(.+)$/.exec(location.hash);
  const device = linkMode ? devices.values().next().value : match && devices.get(decodeURIComponent(match[1]));
  cards.forEach((card, id) => card.classList.toggle('selected', id === device?.id));
  if (device) view.open(device);
  else view.close();
}

function startRename(device, card) {
  const input = card.querySelector('.rename-input');
  input.value = device.displayName;
  card.querySelector('.rename-form').hidden = false;
  input.select();
}

function endRename(card) {
  card.querySelector('.rename-form').hidden = true;
  card.querySelector('.rename-button').focus();
}

function leave(device) {
  if (relay.send({ type: 'unpair', deviceId: device.id })) leaving.add(device.id);
}

// The relay answers with `device_removed` to every page holding it, this one too: that takes it off the list.
async function removeDevice(device) {
  removing.add(device.id);
  try {
    await api.removeDevice(device.id);
  } catch (failure) {
    removing.delete(device.id);
    throw failure;
  }
}

function sharedNews(known, role) {
  // an owner's `shared` is a computer moved into the account from this browser's old access
  if (role === 'owner') return known ? ' is now yours.' : ' is now in your account.';
  return known ? ` is now shared with you as ${ROLE_WORDS[role]}.` : ` was shared with you as ${ROLE_WORDS[role]}.`;
}

function requestAction(device, action, args) {
  const id = `${actionIdPrefix}-a${++actionCount}`;
  if (!relay.send({ type: 'action', id, deviceId: device.id, action, args })) return;
  pendingActions.set(id, { deviceId: device.id, action });
  device.pending.set(action, id);
  device.outcomes.set(action, { pending: true });
  view.renderActions();
}

function finishAction(result) {
  const request = pendingActions.get(result.id);
  if (!request) return;
  pendingActions.delete(result.id);
  withDevice(request.deviceId, (device) => {
    device.pending.delete(request.action);
    device.outcomes.set(request.action, result);
    if (view.deviceId === device.id) view.renderActions();
  });
}
