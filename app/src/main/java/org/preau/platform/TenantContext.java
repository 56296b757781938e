package org.preau.platform;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The school the current thread works for. Set per request from the signed-in member, or explicitly by
 * background work; every database connection handed out carries it to PostgreSQL as {@code app.school_id},
 * where row-level security keeps each school's rows to itself.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable SchoolId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<SchoolId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static SchoolId require() {
        SchoolId id = CURRENT.get();
        if (id == null) {
            throw new IllegalStateException("No current school: this work must run for a school");
        }
        return id;
    }

    /** Runs {@code work} for {@code school}, restoring whatever was current before. */
    public static <T> T callAs(SchoolId school, Supplier<T> work) {
        SchoolId previous = CURRENT.get();
        CURRENT.set(school);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(SchoolId school, Runnable work) {
        callAs(school, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAsChecked(SchoolId school, Callable<T> work) throws Exception {
        SchoolId previous = CURRENT.get();
        CURRENT.set(school);
        try {
            return work.call();
        } finally {
            restore(previous);
        }
    }

    /** Makes {@code school} current until the returned scope is closed (use with try-with-resources). */
    public static Scope enter(SchoolId school) {
        SchoolId previous = CURRENT.get();
        CURRENT.set(school);
        return () -> restore(previous);
    }

    /** Closing a scope restores the school that was current before it. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static void set(@Nullable SchoolId school) {
        if (school == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(school);
        }
    }

    private static void restore(@Nullable SchoolId previous) {
        set(previous);
    }
}
