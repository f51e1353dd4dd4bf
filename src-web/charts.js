// The device view's three live charts and an alert's evidence chart, drawn with uPlot (served from
// its WebJar in the WAR).
import * as format from './format.js';
import { WINDOW_SECONDS } from './series.js';

const HEIGHT = 180;
const MIN_SPAN_SECONDS = 10;
const AXIS_FONT = '12px system-ui, sans-serif';
// uPlot's tick (10 px) and gap (5 px) between a value axis's labels and the plot, and a little air
const TICK_ROOM = 18;
const measure = textWidth(AXIS_FONT);
// the widest a time label gets (with seconds): ticks are spaced for it and the right end leaves room for half of it
const TIME_LABEL_WIDTH = measure(format.clock(new Date(2000, 0, 1, 22, 58, 58), true));
const DARK = matchMedia('(prefers-color-scheme: dark)');

export class DeviceCharts {
  #boxes;
  #legends = {};
  #plots = new Map();
  #shape = null;
  #series = null;
  #resizeObserver;
  #recolor = () => this.#redraw();

  /** @param root the element holding `.chart-cpu`, `.chart-memory` and `.chart-network` */
  constructor(root) {
    this.#boxes = {
      cpu: root.querySelector('.chart-cpu'),
      memory: root.querySelector('.chart-memory'),
      network: root.querySelector('.chart-network'),
    };
    // the legend sits outside the chart: a role="img" element hides its content from screen readers
    Object.entries(this.#boxes).forEach(([name, box]) => {
      this.#legends[name] = document.createElement('ul');
      this.#legends[name].className = 'chart-legend';
      box.before(this.#legends[name]);
    });
    this.#resizeObserver = new ResizeObserver(() => this.#resize());
    Object.values(this.#boxes).forEach((box) => this.#resizeObserver.observe(box));
    DARK.addEventListener('change', this.#recolor);
  }

  show(series) {
    this.#series = series;
    const shape = { cores: series.cores.length, swap: series.swap.some((value) => value !== null) };
    // a machine whose core count changed (or is first known), or that gained swap, needs other lines
    if (shape.cores !== this.#shape?.cores || shape.swap !== this.#shape?.swap) this.#rebuild(shape);
    this.#plots.get('cpu').setData([series.t, ...series.cores, series.cpu]);
    this.#plots.get('memory').setData([series.t, series.memory, ...(shape.swap ? [series.swap] : [])]);
    this.#plots.get('network').setData([series.t, series.rx, series.tx]);
    const range = timeRange(series);
    this.#plots.forEach((plot) => plot.setScale('x', range));
    Object.values(this.#boxes).forEach((box) => {
      box.dataset.points = String(series.t.length);
    });
  }

  dispose() {
    DARK.removeEventListener('change', this.#recolor);
    this.#resizeObserver.disconnect();
    this.#plots.forEach((plot) => plot.destroy());
    this.#plots.clear();
    Object.values(this.#legends).forEach((legend) => legend.remove());
  }

  // The colors are read once per chart: a theme switch draws the charts anew.
  #redraw() {
    this.#shape = null;
    if (this.#series) this.show(this.#series);
  }

  #rebuild(shape) {
    this.#plots.forEach((plot) => plot.destroy());
    this.#shape = shape;
    const colors = palette();
    const [percentScale, percentText] = UNIT_AXES['%'];
    const percentAxis = valueAxis(colors, percentText);
    const total = { label: 'total', stroke: colors.accent, width: 2, fill: colors.fill };
    const core = { label: 'each core', stroke: colors.muted, width: 1, alpha: 0.6 };
    // the total is drawn last, over the cores' lines
    this.#chart('cpu', [...Array.from({ length: shape.cores }, () => ({ ...core })), total],
      shape.cores > 0 ? [total, core] : [total], percentScale, percentAxis);
    const memory = [{ label: 'memory', stroke: colors.accent, width: 2, fill: colors.fill }];
    if (shape.swap) memory.push({ label: 'swap', stroke: colors.warn, width: 2 });
    this.#chart('memory', memory, memory, percentScale, percentAxis);
    // sent is dashed and received wider, so equal rates still show both lines
    const network = [
      { label: 'received', stroke: colors.accent, width: 3, fill: colors.fill },
      { label: 'sent', stroke: colors.warn, width: 2, dash: [6, 4] },
    ];
    const [rateScale, rateText] = UNIT_AXES['B/s'];
    this.#chart('network', network, network, rateScale, valueAxis(colors, rateText));
  }

  #chart(name, lines, legend, yScale, yAxis) {
    const box = this.#boxes[name];
    this.#legends[name].replaceChildren(...legend.map(legendEntry));
    this.#plots.set(name, plotIn(box, lines, yScale, yAxis));
  }

