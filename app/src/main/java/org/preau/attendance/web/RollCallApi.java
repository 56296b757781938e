package org.preau.attendance.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.attendance.internal.AttendanceRejected;
import org.preau.attendance.internal.MarkStatus;
import org.preau.attendance.internal.RollCall;
import org.preau.attendance.internal.RollCalls;
import org.preau.platform.CurrentMember;
import org.preau.school.PupilId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The roll call of a lesson occurrence, for its teacher(s) only (403 for anyone else). Marks are idempotent: a
 * phone on a flaky connection sends each mark until the server answers, and a repeated mark changes nothing.
 */
@RestController
@RequestMapping("/api/v1/roll-calls/{lessonId}")
@Tag(name = "Roll call")
class RollCallApi {

    /**
     * @param lateMinutes for a RETARD
     * @param markedAt    when the teacher tapped (the phone's clock): an older mark never overwrites a newer one
     */
    record MarkRequest(@Nullable MarkStatus status, @Nullable Integer lateMinutes, @Nullable Instant markedAt) {
    }

    record MarkJson(UUID lessonId, UUID pupilId, MarkStatus status, @Nullable Integer lateMinutes, Instant markedAt) {
    }

    record LineJson(UUID pupilId, String name, MarkStatus status, @Nullable Integer lateMinutes) {
    }

    record RollCallJson(UUID lessonId, String label, Instant start, Instant end, boolean completed,
                        @Nullable Instant completedAt, List<LineJson> pupils) {
    }

    private final RollCalls rollCalls;

    RollCallApi(RollCalls rollCalls) {
        this.rollCalls = rollCalls;
    }

    @GetMapping
    @Operation(summary = "The roll call: the lesson's pupils and their marks (everyone present by default)")
    RollCallJson rollCall(@PathVariable UUID lessonId) {
        RollCalls.Sheet sheet = rollCalls.sheet(CurrentMember.require(), lessonId);
        return json(sheet.rollCall(), sheet.lines().stream()
                .map(l -> new LineJson(l.pupil().id().value(), l.pupil().listName(), l.status(), l.lateMinutes()))
                .toList());
    }

    @PutMapping("/marks/{pupilId}")
    @Operation(summary = "Mark a pupil present, absent or late; idempotent (keyed by lesson and pupil)")
    MarkJson mark(@PathVariable UUID lessonId, @PathVariable UUID pupilId, @RequestBody MarkRequest request) {
        // Who may mark is answered before what is marked: a stranger learns nothing from a malformed request.
        rollCalls.requireTeacherOf(CurrentMember.require(), lessonId);
        if (request.status() == null) {
            throw new AttendanceRejected(HttpStatus.BAD_REQUEST, "rollcall.error.status", "status is required");
        }
        Instant now = Instant.now();
        Instant markedAt = request.markedAt() == null || request.markedAt().isAfter(now.plus(5, ChronoUnit.MINUTES))
                ? now : request.markedAt();
        RollCalls.MarkState state = rollCalls.mark(CurrentMember.require(), lessonId, new PupilId(pupilId),
                request.status(), request.lateMinutes(), markedAt);
        return new MarkJson(state.lessonId(), state.pupil().value(), state.status(), state.lateMinutes(),
                state.markedAt());
    }

    @PostMapping("/completion")
    @Operation(summary = "Appel fait: the teacher confirms the roll call (idempotent)")
    RollCallJson complete(@PathVariable UUID lessonId) {
        return json(rollCalls.complete(CurrentMember.require(), lessonId), List.of());
    }

    private static RollCallJson json(RollCall rollCall, List<LineJson> lines) {
        return new RollCallJson(rollCall.lessonId(), rollCall.label(), rollCall.start(), rollCall.end(),
                rollCall.completed(), rollCall.completedAt(), lines);
    }
}
