/**
 * What an owner does with a device besides watching it: share it with other accounts in a role,
 * hand out read-only links, and move in what a browser paired before accounts. Every change
 * reaches the open sockets of every relay at once, through the router.
 */
package dev.deskrelay.relay.sharing;
