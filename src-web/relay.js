// The page's one WebSocket to the relay: authenticated by the signed-in session's cookie at the
// handshake (or by a share link's token, held in memory only), pairs, keeps the socket alive and
// reconnects after drops. Nothing of it is stored in the browser.

const PING_INTERVAL_MS = 30_000;
const RETRY_BASE_MS = 1_000;
const RETRY_CAP_MS = 15_000;
const CLOSE_AUTH_FAILED = 4001;
const CLOSE_REVOKED = 4003;
const CLOSE_REPLACED = 4009;
const CLOSE_ABNORMAL = 1006;

export class RelayConnection {
  #token;
  #running = false;
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
  #onAuthLost;

  /**
   * onState receives {name: connecting|connected|reconnecting|replaced|checking|stopped, seconds?}.
   * onAuthLost is called when the relay refused or ended the socket's authentication (4001, 4003):
   * only the page can tell whether the session is still good, and then calls retry() or stop().
   * token: a share link's `l-…` token; without one the session authenticates the socket.
   */
  constructor({ onMessage, onState, onAuthLost, token = null }) {
    this.#onMessage = onMessage;
    this.#onState = onState;
    this.#onAuthLost = onAuthLost;
    this.#token = token;
  }

  start() {
    this.#running = true;
    if (!this.#socket) this.#connect();
  }

  stop() {
    this.#running = false;
    this.#cancelRetry();
    if (this.#socket) this.#abandon(1000);
    else this.#onState({ name: 'stopped' });
  }

  /** After onAuthLost, when the session still holds: connect again with the usual backoff. */
  retry() {
    if (this.#running && !this.#socket) this.#scheduleRetry();
  }

  /** Resolves with the paired device; rejects with an Error carrying the relay's `code`. */
  pair(code) {
    return new Promise((resolve, reject) => {
      this.#pairing = { code, sent: false, resolve, reject };
      if (this.#ready) this.#sendPair();
      else this.#pairingFailed({ code: 'connection_lost' });
    });
  }

  /** Returns false when there is no authenticated socket to send on. */
  send(message) {
    if (!this.#ready) return false;
    this.#send(message);
    return true;
  }

  reconnectNow() {
    if (this.#running && !this.#socket) this.#connect();
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
    this.#send(this.#token ? { type: 'authenticate', token: this.#token } : { type: 'authenticate' });
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
        break;
      case 'paired':
        this.#settlePairing((pairing) => pairing.resolve(message.device));
        break;
      case 'error':
        if (this.#pairing?.sent && !message.id) this.#pairingFailed(message);
        break;
    }
    this.#onMessage(message);
  }

  #pairingFailed({ code, message, retryAfter }) {
    this.#settlePairing((pairing) => pairing.reject(Object.assign(new Error(message ?? code), { code, retryAfter })));
  }

  #closed(code) {
    clearInterval(this.#pingTimer);
    this.#socket = null;
    this.#ready = false;
    this.#pairingFailed({ code: 'connection_lost' });
    if (!this.#running) this.#onState({ name: 'stopped' });
    else if (code === CLOSE_REPLACED) this.#onState({ name: 'replaced' });
    else if (code === CLOSE_AUTH_FAILED || code === CLOSE_REVOKED) {
      this.#onState({ name: 'checking' });
      this.#onAuthLost(code);
    } else this.#scheduleRetry();
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
