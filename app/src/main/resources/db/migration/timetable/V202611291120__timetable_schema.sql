-- Timetables: the school's day structure and teachers' wishes (inputs), solving jobs and their progress, base
-- timetables (solver answers) with pins, their publication as dated lesson occurrences, the changes made week by
-- week, teacher absences and secret calendar feeds. School-owned: school_id first in every key.

-- The day structure of a school: teaching days, holiday zone and the créneaux of a day.
CREATE TABLE timetable_settings (
    school_id     uuid NOT NULL REFERENCES schools,
    id            uuid NOT NULL,
    days          varchar(20) NOT NULL,            -- ISO days of week taught, "1,2,3,4,5"
    holiday_zone  char(1) NOT NULL CHECK (holiday_zone IN ('A', 'B', 'C')),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id)
);
CREATE UNIQUE INDEX timetable_settings_one_per_school ON timetable_settings (school_id);

CREATE TABLE timetable_periods (
    school_id  uuid NOT NULL REFERENCES schools,
    id         uuid NOT NULL,
    position   smallint NOT NULL,
    name       varchar(20) NOT NULL,
    starts_at  time NOT NULL,
    ends_at    time NOT NULL CHECK (ends_at > starts_at),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, position)
);

-- Slots without lessons for everybody (Wednesday afternoon).
CREATE TABLE timetable_closed_slots (
    school_id   uuid NOT NULL REFERENCES schools,
    id          uuid NOT NULL,
    day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    position    smallint NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, day_of_week, position)
);

-- A teacher's unavailability (hard) or wish not to teach (soft) in one slot, entered by direction.
CREATE TABLE timetable_teacher_wishes (
    school_id   uuid NOT NULL,
    id          uuid NOT NULL,
    teacher_id  uuid NOT NULL,
    day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    position    smallint NOT NULL,
    kind        varchar(12) NOT NULL CHECK (kind IN ('UNAVAILABLE', 'AVOID')),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, teacher_id, day_of_week, position),
    FOREIGN KEY (school_id, teacher_id) REFERENCES staff (school_id, id) ON DELETE CASCADE
);

-- A solving job and its latest progress: any node can report it, the job itself runs in db-scheduler.
CREATE TABLE timetable_solve_jobs (
    school_id        uuid NOT NULL REFERENCES schools,
    id               uuid NOT NULL,
    status           varchar(12) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    requested_by     varchar(200) NOT NULL,
    requested_at     timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    time_limit_s     int NOT NULL,
    seed             bigint NOT NULL,
    cancel_requested boolean NOT NULL DEFAULT false,
    elapsed_s        numeric(8, 1) NOT NULL DEFAULT 0,
    lessons          int NOT NULL DEFAULT 0,
    placed           int NOT NULL DEFAULT 0,
    hard_violations  bigint NOT NULL DEFAULT 0,
    soft_penalty     numeric(12, 2) NOT NULL DEFAULT 0,
    timetable_id     uuid,
    message          text,
    PRIMARY KEY (school_id, id)
);

-- A base timetable: the repeating week the solver produced (possibly partial), kept as a version.
CREATE TABLE timetables (
    school_id       uuid NOT NULL REFERENCES schools,
    id              uuid NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    job_id          uuid,
    lessons         int NOT NULL,
    placed          int NOT NULL,
    hard_violations bigint NOT NULL,
    soft_penalty    numeric(12, 2) NOT NULL,
    explanations    text NOT NULL DEFAULT '',
    PRIMARY KEY (school_id, id)
);

-- One lesson of a base timetable; lesson_key is stable across solves (teaching assignment + index).
CREATE TABLE timetable_lessons (
    school_id      uuid NOT NULL,
    id             uuid NOT NULL,
    timetable_id   uuid NOT NULL,
    lesson_key     varchar(80) NOT NULL,
    assignment_id  uuid NOT NULL,
    subject_id     uuid NOT NULL,
    teacher_id     uuid NOT NULL,
    division_id    uuid,
    group_id       uuid,
    week           char(1) CHECK (week IN ('A', 'B')),
    day_of_week    smallint,
    position       smallint,
    room_id        uuid,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, timetable_id, lesson_key),
    FOREIGN KEY (school_id, timetable_id) REFERENCES timetables (school_id, id) ON DELETE CASCADE
);

