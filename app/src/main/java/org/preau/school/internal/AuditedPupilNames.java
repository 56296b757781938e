package org.preau.school.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.preau.audit.PupilNames;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.springframework.stereotype.Component;

/** The pupils' names the journal d'accès shows, from {@link PupilAccess#listNames}. */
@Component
class AuditedPupilNames implements PupilNames {

    private final PupilAccess pupils;

    AuditedPupilNames(PupilAccess pupils) {
        this.pupils = pupils;
    }

    @Override
    public Map<UUID, String> listNames(Set<UUID> pupilIds) {
        return pupils.listNames(pupilIds.stream().map(PupilId::new).toList()).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }
}
