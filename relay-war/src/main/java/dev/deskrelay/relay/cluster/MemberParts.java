package dev.deskrelay.relay.cluster;

import dev.deskrelay.relay.routing.ActionAnswers;
import dev.deskrelay.relay.routing.LocalRouter;

/**
 * What this member's router, its inbox and its loss handling share: its own sockets and pending
 * actions, the grid's structures, and what it remembers of the other members.
 */
record MemberParts(LocalRouter local, ActionAnswers answers, Ownership ownership, Interest interest,
        MemberMail mail, OwedAnswers owed, RemoteAgents remoteAgents, SentActions sentActions, CatchUps catchUps) {
}
