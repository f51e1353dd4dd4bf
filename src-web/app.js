// The page: pair form, connection status and one card per paired computer.
import { RelayConnection } from './relay.js';
import { CpuChart } from './chart.js';
import * as format from './format.js';

const STATUS_TEXT = {
  unpaired: () => 'Not paired',
  connecting: () => 'Connecting…',
  connected: () => 'Connected',
  reconnecting: ({ seconds }) => `Reconnecting in ${seconds} s…`,
  replaced: () => 'Paused: DeskRelay was opened in another tab',
};

const PAIR_ERRORS = {
  bad_code: 'That code is unknown or already used',
  code_expired: 'That code has expired: ask the computer for a new one',
  access_revoked: "This browser's access was revoked or expired; pair again",
  connection_lost: 'Could not reach the relay; try again',
};

const BEEP_ERRORS = {
  device_offline: 'Device is offline',
  timeout: 'No answer from the device (timeout)',
  not_granted: 'This computer does not allow beeping',
  unknown_action: 'This computer does not know how to beep',
  duplicate_id: 'The relay saw this request twice; try again',
  connection_lost: 'Connection lost before the device answered',
};

const BEEP_METHODS = { tone: 'tone', bell: 'terminal bell' };

const ui = {
  status: document.getElementById('connection-status'),
  reconnect: document.getElementById('reconnect-button'),
  pairForm: document.getElementById('pair-form'),
  pairCode: document.getElementById('pairing-code'),
  pairButton: document.getElementById('pair-button'),
  pairError: document.getElementById('pair-error'),
  pairSuccess: document.getElementById('pair-success'),
  devices: document.getElementById('devices'),
  noDevices: document.getElementById('no-devices'),
  deviceTemplate: document.getElementById('device-template'),
};

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const devices = new Map();
const pendingBeeps = new Map();
// Action ids must stay unique for the relay even across reloads of this page.
const actionIdPrefix = Math.random().toString(36).slice(2, 8);
let actionCount = 0;
let connected = false;

const MESSAGE_HANDLERS = {
  authenticated: ({ devices: list }) => showDevices(list),
  paired: ({ device }) => upsertDevice(device),
  presence: ({ deviceId, online, lastSeen }) => updatePresence(deviceId, { online, lastSeen }),
  telemetry: recordTelemetry,
  system_info: ({ deviceId, system }) => withDevice(deviceId, (device) => renderSystem(device, system)),
  filesystems: ({ deviceId, filesystems }) => withDevice(deviceId, (device) => renderFilesystems(device, filesystems)),
  action_result: finishBeep,
  error: (message) => message.id && finishBeep({ ...message, ok: false }),
};

const relay = new RelayConnection({
  onMessage: (message) => MESSAGE_HANDLERS[message.type]?.(message),
  onState: showConnectionState,
});

ui.pairForm.addEventListener('submit', submitPairing);
ui.reconnect.addEventListener('click', () => relay.reconnectNow());
relay.start();

function showConnectionState(state) {
  ui.status.textContent = STATUS_TEXT[state.name](state);
  ui.status.dataset.state = state.name;
  ui.reconnect.hidden = state.name !== 'reconnecting' && state.name !== 'replaced';
  if (state.reason) showPairMessage({ error: PAIR_ERRORS[state.reason] });
  if (state.name === 'unpaired') devices.forEach(removeDevice);
  setConnected(state.name === 'connected');
}

function setConnected(value) {
  connected = value;
  document.body.dataset.connected = value;
  if (!connected) pendingBeeps.forEach((device) => settleBeep(device, BEEP_ERRORS.connection_lost));
  devices.forEach(renderBeepButton);
}

async function submitPairing(event) {
  event.preventDefault();
  const code = ui.pairCode.value.trim();
  showPairMessage({});
  if (!code) {
    showPairMessage({ error: 'Enter the code shown on the computer' });
    ui.pairCode.focus();
    return;
  }
  setPairing(true);
  try {
    const device = await relay.pair(code);
    ui.pairCode.value = '';
    showPairMessage({ success: `Paired with ${device.name}` });
  } catch (error) {
    showPairMessage({ error: PAIR_ERRORS[error.code] ?? error.message });
    ui.pairCode.select();
  } finally {
    setPairing(false);
  }
}

function setPairing(busy) {
  ui.pairButton.disabled = busy;
  ui.pairButton.textContent = busy ? 'Pairing…' : 'Pair';
}

function showPairMessage({ error = '', success = '' }) {
  ui.pairError.textContent = error;
  ui.pairSuccess.textContent = success;
}

// After a reconnect the relay's list is the truth: cards it no longer lists go away.
function showDevices(list) {
  const listed = new Set(list.map((device) => device.id));
  devices.forEach((device) => {
    if (!listed.has(device.id)) removeDevice(device);
  });
  list.forEach(upsertDevice);
}

function upsertDevice({ id, name, online, lastSeen }) {
  const device = devices.get(id) ?? addDevice(id);
  device.name = name;
  updatePresence(id, { online, lastSeen });
}

function updatePresence(deviceId, { online, lastSeen }) {
  const device = devices.get(deviceId);
  if (!device) return;
  Object.assign(device, { online, lastSeen });
  // A reading from before the device left would look live.
  if (!online) {
    device.cpu = null;
    device.sample = null;
  }
  renderDevice(device);
}

