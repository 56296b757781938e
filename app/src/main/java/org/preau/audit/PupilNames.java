package org.preau.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Names the pupils of the journal d'accès. The school module provides it: the log knows pupils by id only, so
 * that the modules that record reads (the school among them) do not make the audit module depend on them.
 */
public interface PupilNames {

    /** "NOM Prénom" of those of {@code pupilIds} still on the current school's roll. */
    Map<UUID, String> listNames(Set<UUID> pupilIds);
}
