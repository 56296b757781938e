package org.preau.support;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The database as its owner (the role Flyway runs as), which row-level security does not restrict: for test
 * set-up that must write into several schools, never for what the application itself does.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {
    }

    public static JdbcClient jdbc(Environment env) {
        SimpleDriverDataSource owner = new SimpleDriverDataSource(new org.postgresql.Driver(),
                env.getRequiredProperty("spring.flyway.url"),
                env.getRequiredProperty("spring.flyway.user"),
                env.getProperty("spring.flyway.password", ""));
        return JdbcClient.create(owner);
    }
}
