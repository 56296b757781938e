package org.preau.homework;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.preau.homework.internal.Corrections;
import org.preau.homework.internal.FileKeeper;
import org.preau.homework.internal.FileRules;
import org.preau.homework.internal.HomeworkAccess;
import org.preau.homework.internal.HomeworkStore;
import org.preau.homework.internal.Submissions;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilNotVisibleException;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remise de copies: pupils hand in files for homework that asks for them (late after the deadline, every
 * version kept); the teacher reads them all, downloads them in one zip and returns a mark, a comment and a
 * corrected file. Files are durably stored before anything is acknowledged or recorded.
 */
@Service
public class HandIns {

    private final HomeworkStore homework;
    private final Submissions submissions;
    private final Corrections corrections;
    private final FileKeeper files;
    private final FileRules rules;
    private final HomeworkAccess access;
    private final PupilAccess pupils;
    private final SchoolStructure structure;
    private final TransactionTemplate tx;

    HandIns(HomeworkStore homework, Submissions submissions, Corrections corrections, FileKeeper files,
            FileRules rules, HomeworkAccess access, PupilAccess pupils, SchoolStructure structure,
            TransactionTemplate tx) {
        this.homework = homework;
        this.submissions = submissions;
        this.corrections = corrections;
        this.files = files;
        this.rules = rules;
        this.access = access;
        this.pupils = pupils;
        this.structure = structure;
        this.tx = tx;
    }

    /**
     * The pupil hands in a file. Only the pupil themself may (403 for their parents and teachers, 404 for anyone
     * else), for homework of their class that asks for a hand-in. Returns once the file is stored and recorded.
     */
    public SubmissionVersion submit(Member member, PupilId pupil, HomeworkId id, UploadedFile file) {
        HomeworkStore.Row row = tx.execute(status -> handInFor(member, pupil, id));
        String contentType = rules.check(file);
        String name = FileRules.cleanName(file.fileName());
        return files.storeThenRecord(file, stored -> tx.execute(status -> {
            rules.checkStoredSize(stored.size());
            return submissions.insertNextVersion(row.id(), pupil, stored, name, contentType, member.accountId(),
                    row.handInDeadline());
        }));
    }

    /** Every pupil of the homework's class with their hand-in versions and return; for its teacher or staff. */
    @Transactional(readOnly = true)
    public List<PupilHandIn> handInsOf(Member member, HomeworkId id) {
        HomeworkStore.Row row = readableByTeacher(member, id);
        Map<PupilId, List<Submissions.Stored>> versions = submissions.ofHomework(id);
        Map<PupilId, CorrectionView> returned = corrections.latestOf(id);
        List<PupilSummary> audience = new ArrayList<>(row.target().division() != null
                ? structure.pupilsOfDivision(row.target().division()) : structure.pupilsOfGroup(row.target().group()));
        Set<PupilId> listed = new HashSet<>(audience.stream().map(PupilSummary::id).toList());
        versions.keySet().stream().filter(p -> !listed.contains(p))
                .forEach(p -> pupils.find(p).ifPresent(audience::add)); // pupils who changed class since
        return audience.stream().map(p -> new PupilHandIn(p,
                versions.getOrDefault(p.id(), List.of()).stream().map(Submissions.Stored::version).toList(),
                returned.get(p.id()))).toList();
    }

