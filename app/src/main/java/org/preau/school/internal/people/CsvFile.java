package org.preau.school.internal.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a people file: semicolon-separated (as French spreadsheets write it) or comma-separated, a header line
 * whose names are matched without accents or case, then one person per line.
 */
final class CsvFile {

    record Read(List<CsvLine> lines, List<ImportProblem> fileProblems) {
    }

    private CsvFile() {
    }

    static Read read(String file, String content, PeopleKind kind) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<CsvLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> headerByName = new LinkedHashMap<>();
            parser.getHeaderNames().forEach(h -> headerByName.put(column(h), h));
            for (String column : kind.required()) {
                if (!headerByName.containsKey(column)) {
                    fileProblems.add(new ImportProblem(file, 1, column, "missingColumn", List.of()));
                }
            }
            if (!fileProblems.isEmpty()) {
                return new Read(List.of(), fileProblems);
            }
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                headerByName.forEach((name, header) -> values.put(name, record.isSet(header) ? record.get(header) : ""));
                lines.add(new CsvLine(file, lineOf(text, record.getCharacterPosition()), values));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            fileProblems.add(new ImportProblem(file, lines.size() + 2L, "", "unreadable", List.of()));
        }
        if (lines.isEmpty() && fileProblems.isEmpty()) {
            fileProblems.add(new ImportProblem(file, 2, "", "empty", List.of()));
        }
        return new Read(lines, fileProblems);
    }

    /** The 1-based line where the character at {@code position} sits. */
    private static long lineOf(String text, long position) {
        // A record's position may sit before the empty lines skipped ahead of it.
        while (position < text.length() && (text.charAt((int) position) == '\n' || text.charAt((int) position) == '\r')) {
            position++;
        }
        long line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Other names spreadsheets give the same columns. */
    private static final Map<String, String> ALIASES = Map.of("date_de_naissance", "date_naissance",
            "ne_le", "date_naissance", "email", "courriel", "mail", "courriel", "e_mail", "courriel",
            "fonction", "fonctions", "recoit_les_informations", "recoit_informations", "classe", "division",
            "ine_de_l'eleve", "ine_eleve");

    static String column(String header) {
        String name = normalise(header);
        return ALIASES.getOrDefault(name, name);
    }

    /** "Prénom" → "prenom", "Date de naissance" → "date_de_naissance". */
    static String normalise(String header) {
        return Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