  #resize() {
    this.#plots.forEach((plot, name) => plot.setSize({ width: widthOf(this.#boxes[name]), height: HEIGHT }));
  }
}

/**
 * The five minutes of one metric before an alert fired, with the rule's threshold as a dashed
 * line: drawn once from the alert's evidence, not live.
 */
export class EvidenceChart {
  #box;
  #legend;
  #plot = null;
  #resizeObserver;

  /** @param box the element to draw in; the legend goes before it */
  constructor(box) {
    this.#box = box;
    this.#legend = document.createElement('ul');
    this.#legend.className = 'chart-legend';
    box.before(this.#legend);
    this.#resizeObserver = new ResizeObserver(() => this.#plot?.setSize({ width: widthOf(box), height: HEIGHT }));
    this.#resizeObserver.observe(box);
  }

  /**
   * @param evidence the alert's evidence: {unit, points: [{at, value}]}
   * @param threshold the rule's threshold, or null (offline)
   * @param label what the line is, e.g. "CPU total"
   */
  show({ unit, points }, threshold, label) {
    this.clear();
    const colors = palette();
    const lines = [{ label, stroke: colors.accent, width: 2, fill: colors.fill }];
    const t = points.map((point) => point.at / 1000);
    const data = [t, points.map((point) => point.value)];
    if (threshold !== null && threshold !== undefined) {
      lines.push({ label: 'threshold', stroke: colors.warn, width: 2, dash: [6, 4] });
      data.push(t.map(() => threshold));
    }
    this.#legend.replaceChildren(...lines.map(legendEntry));
    const [yScale, text] = UNIT_AXES[unit] ?? UNIT_AXES[''];
    this.#plot = plotIn(this.#box, lines, yScale, valueAxis(colors, text));
    this.#plot.setData(data);
    this.#box.dataset.points = String(t.length);
  }

  clear() {
    this.#plot?.destroy();
    this.#plot = null;
    this.#legend.replaceChildren();
    this.#box.replaceChildren();
  }
}

// from zero, with room above the highest value (the threshold's line is one of them)
const fromZero = (floor) => ({ range: (plot, min, max) => [0, 1.1 * Math.max(floor, max ?? 0)] });

// each unit's value scale and its labels
const UNIT_AXES = {
  '%': [{ range: [0, 100] }, (tick) => `${tick} %`],
  'B/s': [fromZero(1024), format.rate],
  '': [fromZero(1), (tick) => String(tick)],
};

/** A chart of time and `lines` in `box`, without data yet; each line's values come with setData. */
function plotIn(box, lines, yScale, yAxis) {
  box.replaceChildren();
  const colors = palette();
  return new uPlot({
    width: widthOf(box),
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    padding: [null, Math.ceil(TIME_LABEL_WIDTH / 2) + 4, null, null],
    scales: { x: { time: true }, y: yScale },
    axes: [timeAxis(colors), yAxis],
    series: [{}, ...lines.map((line) => ({ spanGaps: false, points: { show: false }, ...line }))],
  }, [[], ...lines.map(() => [])], box);
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

function legendEntry({ label, stroke, dash }) {
  const entry = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.borderTopColor = stroke;
  if (dash) swatch.style.borderTopStyle = 'dashed';
  entry.append(swatch, label);
  return entry;
}

// Only the time of day: the chart spans five minutes, so uPlot's extra date line only crowded the labels.
function timeAxis(colors) {
  return {
    ...axisStyle(colors),
    size: 32,
    space: TIME_LABEL_WIDTH + 16,
    // uPlot's own steps go from one minute to five; two keep a few labels under a narrow chart
    incrs: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600],
    values: (plot, ticks, axis, space, step) => ticks.map((tick) => format.clock(new Date(tick * 1000), step < 60)),
  };
}

// As wide as its longest label, so "100 %" or "58.6 KiB/s" is never cut at the left.
function valueAxis(colors, text) {
  return {
    ...axisStyle(colors),
    values: (plot, ticks) => ticks.map(text),
    size: (plot, labels) => Math.ceil(Math.max(0, ...(labels ?? []).map(measure))) + TICK_ROOM,
  };
}

function axisStyle(colors) {
  return {
    font: AXIS_FONT,
    stroke: colors.text,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid, width: 1 },
  };
}

function textWidth(font) {
  const context = document.createElement('canvas').getContext('2d');
  context.font = font;
  return (text) => context.measureText(text).width;
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
