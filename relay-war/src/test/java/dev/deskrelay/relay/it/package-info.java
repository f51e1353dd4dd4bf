/**
 * Integration tests: each class deploys the WAR as built to a fresh Payara Micro (Arquillian)
 * and drives it over real sockets, as agents, viewers and browsers would.
 */
package dev.deskrelay.relay.it;
