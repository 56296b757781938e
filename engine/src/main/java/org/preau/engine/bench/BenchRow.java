package org.preau.engine.bench;

import java.util.Locale;

/** One line of the benchmark table. */
final class BenchRow {

    static final String HEADER = "| file | activities | FET | FET s | Préau | Préau s to feasible | FET-verified | check (hard) "
            + "| FET soft: FET / checker | Préau soft: FET / checker |\n"
            + "| --- | ---: | --- | ---: | --- | ---: | --- | ---: | ---: | ---: |";

    final String file;
    int activities;
    String fet = "-";
    Double fetSeconds;
    Double fetSoft;
    String preau = "-";
    Double preauSeconds;
    String verified = "-";
    Integer checkerHard;
    Double preauSoft;
    Double fetSoftChecker;
    Double preauSoftChecker;

    BenchRow(String file) {
        this.file = file;
    }

    String markdown() {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |", file, activities, fet,
                num(fetSeconds, 1), preau, num(preauSeconds, 1), verified, checkerHard == null ? "-" : checkerHard,
                num(fetSoft, 2) + " / " + num(fetSoftChecker, 2), num(preauSoft, 2) + " / " + num(preauSoftChecker, 2));
    }

    private static String num(Double x, int decimals) {
        return x == null ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
