/**
 * The simulated clients and what paces them: agents that enroll, report telemetry and answer
 * actions; viewers that pair and watch one device each, some pressing Beep; echo sockets for the
 * floor; the prototype's desktop and web clients. Agents and viewers the relay drops come back
 * after a full-jitter backoff, as real ones do, while their
 * {@link dev.deskrelay.bench.load.Redial} lets them. {@link dev.deskrelay.bench.load.Ramp} starts
 * connections at a fixed rate and {@link dev.deskrelay.bench.load.Wheel} spreads periodic sends
 * evenly over their period, so neither the connects nor the messages arrive as one herd.
 */
package dev.deskrelay.bench.load;
