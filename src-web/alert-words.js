// How the page words alerts and rules: metric names, values in their units, conditions.
import * as format from './format.js';

/** Each metric's wire name → its name for people and its unit (as the relay gives it). */
export const METRICS = {
  cpu: { label: 'CPU total', unit: '%' },
  memory: { label: 'Memory used', unit: '%' },
  swap: { label: 'Swap used', unit: '%' },
  filesystem: { label: 'Filesystem used', unit: '%' },
  load_per_core: { label: 'Load per core', unit: '' },
  net_rx: { label: 'Network received', unit: 'B/s' },
  net_tx: { label: 'Network sent', unit: 'B/s' },
  offline: { label: 'Offline', unit: '' },
};

export const SEVERITIES = { critical: 'Critical', warning: 'Warning', info: 'Info' };

/** A metric's value in its unit. */
export function measure(value, unit) {
  if (value === null || value === undefined) return '—';
  if (unit === '%') return `${value.toFixed(1)} %`;
  if (unit === 'B/s') return format.rate(value);
  return String(Math.round(value * 100) / 100);
}

export function metricLabel(metric) {
  return METRICS[metric]?.label ?? metric;
}

/** "CPU total above 90 %", or "Offline" for an offline rule. */
export function condition({ metric, comparison, threshold, mount }) {
  if (metric === 'offline') return 'Offline';
  const what = metric === 'filesystem' && mount && mount !== '*' ? `${metricLabel(metric)} (${mount})` : metricLabel(metric);
  return `${what} ${comparison} ${measure(threshold, METRICS[metric]?.unit ?? '')}`;
}

/** A rule in one line: its condition, for how long, how bad. */
export function ruleText(rule) {
  const wait = waitText(rule.durationSeconds);
  const time = rule.metric === 'offline' ? `for longer than ${wait}` : `for ${wait}`;
  const repeat = rule.repeatMinutes > 0 ? `again every ${rule.repeatMinutes} min` : 'once per firing';
  return `${condition(rule)} ${time} · ${SEVERITIES[rule.severity] ?? rule.severity} · ${repeat}`;
}

// the page offers minutes; the API takes seconds, and scripts may use fewer than sixty
function waitText(seconds) {
  return seconds < 60 ? `${seconds} s` : `${Math.round((seconds / 60) * 100) / 100} min`;
}

/** firing, acknowledged or resolved: what a person calls the alert's state. */
export function stateOf(alert) {
  if (alert.state === 'firing') return alert.acknowledged ? 'acknowledged' : 'firing';
  return alert.state;
}
