/**
 * The relay side of a run: Payara Micro started the way bench/agent-footprint.sh starts it
 * (loopback only, no data grid), and what the generator reads from that process: its CPU from
 * {@code /proc}, its heap after a forced GC and a JFR profile through {@code jcmd}, and the
 * relay's own counters from {@code /metrics}.
 */
package dev.deskrelay.bench.relay;