function addDevice(id) {
  const card = ui.deviceTemplate.content.firstElementChild.cloneNode(true);
  card.dataset.deviceId = id;
  const find = (selector) => card.querySelector(selector);
  const device = {
    id,
    card,
    cpu: null,
    sample: null,
    pendingBeep: null,
    chart: new CpuChart(find('.cpu-chart')),
    view: {
      name: find('.device-name'),
      presence: find('.presence'),
      cpuValue: find('.cpu-value'),
      system: find('.system-value'),
      cores: find('.cores-value'),
      memory: find('.memory-value'),
      swap: find('.swap-value'),
      load: find('.load-value'),
      network: find('.network-value'),
      uptime: find('.uptime-value'),
      filesystems: find('.filesystems'),
      beep: find('.beep-button'),
      result: find('.action-result'),
    },
  };
  device.view.beep.addEventListener('click', () => beep(device));
  devices.set(id, device);
  ui.devices.append(card);
  ui.noDevices.hidden = true;
  return device;
}

function removeDevice(device) {
  device.chart.dispose();
  device.card.remove();
  devices.delete(device.id);
  ui.noDevices.hidden = devices.size > 0;
}

function renderDevice(device) {
  const { view } = device;
  view.name.textContent = device.name;
  view.beep.setAttribute('aria-label', `Beep ${device.name}`);
  view.presence.textContent = presenceText(device);
  device.card.dataset.online = device.online;
  renderCpu(device);
  renderSample(device);
  renderBeepButton(device);
}

function presenceText({ online, lastSeen }) {
  if (online) return 'online';
  if (!lastSeen) return 'offline';
  const seen = new Date(lastSeen);
  const format = seen.toDateString() === new Date().toDateString() ? timeFormat : dateTimeFormat;
  return `offline · last seen ${format.format(seen)}`;
}

function renderCpu(device) {
  device.view.cpuValue.textContent = device.cpu === null ? '—' : `${device.cpu.toFixed(1)} %`;
}

function renderBeepButton(device) {
  device.view.beep.disabled = !connected || !device.online || device.pendingBeep !== null;
}

function recordTelemetry({ deviceId, sample }) {
  const device = devices.get(deviceId);
  const cpu = sample?.cpu;
  if (!device || typeof cpu !== 'number') return;
  device.cpu = cpu;
  device.sample = sample;
  device.chart.add(cpu);
  renderCpu(device);
  renderSample(device);
}

function withDevice(deviceId, render) {
  const device = devices.get(deviceId);
  if (device) render(device);
}

// Each field is optional: an agent leaves out what its machine can't tell.
function renderSample({ sample, view }) {
  const show = (element, value, write) => {
    element.textContent = value === undefined || value === null ? '—' : write(value);
  };
  show(view.cores, sample?.cores, format.percentList);
  show(view.memory, sample?.memory, format.usage);
  show(view.swap, sample?.swap, format.usage);
  show(view.load, sample?.load, (load) => load.map((value) => value.toFixed(2)).join(' · '));
  show(view.network, sample?.network, networkText);
  show(view.uptime, sample?.uptime, format.duration);
}

function networkText(interfaces) {
  const received = interfaces.reduce((sum, { rx }) => sum + rx, 0);
  const sent = interfaces.reduce((sum, { tx }) => sum + tx, 0);
  return `↓ ${format.rate(received)} · ↑ ${format.rate(sent)}`;
}

function renderSystem(device, { hostname, os, osVersion, cpuModel, logicalCores, memoryTotal, agentVersion }) {
  device.view.system.textContent = [hostname, `${os} ${osVersion}`, cpuModel, `${logicalCores} cores`,
    format.bytes(memoryTotal), `agent ${agentVersion}`].filter(Boolean).join(' · ');
}

function renderFilesystems(device, filesystems) {
  device.view.filesystems.replaceChildren(...filesystems.map(({ mount, type, space }) => {
    const item = document.createElement('li');
    item.textContent = `${mount}${type ? ` (${type})` : ''}: ${format.usage(space)}`;
    return item;
  }));
}

function beep(device) {
  const id = `${actionIdPrefix}-a${++actionCount}`;
  if (!relay.send({ type: 'action', id, deviceId: device.id, action: 'beep', args: {} })) return;
  device.pendingBeep = id;
  pendingBeeps.set(id, device);
  device.view.result.textContent = 'Beeping…';
  renderBeepButton(device);
}

function finishBeep(result) {
  const device = pendingBeeps.get(result.id);
  if (device) settleBeep(device, result.ok ? beepSuccessText(result.data) : beepErrorText(result));
}

function settleBeep(device, text) {
  pendingBeeps.delete(device.pendingBeep);
  device.pendingBeep = null;
  device.view.result.textContent = text;
  renderBeepButton(device);
}

function beepSuccessText(data) {
  const method = BEEP_METHODS[data?.method] ?? data?.method;
  return method ? `Beeped (${method})` : 'Beeped';
}

function beepErrorText({ code, message }) {
  if (code === 'action_failed') return message ? `Beep failed: ${message}` : 'Beep failed';
  return BEEP_ERRORS[code] ?? message ?? 'Beep failed';
}
