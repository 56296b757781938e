package org.preau.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.PupilAccess;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolDirectory;
import org.preau.school.SchoolSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Who the caller is: name, roles and school, and for a parent their children. */
@RestController
class MeController {

    private final SchoolDirectory schools;
    private final PupilAccess pupils;

    MeController(SchoolDirectory schools, PupilAccess pupils) {
        this.schools = schools;
        this.pupils = pupils;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in member: roles in the current school and, for a parent, their children")
    Me me() {
        Member member = CurrentMember.require();
        SchoolSummary school = schools.describe(member.school()).orElseThrow();
        List<String> roles = member.roles().stream().sorted().map(role -> role.name().toLowerCase(Locale.ROOT))
                .toList();
        List<Child> children = member.has(Role.PARENT)
                ? pupils.childrenOf(member).stream().map(Child::of).toList()
                : null;
        return new Me(member.accountId(), member.displayName(), roles, new School(school.uai(), school.name()),
                children);
    }

    record Me(UUID id, String displayName, List<String> roles, School school, @Nullable List<Child> children) {
    }

    record School(String uai, String name) {
    }

    record Child(UUID id, String firstName, String lastName, @Nullable String division) {

        static Child of(PupilSummary pupil) {
            return new Child(pupil.id().value(), pupil.firstName(), pupil.lastName(), pupil.divisionName());
        }
    }
}
