package org.preau.school;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Role;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of the current school's structure (the school of {@link TenantContext}): years and periods,
 * divisions and groups, subjects, rooms, teachers and who teaches what. No access check here: the structure is
 * not personal data; pupils' lists are for callers that already checked their caller's right.
 */
@Service
@Transactional(readOnly = true)
public class SchoolStructure {

    private final JdbcClient jdbc;

    SchoolStructure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /** The year that contains today, or else the latest one. */
    public Optional<SchoolYearView> currentYear() {
        return jdbc.sql("""
                        select id, name, starts_on, ends_on from school_years where school_id = ?
                        order by (? between starts_on and ends_on) desc, starts_on desc limit 1""")
                .param(school()).param(LocalDate.now())
                .query((rs, i) -> new SchoolYearView(new SchoolYearId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .optional();
    }

    /** The periods of the current year, in order. */
    public List<PeriodView> periods() {
        return currentYear().map(year -> jdbc.sql("""
                        select id, school_year_id, name, kind, position, starts_on, ends_on from periods
                        where school_id = ? and school_year_id = ? order by position""")
                .param(school()).param(year.id().value())
                .query((rs, i) -> new PeriodView(new PeriodId(rs.getObject("id", UUID.class)), year.id(),
                        rs.getString("name"), rs.getString("kind"), rs.getInt("position"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
                .list()).orElse(List.of());
    }

    public List<DivisionView> divisions() {
        return jdbc.sql("""
                        select d.id, d.name, d.level_id, l.name as level_name, d.principal_teacher_id
                        from divisions d join levels l on l.school_id = d.school_id and l.id = d.level_id
                        where d.school_id = ? order by l.position, d.name""")
                .param(school())
                .query((rs, i) -> new DivisionView(new DivisionId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), new LevelId(rs.getObject("level_id", UUID.class)),
                        rs.getString("level_name"),
                        orNull(rs.getObject("principal_teacher_id", UUID.class), StaffId::new)))
                .list();
    }

    public List<GroupView> groups() {
        return jdbc.sql("""
                        select g.id, g.name, g.kind, g.level_id, g.division_id from groups g
                        left join levels l on l.school_id = g.school_id and l.id = g.level_id
                        where g.school_id = ? order by l.position nulls last, g.name""")
                .param(school())
                .query((rs, i) -> new GroupView(new GroupId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("kind"), orNull(rs.getObject("level_id", UUID.class), LevelId::new),
                        orNull(rs.getObject("division_id", UUID.class), DivisionId::new)))
                .list();
    }

    public List<SubjectView> subjects() {
        return jdbc.sql("select id, code, name, colour from subjects where school_id = ? order by name")
                .param(school())
                .query((rs, i) -> new SubjectView(new SubjectId(rs.getObject("id", UUID.class)),
                        rs.getString("code"), rs.getString("name"), rs.getString("colour")))
                .list();
    }

    public List<RoomView> rooms() {
        return jdbc.sql("select id, name, kind, capacity from rooms where school_id = ? order by name")
                .param(school())
                .query((rs, i) -> new RoomView(new RoomId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("kind"), rs.getInt("capacity")))
                .list();
    }

    /** Staff holding the PROFESSEUR role, by name. */
    public List<StaffView> teachers() {
        return staff().stream().filter(s -> s.roles().contains(Role.PROFESSEUR)).toList();
    }

    /** Every member of staff with their roles, by name. */
    public List<StaffView> staff() {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select staff_id, role from staff_roles where school_id = ?").param(school())
                .query(rs -> {
                    roles.computeIfAbsent(rs.getObject("staff_id", UUID.class), id -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString("role")));
                });
        return jdbc.sql("select id, civility, first_name, last_name from staff where school_id = ? "
                        + "order by last_name, first_name, id")
                .param(school())
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new StaffView(new StaffId(id), rs.getString("civility"), rs.getString("first_name"),
                            rs.getString("last_name"), roles.getOrDefault(id, Set.of()));
                })
                .list();
    }

    public List<TeachingAssignmentView> teachingAssignments() {
        return assignments("", Map.of());
    }

    public List<TeachingAssignmentView> teachingAssignmentsOf(StaffId teacher) {
        return assignments(" and ta.teacher_id = :teacher", Map.of("teacher", teacher.value()));
    }

    private List<TeachingAssignmentView> assignments(String filter, Map<String, Object> params) {
        return jdbc.sql("""
                        select ta.id, ta.teacher_id, ta.subject_id, s.code, ta.division_id, ta.group_id,
                               coalesce(d.name, g.name) as target_name, ta.weekly_hours
                        from teaching_assignments ta
                        join subjects s on s.school_id = ta.school_id and s.id = ta.subject_id
                        left join divisions d on d.school_id = ta.school_id and d.id = ta.division_id
                        left join groups g on g.school_id = ta.school_id and g.id = ta.group_id
                        where ta.school_id = :school""" + filter + " order by target_name, s.code, ta.id")
                .param("school", school()).params(params)
                .query((rs, i) -> new TeachingAssignmentView(
                        new TeachingAssignmentId(rs.getObject("id", UUID.class)),
                        new StaffId(rs.getObject("teacher_id", UUID.class)),
                        new SubjectId(rs.getObject("subject_id", UUID.class)), rs.getString("code"),
                        orNull(rs.getObject("division_id", UUID.class), DivisionId::new),
                        orNull(rs.getObject("group_id", UUID.class), GroupId::new),
                        rs.getString("target_name"), rs.getBigDecimal("weekly_hours")))
                .list();
    }

    public List<PupilSummary> pupilsOfDivision(DivisionId division) {
        return jdbc.sql("select " + PupilAccess.SUMMARY_COLUMNS
                        + " where p.school_id = :school and p.division_id = :division" + PupilAccess.ORDER)
                .param("school", school()).param("division", division.value())
                .query(PupilAccess.SUMMARY).list();
    }

    public List<PupilSummary> pupilsOfGroup(GroupId group) {
        return jdbc.sql("select " + PupilAccess.SUMMARY_COLUMNS + """
                         where p.school_id = :school and exists (select 1 from group_members gm
                           where gm.school_id = p.school_id and gm.pupil_id = p.id and gm.group_id = :group)"""
                        + PupilAccess.ORDER)
                .param("school", school()).param("group", group.value())
                .query(PupilAccess.SUMMARY).list();
    }

    /** The groups a pupil belongs to (LV2, options, demi-groupes). */
    public List<GroupId> groupsOfPupil(PupilId pupil) {
        return jdbc.sql("select group_id from group_members where school_id = ? and pupil_id = ? order by group_id")
                .param(school()).param(pupil.value())
                .query((rs, i) -> new GroupId(rs.getObject(1, UUID.class))).list();
    }

    public boolean teachesDivision(StaffId teacher, DivisionId division) {
        return jdbc.sql("""
                        select count(*) from teaching_assignments
                        where school_id = ? and teacher_id = ? and division_id = ?""")
                .param(school()).param(teacher.value()).param(division.value())
                .query(Long.class).single() > 0;
    }

    public boolean teachesGroup(StaffId teacher, GroupId group) {
        return jdbc.sql("""
                        select count(*) from teaching_assignments
                        where school_id = ? and teacher_id = ? and group_id = ?""")
                .param(school()).param(teacher.value()).param(group.value())
                .query(Long.class).single() > 0;
    }

    private static <T> @Nullable T orNull(@Nullable UUID id, java.util.function.Function<UUID, T> wrap) {
        return id == null ? null : wrap.apply(id);
    }
}
