// The rules editor in the Alerts panel: the account's rules, each editable and deletable, and the
// form that creates or edits one. Durations are minutes here and seconds in the API.
import * as api from './api.js';
import { METRICS, ruleText } from './alert-words.js';
import { isolated } from './foreign-text.js';
import { busy, chooseDevice, element, fill, removal, row, showFailure } from './ui.js';

const byId = (id) => document.getElementById(id);
const MIN_OFFLINE_MINUTES = 1;

export class RulesEditor {
  #devices;
  /** the rule being edited, or null while the form creates one */
  #editing = null;

  /** @param devices the page's Map of device id → Device: a rule is for one of them or for all */
  constructor(devices) {
    this.#devices = devices;
    byId('rule-metric').append(...Object.entries(METRICS).map(([value, { label }]) =>
      element('option', { value }, value === 'offline' ? 'Offline (minutes)' : label)));
    byId('rule-metric').addEventListener('change', () => this.#showFields());
    byId('rule-form').addEventListener('submit', (event) => this.#save(event));
    byId('rule-cancel').addEventListener('click', () => this.#edit(null));
    this.#showFields();
  }

  refresh() {
    this.#fillDevices();
    this.#show();
  }

  async #show() {
    const error = byId('rules-error');
    await fill(byId('rules'), error, async () => (await api.rules()).rules, (rule) => {
      const edit = element('button', { type: 'button', className: 'secondary', 'aria-label': `Edit ${rule.name}` }, 'Edit');
      edit.addEventListener('click', () => this.#edit(rule));
      return row([element('strong', {}, isolated(rule.name)), element('span', {}, this.#where(rule)),
        element('span', { className: 'hint' }, ruleText(rule))], edit,
      removal('Delete', 'Really delete?', `Delete ${rule.name}`, error, () => api.deleteRule(rule.id), () => this.#show()));
    }, 'No rules yet: nothing will fire.');
  }

  #where({ deviceId }) {
    if (!deviceId) return 'All my computers';
    return this.#devices.get(deviceId)?.displayName ?? deviceId;
  }

  #fillDevices() {
    chooseDevice(byId('rule-device'), [...this.#devices.values()], 'All my computers');
  }

  // offline has no comparison or threshold; only a filesystem has a mount
  #showFields() {
    const metric = byId('rule-metric').value;
    const offline = metric === 'offline';
    byId('rule-threshold-field').hidden = offline;
    byId('rule-mount-field').hidden = metric !== 'filesystem';
    byId('rule-mount-hint').hidden = metric !== 'filesystem';
    byId('rule-unit').textContent = METRICS[metric].unit;
    byId('rule-duration-label').textContent = offline ? 'Offline for longer than (minutes)' : 'For (minutes)';
    byId('rule-duration').min = offline ? String(MIN_OFFLINE_MINUTES) : '0';
  }

  /** Fills the form with a rule to change, or empties it for a new one (null). */
  #edit(rule) {
    this.#editing = rule;
    const form = byId('rule-form');
    form.reset();
    showFailure(byId('rule-error'), null);
    byId('rule-form-heading').textContent = rule ? `Change “${rule.name}”` : 'New rule';
    byId('rule-save').textContent = rule ? 'Save the rule' : 'Create the rule';
    byId('rule-cancel').hidden = !rule;
    if (rule) {
      this.#fillDevices();
      byId('rule-name').value = rule.name;
      byId('rule-device').value = rule.deviceId ?? '';
      byId('rule-metric').value = rule.metric;
      byId('rule-comparison').value = rule.comparison ?? 'above';
      byId('rule-threshold').value = rule.threshold ?? '';
      byId('rule-mount').value = rule.mount && rule.mount !== '*' ? rule.mount : '';
      byId('rule-duration').value = String(rule.durationSeconds / 60);
      byId('rule-severity').value = rule.severity;
      byId('rule-repeat').value = String(rule.repeatMinutes);
    }
    this.#showFields();
    byId('rule-name').focus();
  }

  /** The form as the API's Rule, or a complaint with the field to fix. */
  #read() {
    const field = (id) => byId(id);
    const name = field('rule-name').value.trim();
    const metric = field('rule-metric').value;
    const offline = metric === 'offline';
    const minutes = Number(field('rule-duration').value);
    const threshold = Number(field('rule-threshold').value);
    const repeat = Number(field('rule-repeat').value);
    if (!name) return { complaint: 'Give the rule a name', field: field('rule-name') };
    if (!offline && (field('rule-threshold').value === '' || !Number.isFinite(threshold))) {
      return { complaint: 'Enter the threshold as a number', field: field('rule-threshold') };
    }
    if (!Number.isFinite(minutes) || minutes < (offline ? MIN_OFFLINE_MINUTES : 0) || field('rule-duration').value === '') {
      return { complaint: offline ? 'Offline for at least 1 minute' : 'Enter the duration in minutes (0 or more)',
        field: field('rule-duration') };
    }
    if (!Number.isInteger(repeat) || repeat < 0) {
      return { complaint: 'Enter the repeat interval in whole minutes (0: once)', field: field('rule-repeat') };
    }
    return {
      rule: {
        name,
        deviceId: field('rule-device').value || null,
        metric,
        comparison: offline ? null : field('rule-comparison').value,
        threshold: offline ? null : threshold,
        mount: metric === 'filesystem' ? field('rule-mount').value.trim() || '*' : null,
        durationSeconds: Math.round(minutes * 60),
        severity: field('rule-severity').value,
        repeatMinutes: repeat,
      },
    };
  }

  async #save(event) {
    event.preventDefault();
    const error = byId('rule-error');
    const { rule, complaint, field } = this.#read();
    if (complaint) {
      error.textContent = complaint;
      field.focus();
      return;
    }
    showFailure(error, null);
    const editing = this.#editing;
    try {
      await busy(byId('rule-save'), 'Saving…', () => (editing ? api.updateRule(editing.id, rule) : api.createRule(rule)));
      this.#edit(null);
      this.#show();
    } catch (failure) {
      showFailure(error, failure);
    }
  }
}
