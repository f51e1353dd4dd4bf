// The page's one WebSocket to the relay: authenticates with the stored token, pairs,
// keeps the socket alive and reconnects after drops.
import { storage } from './storage.js';

const TOKEN_KEY = 'deskrelay.viewerToken';
const PING_INTERVAL_MS = 30_000;
const RETRY_BASE_MS = 1_000;
const RETRY_CAP_MS = 15_000;
const CLOSE_AUTH_FAILED = 4001;
const CLOSE_REVOKED = 4003;
const CLOSE_REPLACED = 4009;
const CLOSE_ABNORMAL = 1006;


export class RelayConnection {
  #token = storage?.getItem(TOKEN_KEY) ?? null;
  #socket = null;
  #ready = false;
  #pairing = null;
  #retries = 0;
  #retryAt = 0;
  #retryTimer = 0;
  #countdownTimer = 0;
  #pingTimer = 0;
  #awaitingPong = false;
  #onMessage;
  #onState;

  /** onState receives {name: unpaired|connecting|connected|reconnecting|replaced, seconds?, reason?}. */
  constructor({ onMessage, onState }) {
    this.#onMessage = onMessage;
    this.#onState = onState;
  }

  start() {
    if (this.#token) this.#connect();
    else this.#onState({ name: 'unpaired' });
  }

  /** Resolves with the paired device; rejects with an Error carrying the relay's `code`. */
  pair(code) {
    return new Promise((resolve, reject) => {
      this.#pairing = { code, sent: false, resolve, reject };
      if (this.#ready) this.#sendPair();
      else if (!this.#socket) this.#connect();
    });
  }

  /** Returns false when there is no authenticated socket to send on. */
  send(message) {
    if (!this.#ready) return false;
    this.#send(message);
    return true;
  }

  reconnectNow() {
    if (this.#token && !this.#socket) this.#connect();
  }

  #connect() {
    this.#cancelRetry();
    this.#onState({ name: 'connecting' });
    const socket = new WebSocket(viewerSocketUrl());
    socket.onopen = () => this.#opened();
    socket.onmessage = (event) => this.#received(event.data);
    socket.onclose = (event) => this.#closed(event.code);
    this.#socket = socket;
  }

  #opened() {
    this.#startPings();
    if (this.#token) this.#send({ type: 'authenticate', token: this.#token });
    else this.#sendPair();
  }

  #received(data) {
    this.#awaitingPong = false;
    let message;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    switch (message.type) {
      case 'pong':
        return;
      case 'authenticated':
        this.#becomeReady();
        this.#sendPair();
        break;
      case 'paired':
        if (message.token) this.#storeToken(message.token);
        this.#becomeReady();
        this.#settlePairing((pairing) => pairing.resolve(message.device));
        break;
      case 'error':
        if (this.#pairing?.sent && !message.id) this.#pairingFailed(message);
        break;
    }
    this.#onMessage(message);
  }

  #pairingFailed({ code, message }) {
    this.#settlePairing((pairing) => pairing.reject(Object.assign(new Error(message ?? code), { code })));
    // Without a token the socket exists only for this pairing; the relay would close it at its auth timeout anyway.
    if (!this.#token) this.#abandon(1000);
  }

  #closed(code) {
    clearInterval(this.#pingTimer);
    this.#socket = null;
    this.#ready = false;
    const revoked = (code === CLOSE_AUTH_FAILED || code === CLOSE_REVOKED) && this.#token !== null;
    if (revoked) this.#forgetToken();
    this.#pairingFailed({ code: revoked ? 'access_revoked' : 'connection_lost' });
    if (code === CLOSE_REPLACED) this.#onState({ name: 'replaced' });
    else if (this.#token) this.#scheduleRetry();
    else this.#onState({ name: 'unpaired', reason: revoked ? 'access_revoked' : undefined });
  }

  // Closes without waiting for the closing handshake, which never completes on a dead connection.
  #abandon(code) {
    const socket = this.#socket;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = null;
    socket.close();
    this.#closed(code);
  }

  #becomeReady() {
    if (this.#ready) return;
    this.#ready = true;
    this.#retries = 0;
    this.#onState({ name: 'connected' });
  }

  #sendPair() {
    if (!this.#pairing || this.#pairing.sent) return;
    this.#pairing.sent = true;
    this.#send({ type: 'pair', code: this.#pairing.code });
  }

  #settlePairing(settle) {
    const pairing = this.#pairing;
    this.#pairing = null;
    if (pairing) settle(pairing);
  }

  #startPings() {
    this.#awaitingPong = false;
    this.#pingTimer = setInterval(() => {
      // Any frame since the last ping proves the socket alive; silence means it died without a close event.
      if (this.#awaitingPong) return this.#abandon(CLOSE_ABNORMAL);
      this.#awaitingPong = true;
      this.#send({ type: 'ping' });
    }, PING_INTERVAL_MS);
  }

  #scheduleRetry() {
    const delay = retryDelay(this.#retries++);
    this.#retryAt = Date.now() + delay;
    this.#retryTimer = setTimeout(() => this.#connect(), delay);
    this.#countdownTimer = setInterval(() => this.#reportCountdown(), 1_000);
    this.#reportCountdown();
  }

  #reportCountdown() {
    const seconds = Math.max(1, Math.ceil((this.#retryAt - Date.now()) / 1_000));
    this.#onState({ name: 'reconnecting', seconds });
  }

  #cancelRetry() {
    clearTimeout(this.#retryTimer);
    clearInterval(this.#countdownTimer);
  }

  #send(message) {
    this.#socket.send(JSON.stringify(message));
  }

  #storeToken(token) {
    this.#token = token;
    storage?.setItem(TOKEN_KEY, token);
  }

  #forgetToken() {
    this.#token = null;
    storage?.removeItem(TOKEN_KEY);
  }
}

/** The relay's viewer endpoint sits next to the page, whatever the context path. */
export function viewerSocketUrl() {
  const url = new URL('viewer', location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

// Exponential backoff with jitter, so many pages dropped by one relay restart don't return in lockstep.
function retryDelay(attempt) {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** attempt);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}
