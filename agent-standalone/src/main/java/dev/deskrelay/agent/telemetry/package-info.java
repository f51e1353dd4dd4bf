/**
 * Measurements of the machine, read with OSHI, and the loop that sends them to the relay: what the
 * machine is on connect, filesystems every 10 s, and every interval a sample computed from the
 * change since the previous one (CPU ticks, byte counters), never since boot.
 */
package dev.deskrelay.agent.telemetry;
