/**
 * The people the benchmark's viewers are: a relay refuses anonymous pairing, so before the
 * measured phase the run signs in as the relay's administrator (setting a fresh relay up with its
 * setup code first), invites one account per viewer and gives each an API token, as a program
 * watching the relay would have. Passwords and tokens stay in memory or in owner-only files; none
 * reaches a command line or a log.
 */
package dev.deskrelay.bench.accounts;
