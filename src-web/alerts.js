// Alerts: the header's badge with the number of firing alerts, each computer card's firing alerts,
// and the Alerts panel (the list with its filters, a page at a time, and one alert's detail: its
// numbers, the evidence chart, the busiest processes, acknowledging, its changes). The relay's
// `alert` message says something changed: the page asks the API again. A relay without alerts
// (older than them) answers 404: then nothing of alerts shows.
import * as api from './api.js';
import { EvidenceChart } from './charts.js';
import { condition, measure, metricLabel, SEVERITIES, stateOf } from './alert-words.js';
import { isolated } from './foreign-text.js';
import { busy, chooseDevice, Disclosure, element, processRows, showFailure, when } from './ui.js';
import { RulesEditor } from './alert-rules.js';
import { ChannelsEditor } from './alert-channels.js';

const PAGE = 50;
const EVIDENCE_RETRY_MS = 2_000;
const BURST_MS = 300;
const STATE_WORDS = { firing: 'Firing', acknowledged: 'Acknowledged', resolved: 'Resolved' };
const CHANGE_WORDS = {
  pending: 'Over the threshold',
  firing: 'Fired',
  repeat: 'Still firing: notified again',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
  ok: 'Back to normal before firing',
};

const byId = (id) => document.getElementById(id);

export class AlertsView {
  #devices;
  #cards;
  #disclosure;
  #rules;
  #channels;
  #chart = null;
  /** device id → its firing alerts, for the cards */
  #firing = new Map();
  #openId = null;
  #evidenceTimer = 0;
  #soon = 0;
  #next = null;
  #listRequest = 0;
  #badgeRequest = 0;

