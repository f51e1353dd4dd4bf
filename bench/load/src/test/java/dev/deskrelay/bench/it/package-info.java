/**
 * The load generator against a real Payara Micro with the relay and the echo WAR as built:
 * correctness under a few hundred concurrent clients, never speed.
 */
package dev.deskrelay.bench.it;
