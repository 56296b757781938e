package org.preau;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(PreauApplication.class).verify();
    }
}
