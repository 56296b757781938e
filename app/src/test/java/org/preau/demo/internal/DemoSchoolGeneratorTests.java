package org.preau.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.preau.demo.internal.DemoSchool.Assignment;
import org.preau.demo.internal.DemoSchool.Pupil;

class DemoSchoolGeneratorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final DemoSchool demo = DemoSchoolGenerator.generate(DemoSchoolGenerator.SEED, TODAY);

    @Test
    void theSameSeedAndDayGiveTheSameSchoolNamesIncluded() {
        DemoSchool again = DemoSchoolGenerator.generate(DemoSchoolGenerator.SEED, TODAY);
        assertThat(again.fingerprint()).isEqualTo(demo.fingerprint());
        assertThat(again.pupils().getFirst().id()).isNotEqualTo(demo.pupils().getFirst().id());
    }

    @Test
    void anotherSeedGivesOtherNames() {
        assertThat(DemoSchoolGenerator.generate(42, TODAY).fingerprint()).isNotEqualTo(demo.fingerprint());
    }

    @Test
    void theYearRunsFromSeptemberFirstToEarlyJulyInThreeTrimestres() {
        assertThat(demo.year().name()).isEqualTo("2026-2027");
        assertThat(demo.year().startsOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(demo.year().endsOn()).isBetween(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 7));
        assertThat(demo.periods()).hasSize(3);
        assertThat(demo.periods().get(1).startsOn()).isEqualTo(demo.periods().get(0).endsOn().plusDays(1));
        assertThat(demo.periods().get(2).endsOn()).isEqualTo(demo.year().endsOn());
        assertThat(DemoStructure.year(LocalDate.of(2027, 3, 15)).name()).isEqualTo("2026-2027");
    }

    @Test
    void countsAreThoseOfABigParisianCollege() {
        assertThat(demo.divisions()).hasSize(24);
        assertThat(demo.pupils()).hasSizeBetween(570, 660);
        long teachers = demo.staff().stream().filter(s -> s.roles().contains("PROFESSEUR")).count();
        assertThat(teachers).isBetween(40L, 50L);
        assertThat(demo.rooms()).hasSizeBetween(38, 45);
        assertThat(demo.subjects()).extracting(DemoSchool.Subject::code).containsExactlyInAnyOrder("FRANCAIS",
                "MATHS", "ANGLAIS", "ESPAGNOL", "ALLEMAND", "HG", "SVT", "PC", "TECHNO", "SCIENCES", "EPS", "ARTS",
                "MUSIQUE");
        assertThat(demo.pupils().stream().map(p -> p.division().name()).collect(Collectors.toSet())).hasSize(24);
    }

    @Test
    void everyPupilHasTheNationalWeeklyHours() {
        Map<UUID, Set<UUID>> groupsOf = new HashMap<>();
        demo.memberships().forEach(m -> groupsOf.computeIfAbsent(m.pupilId(), p -> new HashSet<>()).add(m.groupId()));
        for (Pupil pupil : demo.pupils()) {
            Map<String, BigDecimal> hours = new HashMap<>();
            for (Assignment a : demo.assignments()) {
                if (pupil.division().id().equals(a.divisionId())
                        || groupsOf.getOrDefault(pupil.id(), Set.of()).contains(a.groupId())) {
                    hours.merge(WeeklyHoursTable.subjectColumn(a.subjectCode()), a.weeklyHours(), BigDecimal::add);
                }
            }
            assertThat(WeeklyHoursTable.normalized(hours)).as(pupil.division().name())
                    .isEqualTo(WeeklyHoursTable.forLevel(pupil.division().level().code()));
        }
    }

    @Test
    void teachersHaveAboutEighteenHoursAndEveryDivisionAProfesseurPrincipal() {
        Map<UUID, BigDecimal> load = new HashMap<>();
        demo.assignments().forEach(a -> load.merge(a.teacherId(), a.weeklyHours(), BigDecimal::add));
        assertThat(load.values()).allSatisfy(h -> assertThat(h).isBetween(new BigDecimal("11"), new BigDecimal("21")));
        BigDecimal average = load.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(load.size()), java.math.RoundingMode.HALF_UP);
        assertThat(average).isBetween(new BigDecimal("16"), new BigDecimal("19"));
        assertThat(demo.principalTeachers().keySet())
                .containsExactlyInAnyOrderElementsOf(demo.divisions().stream().map(DemoSchool.Division::id).toList());
        assertThat(Set.copyOf(demo.principalTeachers().values())).hasSize(24);
    }

    @Test
    void lv2GroupsMixPupilsOfSeveralDivisions() {
        Map<UUID, String> divisionOf = demo.pupils().stream()
                .collect(Collectors.toMap(Pupil::id, p -> p.division().name()));
        List<DemoSchool.Group> lv2 = demo.groups().stream().filter(g -> g.kind().equals("LV2")).toList();
        assertThat(lv2).hasSize(18).extracting(DemoSchool.Group::name).contains("5e Espagnol 1", "5e Allemand 2");
        assertThat(lv2).anySatisfy(g -> assertThat(demo.memberships().stream()
                .filter(m -> m.groupId().equals(g.id())).map(m -> divisionOf.get(m.pupilId())).distinct().count())
                .isGreaterThan(1));
    }

    @Test
    void familiesHaveMostlyTwoGuardiansSomeSiblingsAndOneSeparatedCouple() {
        Map<UUID, List<DemoSchool.Link>> linksOf = demo.links().stream()
                .filter(DemoSchool.Link::legalGuardian)
                .collect(Collectors.groupingBy(DemoSchool.Link::pupilId));
        long single = linksOf.values().stream().filter(l -> l.size() == 1).count();
        assertThat(single).isBetween((long) (demo.pupils().size() * 0.05), (long) (demo.pupils().size() * 0.15));
        assertThat(linksOf).hasSize(demo.pupils().size());
        Map<UUID, Long> childrenPerGuardian = demo.links().stream()
                .collect(Collectors.groupingBy(DemoSchool.Link::guardianId, Collectors.counting()));
        assertThat(childrenPerGuardian.values().stream().filter(n -> n >= 2).count()).isGreaterThan(20);
        assertThat(demo.links()).filteredOn(l -> l.household() == 2).hasSize(1)
                .allSatisfy(l -> assertThat(l.receivesInformation()).isTrue());
    }

    @Test
    void demoPeopleAreRelatedAsTheReadmeSays() {
        var people = demo.demoPeople();
        Pupil eleve = demo.pupils().stream().filter(p -> p.id().equals(people.eleve())).findFirst().orElseThrow();
        assertThat(eleve.division().name()).isEqualTo("5e B");
        List<UUID> children = demo.links().stream().filter(l -> l.guardianId().equals(people.parent()))
                .map(DemoSchool.Link::pupilId).toList();
        assertThat(children).hasSizeGreaterThanOrEqualTo(2).contains(eleve.id());
        assertThat(demo.pupils().stream().filter(p -> children.contains(p.id())).map(p -> p.division().name())
                .distinct()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(demo.principalTeachers().get(eleve.division().id())).isEqualTo(people.professeur());
        assertThat(demo.assignments()).anySatisfy(a -> {
            assertThat(a.teacherId()).isEqualTo(people.professeur());
            assertThat(a.subjectCode()).isEqualTo("MATHS");
            assertThat(a.divisionId()).isEqualTo(eleve.division().id());
        });
        assertThat(demo.links().stream().filter(l -> l.guardianId().equals(people.parent2()))
                .map(DemoSchool.Link::pupilId)).doesNotContainAnyElementsOf(children).isNotEmpty();
    }
}
