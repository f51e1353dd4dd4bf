// The channels editor in the Alerts panel: where alerts go (webhook, ntfy, e-mail), each with its
// status (failing, and the last error), a test message and deletion; a webhook's signing secret is
// shown once, after it is created.
import * as api from './api.js';
import { SEVERITIES } from './alert-words.js';
import { isolated } from './foreign-text.js';
import { busy, element, fill, removal, row, showFailure, shownOnce, when } from './ui.js';

const byId = (id) => document.getElementById(id);
// a delivery is tried again after 1, 4 and 16 s: a failing test is known after about 21 s
const OUTCOME_POLL_MS = 2_000;
const OUTCOME_POLLS = 20;

const KINDS = {
  webhook: {
    label: 'Webhook',
    target: 'URL',
    placeholder: 'https://example.com/hooks/deskrelay',
    secret: 'Signing secret (optional)',
    secretHint: 'Empty: the relay makes one and shows it once. Each POST is signed with it (HMAC-SHA256).',
  },
  ntfy: {
    label: 'ntfy',
    target: 'Topic URL',
    placeholder: 'https://ntfy.sh/my-topic',
    secret: 'Access token (optional)',
    secretHint: 'For a protected topic; it is never shown again.',
  },
  email: { label: 'E-mail', target: 'Address', placeholder: 'ops@example.com' },
};

export class ChannelsEditor {
  #outcomeTimer = 0;

  constructor() {
    byId('channel-kind').addEventListener('change', () => this.#showFields());
    byId('channel-form').addEventListener('submit', (event) => this.#create(event));
    this.#showFields();
  }

  refresh() {
    byId('channel-once').hidden = true;
    this.#show();
  }

  async #show() {
    const error = byId('channels-error');
    const section = byId('channels-heading').closest('section');
    await fill(byId('channels'), error, async () => {
      try {
        const { channels } = await api.channels();
        section.hidden = false;
        return channels;
      } catch (failure) {
        // a relay with alerts but no channels yet: nothing to configure here
        if (failure.status === 404) section.hidden = true;
        throw failure;
      }
    }, (channel) => {
      const result = element('span', { className: 'hint', role: 'status' });
      const test = element('button', { type: 'button', className: 'secondary', 'aria-label': `Send a test to ${channel.name}` },
        'Send test');
      test.addEventListener('click', () => this.#test(channel, test, result));
      const item = row([
        element('strong', {}, isolated(channel.name)),
        element('span', {}, `${KINDS[channel.kind]?.label ?? channel.kind}: `, isolated(channel.target)),
        element('span', { className: 'hint' }, `${SEVERITIES[channel.minSeverity] ?? channel.minSeverity} and up`),
        statusOf(channel.status),
        result,
      ], test, removal('Delete', 'Really delete?', `Delete ${channel.name}`, error,
        () => api.deleteChannel(channel.id), () => this.#show()));
      item.dataset.failing = String(Boolean(channel.status?.failing));
      return item;
    }, 'No channels: alerts show only here.');
  }

  async #test(channel, button, result) {
    showFailure(byId('channels-error'), null);
    result.textContent = '';
    try {
      await busy(button, 'Sending…', () => api.testChannel(channel.id));
      result.textContent = 'Test queued: its outcome shows here once the relay has tried (failures are tried again for about 20 s).';
      this.#awaitOutcome(channel.id, outcomeStamp(channel.status), OUTCOME_POLLS);
    } catch (failure) {
      showFailure(byId('channels-error'), failure);
    }
  }

  // the test's outcome arrives in the channel's status once its sender has tried, retries included
  #awaitOutcome(id, before, polls) {
    clearTimeout(this.#outcomeTimer);
    this.#outcomeTimer = setTimeout(async () => {
      let channels;
      try {
        ({ channels } = await api.channels());
      } catch {
        return;
      }
      const now = channels.find((channel) => channel.id === id);
      if (now && outcomeStamp(now.status) === before && polls > 1) this.#awaitOutcome(id, before, polls - 1);
      else this.#show();
    }, OUTCOME_POLL_MS);
  }

  #showFields() {
    const kind = KINDS[byId('channel-kind').value];
    byId('channel-target-label').textContent = kind.target;
    byId('channel-target').placeholder = kind.placeholder;
    byId('channel-target').type = byId('channel-kind').value === 'email' ? 'email' : 'url';
    byId('channel-secret-field').hidden = !kind.secret;
    byId('channel-secret-hint').hidden = !kind.secret;
    byId('channel-secret-label').textContent = kind.secret ?? '';
    byId('channel-secret-hint').textContent = kind.secretHint ?? '';
  }

  async #create(event) {
    event.preventDefault();
    const error = byId('channel-error');
    const name = byId('channel-name');
    const target = byId('channel-target');
    if (!name.value.trim()) {
      error.textContent = 'Give the channel a name';
      name.focus();
      return;
    }
    if (!target.value.trim()) {
      error.textContent = `Enter the ${KINDS[byId('channel-kind').value].target.toLowerCase()}`;
      target.focus();
      return;
    }
    showFailure(error, null);
    const kind = byId('channel-kind').value;
    const secret = byId('channel-secret').value;
    const channel = { name: name.value.trim(), kind, target: target.value.trim(), minSeverity: byId('channel-severity').value };
    if (KINDS[kind].secret && secret) channel.secret = secret;
    try {
      const created = await busy(byId('channel-create'), 'Creating…', () => api.createChannel(channel));
      event.target.reset();
      this.#showFields();
      if (created.secret) {
        shownOnce(byId('channel-once'), `Signing secret of ${created.name}`, created.secret);
      }
      this.#show();
    } catch (failure) {
      showFailure(error, failure);
    }
  }
}

function outcomeStamp(status) {
  return `${status?.lastSuccessAt ?? ''}/${status?.lastFailureAt ?? ''}`;
}

function statusOf(status) {
  if (status?.failing) {
    return element('span', { className: 'error channel-status' },
      `Failing since ${when(status.failingSince ?? status.lastFailureAt)}: `, isolated(status.lastError ?? 'unknown error'));
  }
  const text = status?.lastSuccessAt ? `Working · last sent ${when(status.lastSuccessAt)}` : 'Nothing sent yet';
  return element('span', { className: 'hint channel-status' }, text);
}
