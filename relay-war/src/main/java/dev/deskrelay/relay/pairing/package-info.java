/**
 * Devices and their codes: devices enroll and authenticate with an id and secret, and a one-time
 * pairing code hands a device to whoever types it in. Browser tokens from before accounts live
 * here until moved into an account. Only hashes of secrets, tokens and codes are stored.
 */
package dev.deskrelay.relay.pairing;
