package org.preau.school;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Role;
import org.preau.platform.SchoolId;

/** What an account is in one school: its roles and the school's records of that person. */
public record SchoolMembership(SchoolId school, Set<Role> roles, @Nullable UUID staffId, @Nullable UUID guardianId,
                               @Nullable UUID pupilId) {

    public boolean isEmpty() {
        return roles.isEmpty();
    }
}
