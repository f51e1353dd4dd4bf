package dev.deskrelay.relay.connection;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Makes each socket's endpoint instance and injects its fields, with the injection target worked
 * out once per endpoint. Left to itself, Tyrus's CDI integration in Payara works it out anew for
 * every socket while holding a lock on the whole bean manager, so sockets opened at once queued
 * behind each other: the largest cost of a burst of connections (docs/benchmarks.md). Endpoints
 * inject only application-scoped beans, so an instance leaves nothing to destroy.
 */
public class InjectedEndpoints extends ServerEndpointConfig.Configurator {

    private volatile InjectionTarget<?> target;

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        BeanManager beans = CDI.current().getBeanManager();
        InjectionTarget<T> injection = targetFor(endpointClass, beans);
        CreationalContext<T> context = beans.createCreationalContext(null);
        T endpoint = injection.produce(context);
        injection.inject(endpoint, context);
        injection.postConstruct(endpoint);
        return endpoint;
    }

    @SuppressWarnings("unchecked") // one configurator instance serves one endpoint class
    private <T> InjectionTarget<T> targetFor(Class<T> endpointClass, BeanManager beans) {
        InjectionTarget<?> known = target;
        if (known == null) {
            // two sockets racing here both work it out once; either result is right
            known = beans.getInjectionTargetFactory(beans.createAnnotatedType(endpointClass)).createInjectionTarget(null);
            target = known;
        }
        return (InjectionTarget<T>) known;
    }
}
