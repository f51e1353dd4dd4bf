/**
 * How much one client may ask of the relay: messages per second per connection (token buckets,
 * separate budgets for agents and viewers), sockets per client address and per device, and
 * failed pairing attempts. Each limit answers with a typed error first and closes only a client
 * that stays over it.
 */
package dev.deskrelay.relay.limits;
