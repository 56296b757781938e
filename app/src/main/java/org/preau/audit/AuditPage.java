package org.preau.audit;

import java.util.List;

/** One page (from 0) of the audit log, latest first. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
