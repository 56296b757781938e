package org.preau.school.internal.structure;

import static org.preau.school.internal.structure.Field.choice;
import static org.preau.school.internal.structure.Field.of;
import static org.preau.school.internal.structure.Field.ref;
import static org.preau.school.internal.structure.Field.text;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.school.internal.structure.EditableEntity.CrossCheck;

/** The school structure tables the direction manages, with their fields and rules. */
public final class StructureCatalog {

    private static final String YEARS = "select id, name from school_years where school_id = ? order by starts_on desc";
    private static final String LEVELS = "select id, name from levels where school_id = ? order by position";
    private static final String DIVISIONS = "select id, name from divisions where school_id = ? order by name";
    private static final String GROUPS = "select id, name from groups where school_id = ? order by name";
    private static final String SUBJECTS = "select id, name from subjects where school_id = ? order by name";
    private static final String TEACHERS = """
            select s.id, upper(s.last_name) || ' ' || s.first_name from staff s where s.school_id = ?
            and exists (select 1 from staff_roles r where r.school_id = s.school_id and r.staff_id = s.id
                        and r.role = 'PROFESSEUR') order by s.last_name, s.first_name""";
    private static final String PUPILS = """
            select p.id, upper(p.last_name) || ' ' || p.first_name || coalesce(' (' || d.name || ')', '')
            from pupils p left join divisions d on d.school_id = p.school_id and d.id = p.division_id
            where p.school_id = ? order by p.last_name, p.first_name""";
    private static final String GUARDIANS = """
            select id, upper(last_name) || ' ' || first_name from guardians where school_id = ?
            order by last_name, first_name""";
    private static final String[] CIVILITIES = {"M.", "Mme"};
    private static final String[] STAFF_ROLES = {"DIRECTION", "PROFESSEUR", "CPE", "AED", "SECRETARIAT", "INFIRMIER"};

