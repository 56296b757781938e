package org.preau.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** A global sign-in account. What it may do comes from the schools' people records that point at it. */
@Table("accounts")
record Account(@Id UUID id, String username, String passwordHash, String displayName, String locale,
               boolean enabled, int failedLogins, @Nullable Instant lockedUntil, Instant passwordChangedAt,
               Instant createdAt, @Transient boolean isNew) implements Persistable<UUID> {

    @PersistenceCreator
    Account(UUID id, String username, String passwordHash, String displayName, String locale, boolean enabled,
            int failedLogins, @Nullable Instant lockedUntil, Instant passwordChangedAt, Instant createdAt) {
        this(id, username, passwordHash, displayName, locale, enabled, failedLogins, lockedUntil,
                passwordChangedAt, createdAt, false);
    }

    static Account create(UUID id, String username, String passwordHash, String displayName) {
        Instant now = Instant.now();
        return new Account(id, username, passwordHash, displayName, "fr", true, 0, null, now, now, true);
    }

    @Override
    public UUID getId() {
        return id;
    }

    Account withPasswordHash(String hash) {
        return new Account(id, username, hash, displayName, locale, enabled, 0, null, Instant.now(), createdAt,
                false);
    }
}
