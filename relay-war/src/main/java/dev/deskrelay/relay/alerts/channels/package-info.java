/**
 * Where an account's alerts go: its channels (webhook, ntfy, e-mail), and their delivery off every
 * routing and storing thread, through a bounded queue with its own threads, retries and backoff.
 * It observes {@link dev.deskrelay.relay.alerts.AlertNotice}; {@code alerts} never imports it.
 */
package dev.deskrelay.relay.alerts.channels;
