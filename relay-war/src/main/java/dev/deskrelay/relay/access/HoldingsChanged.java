package dev.deskrelay.relay.access;

/**
 * A CDI event, fired inside the transaction that changed who holds a device, so observers that
 * keep something per holder (alert rules) look again once it committed.
 *
 * @param deviceId the device, or null when one change touched many (an account's removal)
 */
public record HoldingsChanged(String deviceId) {
}
