/**
 * Several relays acting as one, on the data grid Payara Micro already runs (Hazelcast): who holds
 * each device's agent, which members watch which devices, and messages between members. Only
 * strings and bytes go onto the grid, because Hazelcast's threads cannot load the relay's classes.
 */
package dev.deskrelay.relay.cluster;
