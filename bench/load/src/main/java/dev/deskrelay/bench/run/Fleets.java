package dev.deskrelay.bench.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.deskrelay.bench.load.Participant;
import dev.deskrelay.bench.load.Watcher;

/** What every fleet accounts for and closes the same way, whatever protocol its clients speak. */
final class Fleets {

    private Fleets() {
    }

    static Fleet.Account account(List<? extends Participant> sources, List<? extends Watcher> watchers, int held) {
        long owed = 0;
        long lost = 0;
        long skipped = 0;
        long unanswered = 0;
        for (Watcher watcher : watchers) {
            var log = watcher.sourceLog();
            owed += watcher.watch().owed(log);
            lost += watcher.watch().lost(log);
            skipped += watcher.watch().skipped(log);
            unanswered += watcher.unanswered();
        }
        return new Fleet.Account(sources.size(), ready(sources), watchers.size(), ready(watchers), held, owed, lost,
                skipped, unanswered);
    }

    /** Watchers first, so that sources leaving announce their going to nobody. */
    static CompletableFuture<Void> close(List<? extends Participant> sources, List<? extends Watcher> watchers,
            Duration patience) {
        return closeAll(watchers, patience).thenCompose(done -> closeAll(sources, patience));
    }

    private static int ready(List<? extends Participant> clients) {
        return (int) clients.stream().filter(Participant::isReady).count();
    }

    private static CompletableFuture<Void> closeAll(List<? extends Participant> clients, Duration patience) {
        return CompletableFuture.allOf(clients.stream().map(client -> client.close(patience)).toArray(CompletableFuture[]::new));
    }
}
