/**
 * How Payara Micro's Grizzly allocates the buffers of the relay's connections. Loaded into Payara
 * itself (--addlibs and a system property), not into the WAR: Grizzly picks its memory manager
 * when it starts, before any application.
 */
package dev.deskrelay.buffers;
