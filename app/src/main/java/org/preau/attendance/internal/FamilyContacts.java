package org.preau.attendance.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.PupilId;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vie scolaire's record of calls, mails and messages to a pupil's family. */
@Service
public class FamilyContacts {

    public enum Channel { TELEPHONE, MAIL, MESSAGE }

    public record Contact(UUID id, PupilId pupil, @Nullable UUID absenceId, Channel channel, String note,
                          Instant contactedAt) {
    }

    private final JdbcClient jdbc;
    private final AttendanceAccess access;

    FamilyContacts(JdbcClient jdbc, AttendanceAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional
    public Contact record(Member member, PupilId pupil, @Nullable UUID absenceId, Channel channel, String note) {
        access.requireVieScolaire(member);
        access.requireCanSee(member, pupil);
        if (note.isBlank() || note.length() > 1000) {
            throw new AttendanceRejected(HttpStatus.BAD_REQUEST, "contact.error.note", "A note of 1 to 1000 characters");
        }
        Contact contact = new Contact(Ids.newId(), pupil, absenceId, channel, note.strip(), Instant.now());
        jdbc.sql("""
                        insert into family_contacts (school_id, id, pupil_id, absence_id, channel, note, contacted_by,
                                                     contacted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(TenantContext.require().value()).param(contact.id()).param(pupil.value()).param(absenceId)
                .param(channel.name()).param(contact.note()).param(member.accountId())
                .param(AbsenceBook.utc(contact.contactedAt())).update();
        return contact;
    }

    public List<Contact> of(Member member, PupilId pupil) {
        access.requireVieScolaire(member);
        return jdbc.sql("""
                        select * from family_contacts where school_id = ? and pupil_id = ? order by contacted_at desc""")
                .param(TenantContext.require().value()).param(pupil.value())
                .query((rs, i) -> new Contact(rs.getObject("id", UUID.class), pupil,
                        rs.getObject("absence_id", UUID.class), Channel.valueOf(rs.getString("channel")),
                        rs.getString("note"), rs.getObject("contacted_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
