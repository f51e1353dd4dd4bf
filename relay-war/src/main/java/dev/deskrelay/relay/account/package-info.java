/**
 * People's accounts: user names and PBKDF2 passwords, sign-in through Jakarta Security (a session
 * cookie checked by {@link dev.deskrelay.relay.account.SessionMechanism} on every request), API
 * tokens for programs, invites, and the one-time setup code that creates the first administrator.
 */
package dev.deskrelay.relay.account;
