package org.preau.demo;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a module add its own demo data to the demo collège once it exists (for example on
 * {@code ApplicationReadyEvent}, which comes after the demo seed): in the collège's tenant, in one transaction,
 * and only when that data is not there yet, so that a restart adds nothing.
 */
@Component
@ConditionalOnBooleanProperty("preau.demo.enabled")
public class DemoSchoolData {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoSchoolData(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The demo collège, if it was seeded. */
    public Optional<SchoolId> school() {
        return jdbc.sql("select school_id from schools where uai = ?").param(DemoAccounts.SCHOOL_UAI)
                .query(UUID.class).optional().map(SchoolId::new);
    }

    /** Runs {@code add} in the demo collège unless {@code alreadyAdded} finds the data there already. */
    public void addOnce(Predicate<SchoolId> alreadyAdded, Consumer<SchoolId> add) {
        school().ifPresent(school -> TenantContext.runAs(school, () -> transaction.executeWithoutResult(status -> {
            if (!alreadyAdded.test(school)) {
                add.accept(school);
            }
        })));
    }
}
