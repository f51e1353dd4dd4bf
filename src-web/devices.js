// What the page knows of each computer this account holds, and the names this browser gave them.
import * as format from './format.js';
import { append, emptySeries, pointOf, seriesOf } from './series.js';

const NAMES_KEY = 'deskrelay.deviceNames';

export class Device {
  name = '';
  /** owner, operator or viewer: what this account may do with it */
  role = 'owner';
  online = false;
  lastSeen = null;
  connected = false;
  sample = null;
  system = null;
  filesystems = null;
  /** when the relay received them */
  filesystemsAt = null;
  series = emptySeries();
  /** action → id of the request in flight */
  pending = new Map();
  /** action → the last outcome: {pending} or the relay's result */
  outcomes = new Map();

  constructor(id, names) {
    this.id = id;
    this.names = names;
  }

  get displayName() {
    return this.names.get(this.id) || this.name || this.id;
  }

  /** Viewers (and share links) see everything and act on nothing. */
  get mayAct() {
    return this.role !== 'viewer';
  }

  get presenceText() {
    return format.presence(this);
  }

  /** The newest CPU %, from a live sample or, before the first one, the relay's history; null while offline. */
  get latestCpu() {
    return this.online ? last(this.series.cpu) : null;
  }

  get latestMemoryPercent() {
    return this.online ? last(this.series.memory) : null;
  }

  setPresence({ online, lastSeen }) {
    this.online = online;
    this.lastSeen = lastSeen;
    // a reading from before the computer left would look live
    if (!online) this.sample = null;
  }

  addTelemetry(at, sample) {
    this.sample = sample;
    append(this.series, pointOf(at, sample));
  }

  setHistory(points) {
    this.series = seriesOf(points);
  }
}

/** Names given in this browser only; the relay keeps the name the computer enrolled with. */
export class LocalNames {
  #names;

  constructor(storage) {
    this.storage = storage;
    this.#names = new Map(Object.entries(readJson(storage?.getItem(NAMES_KEY)) ?? {}));
  }

  get(id) {
    return this.#names.get(id);
  }

  set(id, name) {
    if (name) this.#names.set(id, name);
    else this.#names.delete(id);
    this.storage?.setItem(NAMES_KEY, JSON.stringify(Object.fromEntries(this.#names)));
  }
}

function last(values) {
  return values.length > 0 ? values[values.length - 1] : null;
}

function readJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
