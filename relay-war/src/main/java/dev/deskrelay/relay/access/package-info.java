/**
 * Which account holds which device, in which role, and the read-only share links to one device:
 * the rules every message from a viewer is authorized by, on the relay.
 */
package dev.deskrelay.relay.access;
