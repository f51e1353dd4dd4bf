/**
 * What every relay socket gets, whoever is on the other end: limits, an auth deadline, error
 * replies, and the shell of the endpoints. {@link dev.deskrelay.relay.connection.ConversationEndpoint}
 * is a base class rather than a helper each endpoint holds, so the Tyrus wiring (watch once, text
 * only, pongs, release on close, answering failures) is written once and an endpoint is its path
 * and the {@link dev.deskrelay.relay.connection.Conversation} it makes; Tyrus takes inherited
 * public handler methods. A conversation talks to its socket as a
 * {@link dev.deskrelay.relay.connection.ConversationSocket}, so tests drive it without one.
 */
package dev.deskrelay.relay.connection;