    public static final List<EditableEntity> ENTITIES = List.of(
            new EditableEntity("etablissement", "schools", List.of(), List.of(
                    text("name", 200).mandatory(), text("academie", 100).mandatory(),
                    choice("kind", "COLLEGE", "LYCEE", "CITE_SCOLAIRE").mandatory()),
                    List.of("name", "academie", "kind"), "name", false, List.of()),
            new EditableEntity("years", "school_years", List.of("id"), List.of(
                    text("name", 20).mandatory().unique(), of("starts_on", FieldKind.DATE).mandatory(),
                    of("ends_on", FieldKind.DATE).mandatory()),
                    List.of("name", "starts_on", "ends_on"), "starts_on desc", true,
                    List.of(after("ends_on", "starts_on", false))),
            new EditableEntity("periods", "periods", List.of("id"), List.of(
                    ref("school_year_id", YEARS).mandatory(), text("name", 50).mandatory(),
                    choice("kind", "TRIMESTRE", "SEMESTRE").mandatory(),
                    of("position", FieldKind.INTEGER).mandatory().between(1, 6).unique("school_year_id"),
                    of("starts_on", FieldKind.DATE).mandatory(), of("ends_on", FieldKind.DATE).mandatory()),
                    List.of("school_year_id", "position", "name", "starts_on", "ends_on"), "starts_on", true,
                    List.of(after("ends_on", "starts_on", true))),
            new EditableEntity("levels", "levels", List.of("id"), List.of(
                    text("code", 10).mandatory().unique(), text("name", 50).mandatory(),
                    of("position", FieldKind.INTEGER).mandatory().between(1, 20)),
                    List.of("position", "code", "name"), "position", true, List.of()),
            new EditableEntity("divisions", "divisions", List.of("id"), List.of(
                    ref("school_year_id", YEARS).mandatory(), ref("level_id", LEVELS).mandatory(),
                    text("name", 30).mandatory().unique("school_year_id"), ref("principal_teacher_id", TEACHERS)),
                    List.of("name", "level_id", "principal_teacher_id", "school_year_id"), "name", true, List.of()),
            new EditableEntity("groups", "groups", List.of("id"), List.of(
                    ref("school_year_id", YEARS).mandatory(), text("name", 50).mandatory().unique("school_year_id"),
                    choice("kind", "LV2", "OPTION", "SPECIALITE", "DEMI_GROUPE", "OTHER").mandatory(),
                    ref("level_id", LEVELS), ref("division_id", DIVISIONS),
                    new Field("members", FieldKind.REF_SET, false, 0, List.of(), PUPILS, null, null, null, null)
                            .storedIn("group_members(group_id, pupil_id)")),
                    List.of("name", "kind", "level_id", "division_id", "members"), "name", true, List.of()),
            new EditableEntity("subjects", "subjects", List.of("id"), List.of(
                    text("code", 20).mandatory().unique(), text("name", 100).mandatory(),
                    of("colour", FieldKind.COLOUR).mandatory()),
                    List.of("code", "name", "colour"), "name", true, List.of()),
            new EditableEntity("rooms", "rooms", List.of("id"), List.of(
                    text("name", 50).mandatory().unique(),
                    choice("kind", "CLASSROOM", "LAB", "GYM", "COMPUTER_ROOM", "ART_ROOM", "MUSIC_ROOM", "TECHNOLOGY",
                            "CDI", "OTHER").mandatory(),
                    of("capacity", FieldKind.INTEGER).mandatory().between(1, 500)),
                    List.of("name", "kind", "capacity"), "name", true, List.of()),
            new EditableEntity("staff", "staff", List.of("id"), List.of(
                    choice("civility", CIVILITIES), text("first_name", 100).mandatory(),
                    text("last_name", 100).mandatory(), of("email", FieldKind.EMAIL).withMaxLength(200),
                    new Field("roles", FieldKind.CHOICE_SET, false, 0, List.of(STAFF_ROLES), null, null, null, null,
                            null).storedIn("staff_roles(staff_id, role)")),
                    List.of("last_name", "first_name", "civility", "roles"), "last_name, first_name", true, List.of()),
            new EditableEntity("pupils", "pupils", List.of("id"), List.of(
                    text("ine", 11).unique(), text("first_name", 100).mandatory(), text("last_name", 100).mandatory(),
                    of("birth_date", FieldKind.DATE), choice("sex", "F", "M"), ref("division_id", DIVISIONS)),
                    List.of("last_name", "first_name", "division_id", "birth_date"), "last_name, first_name", true,
                    List.of(notInTheFuture("birth_date"))),
            new EditableEntity("guardians", "guardians", List.of("id"), List.of(
                    choice("civility", CIVILITIES), text("first_name", 100).mandatory(),
                    text("last_name", 100).mandatory(), of("email", FieldKind.EMAIL).withMaxLength(200),
                    text("phone", 30), text("address", 300)),
                    List.of("last_name", "first_name", "civility", "phone"), "last_name, first_name", true, List.of()),
            new EditableEntity("links", "guardian_links", List.of("pupil_id", "guardian_id"), List.of(
                    ref("pupil_id", PUPILS).mandatory(), ref("guardian_id", GUARDIANS).mandatory().unique("pupil_id"),
                    choice("relationship", "MERE", "PERE", "TUTEUR", "AUTRE").mandatory(),
                    of("legal_guardian", FieldKind.BOOLEAN), of("receives_information", FieldKind.BOOLEAN),
                    of("financial_responsible", FieldKind.BOOLEAN),
                    of("household", FieldKind.INTEGER).mandatory().between(1, 2)),
                    List.of("pupil_id", "guardian_id", "relationship", "legal_guardian", "receives_information",
                            "household"), "pupil_id, household", true, List.of()),
            new EditableEntity("assignments", "teaching_assignments", List.of("id"), List.of(
                    ref("teacher_id", TEACHERS).mandatory(), ref("subject_id", SUBJECTS).mandatory(),
                    ref("division_id", DIVISIONS), ref("group_id", GROUPS),
                    of("weekly_hours", FieldKind.HOURS).mandatory()),
                    List.of("teacher_id", "subject_id", "division_id", "group_id", "weekly_hours"), "teacher_id", true,
                    List.of(divisionXorGroup())));

    private StructureCatalog() {
    }

    public static Optional<EditableEntity> find(String key) {
        return ENTITIES.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    private static CrossCheck after(String end, String start, boolean sameDayAllowed) {
        return values -> {
            if (values.get(end) instanceof LocalDate e && values.get(start) instanceof LocalDate s
                    && (e.isBefore(s) || (!sameDayAllowed && e.isEqual(s)))) {
                return Optional.of(new AbstractMap.SimpleEntry<>(end, "endBeforeStart"));
            }
            return Optional.empty();
        };
    }

    private static CrossCheck notInTheFuture(String column) {
        return values -> values.get(column) instanceof LocalDate d && d.isAfter(LocalDate.now())
                ? Optional.of(Map.entry(column, "future")) : Optional.empty();
    }

    private static CrossCheck divisionXorGroup() {
        return values -> (values.get("division_id") == null) == (values.get("group_id") == null)
                ? Optional.of(Map.entry("division_id", "divisionXorGroup")) : Optional.empty();
    }
}
