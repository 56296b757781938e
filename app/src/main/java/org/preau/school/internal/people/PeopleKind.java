package org.preau.school.internal.people;

import java.util.List;

/** The people a CSV file may bring in, with the columns it must and may have (header names, lower case). */
public enum PeopleKind {
    PUPILS(List.of("nom", "prenom", "division"), List.of("date_naissance", "sexe", "ine")),
    GUARDIANS(List.of("nom", "prenom", "ine_eleve", "lien"), List.of("civilite", "courriel", "telephone", "adresse",
            "responsable_legal", "recoit_informations", "foyer")),
    STAFF(List.of("nom", "prenom", "fonctions"), List.of("civilite", "courriel"));

    private final List<String> required;
    private final List<String> optional;

    PeopleKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }
}
