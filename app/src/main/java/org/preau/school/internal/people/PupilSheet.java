package org.preau.school.internal.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.SchoolId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pupils with their division: nom, prenom, division; optionally date_naissance, sexe, ine. */
final class PupilSheet {

    record Pupil(@Nullable String ine, String firstName, String lastName, @Nullable LocalDate birthDate,
                 @Nullable String sex, UUID divisionId) {
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final Map<String, UUID> divisions;
    private final Set<String> knownInes;
    private final Set<String> inesInFile = new HashSet<>();

    PupilSheet(Map<String, UUID> divisions, Set<String> knownInes) {
        this.divisions = divisions;
        this.knownInes = knownInes;
    }

    @Nullable Pupil read(CsvLine line) {
        String lastName = line.required("nom", 100);
        String firstName = line.required("prenom", 100);
        String divisionName = line.required("division", 30);
        UUID division = divisionName == null ? null : divisions.get(divisionName);
        if (divisionName != null && division == null) {
            line.problem("division", "unknownDivision", divisionName);
        }
        LocalDate birthDate = date(line, "date_naissance");
        String sex = line.get("sexe").toUpperCase(java.util.Locale.ROOT);
        if (!sex.isEmpty() && !sex.equals("F") && !sex.equals("M")) {
            line.problem("sexe", "sex", line.get("sexe"));
        }
        String ine = ine(line);
        return line.valid() ? new Pupil(ine, firstName, lastName, birthDate, sex.isEmpty() ? null : sex, division)
                : null;
    }

    private @Nullable String ine(CsvLine line) {
        String ine = line.get("ine").toUpperCase(java.util.Locale.ROOT);
        if (ine.isEmpty()) {
            return null;
        }
        if (!ine.matches("[0-9A-Z]{11}")) {
            line.problem("ine", "ineFormat", ine);
        } else if (knownInes.contains(ine)) {
            line.problem("ine", "ineTaken", ine);
        } else if (!inesInFile.add(ine)) {
            line.problem("ine", "ineTwice", ine);
        }
        return ine;
    }

    static @Nullable LocalDate date(CsvLine line, String column) {
        String raw = line.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = raw.contains("/") ? LocalDate.parse(raw, FRENCH_DATE) : LocalDate.parse(raw);
            if (date.isAfter(LocalDate.now())) {
                line.problem(column, "future", raw);
            }
            return date;
        } catch (DateTimeParseException e) {
            line.problem(column, "date", raw);
            return null;
        }
    }

    static void write(JdbcClient jdbc, SchoolId school, List<Pupil> pupils) {
        for (Pupil p : pupils) {
            jdbc.sql("""
                            insert into pupils (school_id, id, ine, first_name, last_name, birth_date, sex, division_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(school.value(), Ids.newId(), p.ine(), p.firstName(), p.lastName(), p.birthDate(), p.sex(),
                            p.divisionId())
                    .update();
        }
    }
}
