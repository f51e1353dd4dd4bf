/** What every relay socket gets, whoever is on the other end: limits, an auth deadline, error replies. */
package dev.deskrelay.relay.connection;
