/** Whether a device is online, and when it was last seen, as its viewers are told. */
package dev.deskrelay.relay.presence;
