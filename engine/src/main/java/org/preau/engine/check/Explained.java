package org.preau.engine.check;

import java.util.ArrayList;
import java.util.List;
import org.preau.engine.model.Constraint;

/** Builds the violation of one of the school's constraints: kind is the constraint type, weight its own. */
final class Explained {

    private Explained() {
    }

    static Violation of(Constraint c, int count, List<String> resources, String french, String english) {
        String weight = c.weight().isHard() ? "" : String.format(java.util.Locale.ROOT, " [%s%%]", trim(c.weight().percent()));
        return new Violation(c.getClass().getSimpleName(), c.weight().isHard(), c.weight().percent(), count, resources,
                french + weight, english + weight);
    }

    static List<String> refs(String first, List<String> more) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(more);
        return all;
    }

    private static String trim(double percent) {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }
}
