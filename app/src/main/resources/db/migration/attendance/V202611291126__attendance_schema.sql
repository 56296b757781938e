-- Attendance (vie scolaire): roll calls per lesson occurrence, absences and retards, motifs, justifications,
-- family contacts and absenteeism alerts. Lessons are referred to by the timetable's opaque occurrence id and a
-- copy of what the roll call needs (times, division or group, teacher): no foreign key into another module.

-- Why a pupil was absent; each school configures its own list (defaults are added on first use).
CREATE TABLE absence_motifs (
    school_id        uuid NOT NULL,
    id               uuid NOT NULL,
    name             varchar(100) NOT NULL,
    justifies        boolean NOT NULL,
    counts_on_report boolean NOT NULL,
    position         smallint NOT NULL,
    active           boolean NOT NULL DEFAULT true,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, name)
);

-- One roll call (appel) per lesson occurrence, taken by its teacher(s) (two in co-enseignement); completed_at is
-- "appel fait".
CREATE TABLE roll_calls (
    school_id     uuid NOT NULL,
    lesson_id     uuid NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL CHECK (ends_at > starts_at),
    division_id   uuid,
    group_id      uuid,
    teacher_ids   uuid[] NOT NULL CHECK (cardinality(teacher_ids) > 0),
    label         varchar(200) NOT NULL,
    completed_at  timestamptz,
    completed_by  uuid,
    PRIMARY KEY (school_id, lesson_id),
    CHECK ((division_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX roll_calls_by_start ON roll_calls (school_id, starts_at);

-- Absences and retards: from a roll call (lesson_id set) or entered by vie scolaire over a date-time range.
CREATE TABLE absences (
    school_id     uuid NOT NULL,
    id            uuid NOT NULL,
    pupil_id      uuid NOT NULL,
    kind          varchar(10) NOT NULL CHECK (kind IN ('ABSENCE', 'RETARD')),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL CHECK (ends_at > starts_at),
    late_minutes  smallint CHECK (late_minutes IS NULL OR late_minutes > 0),
    lesson_id     uuid,
    motif_id      uuid,
    justified     boolean NOT NULL DEFAULT false,
    comment       varchar(500),
    recorded_by   uuid NOT NULL,
    recorded_at   timestamptz NOT NULL,
    justified_by  uuid,
    justified_at  timestamptz,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, lesson_id, pupil_id),
    FOREIGN KEY (school_id, motif_id) REFERENCES absence_motifs (school_id, id),
    FOREIGN KEY (school_id, lesson_id) REFERENCES roll_calls (school_id, lesson_id)
);
CREATE INDEX absences_by_pupil ON absences (school_id, pupil_id, starts_at);
CREATE INDEX absences_by_start ON absences (school_id, starts_at);

-- Each mark of a roll call as last sent by the teacher's phone; marked_at (the phone's clock) lets a late retry
-- of an older mark lose against a newer one.
CREATE TABLE roll_call_marks (
    school_id    uuid NOT NULL,
    lesson_id    uuid NOT NULL,
    pupil_id     uuid NOT NULL,
    status       varchar(10) NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'RETARD')),
    late_minutes smallint,
    marked_at    timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (school_id, lesson_id, pupil_id),
    FOREIGN KEY (school_id, lesson_id) REFERENCES roll_calls (school_id, lesson_id) ON DELETE CASCADE
);

-- Supporting documents of a justification (kept by FileStorage; only the key and metadata here).
CREATE TABLE absence_documents (
    school_id     uuid NOT NULL,
    id            uuid NOT NULL,
    absence_id    uuid NOT NULL,
    storage_key   varchar(200) NOT NULL,
    original_name varchar(255) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    bigint NOT NULL,
    sha256        char(64) NOT NULL,
    uploaded_by   uuid NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, absence_id) REFERENCES absences (school_id, id) ON DELETE CASCADE
);
CREATE INDEX absence_documents_by_absence ON absence_documents (school_id, absence_id);

-- Calls, mails and messages to a pupil's family by vie scolaire. absence_id is a hint only (no foreign key): the
-- contact stays on record if a teacher later corrects the mark and the absence disappears.
CREATE TABLE family_contacts (
    school_id    uuid NOT NULL,
    id           uuid NOT NULL,
    pupil_id     uuid NOT NULL,
    absence_id   uuid,
    channel      varchar(10) NOT NULL CHECK (channel IN ('TELEPHONE', 'MAIL', 'MESSAGE')),
    note         varchar(1000) NOT NULL,
    contacted_by uuid NOT NULL,
    contacted_at timestamptz NOT NULL,
    PRIMARY KEY (school_id, id)
);
CREATE INDEX family_contacts_by_pupil ON family_contacts (school_id, pupil_id, contacted_at);

-- Absentéisme: a pupil reached the threshold of unjustified half-days in a month (raised once per month).
CREATE TABLE absenteeism_alerts (
    school_id   uuid NOT NULL,
    id          uuid NOT NULL,
    pupil_id    uuid NOT NULL,
    month       date NOT NULL CHECK (extract(day FROM month) = 1),
    half_days   smallint NOT NULL,
    raised_at   timestamptz NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, pupil_id, month)
);

SELECT preau_enable_tenant_isolation(t)
FROM unnest(ARRAY['absence_motifs', 'roll_calls', 'absences', 'roll_call_marks', 'absence_documents',
                  'family_contacts', 'absenteeism_alerts']::regclass[]) AS t;
