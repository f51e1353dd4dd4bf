/** Who did what, when and from where: stored, kept for a set time, and read back filtered. */
package dev.deskrelay.relay.audit;
