package dev.deskrelay.relay.connection;

import java.lang.reflect.Proxy;
import java.util.List;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;

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

    /** An open session {@code s-1} that writes through {@code remote} and adds each close to {@code closes}. */
    static Session openSession(RemoteEndpoint.Async remote, List<CloseReason> closes) {
        return proxy(Session.class, (name, args) -> switch (name) {
            case "getId" -> "s-1";
            case "isOpen" -> true;
            case "getAsyncRemote" -> remote;
            case "close" -> closes.add((CloseReason) args[0]);
            default -> null;
        });
    }
}
