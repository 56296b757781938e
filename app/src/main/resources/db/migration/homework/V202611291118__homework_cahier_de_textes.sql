-- Cahier de textes (one entry per lesson: what was done, and the travail à faire given) and remise de copies
-- (pupils' hand-ins, kept in every version, and the teacher's corrections). Lessons and people belong to other
-- modules: their ids and names are copied in, never referenced by foreign key. Files live in FileStorage; only
-- their keys and metadata are here.

-- A lesson as the cahier de textes records it: the timetable's occurrence (when known) or a teaching assignment
-- and a date chosen by the teacher, with subject, division or group and teacher copied in.
CREATE TABLE homework_lesson_entries (
    school_id              uuid NOT NULL REFERENCES schools,
    id                     uuid NOT NULL,
    occurrence_id          uuid,
    teaching_assignment_id uuid,
    lesson_date            date NOT NULL,
    starts_at              time,
    subject_id             uuid NOT NULL,
    subject_name           varchar(100) NOT NULL,
    division_id            uuid,
    group_id               uuid,
    target_name            varchar(50) NOT NULL,
    teacher_id             uuid NOT NULL,
    teacher_name           varchar(200) NOT NULL,
    content                text NOT NULL DEFAULT '',
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    CHECK ((division_id IS NULL) <> (group_id IS NULL))
);
CREATE UNIQUE INDEX homework_lesson_entries_one_per_occurrence
    ON homework_lesson_entries (school_id, occurrence_id, lesson_date) WHERE occurrence_id IS NOT NULL;
CREATE INDEX homework_lesson_entries_by_teacher ON homework_lesson_entries (school_id, teacher_id, lesson_date);

-- Travail à faire, given in a lesson, due on a day; may ask for a file to be handed in before a deadline.
CREATE TABLE homework (
    school_id         uuid NOT NULL,
    id                uuid NOT NULL,
    lesson_entry_id   uuid NOT NULL,
    given_on          date NOT NULL,
    due_on            date NOT NULL CHECK (due_on >= given_on),
    description       text NOT NULL CHECK (length(description) > 0),
    estimated_minutes smallint NOT NULL CHECK (estimated_minutes BETWEEN 0 AND 600),
    hand_in_required  boolean NOT NULL DEFAULT false,
    hand_in_deadline  timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    CHECK (hand_in_required = (hand_in_deadline IS NOT NULL)),
    FOREIGN KEY (school_id, lesson_entry_id) REFERENCES homework_lesson_entries (school_id, id) ON DELETE CASCADE
);
CREATE INDEX homework_by_lesson_entry ON homework (school_id, lesson_entry_id);
CREATE INDEX homework_by_due_date ON homework (school_id, due_on);

-- Files the teacher joins to a homework (worksheets, documents).
CREATE TABLE homework_attachments (
    school_id    uuid NOT NULL,
    id           uuid NOT NULL,
    homework_id  uuid NOT NULL,
    file_key     varchar(200) NOT NULL,
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint NOT NULL,
    sha256       char(64) NOT NULL,
    uploaded_by  uuid NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, homework_id) REFERENCES homework (school_id, id) ON DELETE CASCADE
);
CREATE INDEX homework_attachments_by_homework ON homework_attachments (school_id, homework_id);

-- A pupil's hand-in: every upload is a new version, none is ever replaced.
CREATE TABLE homework_submissions (
    school_id    uuid NOT NULL,
    id           uuid NOT NULL,
    homework_id  uuid NOT NULL,
    pupil_id     uuid NOT NULL,
    version      int NOT NULL CHECK (version > 0),
    file_key     varchar(200) NOT NULL,
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint NOT NULL,
    sha256       char(64) NOT NULL,
    submitted_by uuid NOT NULL,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    late         boolean NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, homework_id, pupil_id, version),
    FOREIGN KEY (school_id, homework_id) REFERENCES homework (school_id, id)
);

-- The teacher's return of a hand-in: a mark, a comment and a corrected file; the latest one counts.
CREATE TABLE homework_returns (
    school_id    uuid NOT NULL,
    id           uuid NOT NULL,
    homework_id  uuid NOT NULL,
    pupil_id     uuid NOT NULL,
    mark         numeric(4, 2) CHECK (mark BETWEEN 0 AND 20),
    comment      text NOT NULL DEFAULT '',
    file_key     varchar(200),
    file_name    varchar(255),
    content_type varchar(100),
    size_bytes   bigint,
    returned_by  uuid NOT NULL,
    returned_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, homework_id) REFERENCES homework (school_id, id)
);
CREATE INDEX homework_returns_by_homework ON homework_returns (school_id, homework_id, pupil_id, returned_at);

-- The pupil's own "fait" tick in their list of travail à faire.
CREATE TABLE homework_done (
    school_id   uuid NOT NULL,
    homework_id uuid NOT NULL,
    pupil_id    uuid NOT NULL,
    done_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, homework_id, pupil_id),
    FOREIGN KEY (school_id, homework_id) REFERENCES homework (school_id, id) ON DELETE CASCADE
);

SELECT preau_enable_tenant_isolation(t)
FROM unnest(ARRAY['homework_lesson_entries', 'homework', 'homework_attachments', 'homework_submissions',
                  'homework_returns', 'homework_done']::regclass[]) AS t;
