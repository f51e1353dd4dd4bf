/**
 * The first prototype's protocol on {@code /ws}, kept so its clients can migrate. It has no
 * authentication, so it is off unless {@code deskrelay.prototype.enabled} is true, and its rooms
 * are apart from the paired devices: a prototype client id never reaches a real device.
 */
package dev.deskrelay.relay.prototype;
