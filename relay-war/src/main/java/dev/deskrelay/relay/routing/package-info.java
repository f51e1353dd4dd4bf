/**
 * Which live connection gets which message. {@link dev.deskrelay.relay.routing.Router} is the
 * seam a cluster will replace; the registry behind the local one knows only this instance.
 */
package dev.deskrelay.relay.routing;
