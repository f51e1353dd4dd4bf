package dev.deskrelay.relay.audit;

import java.util.List;

/**
 * @param events newest first
 * @param next the {@code before} that reads the page after this one, or null when this is the last
 */
record AuditPage(List<AuditEvent> events, Long next) {
}
