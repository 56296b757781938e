package org.preau;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClass;

class ModularityTests {

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        // The timetabling engine (org.preau.engine, a plain library jar) is not a module of the platform.
        ApplicationModules.of(PreauApplication.class, JavaClass.Predicates.resideInAPackage("org.preau.engine..")).verify();
    }
}
