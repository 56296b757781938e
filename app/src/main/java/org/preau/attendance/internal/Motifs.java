package org.preau.attendance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current school's absence motifs; a school without any gets the usual French list on first use. */
@Repository
public class Motifs {

    /** The defaults: name, justifies, counts on the report card. */
    private static final List<Motif> DEFAULTS = List.of(
            new Motif(Ids.newId(), "Maladie", true, true, 1, true),
            new Motif(Ids.newId(), "Rendez-vous médical", true, true, 2, true),
            new Motif(Ids.newId(), "Raison familiale", true, true, 3, true),
            new Motif(Ids.newId(), "Transport", true, true, 4, true),
            new Motif(Ids.newId(), "Convocation", true, false, 5, true),
            new Motif(Ids.newId(), "Activité de l'établissement", true, false, 6, true),
            new Motif(Ids.newId(), "Sans motif", false, true, 7, true),
            new Motif(Ids.newId(), "Motif non recevable", false, true, 8, true));

    private static final RowMapper<Motif> MOTIF = (rs, i) -> new Motif(rs.getObject("id", UUID.class),
            rs.getString("name"), rs.getBoolean("justifies"), rs.getBoolean("counts_on_report"),
            rs.getInt("position"), rs.getBoolean("active"));

    private final JdbcClient jdbc;

    Motifs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every motif of the school, active or not, in display order. */
    @Transactional
    public List<Motif> all() {
        ensureDefaults();
        return jdbc.sql("select * from absence_motifs where school_id = ? order by position, name")
                .param(school()).query(MOTIF).list();
    }

    public List<Motif> active() {
        return all().stream().filter(Motif::active).toList();
    }

    /** The motifs a family may choose when justifying: active ones that justify. */
    public List<Motif> forFamilies() {
        return active().stream().filter(Motif::justifies).toList();
    }

    public Optional<Motif> find(UUID id) {
        return jdbc.sql("select * from absence_motifs where school_id = ? and id = ?")
                .param(school()).param(id).query(MOTIF).optional();
    }

    @Transactional
    public Motif add(String name, boolean justifies, boolean countsOnReport) {
        ensureDefaults();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from absence_motifs where school_id = ?")
                .param(school()).query(Integer.class).single();
        Motif motif = new Motif(Ids.newId(), name.strip(), justifies, countsOnReport, position, true);
        insert(motif);
        return motif;
    }

    public void update(UUID id, boolean justifies, boolean countsOnReport, boolean active) {
        jdbc.sql("""
                        update absence_motifs set justifies = ?, counts_on_report = ?, active = ?
                        where school_id = ? and id = ?""")
                .param(justifies).param(countsOnReport).param(active).param(school()).param(id).update();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from absence_motifs where school_id = ? and lower(name) = lower(?)")
                .param(school()).param(name.strip()).query(Long.class).single() > 0;
    }

    /** Adds the default motifs to a school that has none (safe to call concurrently). */
    @Transactional
    public void ensureDefaults() {
        boolean any = jdbc.sql("select exists (select 1 from absence_motifs where school_id = ?)")
                .param(school()).query(Boolean.class).single();
        if (!any) {
            DEFAULTS.forEach(m -> insert(new Motif(Ids.newId(), m.name(), m.justifies(), m.countsOnReport(),
                    m.position(), true)));
        }
    }

    private void insert(Motif motif) {
        jdbc.sql("""
                        insert into absence_motifs (school_id, id, name, justifies, counts_on_report, position, active)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (school_id, name) do nothing""")
                .param(school()).param(motif.id()).param(motif.name()).param(motif.justifies())
                .param(motif.countsOnReport()).param(motif.position()).param(motif.active()).update();
    }

    private static UUID school() {
        return TenantContext.require().value();
    }
}
