/** The socket agents connect to: enrollment, authentication, telemetry in, actions out. */
package dev.deskrelay.relay.agent;
