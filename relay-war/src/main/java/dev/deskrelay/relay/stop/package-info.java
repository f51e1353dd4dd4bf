/**
 * How the relay stops: everyone still connected is answered and told to come back, before the
 * container tears the sockets down.
 */
package dev.deskrelay.relay.stop;
