/**
 * The relay's settings are checked before anything of it starts: a value the relay can't
 * understand stops it, naming the setting, instead of leaving a guard off or a limit at nonsense.
 */
package dev.deskrelay.relay.settings;
