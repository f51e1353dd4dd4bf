/** The HTTP API's application and what all its resources share: errors as JSON, the CSRF check. */
package dev.deskrelay.relay.api;