  /**
   * @param devices the page's Map of device id → Device, for names and the filters
   * @param cards the page's Map of device id → its card in the list
   */
  constructor(devices, cards) {
    this.#devices = devices;
    this.#cards = cards;
    this.#rules = new RulesEditor(devices);
    this.#channels = new ChannelsEditor();
    this.#disclosure = new Disclosure(byId('alerts'), byId('alerts-button'), {
      onOpen: () => {
        this.#fillDevices();
        this.#load();
        this.#rules.refresh();
        this.#channels.refresh();
      },
      onClose: () => this.#closeDetail(),
    });
    ['alert-filter-state', 'alert-filter-severity', 'alert-filter-device']
      .forEach((id) => byId(id).addEventListener('change', () => this.#load()));
    byId('alerts-more').addEventListener('click', () => this.#load(this.#next));
    byId('alert-back').addEventListener('click', () => {
      this.#closeDetail();
      byId('alerts-heading').focus();
    });
    byId('alert-acknowledge').addEventListener('click', (event) => this.#acknowledge(event.target));
  }

  get #shown() {
    return !byId('alerts').hidden;
  }

  /**
   * On the relay's `alert` message: asks again shortly, once for a burst of them (a rule for
   * every computer fires for many at once).
   */
  changed() {
    if (this.#soon) return;
    this.#soon = setTimeout(() => {
      this.#soon = 0;
      this.refresh();
    }, BURST_MS);
  }

  /** Asks the relay again: on load, after a reconnect, and after `alert` messages. */
  async refresh() {
    const request = ++this.#badgeRequest;
    let firing;
    let acknowledged;
    try {
      // still firing, acknowledged or not, as the badge counts them
      [firing, acknowledged] = await Promise.all(['firing', 'acknowledged'].map((state) => api.alerts({ state, limit: PAGE })));
    } catch (failure) {
      // a relay from before alerts: the page stays as it was without them
      if (failure.status === 404 && request === this.#badgeRequest) byId('alerts-button').hidden = true;
      return;
    }
    if (request !== this.#badgeRequest) return;
    byId('alerts-button').hidden = false;
    this.#showCount(acknowledged.firing);
    this.#firing = byDevice([...firing.alerts, ...acknowledged.alerts]);
    this.#cards.forEach((card, deviceId) => this.showOnCard(deviceId));
    if (this.#shown) {
      this.#load();
      if (this.#openId !== null) this.open(this.#openId);
    }
  }

  /** Lists the computer's firing alerts on its card (each opens its detail). */
  showOnCard(deviceId) {
    const list = this.#cards.get(deviceId)?.querySelector('.device-alerts');
    if (!list) return;
    const alerts = this.#firing.get(deviceId) ?? [];
    list.hidden = alerts.length === 0;
    list.replaceChildren(...alerts.map((alert) => {
      const link = element('button', { type: 'button', className: 'link-button' }, isolated(alert.ruleName));
      link.addEventListener('click', () => this.open(alert.id));
      return element('li', { className: `severity-${alert.severity}`, 'data-alert-id': alert.id },
        element('span', { className: 'severity' }, SEVERITIES[alert.severity] ?? alert.severity), ' ', link,
        alert.acknowledged ? element('span', { className: 'hint' }, ' · acknowledged') : null);
    }));
  }

  /** Opens the panel on one alert's detail. */
  async open(id) {
    if (!this.#shown) this.#disclosure.open();
    this.#openId = id;
    const error = byId('alert-error');
    showFailure(error, null);
    let alert;
    try {
      alert = await api.alert(id);
    } catch (failure) {
      showFailure(error, failure);
      return;
    }
    if (this.#openId !== id) return;
    const moved = byId('alert-detail').dataset.alertId !== String(id);
    this.#showDetail(alert);
    if (moved) byId('alert-heading').focus();
  }

  #showCount(count) {
    byId('alerts-count').textContent = String(count);
    byId('alerts-badge').dataset.count = String(count);
  }

  #fillDevices() {
    chooseDevice(byId('alert-filter-device'), [...this.#devices.values()], 'All');
  }

  get #filters() {
    return {
      state: byId('alert-filter-state').value,
      severity: byId('alert-filter-severity').value,
      deviceId: byId('alert-filter-device').value,
    };
  }

  /** The first page, or (with a cursor) the next one after what is shown. */
  async #load(before = null) {
    const request = ++this.#listRequest;
    const more = byId('alerts-more');
    const error = byId('alerts-error');
    showFailure(error, null);
    more.disabled = true;
    try {
      const { alerts, next } = await api.alerts({ ...this.#filters, before, limit: PAGE });
      // a slower answer to an older filter must not land on top of a newer one
      if (request !== this.#listRequest) return;
      const rows = alerts.map((alert) => this.#row(alert));
      const body = byId('alert-rows');
      if (before) body.append(...rows);
      else body.replaceChildren(...rows);
      this.#next = next ?? null;
      more.hidden = this.#next === null;
      byId('alerts-empty').hidden = body.childElementCount > 0;
    } catch (failure) {
      if (request === this.#listRequest) showFailure(error, failure);
    } finally {
      more.disabled = false;
    }
  }

  #row(alert) {
    const state = stateOf(alert);
    const open = element('button', { type: 'button', className: 'link-button' }, isolated(alert.ruleName));
    open.addEventListener('click', () => this.open(alert.id));
    const cells = [when(alert.firedAt), SEVERITIES[alert.severity] ?? alert.severity, open, this.#deviceName(alert),
      alert.metric === 'offline' ? 'offline' : measure(alert.value, alert.unit), STATE_WORDS[state] ?? state];
    return element('tr', { className: `severity-${alert.severity}`, 'data-alert-id': alert.id },
      ...cells.map((cell) => element('td', {}, typeof cell === 'string' ? element('bdi', {}, cell) : cell)));
  }

  #deviceName({ deviceId, deviceName }) {
    return this.#devices.get(deviceId)?.displayName ?? deviceName ?? deviceId;
  }

  #showDetail(alert) {
    const detail = byId('alert-detail');
    detail.hidden = false;
    detail.dataset.alertId = String(alert.id);
    const state = stateOf(alert);
    detail.dataset.state = state;
    byId('alert-list').hidden = true;
    byId('alert-heading').replaceChildren(`${SEVERITIES[alert.severity] ?? alert.severity}: `, isolated(alert.ruleName),
      ' on ', isolated(this.#deviceName(alert)));
    byId('alert-state').textContent = STATE_WORDS[state] ?? state;
    byId('alert-summary').textContent = alert.metric === 'offline'
      ? 'The computer went offline.'
      : `${metricLabel(alert.metric)} was ${measure(alert.value, alert.unit)}; the rule: ${condition(alert)}.`;
    const times = [`Fired ${when(alert.firedAt)}`];
    if (alert.acknowledged) times.push(`acknowledged by ${alert.acknowledged.by} ${when(alert.acknowledged.at)}`);
    if (alert.resolvedAt) times.push(`resolved ${when(alert.resolvedAt)}`);
    byId('alert-times').textContent = times.join(' · ');
    byId('alert-acknowledge').hidden = state !== 'firing';
    this.#showEvidence(alert);
    byId('alert-changes').replaceChildren(...(alert.changes ?? []).map(({ at, state: changed, by }) => element('li', {},
      element('span', { className: 'row-words' }, `${when(at)}: ${CHANGE_WORDS[changed] ?? changed}`
        + (by ? ` (${by})` : '')))));
  }

  #showEvidence(alert) {
    clearTimeout(this.#evidenceTimer);
    if (!alert.evidence) {
      this.#collecting(alert);
      return;
    }
    const { evidence } = alert;
    this.#chart ??= new EvidenceChart(byId('alert-chart'));
    const charted = alert.metric !== 'offline' && evidence.points.length > 0;
    byId('alert-chart').closest('figure').hidden = !charted;
    byId('alert-chart-note').hidden = charted || alert.metric === 'offline';
    byId('alert-chart-caption').textContent = `${metricLabel(alert.metric)}, the five minutes before it fired`;
    if (charted) this.#chart.show(evidence, alert.threshold, metricLabel(alert.metric));
    else this.#chart.clear();
    const { processes, processesAt, processesUnavailable } = evidence;
    const table = byId('alert-processes');
    table.hidden = !processes;
    if (processes) table.querySelector('tbody').replaceChildren(...processRows(processes));
    byId('alert-processes-note').textContent = processes
      ? (processesAt ? `Listed by the computer at ${when(processesAt)}.` : '')
      : `No processes listed: ${processesUnavailable ?? 'none were recorded'}.`;
  }

  // The relay tells the page an alert fired before the computer has answered for its processes
  // (seconds at most, bounded by the action's timeout): the detail asks again until it has them.
  #collecting(alert) {
    this.#chart?.clear();
    byId('alert-chart').closest('figure').hidden = true;
    byId('alert-chart-note').hidden = true;
    byId('alert-processes').hidden = true;
    byId('alert-processes-note').textContent = 'Collecting the evidence: the computer is asked for its busiest processes…';
    this.#evidenceTimer = setTimeout(() => {
      if (this.#openId === alert.id) this.open(alert.id);
    }, EVIDENCE_RETRY_MS);
  }

  #closeDetail() {
    this.#openId = null;
    clearTimeout(this.#evidenceTimer);
    const detail = byId('alert-detail');
    detail.hidden = true;
    delete detail.dataset.alertId;
    byId('alert-list').hidden = false;
    this.#chart?.clear();
  }

  async #acknowledge(button) {
    const error = byId('alert-error');
    showFailure(error, null);
    try {
      await busy(button, 'Acknowledging…', () => api.acknowledge(this.#openId));
    } catch (failure) {
      showFailure(error, failure);
    }
    // the badge, the list and the detail with its new change; the relay's `alert` message follows too
    this.refresh();
  }
}

function byDevice(alerts) {
  const grouped = new Map();
  alerts.forEach((alert) => grouped.set(alert.deviceId, [...(grouped.get(alert.deviceId) ?? []), alert]));
  return grouped;
}
