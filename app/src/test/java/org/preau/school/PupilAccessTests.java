package org.preau.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class PupilAccessTests {

    @Autowired
    PupilAccess access;
    @Autowired
    SchoolStructure structure;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;

    private Member member(String username) {
        return new DemoMembers(jdbc, directory).member(username);
    }

    private <T> T as(Member member, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(member.school(), work);
    }

    private long pupilsInSchool(Member member) {
        return as(member, () -> jdbc.sql("select count(*) from pupils where school_id = ?")
                .param(member.school().value()).query(Long.class).single());
    }

    @Test
    void directionAndCpeSeeTheWholeSchool() {
        for (String username : List.of(DemoAccounts.DIRECTION, DemoAccounts.CPE)) {
            Member member = member(username);
            assertThat(as(member, () -> access.countVisiblePupils(member))).isEqualTo(pupilsInSchool(member));
        }
    }

    @Test
    void visiblePupilsArePagedByName() {
        Member direction = member(DemoAccounts.DIRECTION);
        List<PupilSummary> first = as(direction, () -> access.visiblePupils(direction, 0, 50));
        List<PupilSummary> second = as(direction, () -> access.visiblePupils(direction, 1, 50));
        assertThat(first).hasSize(50);
        assertThat(second).hasSize(50).doesNotContainAnyElementsOf(first);
        assertThat(first.get(0).lastName().compareTo(first.get(49).lastName())).isLessThanOrEqualTo(0);
    }

    @Test
    void aProfesseurSeesExactlyThePupilsOfTheDivisionsAndGroupsTheyTeach() {
        Member professeur = member(DemoAccounts.PROFESSEUR);
        StaffId staff = new StaffId(professeur.staffId());
        List<PupilSummary> visible = as(professeur, () -> access.visiblePupils(professeur, 0, 10_000));
        List<PupilId> expected = as(professeur, () -> structure.teachingAssignmentsOf(staff).stream()
                .flatMap(a -> a.divisionId() != null ? structure.pupilsOfDivision(a.divisionId()).stream()
                        : structure.pupilsOfGroup(a.groupId()).stream())
                .map(PupilSummary::id).distinct().toList());
        assertThat(visible).extracting(PupilSummary::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(visible.size()).isLessThan((int) pupilsInSchool(professeur));
        assertThat(visible).extracting(PupilSummary::divisionName).contains(DemoAccounts.ELEVE_DIVISION);
        PupilId untaught = as(professeur, () -> firstPupilNotIn(professeur, expected));
        assertThat(as(professeur, () -> access.canSee(professeur, untaught))).isFalse();
    }

    @Test
    void aParentSeesTheirChildrenOnly() {
        Member parent = member(DemoAccounts.PARENT);
        List<PupilSummary> children = as(parent, () -> access.childrenOf(parent));
        assertThat(children).hasSizeGreaterThanOrEqualTo(2);
        assertThat(children).extracting(PupilSummary::divisionName).doesNotHaveDuplicates();
        assertThat(as(parent, () -> access.visiblePupils(parent, 0, 100))).containsExactlyInAnyOrderElementsOf(children);
        Member parent2 = member(DemoAccounts.PARENT2);
        List<PupilSummary> otherChildren = as(parent2, () -> access.childrenOf(parent2));
        assertThat(otherChildren).isNotEmpty().doesNotContainAnyElementsOf(children);
        assertThat(as(parent, () -> access.canSee(parent, otherChildren.getFirst().id()))).isFalse();
        assertThat(as(parent, () -> access.canSee(parent, children.getFirst().id()))).isTrue();
    }

    @Test
    void aGrandparentWithoutParentalRightsOrInformationDoesNotSeeThePupil() {
        Member parent = member(DemoAccounts.PARENT);
        record Link(UUID guardian, UUID pupil) {
        }
        Link link = as(parent, () -> jdbc.sql("""
                        select guardian_id, pupil_id from guardian_links
                        where school_id = ? and not legal_guardian and not receives_information limit 1""")
                .param(parent.school().value())
                .query((rs, i) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).single());
        Member grandparent = new Member(UUID.randomUUID(), "gp", "Grand-mère", parent.school(),
                java.util.Set.of(org.preau.platform.Role.PARENT), null, link.guardian(), null);
        assertThat(as(grandparent, () -> access.canSee(grandparent, new PupilId(link.pupil())))).isFalse();
        assertThat(as(grandparent, () -> access.childrenOf(grandparent))).isEmpty();
    }

    @Test
    void aPupilSeesOnlyThemself() {
        Member eleve = member(DemoAccounts.ELEVE);
        List<PupilSummary> visible = as(eleve, () -> access.visiblePupils(eleve, 0, 100));
        assertThat(visible).extracting(PupilSummary::id).containsExactly(new PupilId(eleve.pupilId()));
        assertThat(visible.getFirst().divisionName()).isEqualTo(DemoAccounts.ELEVE_DIVISION);
    }

    @Test
    void theDemoPupilIsAChildOfTheDemoParentAndTaughtByTheDemoProfesseur() {
        Member eleve = member(DemoAccounts.ELEVE);
        Member parent = member(DemoAccounts.PARENT);
        Member professeur = member(DemoAccounts.PROFESSEUR);
        PupilId pupil = new PupilId(eleve.pupilId());
        assertThat(as(parent, () -> access.canSee(parent, pupil))).isTrue();
        assertThat(as(professeur, () -> access.canSee(professeur, pupil))).isTrue();
    }

    @Test
    void requiringAnUnrelatedPupilFailsAsNotFound() {
        Member parent = member(DemoAccounts.PARENT);
        PupilId stranger = new PupilId(UUID.randomUUID());
        assertThatThrownBy(() -> as(parent, () -> {
            access.requireCanSee(parent, stranger);
            return null;
        })).isInstanceOf(PupilNotVisibleException.class)
                .satisfies(e -> assertThat(((PupilNotVisibleException) e).getStatusCode().value()).isEqualTo(404));
    }

    private PupilId firstPupilNotIn(Member member, List<PupilId> taught) {
        return jdbc.sql("select id from pupils where school_id = ? order by id").param(member.school().value())
                .query(UUID.class).list().stream().map(PupilId::new).filter(p -> !taught.contains(p)).findFirst()
                .orElseThrow();
    }
}
