/**
 * What operators watch: MicroProfile Metrics (served in Prometheus format at {@code /metrics})
 * for sockets, relayed and rejected messages, what slow viewers cost, and action round trips;
 * MicroProfile Health checks at {@code /health/live} and {@code /health/ready}.
 */
package dev.deskrelay.relay.metrics;
