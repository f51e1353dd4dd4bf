// The page: connection status, pairing, the list of computers, and the open computer's view.
import { RelayConnection } from './relay.js';
import { Device, LocalNames } from './devices.js';
import { DeviceView } from './device-view.js';
import { storage } from './storage.js';
import * as pairingCode from './pairing-code.js';
import { isolated } from './foreign-text.js';

const STATUS_TEXT = {
  unpaired: () => 'Not paired',
  connecting: () => 'Connecting…',
  connected: () => 'Connected',
  reconnecting: ({ seconds }) => `Connection lost: reconnecting in ${seconds} s…`,
  replaced: () => 'Paused: DeskRelay was opened in another tab',
};

const PAIR_ERRORS = {
  bad_code: 'That code is unknown or already used',
  code_expired: 'That code has expired: ask the computer for a new one',
  access_revoked: "This browser's access was revoked or has expired: type a new pairing code to pair again",
  connection_lost: 'Could not reach the relay; try again',
};

const ui = {
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

const names = new LocalNames(storage);
const devices = new Map();
const cards = new Map();
const pendingActions = new Map();
// Action ids must stay unique for the relay even across reloads of this page.
const actionIdPrefix = Math.random().toString(36).slice(2, 8);
let actionCount = 0;
let connected = false;

const view = new DeviceView(document.getElementById('device-view'), requestAction);

const MESSAGE_HANDLERS = {
  authenticated: ({ devices: list }) => showDevices(list),
  paired: ({ device }) => upsertDevice(device),
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
  unpaired: ({ deviceId }) => dropDevice(deviceId, 'was removed from this browser'),
  device_removed: ({ deviceId }) => dropDevice(deviceId, 'was removed from the relay by its owner'),
};

const relay = new RelayConnection({
  onMessage: (message) => MESSAGE_HANDLERS[message.type]?.(message),
  onState: showConnectionState,
});

ui.pairForm.addEventListener('submit', submitPairing);
ui.reconnect.addEventListener('click', () => relay.reconnectNow());
window.addEventListener('hashchange', showSelected);
relay.start();

function showConnectionState(state) {
  ui.status.textContent = STATUS_TEXT[state.name](state);
  ui.status.dataset.state = state.name;
  ui.reconnect.hidden = state.name !== 'reconnecting' && state.name !== 'replaced';
  if (state.reason) {
    showPairError(PAIR_ERRORS[state.reason]);
    ui.pairCode.focus();
  }
  if (state.name === 'unpaired') [...devices.keys()].forEach((id) => dropDevice(id));
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

function upsertDevice({ id, name, online, lastSeen }) {
  const device = devices.get(id) ?? addDevice(id);
  device.name = name;
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
  find('.remove-button').addEventListener('click', () => remove(device, find('.remove-button')));
  cards.set(id, card);
  ui.list.append(card);
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
  if (view.deviceId === id) location.hash = '';
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
  card.querySelector('.remove-button').setAttribute('aria-label', `Remove ${device.displayName}`);
  card.querySelector('.rename-button').setAttribute('aria-label', `Rename ${device.displayName}`);
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
  const device = match && devices.get(decodeURIComponent(match[1]));
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

// Removing asks once more on the button itself: the grant is gone for good, pairing again needs a new code.
function remove(device, button) {
  if (button.dataset.confirm !== 'true') {
    button.dataset.confirm = 'true';
    button.textContent = 'Really remove?';
    setTimeout(() => {
      button.dataset.confirm = 'false';
      button.textContent = 'Remove';
    }, 5_000);
    return;
  }
  relay.send({ type: 'unpair', deviceId: device.id });
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
