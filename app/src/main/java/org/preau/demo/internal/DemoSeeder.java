package org.preau.demo.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.preau.demo.DemoAccounts;
import org.preau.demo.DemoSchoolData;
import org.preau.demo.DemoSchoolSeeded;
import org.preau.demo.internal.DemoSchool.DemoPeople;
import org.preau.identity.AccountManagement;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds the demo collège on start, once: nothing happens when a school with its UAI already exists. */
@Component
@ConditionalOnBooleanProperty("preau.demo.enabled")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoSchoolData demoSchool;
    private final DemoSchoolWriter writer;
    private final AccountManagement accounts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DemoSeeder(DemoSchoolData demoSchool, DemoSchoolWriter writer, AccountManagement accounts,
               TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.events = events;
        this.demoSchool = demoSchool;
        this.writer = writer;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoSchool.school().isPresent()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        DemoSchool demo = DemoSchoolGenerator.generate(DemoSchoolGenerator.SEED, today);
        SchoolId school = new SchoolId(demo.school().id());
        long[] accountsDone = new long[1];
        TenantContext.runAs(school, () -> transaction.executeWithoutResult(status -> {
            Map<UUID, UUID> accountIds = createAccounts(demo);
            accountsDone[0] = System.nanoTime();
            writer.write(demo, accountIds);
        }));
        long finished = System.nanoTime();
        log.info("Demo collège {} seeded: {} pupils, {} staff, {} guardians in {} ms ({} ms of them hashing the demo "
                        + "accounts' passwords)", demo.school().uai(), demo.pupils().size(), demo.staff().size(),
                demo.guardians().size(), (finished - started) / 1_000_000, (accountsDone[0] - started) / 1_000_000);
        events.publishEvent(new DemoSchoolSeeded(school, today));
    }

    /** Accounts for the demo people only: Argon2 hashing is deliberately slow, so not for all 1,800 people. */
    private Map<UUID, UUID> createAccounts(DemoSchool demo) {
        DemoPeople people = demo.demoPeople();
        Map<UUID, UUID> created = new LinkedHashMap<>();
        created.put(people.principal(), account(DemoAccounts.DIRECTION, staffName(demo, people.principal())));
        created.put(people.professeur(), account(DemoAccounts.PROFESSEUR, staffName(demo, people.professeur())));
        created.put(people.cpe(), account(DemoAccounts.CPE, staffName(demo, people.cpe())));
        created.put(people.parent(), account(DemoAccounts.PARENT, guardianName(demo, people.parent())));
        created.put(people.parent2(), account(DemoAccounts.PARENT2, guardianName(demo, people.parent2())));
        created.put(people.eleve(), account(DemoAccounts.ELEVE, demo.pupils().stream()
                .filter(p -> p.id().equals(people.eleve())).map(p -> p.firstName() + " " + p.lastName())
                .findFirst().orElseThrow()));
        return created;
    }

    private UUID account(String username, String displayName) {
        return accounts.createAccount(username, DemoAccounts.PASSWORD, displayName).value();
    }

    private static String staffName(DemoSchool demo, UUID id) {
        return demo.staff().stream().filter(s -> s.id().equals(id)).map(DemoSchool.Staff::displayName)
                .findFirst().orElseThrow();
    }

    private static String guardianName(DemoSchool demo, UUID id) {
        return demo.guardians().stream().filter(g -> g.id().equals(id))
                .map(g -> g.civility() + " " + g.firstName() + " " + g.lastName()).findFirst().orElseThrow();
    }
}
