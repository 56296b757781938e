package org.preau.school.internal.people;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.SchoolId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff with their roles: nom, prenom, fonctions (e.g. "PROFESSEUR" or "CPE|AED"); optionally civilite, courriel. */
final class StaffSheet {

    static final Set<String> ROLES = Set.of("DIRECTION", "PROFESSEUR", "CPE", "AED", "SECRETARIAT", "INFIRMIER");

    record Staff(@Nullable String civility, String firstName, String lastName, @Nullable String email,
                 Set<String> roles) {
    }

    @Nullable Staff read(CsvLine line) {
        String lastName = line.required("nom", 100);
        String firstName = line.required("prenom", 100);
        String civility = civility(line);
        String email = email(line);
        Set<String> roles = new LinkedHashSet<>();
        String raw = line.get("fonctions");
        if (raw.isEmpty()) {
            line.problem("fonctions", "required");
        }
        for (String role : raw.split("[|,/]")) {
            String code = CsvFile.normalise(role).toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (ROLES.contains(code)) {
                roles.add(code);
            } else {
                line.problem("fonctions", "role", role.strip());
            }
        }
        return line.valid() ? new Staff(civility, firstName, lastName, email, roles) : null;
    }

    static @Nullable String civility(CsvLine line) {
        String raw = line.get("civilite");
        return switch (raw.toUpperCase(Locale.ROOT).replace(".", "")) {
            case "" -> null;
            case "M", "MR", "MONSIEUR" -> "M.";
            case "MME", "MADAME" -> "Mme";
            default -> {
                line.problem("civilite", "civility", raw);
                yield null;
            }
        };
    }

    static @Nullable String email(CsvLine line) {
        String email = line.optional("courriel", 200);
        if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            line.problem("courriel", "email", email);
        }
        return email;
    }

    static void write(JdbcClient jdbc, SchoolId school, List<Staff> staff) {
        for (Staff s : staff) {
            UUID id = Ids.newId();
            jdbc.sql("insert into staff (school_id, id, civility, first_name, last_name, email) values (?, ?, ?, ?, ?, ?)")
                    .params(school.value(), id, s.civility(), s.firstName(), s.lastName(), s.email()).update();
            for (String role : s.roles()) {
                jdbc.sql("insert into staff_roles (school_id, staff_id, role) values (?, ?, ?)")
                        .params(school.value(), id, role).update();
            }
        }
    }
}
