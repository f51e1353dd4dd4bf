// The device view's three live charts, drawn with uPlot (served from its WebJar in the WAR).
import * as format from './format.js';
import { WINDOW_SECONDS } from './series.js';

const HEIGHT = 180;
const MIN_SPAN_SECONDS = 10;

export class DeviceCharts {
  #boxes;
  #plots = new Map();
  #coreCount = -1;
  #resizeObserver;

  /** @param root the element holding `.chart-cpu`, `.chart-memory` and `.chart-network` */
  constructor(root) {
    this.#boxes = {
      cpu: root.querySelector('.chart-cpu'),
      memory: root.querySelector('.chart-memory'),
      network: root.querySelector('.chart-network'),
    };
    this.#resizeObserver = new ResizeObserver(() => this.#resize());
    Object.values(this.#boxes).forEach((box) => this.#resizeObserver.observe(box));
  }

  show(series) {
    // a machine whose core count changed (or is first known) needs a chart with that many lines
    if (series.cores.length !== this.#coreCount) this.#rebuild(series.cores.length);
    this.#plots.get('cpu').setData([series.t, series.cpu, ...series.cores]);
    this.#plots.get('memory').setData([series.t, series.memory, series.swap]);
    this.#plots.get('network').setData([series.t, series.rx, series.tx]);
    const range = timeRange(series);
    this.#plots.forEach((plot) => plot.setScale('x', range));
    Object.values(this.#boxes).forEach((box) => {
      box.dataset.points = String(series.t.length);
    });
  }

  dispose() {
    this.#resizeObserver.disconnect();
    this.#plots.forEach((plot) => plot.destroy());
    this.#plots.clear();
  }

  #rebuild(coreCount) {
    this.#plots.forEach((plot) => plot.destroy());
    this.#coreCount = coreCount;
    const colors = palette();
    const percentAxis = { values: (plot, ticks) => ticks.map((tick) => `${tick} %`), ...axisStyle(colors) };
    const cores = Array.from({ length: coreCount }, (_, core) => ({
      label: `core ${core}`, stroke: colors.muted, width: 1, alpha: 0.6,
    }));
    this.#plots.set('cpu', this.#plot('cpu', [
      { label: 'total', stroke: colors.accent, width: 2, fill: colors.fill }, ...cores,
    ], { range: [0, 100] }, percentAxis, coreCount === 0));
    this.#plots.set('memory', this.#plot('memory', [
      { label: 'memory', stroke: colors.accent, width: 2, fill: colors.fill },
      { label: 'swap', stroke: colors.warn, width: 2 },
    ], { range: [0, 100] }, percentAxis, true));
    this.#plots.set('network', this.#plot('network', [
      { label: 'received', stroke: colors.accent, width: 2, value: (plot, value) => rateText(value) },
      { label: 'sent', stroke: colors.warn, width: 2, value: (plot, value) => rateText(value) },
    ], { range: (plot, min, max) => [0, Math.max(1024, max ?? 0)] },
    { values: (plot, ticks) => ticks.map((tick) => format.rate(tick)), size: 80, ...axisStyle(colors) }, true));
  }

  #plot(name, lines, yScale, yAxis, legend) {
    const box = this.#boxes[name];
    box.replaceChildren();
    const colors = palette();
    return new uPlot({
      width: widthOf(box),
      height: HEIGHT,
      legend: { show: legend, live: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: yScale },
      axes: [axisStyle(colors), yAxis],
      series: [{}, ...lines.map((line) => ({ spanGaps: false, points: { show: false }, ...line }))],
    }, [[], ...lines.map(() => [])], box);
  }

  #resize() {
    this.#plots.forEach((plot, name) => plot.setSize({ width: widthOf(this.#boxes[name]), height: HEIGHT }));
  }
}

// Up to the last five minutes; a computer watched for less than that fills the width with what there is.
function timeRange(series) {
  const now = Date.now() / 1000;
  const first = series.t.length > 0 ? series.t[0] : now;
  return { min: Math.min(now - MIN_SPAN_SECONDS, Math.max(now - WINDOW_SECONDS, first)), max: now };
}

function widthOf(box) {
  return Math.max(200, box.clientWidth);
}

function rateText(value) {
  return value === null || value === undefined ? '—' : format.rate(value);
}

function axisStyle(colors) {
  return { stroke: colors.text, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 } };
}

// The chart colors follow the page's light or dark theme.
function palette() {
  const style = getComputedStyle(document.documentElement);
  const read = (name) => style.getPropertyValue(name).trim();
  return {
    accent: read('--chart-line'),
    fill: read('--chart-fill'),
    muted: read('--chart-core'),
    warn: read('--chart-second'),
    grid: read('--chart-grid'),
    text: read('--chart-text'),
  };
}
