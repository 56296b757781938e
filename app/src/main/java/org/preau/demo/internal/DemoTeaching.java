package org.preau.demo.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.demo.DemoAccounts;
import org.preau.demo.internal.DemoSchool.Assignment;
import org.preau.demo.internal.DemoSchool.Division;
import org.preau.demo.internal.DemoSchool.Group;
import org.preau.demo.internal.DemoSchool.Level;
import org.preau.demo.internal.DemoSchool.Membership;
import org.preau.demo.internal.DemoSchool.Pupil;
import org.preau.demo.internal.DemoSchool.Staff;
import org.preau.platform.Ids;

/**
 * Groups and who teaches what: the national weekly hours per pupil (DOMAIN.md), with sciences and part of
 * languages in demi-groupes, and LV2 groups mixing the divisions of a level. Each division's subject goes to
 * one teacher of that subject, the least loaded so far, which gives everyone about 18 hours.
 */
final class DemoTeaching {

    /** Hours of one subject for one level: with the whole division, and in each demi-groupe. */
    record Lesson(String subject, BigDecimal divisionHours, BigDecimal demiGroupHours) {
    }

    static final BigDecimal LV2_HOURS = new BigDecimal("2.5");
    static final Map<String, List<Lesson>> LESSONS_BY_LEVEL = lessonsByLevel();

    private record Part(@Nullable UUID divisionId, @Nullable UUID groupId, BigDecimal hours) {
    }

    private record Unit(String subject, @Nullable Division division, List<Part> parts) {
        int halfHours() {
            return parts.stream().mapToInt(p -> p.hours().multiply(BigDecimal.TWO).intValueExact()).sum();
        }
    }

    record Result(List<Group> groups, List<Membership> memberships, List<Assignment> assignments,
                  Map<UUID, UUID> principalTeachers, Staff demoProfesseur) {
    }

    private final Random random;
    private final List<Group> groups = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();

    DemoTeaching(Random random) {
        this.random = random;
    }

    private static Map<String, List<Lesson>> lessonsByLevel() {
        Map<String, List<Lesson>> lessons = new LinkedHashMap<>();
        lessons.put("6E", List.of(lesson("FRANCAIS", "4.5", "0"), lesson("MATHS", "4.5", "0"),
                lesson("ANGLAIS", "3", "1"), lesson("HG", "3", "0"), lesson("SCIENCES", "3", "1"),
                lesson("EPS", "4", "0"), lesson("ARTS", "1", "0"), lesson("MUSIQUE", "1", "0")));
        List<Lesson> cycle4Sciences = List.of(lesson("SVT", "0", "1.5"), lesson("PC", "0", "1.5"),
                lesson("TECHNO", "0", "1.5"));
        for (String level : List.of("5E", "4E")) {
            List<Lesson> list = new ArrayList<>(List.of(lesson("FRANCAIS", "4.5", "0"), lesson("MATHS", "3.5", "0"),
                    lesson("ANGLAIS", "3", "0"), lesson("HG", "3", "0"), lesson("EPS", "3", "0"),
                    lesson("ARTS", "1", "0"), lesson("MUSIQUE", "1", "0")));
            list.addAll(cycle4Sciences);
            lessons.put(level, List.copyOf(list));
        }
        List<Lesson> third = new ArrayList<>(List.of(lesson("FRANCAIS", "4", "0"), lesson("MATHS", "3.5", "0"),
                lesson("ANGLAIS", "3", "0"), lesson("HG", "3.5", "0"), lesson("EPS", "3", "0"),
                lesson("ARTS", "1", "0"), lesson("MUSIQUE", "1", "0")));
        third.addAll(cycle4Sciences);
        lessons.put("3E", List.copyOf(third));
        return lessons;
    }

    private static Lesson lesson(String subject, String divisionHours, String demiGroupHours) {
        return new Lesson(subject, new BigDecimal(divisionHours), new BigDecimal(demiGroupHours));
    }

    Result generate(List<Level> levels, List<Division> divisions, List<Pupil> pupils,
                    Map<String, List<Staff>> teachersBySubject) {
        Comparator<Pupil> byName = Comparator.comparing(Pupil::lastName).thenComparing(Pupil::firstName)
                .thenComparing(Pupil::ine);
        for (Division division : divisions) {
            List<Pupil> members = pupils.stream().filter(p -> p.division().equals(division)).sorted(byName).toList();
            divisionUnits(division, members);
        }
        for (Level level : levels) {
            if (!level.code().equals("6E")) {
                lv2Groups(level, pupils.stream().filter(p -> p.division().level().equals(level))
                        .sorted(Comparator.comparing((Pupil p) -> p.division().name()).thenComparing(byName))
                        .toList());
            }
        }
        Map<Unit, Staff> teacherOf = allocate(teachersBySubject);
        List<Assignment> assignments = new ArrayList<>();
        teacherOf.forEach((unit, teacher) -> unit.parts().forEach(part -> assignments.add(new Assignment(
                Ids.newId(), teacher.id(), unit.subject(), part.divisionId(), part.groupId(), part.hours()))));
        Staff demoProfesseur = teacherOf.entrySet().stream()
                .filter(e -> e.getKey().subject().equals("MATHS") && e.getKey().division() != null
                        && e.getKey().division().name().equals(DemoAccounts.ELEVE_DIVISION))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        Map<UUID, UUID> principals = principalTeachers(divisions, teacherOf, demoProfesseur);
        return new Result(List.copyOf(groups), List.copyOf(memberships), assignments, principals, demoProfesseur);
    }

