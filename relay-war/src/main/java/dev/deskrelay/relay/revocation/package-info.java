/**
 * Taking access away: a browser giving up a device, a browser's identity revoked, a device
 * removed. Each change is made in the database first, then reaches every live socket it affects
 * at once, so no socket goes on using a grant that is gone.
 */
package dev.deskrelay.relay.revocation;
