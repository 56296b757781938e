-- Grades: evaluations (devoirs) set by a teacher for a division or group they teach, the marks of each pupil,
-- and assessments of the compétences du socle commun. School-owned: school_id first in every key, RLS backstop.

-- The school's grading settings: how long after an evaluation is created its marks stay hidden from parents and
-- pupils by default (the teacher may choose another publication time per evaluation).
CREATE TABLE grading_settings (
    school_id                 uuid NOT NULL REFERENCES schools,
    default_publication_delay interval NOT NULL DEFAULT interval '2 days'
        CHECK (default_publication_delay >= interval '0'),
    PRIMARY KEY (school_id)
);

CREATE TABLE evaluations (
    school_id    uuid NOT NULL,
    id           uuid NOT NULL,
    teacher_id   uuid NOT NULL,
    subject_id   uuid NOT NULL,
    division_id  uuid,
    group_id     uuid,
    period_id    uuid NOT NULL,
    title        varchar(200) NOT NULL,
    held_on      date NOT NULL,
    -- the mark is out of this (20 most often, sometimes 10, 40…); averages normalise to /20
    scale        numeric(5, 2) NOT NULL CHECK (scale > 0),
    coefficient  numeric(4, 2) NOT NULL CHECK (coefficient > 0),
    -- marks are hidden from parents and pupils before this instant (embargo)
    published_at timestamptz NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    CHECK ((division_id IS NULL) <> (group_id IS NULL)),
    FOREIGN KEY (school_id, teacher_id) REFERENCES staff (school_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id),
    FOREIGN KEY (school_id, division_id) REFERENCES divisions (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, group_id) REFERENCES groups (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, period_id) REFERENCES periods (school_id, id)
);
CREATE INDEX evaluations_by_period_division ON evaluations (school_id, period_id, division_id);
CREATE INDEX evaluations_by_teacher ON evaluations (school_id, teacher_id);

-- One pupil's result in one evaluation: a number on the evaluation's scale, or a special value
-- (ABS absent, DISP dispensé, NN non noté) that never counts in an average.
CREATE TABLE marks (
    school_id     uuid NOT NULL,
    evaluation_id uuid NOT NULL,
    pupil_id      uuid NOT NULL,
    score         numeric(5, 2) CHECK (score >= 0),
    special       varchar(4) CHECK (special IN ('ABS', 'DISP', 'NN')),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, evaluation_id, pupil_id),
    CHECK ((score IS NULL) <> (special IS NULL)),
    FOREIGN KEY (school_id, evaluation_id) REFERENCES evaluations (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id) ON DELETE CASCADE
);
CREATE INDEX marks_by_pupil ON marks (school_id, pupil_id);

-- Compétences du socle commun on the national 4-level scale (1 maîtrise insuffisante … 4 très bonne maîtrise),
-- assessed within an evaluation or on their own. component is the LSU code of the socle's component
-- (CPD_FRA, CPD_ETR, CPD_SCI, CPD_ART, MET_APP, FRM_CIT, SYS_NAT, REP_MND).
CREATE TABLE competence_assessments (
    school_id     uuid NOT NULL,
    id            uuid NOT NULL,
    pupil_id      uuid NOT NULL,
    component     varchar(10) NOT NULL
        CHECK (component IN ('CPD_FRA', 'CPD_ETR', 'CPD_SCI', 'CPD_ART', 'MET_APP', 'FRM_CIT', 'SYS_NAT', 'REP_MND')),
    level         smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
    evaluation_id uuid,
    subject_id    uuid NOT NULL,
    teacher_id    uuid NOT NULL,
    period_id     uuid NOT NULL,
    assessed_on   date NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, evaluation_id, pupil_id, component),
    FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, evaluation_id) REFERENCES evaluations (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id),
    FOREIGN KEY (school_id, teacher_id) REFERENCES staff (school_id, id),
    FOREIGN KEY (school_id, period_id) REFERENCES periods (school_id, id)
);
CREATE INDEX competence_assessments_by_pupil ON competence_assessments (school_id, pupil_id, period_id);

SELECT preau_enable_tenant_isolation(t)
FROM unnest(ARRAY['grading_settings', 'evaluations', 'marks', 'competence_assessments']::regclass[]) AS t;
