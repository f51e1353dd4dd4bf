/**
 * Who may talk to what: devices enroll and authenticate with an id and secret, a one-time pairing
 * code grants a browser a device, and a viewer token proves the grant later. Only hashes of
 * secrets, tokens and codes are stored.
 */
package dev.deskrelay.relay.pairing;
