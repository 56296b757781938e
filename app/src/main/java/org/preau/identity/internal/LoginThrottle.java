package org.preau.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: an account is locked after {@code maxFailuresPerAccount} failed sign-ins in a
 * row, and a client address after {@code maxFailuresPerAddress}, both for {@code lockDuration}. A successful
 * sign-in clears the counters of its account and address.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailuresPerAccount;
    private final int maxFailuresPerAddress;
    private final Duration lockDuration;

    LoginThrottle(JdbcClient jdbc,
                  @Value("${preau.login.max-failures-per-account:5}") int maxFailuresPerAccount,
                  @Value("${preau.login.max-failures-per-address:20}") int maxFailuresPerAddress,
                  @Value("${preau.login.lock-duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockDuration = lockDuration;
    }

    /** Until when {@code address} may not try to sign in, if it is blocked now. */
    @Transactional(readOnly = true)
    Optional<Instant> addressBlockedUntil(String address) {
        return jdbc.sql("select blocked_until from login_failures_by_address where address = ?")
                .param(address)
                .query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .optional()
                .flatMap(until -> until)
                .filter(until -> until.isAfter(clock.instant()));
    }

    @Transactional
    void failed(String username, String address) {
        Instant now = clock.instant();
        Instant lockUntil = now.plus(lockDuration);
        // A lock that has run out starts a fresh series of attempts.
        jdbc.sql("""
                        update accounts set
                            failed_logins = case when locked_until <= cast(:now as timestamptz) then 1 else failed_logins + 1 end,
                            locked_until = case
                                when (case when locked_until <= cast(:now as timestamptz) then 1 else failed_logins + 1 end) >= :max
                                    then cast(:lockUntil as timestamptz)
                                when locked_until <= cast(:now as timestamptz) then null
                                else locked_until end
                        where username = :username and (locked_until is null or locked_until <= cast(:now as timestamptz))""")
                .param("now", now.atOffset(java.time.ZoneOffset.UTC))
                .param("lockUntil", lockUntil.atOffset(java.time.ZoneOffset.UTC))
                .param("max", maxFailuresPerAccount)
                .param("username", normalise(username))
                .update();
        jdbc.sql("""
                        insert into login_failures_by_address (address, failures, last_failure_at)
                        values (:address, 1, cast(:now as timestamptz))
                        on conflict (address) do update set
                            failures = case when login_failures_by_address.blocked_until <= cast(:now as timestamptz) then 1
                                            else login_failures_by_address.failures + 1 end,
                            last_failure_at = cast(:now as timestamptz)""")
                .param("address", address)
                .param("now", now.atOffset(java.time.ZoneOffset.UTC))
                .update();
        jdbc.sql("""
                        update login_failures_by_address
                        set blocked_until = case when failures >= :max then cast(:lockUntil as timestamptz) else null end
                        where address = :address and (blocked_until is null or blocked_until <= cast(:now as timestamptz))""")
                .param("max", maxFailuresPerAddress)
                .param("lockUntil", lockUntil.atOffset(java.time.ZoneOffset.UTC))
                .param("address", address)
                .param("now", now.atOffset(java.time.ZoneOffset.UTC))
                .update();
    }

    @Transactional
    void succeeded(String username, String address) {
        jdbc.sql("update accounts set failed_logins = 0, locked_until = null where username = ?")
                .param(normalise(username))
                .update();
        jdbc.sql("delete from login_failures_by_address where address = ?").param(address).update();
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
