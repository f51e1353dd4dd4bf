/**
 * The relay's load generator: {@link dev.deskrelay.bench.Main} reads the options, starts Payara
 * Micro with the relay and the echo floor (or uses a server already running on loopback), runs
 * the load, and writes the figures as markdown and JSON.
 */
package dev.deskrelay.bench;
