/**
 * The accounts' HTTP API: thin JAX-RS resources over the {@code account} package, each saying who
 * may call it ({@link dev.deskrelay.relay.account.api.Caller}) and what it audits.
 */
package dev.deskrelay.relay.account.api;
