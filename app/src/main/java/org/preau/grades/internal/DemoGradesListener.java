package org.preau.grades.internal;

import org.preau.demo.DemoSchoolSeeded;
import org.preau.platform.TenantContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Adds a term of marks to the demo collège once it is seeded (before report cards, which need the marks). */
@Component
class DemoGradesListener {

    /** Report cards' demo data comes after (higher order value). */
    static final int ORDER = 100;

    private final DemoGrades demoGrades;

    DemoGradesListener(DemoGrades demoGrades) {
        this.demoGrades = demoGrades;
    }

    @EventListener
    @Order(ORDER)
    void on(DemoSchoolSeeded seeded) {
        TenantContext.runAs(seeded.school(), () -> demoGrades.seed(seeded.today()));
    }
}
