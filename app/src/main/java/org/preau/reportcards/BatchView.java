package org.preau.reportcards;

import java.util.UUID;

/** A division's batch of report-card PDFs and how far it got. */
public record BatchView(UUID id, String status, int total, int done, boolean downloadable) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }

    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : done * 100 / total;
    }
}
