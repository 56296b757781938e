package org.preau.school.internal.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.preau.platform.Member;
import org.preau.platform.SchoolId;
import org.preau.school.internal.structure.StructureEditor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports pupils, responsables (with their links) or staff (with their roles) from a CSV file. Every line is
 * checked first; a file with problems imports nothing, unless the direction asks for its valid lines only.
 * Either way the import is one transaction: all the lines it writes, or none.
 */
@Service
public class PeopleImport {

    private final JdbcClient jdbc;
    private final StructureEditor editor;

    PeopleImport(JdbcClient jdbc, StructureEditor editor) {
        this.jdbc = jdbc;
        this.editor = editor;
    }

    /** Reads and checks the file; writes nothing. */
    @Transactional(readOnly = true)
    public ImportReport preview(Member member, PeopleKind kind, String file, String content) {
        editor.requireDirection(member);
        return check(member.school(), kind, file, content).report(0);
    }

    /**
     * Imports the file: all its lines when none has a problem; with problems, nothing, or only the valid lines
     * when {@code validLinesOnly}.
     */
    @Transactional
    public ImportReport importFile(Member member, PeopleKind kind, String file, String content,
                                   boolean validLinesOnly) {
        editor.requireDirection(member);
        Checked checked = check(member.school(), kind, file, content);
        boolean refused = !checked.problems().isEmpty() && (!validLinesOnly || !checked.fileProblems().isEmpty());
        if (refused || checked.rows().isEmpty()) {
            return checked.report(0);
        }
        SchoolId school = member.school();
        switch (kind) {
            case PUPILS -> PupilSheet.write(jdbc, school, cast(checked.rows()));
            case GUARDIANS -> GuardianSheet.write(jdbc, school, cast(checked.rows()));
            case STAFF -> StaffSheet.write(jdbc, school, cast(checked.rows()));
        }
        return checked.report(checked.rows().size());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> rows) {
        return (List<T>) rows;
    }

    private record Checked(String file, PeopleKind kind, int lines, List<Object> rows, List<ImportProblem> problems,
                           List<ImportProblem> fileProblems) {
        ImportReport report(int imported) {
            return new ImportReport(file, kind, lines, rows.size(), imported, problems);
        }
    }

    private Checked check(SchoolId school, PeopleKind kind, String file, String content) {
        CsvFile.Read read = CsvFile.read(file, content, kind);
        Function<CsvLine, Object> reader = switch (kind) {
            case PUPILS -> new PupilSheet(divisions(school), ines(school))::read;
            case GUARDIANS -> new GuardianSheet(pupilsByIne(school))::read;
            case STAFF -> new StaffSheet()::read;
        };
        List<Object> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(read.fileProblems());
        for (CsvLine line : read.lines()) {
            Object row = reader.apply(line);
            problems.addAll(line.problems());
            if (row != null) {
                rows.add(row);
            }
        }
        return new Checked(file, kind, read.lines().size(), rows.stream().filter(Objects::nonNull).toList(),
                problems, read.fileProblems());
    }

    /** Division name → id; with several years, the latest year's division. */
    private Map<String, UUID> divisions(SchoolId school) {
        Map<String, UUID> divisions = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.name, d.id from divisions d
                        join school_years y on y.school_id = d.school_id and y.id = d.school_year_id
                        where d.school_id = ? order by y.starts_on""")
                .param(school.value())
                .query(rs -> {
                    divisions.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return divisions;
    }

    private Set<String> ines(SchoolId school) {
        return new HashSet<>(jdbc.sql("select ine from pupils where school_id = ? and ine is not null")
                .param(school.value()).query(String.class).list());
    }

    private Map<String, UUID> pupilsByIne(SchoolId school) {
        Map<String, UUID> pupils = new LinkedHashMap<>();
        jdbc.sql("select ine, id from pupils where school_id = ? and ine is not null").param(school.value())
                .query(rs -> {
                    pupils.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return pupils;
    }
}
