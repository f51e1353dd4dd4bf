/** Measurements of the machine, read with OSHI, and the loop that sends them to the relay every second. */
package dev.deskrelay.agent.telemetry;
