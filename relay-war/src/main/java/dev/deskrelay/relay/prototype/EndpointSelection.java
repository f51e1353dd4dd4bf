package dev.deskrelay.relay.prototype;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerApplicationConfig;
import jakarta.websocket.server.ServerEndpointConfig;

/** Deploys every annotated endpoint but {@code /ws}, which only exists when it is turned on. */
public class EndpointSelection implements ServerApplicationConfig {

    static final String ENABLED = "deskrelay.prototype.enabled";

    @Override
    public Set<ServerEndpointConfig> getEndpointConfigs(Set<Class<? extends Endpoint>> scanned) {
        return Set.of();
    }

    @Override
    public Set<Class<?>> getAnnotatedEndpointClasses(Set<Class<?>> scanned) {
        boolean prototypeEnabled = ConfigProvider.getConfig().getOptionalValue(ENABLED, Boolean.class).orElse(false);
        return scanned.stream()
                .filter(endpoint -> prototypeEnabled || endpoint != PrototypeEndpoint.class)
                .collect(Collectors.toSet());
    }
}
