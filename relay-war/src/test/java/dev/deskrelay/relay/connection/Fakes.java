package dev.deskrelay.relay.connection;

import java.lang.reflect.Proxy;

/** Stand-ins for the container's interfaces (a session, its remote, a scheduler), answering by method name. */
final class Fakes {

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private Fakes() {
    }

    static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
