/**
 * A deadline for the request head of every new connection, so that a client trickling a partial
 * HTTP upgrade request a byte every few seconds can't hold a socket (and a file) forever: Grizzly's
 * idle timeout starts again at every byte, and Payara has no header timeout. Loaded into Payara
 * itself (--addlibs), as port unification's filter on the HTTP listener
 * (payara-config/pre-boot-commands.asadmin).
 */
package dev.deskrelay.handshake;