-- Lessons direction fixed in place; every solve keeps them there.
CREATE TABLE timetable_pins (
    school_id   uuid NOT NULL REFERENCES schools,
    id          uuid NOT NULL,
    lesson_key  varchar(80) NOT NULL,
    day_of_week smallint NOT NULL,
    position    smallint NOT NULL,
    room_id     uuid,
    pinned_by   varchar(200) NOT NULL,
    pinned_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, lesson_key)
);

-- A base timetable published over dates: its lessons become dated occurrences.
CREATE TABLE timetable_publications (
    school_id     uuid NOT NULL REFERENCES schools,
    id            uuid NOT NULL,
    timetable_id  uuid NOT NULL,
    starts_on     date NOT NULL,
    ends_on       date NOT NULL,
    first_week    char(1) NOT NULL CHECK (first_week IN ('A', 'B')),
    published_by  varchar(200) NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT now(),
    active        boolean NOT NULL DEFAULT true,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, timetable_id) REFERENCES timetables (school_id, id)
);

-- One dated lesson (a "cours" on a given day). The id is stable: calendar UIDs are made from it.
CREATE TABLE lesson_occurrences (
    school_id              uuid NOT NULL,
    id                     uuid NOT NULL,
    publication_id         uuid NOT NULL,
    lesson_key             varchar(80),
    on_date                date NOT NULL,
    starts_at              timestamptz NOT NULL,
    ends_at                timestamptz NOT NULL,
    week                   char(1) CHECK (week IN ('A', 'B')),
    subject_id             uuid NOT NULL,
    teacher_id             uuid NOT NULL,
    replacement_teacher_id uuid,
    division_id            uuid,
    group_id               uuid,
    room_id                uuid,
    status                 varchar(12) NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED', 'MOVED', 'REPLACED',
                                                                  'ROOM_CHANGED', 'EXTRA')),
    sequence               int NOT NULL DEFAULT 0,
    original_starts_at     timestamptz,
    updated_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, publication_id) REFERENCES timetable_publications (school_id, id) ON DELETE CASCADE
);
CREATE INDEX lesson_occurrences_by_time ON lesson_occurrences (school_id, starts_at);
CREATE INDEX lesson_occurrences_by_teacher ON lesson_occurrences (school_id, teacher_id, starts_at);
CREATE INDEX lesson_occurrences_by_division ON lesson_occurrences (school_id, division_id, starts_at);
CREATE INDEX lesson_occurrences_by_group ON lesson_occurrences (school_id, group_id, starts_at);

-- Every change to an occurrence: who, when, why; the full history of a week.
CREATE TABLE lesson_changes (
    school_id      uuid NOT NULL,
    id             uuid NOT NULL,
    occurrence_id  uuid NOT NULL,
    kind           varchar(20) NOT NULL,
    reason         text NOT NULL DEFAULT '',
    detail         text NOT NULL DEFAULT '',
    changed_by     varchar(200) NOT NULL,
    changed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, occurrence_id) REFERENCES lesson_occurrences (school_id, id) ON DELETE CASCADE
);
CREATE INDEX lesson_changes_by_occurrence ON lesson_changes (school_id, occurrence_id);

CREATE TABLE teacher_absences (
    school_id    uuid NOT NULL,
    id           uuid NOT NULL,
    teacher_id   uuid NOT NULL,
    starts_on    date NOT NULL,
    ends_on      date NOT NULL CHECK (ends_on >= starts_on),
    reason       text NOT NULL DEFAULT '',
    recorded_by  varchar(200) NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, teacher_id) REFERENCES staff (school_id, id)
);

-- Secret calendar feed URLs (no login): one random token per feed, revocable.
CREATE TABLE calendar_feeds (
    school_id   uuid NOT NULL REFERENCES schools,
    id          uuid NOT NULL,
    scope       varchar(10) NOT NULL CHECK (scope IN ('PUPIL', 'TEACHER', 'DIVISION', 'ROOM')),
    target_id   uuid NOT NULL,
    token       varchar(64) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, scope, target_id),
    UNIQUE (school_id, token)
);

SELECT preau_enable_tenant_isolation(t)
FROM unnest(ARRAY['timetable_settings', 'timetable_periods', 'timetable_closed_slots', 'timetable_teacher_wishes',
                  'timetable_solve_jobs', 'timetables', 'timetable_lessons', 'timetable_pins',
                  'timetable_publications', 'lesson_occurrences', 'lesson_changes', 'teacher_absences',
                  'calendar_feeds']::regclass[]) AS t;
