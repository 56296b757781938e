package org.preau.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as a member of one school: their global account, the school they act in, their roles
 * there and the school's records that are them (staff, guardian, pupil). Kept in the session.
 *
 * @param staffId    set when the member is staff (teacher, CPE, direction…)
 * @param guardianId set when the member is a responsable légal
 * @param pupilId    set when the member is a pupil
 */
public record Member(UUID accountId, String username, String displayName, SchoolId school, Set<Role> roles,
                     @Nullable UUID staffId, @Nullable UUID guardianId, @Nullable UUID pupilId)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Member {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean seesWholeSchool() {
        return roles.stream().anyMatch(Role::seesWholeSchool);
    }
}
