// Rolling CPU line chart on a canvas: the last 60 s, newest at the right edge, scrolling with time.

const WINDOW_MS = 60_000;
// Telemetry comes about once a second; a longer silence is drawn as a gap, not as a slope across it.
const GAP_MS = 3_000;
const GRID_PERCENTS = [0, 50, 100];
const PADDING = 6;

const charts = new Set();
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
let frameRequested = false;

export class CpuChart {
  #canvas;
  #context;
  #samples = [];
  #scale = 1;
  #resizeObserver;

  constructor(canvas) {
    this.#canvas = canvas;
    this.#context = canvas.getContext('2d');
    this.#resizeObserver = new ResizeObserver(() => this.#resize());
    this.#resizeObserver.observe(canvas);
    this.#describe();
    charts.add(this);
    requestFrame();
  }

  add(cpu, time = Date.now()) {
    this.#samples.push({ time, cpu: Math.min(100, Math.max(0, cpu)) });
    // Keep one sample older than the window so the line runs into the left edge.
    while (this.#samples.length > 1 && this.#samples[1].time < time - WINDOW_MS) this.#samples.shift();
    this.#describe();
    if (reducedMotion.matches) this.draw(time);
  }

  dispose() {
    this.#resizeObserver.disconnect();
    charts.delete(this);
  }

  draw(now) {
    const context = this.#context;
    const width = this.#canvas.width / this.#scale;
    const height = this.#canvas.height / this.#scale;
    if (!width || !height) return;
    const colors = chartColors(this.#canvas);
    context.setTransform(this.#scale, 0, 0, this.#scale, 0, 0);
    context.clearRect(0, 0, width, height);
    context.font = colors.font;
    const axisWidth = context.measureText(axisLabel(100)).width + 2 * PADDING;
    const plot = { left: axisWidth, top: PADDING, right: width - PADDING, bottom: height - PADDING };
    drawGrid(context, plot, colors);
    context.save();
    // Clip to the plot so old samples slide out at the left edge; the margin keeps the stroke at 0 % and 100 % whole.
    context.beginPath();
    context.rect(plot.left, 0, plot.right - plot.left, height);
    context.clip();
    for (const run of continuousRuns(this.#samples)) drawRun(context, plot, run, now, colors);
    context.restore();
  }

  #resize() {
    this.#scale = window.devicePixelRatio || 1;
    const { width, height } = this.#canvas.getBoundingClientRect();
    this.#canvas.width = Math.round(width * this.#scale);
    this.#canvas.height = Math.round(height * this.#scale);
    this.draw(Date.now());
  }

  #describe() {
    const latest = this.#samples.at(-1);
    const summary = latest
      ? `latest ${latest.cpu.toFixed(1)} %, peak ${Math.max(...this.#samples.map((s) => s.cpu)).toFixed(1)} %`
      : 'no data yet';
    this.#canvas.setAttribute('aria-label', `CPU usage over the last 60 seconds: ${summary}`);
  }
}

function requestFrame() {
  if (frameRequested || reducedMotion.matches || charts.size === 0) return;
  frameRequested = true;
  requestAnimationFrame(animate);
}

function animate() {
  frameRequested = false;
  drawAll();
  requestFrame();
}

function drawAll() {
  const now = Date.now();
  for (const chart of charts) chart.draw(now);
}

// Without animation frames, a switch of motion preference or colour scheme needs an explicit redraw.
for (const query of [reducedMotion, matchMedia('(prefers-color-scheme: dark)')]) {
  query.addEventListener('change', () => {
    drawAll();
    requestFrame();
  });
}

function chartColors(canvas) {
  const style = getComputedStyle(canvas);
  const color = (name) => style.getPropertyValue(name).trim();
  return {
    line: color('--chart-line'),
    fill: color('--chart-fill'),
    grid: color('--chart-grid'),
    text: color('--chart-text'),
    font: `${style.fontSize} ${style.fontFamily}`,
  };
}

function drawGrid(context, plot, colors) {
  context.lineWidth = 1;
  context.strokeStyle = colors.grid;
  context.fillStyle = colors.text;
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (const percent of GRID_PERCENTS) {
    // Half-pixel offset keeps one-pixel lines crisp.
    const y = Math.round(yFor(plot, percent)) + 0.5;
    context.beginPath();
    context.moveTo(plot.left, y);
    context.lineTo(plot.right, y);
    context.stroke();
    context.fillText(axisLabel(percent), plot.left - PADDING, y);
  }
}

function drawRun(context, plot, run, now, colors) {
  const points = run.map(({ time, cpu }) => [xFor(plot, time, now), yFor(plot, cpu)]);
  tracePath(context, [[points[0][0], plot.bottom], ...points, [points.at(-1)[0], plot.bottom]]);
  context.fillStyle = colors.fill;
  context.fill();
  tracePath(context, points);
  context.lineWidth = 2;
  context.lineJoin = 'round';
  context.strokeStyle = colors.line;
  context.stroke();
  if (points.length === 1) drawDot(context, points[0], colors.line);
}

function tracePath(context, points) {
  context.beginPath();
  points.forEach(([x, y]) => context.lineTo(x, y));
}

function drawDot(context, [x, y], color) {
  context.beginPath();
  context.arc(x, y, 2, 0, Math.PI * 2);
  context.fillStyle = color;
  context.fill();
}

function continuousRuns(samples) {
  const runs = [];
  samples.forEach((sample, index) => {
    if (index === 0 || sample.time - samples[index - 1].time > GAP_MS) runs.push([]);
    runs.at(-1).push(sample);
  });
  return runs;
}

function axisLabel(percent) {
  return `${percent} %`;
}

function xFor(plot, time, now) {
  return plot.right - ((now - time) / WINDOW_MS) * (plot.right - plot.left);
}

function yFor(plot, percent) {
  return plot.bottom - (percent / 100) * (plot.bottom - plot.top);
}
