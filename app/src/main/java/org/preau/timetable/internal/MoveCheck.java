package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.preau.engine.check.TimetableChecker;
import org.preau.engine.check.Violation;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Timetable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving one lesson of the base timetable by hand: the engine's independent checker says at once which hard rules
 * the move breaks (a teacher or class already busy, a room taken, an alignment broken…), in plain French.
 */
@Service
public class MoveCheck {

    private final TimetableInputs inputs;
    private final BaseTimetables timetables;

    MoveCheck(TimetableInputs inputs, BaseTimetables timetables) {
        this.inputs = inputs;
        this.timetables = timetables;
    }

    /** The hard rules broken by the lessons as they now are, that concern {@code lessonKey}. */
    @Transactional(readOnly = true)
    public List<String> brokenBy(UUID timetableId, String lessonKey) {
        DayStructure structure = inputs.structure();
        ProblemBuilder.Built built = ProblemBuilder.build("check", inputs.read(structure));
        List<Placement> placements = new ArrayList<>();
        for (BaseTimetables.BaseLesson l : timetables.lessons(timetableId)) {
            if (l.isPlaced() && built.lessons().containsKey(l.lessonKey())) {
                int day = structure.dayIndex(l.day());
                int period = structure.periodIndex(l.position());
                placements.add(new Placement(l.lessonKey(), new Slot(day, period),
                        l.roomId() == null ? "" : l.roomId().toString()));
            }
        }
        Names names = inputs.names();
        return TimetableChecker.check(new Timetable(built.problem(), placements)).violations().stream()
                .filter(Violation::hard).filter(v -> !ConflictFree.UNPLACED.equals(v.kind()))
                .filter(v -> v.resources().contains("lesson:" + lessonKey))
                .map(v -> names.humanise(v.french())).toList();
    }

    static boolean sameSlot(BaseTimetables.BaseLesson l, DayOfWeek day, int position) {
        return day.equals(l.day()) && Integer.valueOf(position).equals(l.position());
    }
}