    private void divisionUnits(Division division, List<Pupil> members) {
        Group first = group(division.name() + " gr1", "DEMI_GROUPE", division.level(), division.id(),
                members.subList(0, members.size() / 2));
        Group second = group(division.name() + " gr2", "DEMI_GROUPE", division.level(), division.id(),
                members.subList(members.size() / 2, members.size()));
        for (Lesson lesson : LESSONS_BY_LEVEL.get(division.level().code())) {
            List<Part> parts = new ArrayList<>();
            if (lesson.divisionHours().signum() > 0) {
                parts.add(new Part(division.id(), null, lesson.divisionHours()));
            }
            if (lesson.demiGroupHours().signum() > 0) {
                parts.add(new Part(null, first.id(), lesson.demiGroupHours()));
                parts.add(new Part(null, second.id(), lesson.demiGroupHours()));
            }
            units.add(new Unit(lesson.subject(), division, parts));
        }
    }

    /** About a third of a level learns German, the rest Spanish; groups follow the divisions' order. */
    private void lv2Groups(Level level, List<Pupil> pupilsOfLevel) {
        List<Pupil> german = new ArrayList<>();
        List<Pupil> spanish = new ArrayList<>();
        pupilsOfLevel.forEach(p -> (random.nextDouble() < 0.33 ? german : spanish).add(p));
        lv2(level, "Allemand", "ALLEMAND", german, 2);
        lv2(level, "Espagnol", "ESPAGNOL", spanish, 4);
    }

    private void lv2(Level level, String language, String subject, List<Pupil> learners, int groupCount) {
        for (int i = 0; i < groupCount; i++) {
            int from = learners.size() * i / groupCount;
            int to = learners.size() * (i + 1) / groupCount;
            Group group = group(level.name() + " " + language + " " + (i + 1), "LV2", level, null,
                    learners.subList(from, to));
            units.add(new Unit(subject, null, List.of(new Part(null, group.id(), LV2_HOURS))));
        }
    }

    private Group group(String name, String kind, Level level, @Nullable UUID divisionId, List<Pupil> members) {
        Group group = new Group(Ids.newId(), name, kind, level.id(), divisionId);
        groups.add(group);
        members.forEach(p -> memberships.add(new Membership(group.id(), p.id())));
        return group;
    }

    /** Largest units first, each to the least loaded eligible teacher (6e sciences: SVT or PC teachers). */
    private Map<Unit, Staff> allocate(Map<String, List<Staff>> teachersBySubject) {
        Map<Staff, Integer> load = new HashMap<>();
        Map<Unit, Staff> teacherOf = new LinkedHashMap<>();
        List<Unit> ordered = units.stream().sorted(Comparator.comparingInt(Unit::halfHours).reversed()).toList();
        for (Unit unit : ordered) {
            List<Staff> eligible = unit.subject().equals("SCIENCES")
                    ? concat(teachersBySubject.get("SVT"), teachersBySubject.get("PC"))
                    : teachersBySubject.get(unit.subject());
            Staff teacher = eligible.stream().min(Comparator.comparingInt(t -> load.getOrDefault(t, 0)))
                    .orElseThrow();
            load.merge(teacher, unit.halfHours(), Integer::sum);
            teacherOf.put(unit, teacher);
        }
        return teacherOf;
    }

    private static List<Staff> concat(List<Staff> a, List<Staff> b) {
        List<Staff> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** One professeur principal per division, among its teachers, nobody twice; the demo division's is fixed. */
    private Map<UUID, UUID> principalTeachers(List<Division> divisions, Map<Unit, Staff> teacherOf,
                                              Staff demoProfesseur) {
        Map<UUID, UUID> principals = new LinkedHashMap<>();
        Set<Staff> taken = new LinkedHashSet<>();
        Division demoDivision = divisions.stream().filter(d -> d.name().equals(DemoAccounts.ELEVE_DIVISION))
                .findFirst().orElseThrow();
        principals.put(demoDivision.id(), demoProfesseur.id());
        taken.add(demoProfesseur);
        for (Division division : divisions) {
            if (principals.containsKey(division.id())) {
                continue;
            }
            List<Staff> candidates = teacherOf.entrySet().stream()
                    .filter(e -> division.equals(e.getKey().division()))
                    .map(Map.Entry::getValue).distinct().filter(t -> !taken.contains(t)).toList();
            if (candidates.isEmpty()) {
                candidates = teacherOf.entrySet().stream().filter(e -> division.equals(e.getKey().division()))
                        .map(Map.Entry::getValue).distinct().toList();
            }
            Staff principal = candidates.get(random.nextInt(candidates.size()));
            taken.add(principal);
            principals.put(division.id(), principal.id());
        }
        return principals;
    }
}
