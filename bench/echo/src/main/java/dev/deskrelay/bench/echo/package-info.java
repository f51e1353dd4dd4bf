/**
 * The benchmark's floor: the cheapest thing a WebSocket server on the same Payara Micro can do
 * with a frame (send it back), so the relay's round trips can be read as a multiple of it.
 */
package dev.deskrelay.bench.echo;
