package org.preau.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that carry the current school to PostgreSQL ({@code app.school_id}), so that
 * row-level security filters every school-owned table even when a query forgets its {@code school_id}
 * predicate. Without a current school the setting is empty and school-owned tables show no rows.
 */
class TenantAwareDataSource extends DelegatingDataSource {

    TenantAwareDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withTenant(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withTenant(super.getConnection(username, password));
    }

    private static Connection withTenant(Connection connection) throws SQLException {
        String school = TenantContext.current().map(SchoolId::toString).orElse("");
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.school_id', ?, false)")) {
            set.setString(1, school);
            set.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
