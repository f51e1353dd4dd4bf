// How the page writes numbers people read: bytes, rates, durations.

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

export function bytes(value) {
  let scaled = value;
  let unit = 0;
  while (scaled >= 1024 && unit < BYTE_UNITS.length - 1) {
    scaled /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || scaled >= 100 ? 0 : 1;
  return `${scaled.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}

export function rate(bytesPerSecond) {
  return `${bytes(bytesPerSecond)}/s`;
}

export function usage({ used, total }) {
  const percent = total > 0 ? Math.round((used / total) * 100) : 0;
  return `${bytes(used)} of ${bytes(total)} (${percent} %)`;
}

export function duration(seconds) {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min`;
}

export function percentList(values) {
  return values.map((value) => `${Math.round(value)} %`).join(' · ');
}

export function network(interfaces) {
  const received = interfaces.reduce((sum, { rx }) => sum + rx, 0);
  const sent = interfaces.reduce((sum, { tx }) => sum + tx, 0);
  return `↓ ${rate(received)} · ↑ ${rate(sent)}`;
}

/** What a machine is, in pieces: most of them are the agent's words, shown as they came. */
export function system({ hostname, os, osVersion, cpuModel, logicalCores, memoryTotal, agentVersion }) {
  return [hostname, [os, osVersion].filter(Boolean).join(' '), cpuModel, `${logicalCores} cores`, bytes(memoryTotal),
    agentVersion && `agent ${agentVersion}`].filter(Boolean);
}

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const secondsFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The time of day, to the minute or to the second. */
export function clock(date, withSeconds) {
  return (withSeconds ? secondsFormat : timeFormat).format(date);
}

/** A moment in epoch milliseconds: the time if it was today, else the date too. */
export function moment(epochMillis) {
  const date = new Date(epochMillis);
  const format = date.toDateString() === new Date().toDateString() ? timeFormat : dateTimeFormat;
  return format.format(date);
}

export function presence({ online, lastSeen }) {
  if (online) return 'online';
  return lastSeen ? `offline · last seen ${moment(lastSeen)}` : 'offline';
}
