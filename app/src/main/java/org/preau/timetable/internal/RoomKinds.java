package org.preau.timetable.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Which kind of room a subject needs: labs for sciences, the gym for EPS, the technology room for technologie. */
final class RoomKinds {

    private RoomKinds() {
    }

    static String forSubject(String subjectCode) {
        String code = Normalizer.normalize(subjectCode, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (code.startsWith("EPS")) {
            return "GYM";
        }
        if (code.startsWith("SVT") || code.startsWith("PC") || code.startsWith("SCI") || code.startsWith("PHY")) {
            return "LAB";
        }
        if (code.startsWith("TECH")) {
            return "TECHNOLOGY";
        }
        if (code.startsWith("AP") || code.startsWith("ART")) {
            return "ART_ROOM";
        }
        if (code.startsWith("EM") || code.startsWith("MUS")) {
            return "MUSIC_ROOM";
        }
        return "CLASSROOM";
    }
}
