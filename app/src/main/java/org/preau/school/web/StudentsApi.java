package org.preau.school.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.CurrentMember;
import org.preau.school.GuardianSummary;
import org.preau.school.PupilId;
import org.preau.school.PupilPage;
import org.preau.school.PupilRecord;
import org.preau.school.PupilRecords;
import org.preau.school.PupilSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/students", produces = "application/json")
@Tag(name = "Students", description = "Pupils (élèves) the caller may see: direction and vie scolaire the whole "
        + "school, teachers the pupils they teach, parents their children, a pupil themself")
class StudentsApi {

    private final PupilRecords records;

    StudentsApi(PupilRecords records) {
        this.records = records;
    }

    record StudentItem(UUID id, String firstName, String lastName, @Nullable String division) {
        static StudentItem of(PupilSummary pupil) {
            return new StudentItem(pupil.id().value(), pupil.firstName(), pupil.lastName(), pupil.divisionName());
        }
    }

    record StudentsPage(List<StudentItem> content, int page, int size, long totalElements) {
    }

    record Guardian(UUID id, String civility, String firstName, String lastName, String relationship,
                    boolean legalGuardian, int household) {
        static Guardian of(GuardianSummary g) {
            return new Guardian(g.id().value(), g.civility(), g.firstName(), g.lastName(), g.relationship(),
                    g.legalGuardian(), g.household());
        }
    }

    record Student(UUID id, String firstName, String lastName, @Nullable String division,
                   @Nullable LocalDate birthDate, @Nullable List<Guardian> guardians) {
    }

    @GetMapping
    @Operation(summary = "List the pupils the caller may see, by name",
            description = "Every pupil listed to someone other than themself is recorded in the audit log.")
    @ApiResponse(responseCode = "200", description = "A page of pupils")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    StudentsPage list(@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
                      @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "50") int size) {
        PupilPage found = records.list(CurrentMember.require(), page, size);
        return new StudentsPage(found.content().stream().map(StudentItem::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pupil's record",
            description = "Staff also get the pupil's responsables légaux. The read is recorded in the audit log.")
    @ApiResponse(responseCode = "200", description = "The pupil")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "404", description = "No such pupil, or none the caller is related to",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
    Student read(@PathVariable UUID id) {
        var member = CurrentMember.require();
        PupilRecord record = records.read(member, new PupilId(id));
        PupilSummary p = record.pupil();
        List<Guardian> guardians = member.staffId() == null ? null
                : record.guardians().stream().map(Guardian::of).toList();
        return new Student(p.id().value(), p.firstName(), p.lastName(), p.divisionName(), record.birthDate(),
                guardians);
    }
}
