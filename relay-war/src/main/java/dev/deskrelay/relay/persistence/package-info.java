/**
 * How the relay's JPA provider is set up beyond what persistence.xml can say (EclipseLink, as
 * Payara carries it).
 */
package dev.deskrelay.relay.persistence;
