package org.preau.engine.solve;

import java.util.List;
import org.preau.engine.model.TimetableProblem;

/**
 * A {@link TimetableProblem} turned into the solver's indexed form, with the way back to the model's names.
 * {@code blockOfLesson[l]} is the block placing lesson l; {@code bookingOfLesson[l]} its room booking or null.
 */
public record CompiledProblem(TimetableProblem problem, TimetableSolution solution, List<StartSlot> slots,
        List<RoomValue> rooms, int[] blockOfLesson, RoomBooking[] bookingOfLesson) {
}
