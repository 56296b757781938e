package org.preau.timetable.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret calendar feed addresses: one random token per pupil, teacher, division or room, created on first use
 * (feeds are on by default), revocable by generating a new one. Whoever holds the address reads the feed
 * without signing in, so the token is long and random and never derived from an id.
 */
@Repository
public class CalendarFeeds {

    public enum Scope { PUPIL, TEACHER, DIVISION, ROOM }

    public record Feed(Scope scope, UUID targetId, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    @Transactional
    public Feed feed(Scope scope, UUID target) {
        jdbc.sql("""
                        insert into calendar_feeds (school_id, id, scope, target_id, token) values (?, ?, ?, ?, ?)
                        on conflict (school_id, scope, target_id) do nothing""")
                .param(school()).param(Ids.newId()).param(scope.name()).param(target).param(newToken()).update();
        String token = jdbc.sql("select token from calendar_feeds where school_id = ? and scope = ? and target_id = ?")
                .param(school()).param(scope.name()).param(target).query(String.class).single();
        return new Feed(scope, target, token);
    }

    /** Revokes the current address: the old one stops working at once. */
    @Transactional
    public Feed regenerate(Scope scope, UUID target) {
        feed(scope, target);
        jdbc.sql("update calendar_feeds set token = ?, created_at = now() where school_id = ? and scope = ? and target_id = ?")
                .param(newToken()).param(school()).param(scope.name()).param(target).update();
        return feed(scope, target);
    }

    public Optional<Feed> byToken(String token) {
        return jdbc.sql("select scope, target_id, token from calendar_feeds where school_id = ? and token = ?")
                .param(school()).param(token)
                .query((rs, i) -> new Feed(Scope.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getString(3)))
                .optional();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
