package org.preau.school.internal.people;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.SchoolId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Responsables and their links to pupils, one link per line: nom, prenom, ine_eleve, lien (MERE, PERE, TUTEUR,
 * AUTRE); optionally civilite, courriel, telephone, adresse, responsable_legal and recoit_informations (oui/non,
 * oui by default), foyer (1 or 2). Lines naming the same person (civilité, names, courriel) are one guardian.
 */
final class GuardianSheet {

    record Guardian(@Nullable String civility, String firstName, String lastName, @Nullable String email,
                    @Nullable String phone, @Nullable String address) {
        String key() {
            return (civility + "|" + firstName + "|" + lastName + "|" + email).toLowerCase(Locale.ROOT);
        }
    }

    record Link(Guardian guardian, UUID pupilId, String relationship, boolean legalGuardian,
                boolean receivesInformation, int household) {
    }

    private static final Set<String> RELATIONSHIPS = Set.of("MERE", "PERE", "TUTEUR", "AUTRE");

    private final Map<String, UUID> pupilsByIne;
    private final Set<String> linksInFile = new HashSet<>();

    GuardianSheet(Map<String, UUID> pupilsByIne) {
        this.pupilsByIne = pupilsByIne;
    }

    @Nullable Link read(CsvLine line) {
        String lastName = line.required("nom", 100);
        String firstName = line.required("prenom", 100);
        String civility = StaffSheet.civility(line);
        String email = StaffSheet.email(line);
        String phone = line.optional("telephone", 30);
        String address = line.optional("adresse", 300);
        String ine = line.required("ine_eleve", 11);
        UUID pupil = ine == null ? null : pupilsByIne.get(ine.toUpperCase(Locale.ROOT));
        if (ine != null && pupil == null) {
            line.problem("ine_eleve", "unknownPupil", ine);
        }
        String relationship = CsvFile.normalise(line.get("lien")).toUpperCase(Locale.ROOT);
        if (relationship.isEmpty()) {
            line.problem("lien", "required");
        } else if (!RELATIONSHIPS.contains(relationship)) {
            line.problem("lien", "relationship", line.get("lien"));
        }
        boolean legal = yesNo(line, "responsable_legal");
        boolean informed = yesNo(line, "recoit_informations");
        int household = household(line);
        if (!line.valid()) {
            return null;
        }
        Guardian guardian = new Guardian(civility, firstName, lastName, email, phone, address);
        if (!linksInFile.add(guardian.key() + "|" + pupil)) {
            line.problem("ine_eleve", "linkTwice", ine);
            return null;
        }
        return new Link(guardian, pupil, relationship, legal, informed, household);
    }

    private static boolean yesNo(CsvLine line, String column) {
        return switch (CsvFile.normalise(line.get(column))) {
            case "", "oui", "o", "yes", "1", "vrai" -> true;
            case "non", "n", "no", "0", "faux" -> false;
            default -> {
                line.problem(column, "yesNo", line.get(column));
                yield false;
            }
        };
    }

    private static int household(CsvLine line) {
        return switch (line.get("foyer")) {
            case "", "1" -> 1;
            case "2" -> 2;
            default -> {
                line.problem("foyer", "household", line.get("foyer"));
                yield 1;
            }
        };
    }

    static void write(JdbcClient jdbc, SchoolId school, List<Link> links) {
        Map<String, UUID> guardians = new LinkedHashMap<>();
        for (Link link : links) {
            Guardian g = link.guardian();
            UUID guardian = guardians.computeIfAbsent(g.key(), k -> {
                UUID id = Ids.newId();
                jdbc.sql("""
                                insert into guardians (school_id, id, civility, first_name, last_name, email, phone, address)
                                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(school.value(), id, g.civility(), g.firstName(), g.lastName(), g.email(), g.phone(),
                                g.address())
                        .update();
                return id;
            });
            jdbc.sql("""
                            insert into guardian_links (school_id, pupil_id, guardian_id, relationship, legal_guardian,
                                                        receives_information, household)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(school.value(), link.pupilId(), guardian, link.relationship(), link.legalGuardian(),
                            link.receivesInformation(), link.household())
                    .update();
        }
    }
}
