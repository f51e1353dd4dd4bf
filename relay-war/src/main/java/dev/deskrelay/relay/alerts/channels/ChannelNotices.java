package dev.deskrelay.relay.alerts.channels;

import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

import dev.deskrelay.relay.alerts.AlertNotice;
import dev.deskrelay.relay.alerts.Severity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Hands every {@link AlertNotice} to the channels' {@link DeliveryQueue} and nothing more: which
 * channels take it, and the sending, happen on the queue's threads. Those come from the container's
 * thread factory, so they can read the database and look the mail session up.
 */
@ApplicationScoped
public class ChannelNotices {

    /** About an hour of a busy account's alerts; past it a notice is dropped and counted. */
    static final int CAPACITY = 1_000;
    static final int THREADS = 2;
    private static final Logger LOG = Logger.getLogger(ChannelNotices.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;
    @Inject
    Channels channels;
    @Inject
    MailSender mail;
    @Inject
    MetricRegistry registry;

    private final HttpSender http = new HttpSender();
    private DeliveryQueue queue;
    private Counter dropped;

    @PostConstruct
    void start() {
        queue = new DeliveryQueue(threadFactory, THREADS, CAPACITY, RetrySchedule.STANDARD);
        dropped = registry.counter("deskrelay.alerts.notices.dropped");
    }

    void notice(@Observes AlertNotice notice) {
        if (!queue.offer(() -> deliver(notice))) {
            dropped.inc();
            LOG.info(() -> describe(notice) + " was dropped: " + CAPACITY + " notices wait to be sent already");
        }
    }

    /*
     * The executor keeps what a task throws in its future, which nobody reads: a failure here is
     * logged in one line (no target, no secret) and ends only its own notice or status write.
     */
    private void deliver(AlertNotice notice) {
        List<Channel> recipients;
        try {
            recipients = channels.recipients(notice.accountId(), notice.channelId(), Severity.of(notice.severity()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "could not read the channels for " + describe(notice) + ", which is not sent: " + e);
            return;
        }
        for (Channel channel : recipients) {
            Delivery delivery = Delivery.of(channel, notice);
            queue.deliver(send(delivery), new DeliveryQueue.Outcome() {
                @Override
                public void succeeded() {
                    record(delivery, () -> channels.succeeded(delivery.channelId()));
                }

                @Override
                public void failed(Exception failure) {
                    record(delivery, () -> channels.failed(delivery.channelId(), FailureText.of(failure, delivery.secret())));
                }
            });
        }
    }

    private static void record(Delivery delivery, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "could not record how " + delivery + " went: " + e);
        }
    }

    private static String describe(AlertNotice notice) {
        return "the " + notice.kind() + " notice of alert " + notice.alertId();
    }

    private DeliveryQueue.Send send(Delivery delivery) {
        return switch (delivery.kind()) {
            case WEBHOOK -> http.webhook(delivery);
            case NTFY -> http.ntfy(delivery);
            case EMAIL -> mail.send(delivery);
        };
    }

    @PreDestroy
    void stop() {
        queue.close();
    }
}
