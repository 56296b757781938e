package org.preau.school;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Role;

/** A member of staff and their roles in the school. */
public record StaffView(StaffId id, @Nullable String civility, String firstName, String lastName,
                        Set<Role> roles) {

    public StaffView {
        roles = Set.copyOf(roles);
    }

    /** "Mme Durand", the way pupils and parents name a teacher. */
    public String displayName() {
        return civility == null ? firstName + " " + lastName : civility + " " + lastName;
    }
}