    /**
     * Writes every hand-in of a homework as one zip: each pupil's latest version under their name, earlier ones
     * in a "versions précédentes" folder. Streams file by file; nothing is held in memory.
     */
    public void writeZip(Member member, HomeworkId id, OutputStream out) throws IOException {
        List<ZipItem> items = tx.execute(status -> zipItems(member, id));
        Set<String> names = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipItem item : items) {
                zip.putNextEntry(new ZipEntry(unique(names, item.path())));
                try (InputStream in = files.open(item.key())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** The teacher returns a hand-in: a mark out of 20, a comment and optionally a corrected file. */
    public CorrectionId returnCorrection(Member member, HomeworkId id, PupilId pupil, @Nullable BigDecimal mark,
                                         String comment, @Nullable UploadedFile corrected) {
        tx.executeWithoutResult(status -> {
            HomeworkStore.Row row = ownHomework(member, id);
            if (!access.concerns(row.target(), pupil) && submissions.ofHomework(id).get(pupil) == null) {
                throw new HomeworkNotFoundException("pupil of this class");
            }
        });
        if (mark != null && (mark.signum() < 0 || mark.compareTo(BigDecimal.valueOf(20)) > 0)) {
            throw new IllegalArgumentException("A mark is between 0 and 20");
        }
        if (corrected == null) {
            return tx.execute(status -> corrections.insert(id, pupil, mark, comment.strip(), null, member.accountId()));
        }
        String contentType = rules.check(corrected);
        String name = FileRules.cleanName(corrected.fileName());
        return files.storeThenRecord(corrected, stored -> tx.execute(status -> {
            rules.checkStoredSize(stored.size());
            return corrections.insert(id, pupil, mark, comment.strip(),
                    new Corrections.CorrectedFile(stored, name, contentType), member.accountId());
        }));
    }

    /** One version of a hand-in: for the pupil, their parents, the homework's teacher and the school's staff. */
    @Transactional(readOnly = true)
    public FileDownload submissionFile(Member member, SubmissionId id) {
        Submissions.Stored stored = submissions.find(id).orElseThrow(() -> new HomeworkNotFoundException("file"));
        requireMayReadPupilsWork(member, stored.homework(), stored.pupil());
        SubmissionVersion v = stored.version();
        return new FileDownload(v.fileName(), v.contentType(), v.size(), () -> files.open(stored.key()));
    }

    /** The corrected file of a return, for the same readers as the hand-in. */
    @Transactional(readOnly = true)
    public FileDownload correctionFile(Member member, CorrectionId id) {
        Corrections.Stored stored = corrections.find(id).filter(c -> c.key() != null)
                .orElseThrow(() -> new HomeworkNotFoundException("file"));
        requireMayReadPupilsWork(member, stored.homework(), stored.pupil());
        FileView file = stored.view().file();
        String key = stored.key();
        return new FileDownload(file.fileName(), file.contentType(), file.size(), () -> files.open(key));
    }

    private record ZipItem(String path, String key) {
    }

    private List<ZipItem> zipItems(Member member, HomeworkId id) {
        List<ZipItem> items = new ArrayList<>();
        List<PupilHandIn> handIns = handInsOf(member, id);
        Map<PupilId, List<Submissions.Stored>> stored = submissions.ofHomework(id);
        for (PupilHandIn handIn : handIns) {
            List<SubmissionVersion> versions = handIn.versions();
            for (Submissions.Stored s : stored.getOrDefault(handIn.pupil().id(), List.of())) {
                String who = safe(handIn.pupil().listName());
                String late = s.version().late() ? " (en retard)" : "";
                boolean latest = s.version().version() == versions.getFirst().version();
                items.add(new ZipItem(latest ? who + late + " - " + s.version().fileName()
                        : "versions précédentes/" + who + "/v" + s.version().version() + late + " - "
                        + s.version().fileName(), s.key()));
            }
        }
        return items;
    }

    private HomeworkStore.Row handInFor(Member member, PupilId pupil, HomeworkId id) {
        if (!pupil.value().equals(member.pupilId())) {
            if (pupils.canSee(member, pupil)) {
                throw new HomeworkDeniedException("Only the pupil hands in their own work");
            }
            throw new PupilNotVisibleException(pupil);
        }
        HomeworkStore.Row row = homework.find(id).filter(r -> access.concerns(r.target(), pupil))
                .orElseThrow(() -> new HomeworkNotFoundException("homework"));
        if (!row.handInRequired()) {
            throw new HomeworkNotFoundException("hand-in for this homework");
        }
        return row;
    }

    private HomeworkStore.Row readableByTeacher(Member member, HomeworkId id) {
        HomeworkStore.Row row = homework.find(id).orElseThrow(() -> new HomeworkNotFoundException("homework"));
        if (!row.teacherId().value().equals(member.staffId()) && !member.seesWholeSchool()) {
            throw new HomeworkDeniedException("Not your homework");
        }
        return row;
    }

    private HomeworkStore.Row ownHomework(Member member, HomeworkId id) {
        HomeworkStore.Row row = homework.find(id).orElseThrow(() -> new HomeworkNotFoundException("homework"));
        if (!member.has(Role.PROFESSEUR) || !row.teacherId().value().equals(member.staffId())) {
            throw new HomeworkDeniedException("Not your homework");
        }
        return row;
    }

    private void requireMayReadPupilsWork(Member member, HomeworkId homeworkId, PupilId pupil) {
        HomeworkStore.Row row = homework.find(homeworkId).orElseThrow();
        boolean self = pupil.value().equals(member.pupilId());
        boolean parent = member.has(Role.PARENT) && pupils.childrenOf(member).stream().anyMatch(c -> c.id().equals(pupil));
        boolean teacher = row.teacherId().value().equals(member.staffId());
        if (!self && !parent && !teacher && !member.seesWholeSchool()) {
            throw new HomeworkNotFoundException("file");
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_");
    }

    private static String unique(Set<String> names, String path) {
        String candidate = path;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = path + " (" + i + ")";
        }
        return candidate;
    }
}
