/**
 * Which live connection gets which message. {@link dev.deskrelay.relay.routing.Router} is the only
 * way a message travels between sockets; {@link dev.deskrelay.relay.routing.LocalRouter} is the one
 * for a single relay, and the sockets it knows ({@code LiveSockets}, {@code ViewerSockets}) are its own.
 */
package dev.deskrelay.relay.routing;
