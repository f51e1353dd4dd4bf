package dev.deskrelay.relay.alerts.channels;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.deskrelay.relay.account.AccountRemoved;
import dev.deskrelay.relay.alerts.Rules;
import dev.deskrelay.relay.alerts.Severity;
import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.audit.Audited;
import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** An account's channels, and the outcome of their deliveries. */
@ApplicationScoped
@Transactional
public class Channels {

    /** A channel as made: a webhook's {@code secret} is in this answer only, null for the others. */
    public record Created(Channel channel, String secret) {
    }

    static final String PREFIX = "c-";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<Audited> audit;

    /** A webhook without a secret of the account's own gets one of the relay's: it has to be signed. */
    Created create(Rules.Actor actor, ChannelDraft draft) {
        String secret = draft.kind() == ChannelKind.WEBHOOK && draft.secret() == null ? Secrets.newSecret() : draft.secret();
        var channel = new Channel(Secrets.newId(PREFIX), actor.accountId(), draft, secret, clock.millis());
        em.persist(channel);
        audit(actor, "alert_channel_add", channel);
        return new Created(channel, draft.kind() == ChannelKind.WEBHOOK ? secret : null);
    }

    public List<Channel> of(String accountId) {
        return em.createQuery("SELECT c FROM Channel c WHERE c.accountId = :account ORDER BY c.createdAt, c.id",
                Channel.class).setParameter("account", accountId).getResultList();
    }

    /** @throws ApiError 404 {@code unknown_channel} unless the account has a channel of that id */
    Channel one(String accountId, String id) {
        return Optional.ofNullable(em.find(Channel.class, id)).filter(channel -> channel.accountId().equals(accountId))
                .orElseThrow(() -> new ApiError(404, "unknown_channel", "you have no channel of that id"));
    }

    /** @throws ApiError 404 {@code unknown_channel} unless the account has a channel of that id */
    void delete(Rules.Actor actor, String id) {
        Channel channel = one(actor.accountId(), id);
        em.remove(channel);
        audit(actor, "alert_channel_remove", channel);
    }

    /** By its name and kind only: a target's query may hold a token. */
    private void audit(Rules.Actor actor, String kind, Channel channel) {
        audit.fire(new Audited(kind, actor.accountId(), actor.name(), null,
                channel.name() + " (" + channel.kind().wire() + ")", "ok", actor.address()));
    }

    /** In the removal's transaction: a removed account's channels, and the secrets they keep, go with it. */
    void accountRemoved(@Observes AccountRemoved removed) {
        em.createQuery("DELETE FROM Channel c WHERE c.accountId = :account")
                .setParameter("account", removed.accountId()).executeUpdate();
    }

    /** What a notice of this severity goes to: the account's channels taking it, or the one channel tested. */
    List<Channel> recipients(String accountId, String channelId, Severity severity) {
        if (channelId != null) {
            return Optional.ofNullable(em.find(Channel.class, channelId))
                    .filter(channel -> channel.accountId().equals(accountId)).stream().toList();
        }
        return of(accountId).stream().filter(channel -> severity.reaches(channel.minSeverity())).toList();
    }

    /** A channel deleted meanwhile has nothing to record. */
    void succeeded(String id) {
        Optional.ofNullable(em.find(Channel.class, id)).ifPresent(channel -> channel.succeeded(clock.millis()));
    }

    /** @param error what went wrong, already without secrets or URL queries ({@link FailureText}) */
    void failed(String id, String error) {
        Optional.ofNullable(em.find(Channel.class, id)).ifPresent(channel -> channel.failed(clock.millis(), error));
    }
}
