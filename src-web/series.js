// A device's recent telemetry as chart columns: time in seconds, then one array per line.
// Filled from the relay's history when the page starts watching, then sample by sample.

export const WINDOW_SECONDS = 300;

export function emptySeries() {
  return { t: [], cpu: [], cores: [], memory: [], swap: [], rx: [], tx: [] };
}

/** A telemetry sample as a chart point, in the same shape as the relay's history points. */
export function pointOf(at, sample) {
  const network = sample.network ?? null;
  return {
    at,
    cpu: sample.cpu,
    cores: sample.cores ?? null,
    memory: share(sample.memory),
    swap: share(sample.swap),
    rx: network && network.reduce((sum, { rx }) => sum + rx, 0),
    tx: network && network.reduce((sum, { tx }) => sum + tx, 0),
  };
}

export function seriesOf(points) {
  const series = emptySeries();
  points.forEach((point) => append(series, point));
  return series;
}

/** Adds a point newer than the last one, and lets points older than the window go. */
export function append(series, point) {
  const t = point.at / 1000;
  if (series.t.length > 0 && t <= series.t[series.t.length - 1]) return;
  const coreCount = point.cores?.length ?? 0;
  while (series.cores.length < coreCount) series.cores.push(series.t.map(() => null));
  series.t.push(t);
  series.cpu.push(point.cpu);
  series.cores.forEach((line, core) => line.push(point.cores?.[core] ?? null));
  series.memory.push(point.memory ?? null);
  series.swap.push(point.swap ?? null);
  series.rx.push(point.rx ?? null);
  series.tx.push(point.tx ?? null);
  const tooOld = series.t.findIndex((time) => time >= t - WINDOW_SECONDS);
  if (tooOld > 0) drop(series, tooOld);
}

function drop(series, count) {
  for (const line of [series.t, series.cpu, series.memory, series.swap, series.rx, series.tx, ...series.cores]) {
    line.splice(0, count);
  }
}

function share(usage) {
  return usage && usage.total > 0 ? (100 * Math.min(usage.used, usage.total)) / usage.total : null;
}
