package org.preau.engine.generate;

import java.text.Normalizer;
import java.util.Locale;

/** Short ASCII identifiers from French names ("Éducation musicale" → "EDUCATION-MUSICALE"). */
final class Ids {

    private Ids() {
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
