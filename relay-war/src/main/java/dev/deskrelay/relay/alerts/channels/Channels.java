package dev.deskrelay.relay.alerts.channels;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** A webhook without a secret of the account's own gets one of the relay's: it has to be signed. */
    Created create(String accountId, ChannelDraft draft) {
        String secret = draft.kind() == ChannelKind.WEBHOOK && draft.secret() == null ? Secrets.newSecret() : draft.secret();
        var channel = new Channel(Secrets.newId(PREFIX), accountId, draft, secret, clock.millis());
        em.persist(channel);
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

    /** @return whether the account had a channel of that id */
    boolean delete(String accountId, String id) {
        return em.createQuery("DELETE FROM Channel c WHERE c.id = :id AND c.accountId = :account")
                .setParameter("id", id).setParameter("account", accountId).executeUpdate() > 0;
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
