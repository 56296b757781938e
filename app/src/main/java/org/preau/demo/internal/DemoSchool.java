package org.preau.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The whole demo collège as rows to insert, built in memory by {@link DemoSchoolGenerator}. */
record DemoSchool(School school, Year year, List<Period> periods, List<Level> levels, List<Division> divisions,
                  List<Subject> subjects, List<Room> rooms, List<Staff> staff, List<Group> groups,
                  List<Pupil> pupils, List<Membership> memberships, List<Guardian> guardians,
                  List<Link> links, List<Assignment> assignments, Map<UUID, UUID> principalTeachers,
                  DemoPeople demoPeople) {

    record School(UUID id, String uai, String name, String academie) {
    }

    record Year(UUID id, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    record Period(UUID id, String name, int position, LocalDate startsOn, LocalDate endsOn) {
    }

    /** @param age the age pupils reach during the year's first calendar year (11 in 6e) */
    record Level(UUID id, String code, String name, int position, int age) {
    }

    record Division(UUID id, Level level, String name) {
    }

    record Subject(UUID id, String code, String name, String colour) {
    }

    record Room(UUID id, String name, String kind, int capacity) {
    }

    record Staff(UUID id, String civility, String firstName, String lastName, String email, Set<String> roles) {

        String displayName() {
            return civility + " " + firstName + " " + lastName;
        }
    }

    record Group(UUID id, String name, String kind, UUID levelId, @Nullable UUID divisionId) {
    }

    record Pupil(UUID id, String ine, String firstName, String lastName, LocalDate birthDate, String sex,
                 Division division) {
    }

    record Membership(UUID groupId, UUID pupilId) {
    }

    record Guardian(UUID id, String civility, String firstName, String lastName, String email, String phone,
                    String address) {
    }

    record Link(UUID pupilId, UUID guardianId, String relationship, boolean legalGuardian,
                boolean receivesInformation, boolean financialResponsible, int household) {
    }

    record Assignment(UUID id, UUID teacherId, String subjectCode, @Nullable UUID divisionId, @Nullable UUID groupId,
                      BigDecimal weeklyHours) {
    }

    /** The people behind the demo accounts (see {@link org.preau.demo.DemoAccounts}). */
    record DemoPeople(UUID principal, UUID professeur, UUID cpe, UUID parent, UUID eleve, UUID parent2) {
    }

    /** Names, dates and structure without generated ids: equal for two seeds of the same day. */
    String fingerprint() {
        StringBuilder out = new StringBuilder();
        out.append(school.uai()).append(school.name()).append(year.name()).append(year.startsOn()).append(year.endsOn()).append('\n');
        periods.forEach(p -> out.append(p.name()).append(p.startsOn()).append(p.endsOn()).append('\n'));
        divisions.forEach(d -> out.append(d.name()).append('\n'));
        subjects.forEach(s -> out.append(s.code()).append(s.colour()).append('\n'));
        rooms.forEach(r -> out.append(r.name()).append(r.kind()).append(r.capacity()).append('\n'));
        staff.forEach(s -> out.append(s.displayName()).append(s.roles()).append('\n'));
        groups.forEach(g -> out.append(g.name()).append(g.kind()).append('\n'));
        pupils.forEach(p -> out.append(p.firstName()).append(p.lastName()).append(p.birthDate()).append(p.sex())
                .append(p.division().name()).append(p.ine()).append('\n'));
        guardians.forEach(g -> out.append(g.civility()).append(g.firstName()).append(g.lastName())
                .append(g.address()).append('\n'));
        out.append(memberships.size()).append(' ').append(links.size()).append(' ').append(assignments.size());
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
