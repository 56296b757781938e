package org.preau.reportcards.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.platform.files.FileStorage;
import org.preau.reportcards.BatchView;
import org.preau.reportcards.ReportCardView;
import org.preau.school.DivisionId;
import org.preau.school.PeriodId;
import org.preau.school.PeriodView;
import org.preau.school.SchoolStructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * A division's report cards as a zip of PDFs, made by a background job (db-scheduler) that records its progress
 * pupil by pupil so that the page can show it; the zip goes to the file storage.
 */
@Component
public class ReportCardBatches {

    /** What the job needs: which school (the job runs for it) and which batch. */
    public record Request(UUID school, UUID batch) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private static final Logger log = LoggerFactory.getLogger(ReportCardBatches.class);

    private final JdbcClient jdbc;
    private final ReportCardAssembler assembler;
    private final ReportCardPdf pdf;
    private final SchoolStructure structure;
    private final FileStorage files;

    ReportCardBatches(JdbcClient jdbc, ReportCardAssembler assembler, ReportCardPdf pdf, SchoolStructure structure,
                      FileStorage files) {
        this.jdbc = jdbc;
        this.assembler = assembler;
        this.pdf = pdf;
        this.structure = structure;
        this.files = files;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /** Records a queued batch and schedules its job now. */
    public UUID start(Scheduler scheduler, OneTimeTask<Request> task, DivisionId division, PeriodId period,
                      UUID requestedBy) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into report_card_batches (school_id, id, period_id, division_id, requested_by, status)
                        values (?, ?, ?, ?, ?, 'QUEUED')""")
                .param(school()).param(id).param(period.value()).param(division.value()).param(requestedBy)
                .update();
        scheduler.schedule(task.instance(id.toString(), new Request(school(), id)), Instant.now());
        return id;
    }

    public Optional<BatchView> find(UUID batch, DivisionId division) {
        return jdbc.sql("""
                        select id, status, total, done, file_key from report_card_batches
                        where school_id = ? and id = ? and division_id = ?""")
                .param(school()).param(batch).param(division.value())
                .query((rs, i) -> new BatchView(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getInt("total"), rs.getInt("done"), rs.getString("file_key") != null))
                .optional();
    }

    /** The latest batch of a division and period, if any. */
    public Optional<BatchView> latest(DivisionId division, PeriodId period) {
        return jdbc.sql("""
                        select id, status, total, done, file_key from report_card_batches
                        where school_id = ? and division_id = ? and period_id = ? order by created_at desc limit 1""")
                .param(school()).param(division.value()).param(period.value())
                .query((rs, i) -> new BatchView(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getInt("total"), rs.getInt("done"), rs.getString("file_key") != null))
                .optional();
    }

    public InputStream openZip(UUID batch, DivisionId division) throws IOException {
        String key = jdbc.sql("""
                        select file_key from report_card_batches
                        where school_id = ? and id = ? and division_id = ? and status = 'DONE'""")
                .param(school()).param(batch).param(division.value()).query(String.class).optional()
                .orElseThrow(() -> new java.io.FileNotFoundException("No finished batch " + batch));
        return files.open(key);
    }

    /** The job: runs for the request's school. */
    void run(Request request) {
        TenantContext.runAs(new SchoolId(request.school()), () -> {
            try {
                produce(request.batch());
            } catch (RuntimeException e) {
                log.warn("Report card batch {} failed", request.batch(), e);
                jdbc.sql("""
                                update report_card_batches set status = 'FAILED', error = ?, finished_at = now()
                                where school_id = ? and id = ?""")
                        .param(String.valueOf(e.getMessage())).param(school()).param(request.batch()).update();
            }
        });
    }

    private void produce(UUID batch) {
        record Row(UUID period, UUID division) {
        }
        Row row = jdbc.sql("select period_id, division_id from report_card_batches where school_id = ? and id = ?")
                .param(school()).param(batch)
                .query((rs, i) -> new Row(rs.getObject("period_id", UUID.class), rs.getObject("division_id", UUID.class)))
                .single();
        PeriodView period = structure.periods().stream().filter(p -> p.id().value().equals(row.period()))
                .findFirst().orElseThrow(() -> new IllegalStateException("Unknown period"));
        List<ReportCardView> cards = assembler.division(new DivisionId(row.division()), period, null);
        jdbc.sql("update report_card_batches set status = 'RUNNING', total = ? where school_id = ? and id = ?")
                .param(cards.size()).param(school()).param(batch).update();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            int done = 0;
            for (ReportCardView card : cards) {
                zip.putNextEntry(new ZipEntry(fileName(card)));
                zip.write(pdf.render(card, Locale.FRENCH));
                zip.closeEntry();
                done++;
                jdbc.sql("update report_card_batches set done = ? where school_id = ? and id = ?")
                        .param(done).param(school()).param(batch).update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String key;
        try {
            key = files.store(school().toString(), new ByteArrayInputStream(zipped.toByteArray())).key();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("""
                        update report_card_batches set status = 'DONE', file_key = ?, finished_at = now()
                        where school_id = ? and id = ?""")
                .param(key).param(school()).param(batch).update();
    }

    /** "Bulletin_Trimestre-1_DUPONT_Lea.pdf": ASCII only, so every unzip tool agrees. */
    public static String fileName(ReportCardView card) {
        return ascii("Bulletin_" + card.period().name() + "_" + card.pupil().lastName() + "_"
                + card.pupil().firstName()) + ".pdf";
    }

    static String ascii(@Nullable String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+", "-");
    }
}
