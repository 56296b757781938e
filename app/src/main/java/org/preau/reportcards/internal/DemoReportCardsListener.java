package org.preau.reportcards.internal;

import org.preau.demo.DemoSchoolSeeded;
import org.preau.platform.TenantContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Writes the demo collège's appréciations and conseil decisions, after the demo marks exist. */
@Component
class DemoReportCardsListener {

    private final DemoReportCards demoReportCards;

    DemoReportCardsListener(DemoReportCards demoReportCards) {
        this.demoReportCards = demoReportCards;
    }

    /** After the grades module's demo marks (its listener has order 100). */
    @EventListener
    @Order(200)
    void on(DemoSchoolSeeded seeded) {
        TenantContext.runAs(seeded.school(), () -> demoReportCards.seed(seeded.today()));
    }
}
