package org.preau.engine.solve;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Work the solve runs beside its own thread: on daemon threads (a finished solve never waits for them). */
final class Background {

    private Background() {
    }

    /** Runs each task on a new daemon thread of the given name. */
    static Executor daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** The task's result, its own exception rethrown as it was when it is unchecked. */
    static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
