package dev.deskrelay.relay.alerts.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends webhooks and ntfy messages, each try within {@link #TIMEOUT}. Redirects are not followed:
 * a signed body goes to the address its owner gave, nowhere else.
 */
final class HttpSender {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Computed once per delivery, so every try sends the same signed bytes and delivery id. */
    DeliveryQueue.Send webhook(Delivery delivery) {
        Webhook webhook = Webhook.of(delivery.notice(), delivery.secret());
        return () -> send(HttpRequest.newBuilder(URI.create(delivery.target())).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(Webhook.SIGNATURE_HEADER, webhook.signature())
                .header(Webhook.DELIVERY_HEADER, webhook.deliveryId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body())).build());
    }

    DeliveryQueue.Send ntfy(Delivery delivery) {
        Ntfy message = Ntfy.of(delivery.notice());
        return () -> {
            var request = HttpRequest.newBuilder(URI.create(delivery.target())).timeout(TIMEOUT)
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .header("Title", message.titleHeader())
                    .header("Priority", Integer.toString(message.priority()))
                    .header("Tags", message.tags());
            if (delivery.secret() != null) {
                request.header("Authorization", "Bearer " + delivery.secret());
            }
            send(request.POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8)).build());
        };
    }

    private void send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the receiver answered HTTP " + response.statusCode());
        }
    }
}
