package org.preau.school.internal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.Ids;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.support.PreauTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Each test imports into a fresh school of its own, so the demo collège stays as seeded. */
@PreauTest
class PeopleImportTests {

    @Autowired
    PeopleImport peopleImport;
    @Autowired
    JdbcClient jdbc;

    private SchoolId school;
    private Member direction;

    @BeforeEach
    void aSchoolWithTwoDivisions() {
        school = new SchoolId(Ids.newId());
        String uai = String.format("%07d", Math.floorMod(school.value().getLeastSignificantBits(), 10_000_000)) + "T";
        jdbc.sql("insert into schools (school_id, uai, name, academie, kind) values (?, ?, 'Collège test', 'Lyon', 'COLLEGE')")
                .params(school.value(), uai).update();
        TenantContext.runAs(school, () -> {
            UUID year = Ids.newId();
            UUID level = Ids.newId();
            jdbc.sql("insert into school_years (school_id, id, name, starts_on, ends_on) values (?, ?, '2026-2027', ?, ?)")
                    .params(school.value(), year, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3)).update();
            jdbc.sql("insert into levels (school_id, id, code, name, position) values (?, ?, '6E', '6e', 1)")
                    .params(school.value(), level).update();
            for (String name : List.of("6e A", "6e B")) {
                jdbc.sql("insert into divisions (school_id, id, school_year_id, level_id, name) values (?, ?, ?, ?, ?)")
                        .params(school.value(), Ids.newId(), year, level, name).update();
            }
        });
        direction = new Member(UUID.randomUUID(), "principal", "Principal", school, Set.of(Role.DIRECTION), null,
                null, null);
    }

    private long count(String table) {
        return TenantContext.callAs(school, () -> jdbc.sql("select count(*) from " + table + " where school_id = ?")
                .param(school.value()).query(Long.class).single());
    }

    private ImportReport importFile(PeopleKind kind, String content, boolean validLinesOnly) {
        return TenantContext.callAs(school, () -> peopleImport.importFile(direction, kind, "eleves.csv", content,
                validLinesOnly));
    }

    private static final String GOOD_PUPILS = """
            Nom;Prénom;Division;Date de naissance;Sexe;INE
            Martin;Léa;6e A;14/03/2015;F;07050000001
            Durand;Hugo;6e B;2015-11-02;M;07050000002
            Petit;Zoé;6e A;;;
            """;

    @Test
    void aGoodFileImportsEveryPupilIntoTheirDivision() {
        ImportReport report = importFile(PeopleKind.PUPILS, GOOD_PUPILS, false);
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(count("pupils")).isEqualTo(3);
        String hugo = TenantContext.callAs(school, () -> jdbc.sql("""
                        select d.name || ' ' || p.birth_date || ' ' || p.sex from pupils p
                        join divisions d on d.school_id = p.school_id and d.id = p.division_id
                        where p.school_id = ? and p.first_name = 'Hugo'""")
                .param(school.value()).query(String.class).single());
        assertThat(hugo).isEqualTo("6e B 2015-11-02 M");
    }

    @Test
    void aFileWithErrorsWritesNothingAndNamesEachErrorWithItsLine() {
        String file = """
                nom;prenom;division;date_naissance;sexe;ine
                Martin;Léa;6e A;14/03/2015;F;07050000001
                ;Hugo;6e Z;31/02/2015;X;07050000001
                Petit;Zoé;6e A;;;
                """;
        ImportReport report = importFile(PeopleKind.PUPILS, file, false);
        assertThat(report.imported()).isZero();
        assertThat(count("pupils")).isZero();
        assertThat(report.problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column,
                        ImportProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eleves.csv", 3L, "nom", "required"),
                        org.assertj.core.groups.Tuple.tuple("eleves.csv", 3L, "division", "unknownDivision"),
                        org.assertj.core.groups.Tuple.tuple("eleves.csv", 3L, "date_naissance", "date"),
                        org.assertj.core.groups.Tuple.tuple("eleves.csv", 3L, "sexe", "sex"),
                        org.assertj.core.groups.Tuple.tuple("eleves.csv", 3L, "ine", "ineTwice"));
        assertThat(report.valid()).isEqualTo(2);
    }

    @Test
    void theValidLinesOptionImportsOnlyTheLinesWithoutProblems() {
        String file = """
                nom;prenom;division
                Martin;Léa;6e A

                Durand;Hugo;5e C
                Petit;Zoé;6e B
                """;
        ImportReport report = importFile(PeopleKind.PUPILS, file, true);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("division");
        });
        assertThat(report.imported()).isEqualTo(2);
        assertThat(TenantContext.callAs(school, () -> jdbc.sql(
                        "select first_name from pupils where school_id = ? order by first_name")
                .param(school.value()).query(String.class).list())).containsExactly("Léa", "Zoé");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedEvenForItsValidLines() {
        ImportReport report = importFile(PeopleKind.PUPILS, "nom,prenom\nMartin,Léa\n", true);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("division");
            assertThat(p.code()).isEqualTo("missingColumn");
        });
        assertThat(count("pupils")).isZero();
    }

    @Test
    void guardiansAreLinkedToPupilsByIneAndAppearOnceForSeveralChildren() {
        importFile(PeopleKind.PUPILS, GOOD_PUPILS, false);
        String guardians = """
                civilite;nom;prenom;courriel;ine_eleve;lien;responsable_legal;foyer
                Mme;Martin;Claire;claire.martin@example.org;07050000001;Mère;oui;1
                Mme;Martin;Claire;claire.martin@example.org;07050000002;MERE;oui;1
                M.;Durand;Paul;;07050000002;PERE;oui;2
                """;
        ImportReport report = importFile(PeopleKind.GUARDIANS, guardians, false);
        assertThat(report.problems()).isEmpty();
        assertThat(count("guardians")).isEqualTo(2);
        assertThat(count("guardian_links")).isEqualTo(3);
        assertThat(TenantContext.callAs(school, () -> jdbc.sql(
                        "select count(*) from guardian_links where school_id = ? and household = 2")
                .param(school.value()).query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void aGuardianOfAnUnknownPupilIsReportedWithItsLine() {
        ImportReport report = importFile(PeopleKind.GUARDIANS,
                "nom;prenom;ine_eleve;lien\nMartin;Claire;99999999999;mere\nDurand;Paul;;oncle\n", false);
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "ine_eleve", "unknownPupil"),
                        org.assertj.core.groups.Tuple.tuple(3L, "ine_eleve", "required"),
                        org.assertj.core.groups.Tuple.tuple(3L, "lien", "relationship"));
        assertThat(count("guardians")).isZero();
    }

    @Test
    void staffAreImportedWithTheirRoles() {
        ImportReport report = importFile(PeopleKind.STAFF, """
                civilite,nom,prenom,courriel,fonctions
                Mme,Roux,Anne,anne.roux@ac-lyon.fr,Professeur|Direction
                M.,Blanc,Éric,,CPE
                """, false);
        assertThat(report.problems()).isEmpty();
        assertThat(count("staff")).isEqualTo(2);
        assertThat(TenantContext.callAs(school, () -> jdbc.sql(
                        "select role from staff_roles where school_id = ? order by role")
                .param(school.value()).query(String.class).list())).containsExactly("CPE", "DIRECTION", "PROFESSEUR");
    }

    @Test
    void onlyTheDirectionMayImport() {
        Member teacher = new Member(UUID.randomUUID(), "prof", "Prof", school, Set.of(Role.PROFESSEUR), null, null,
                null);
        assertThatThrownBy(() -> TenantContext.callAs(school, () -> peopleImport.importFile(teacher,
                PeopleKind.PUPILS, "eleves.csv", GOOD_PUPILS, false))).isInstanceOf(AccessDeniedException.class);
        assertThat(count("pupils")).isZero();
    }
}
