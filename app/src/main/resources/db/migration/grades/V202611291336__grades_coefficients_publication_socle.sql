-- 1. Subject coefficients for the overall average (moyenne générale), set by direction; a subject without a row
--    counts with coefficient 1; 0 leaves the subject out of the overall average (its own average is still shown).
CREATE TABLE subject_coefficients (
    school_id   uuid NOT NULL,
    subject_id  uuid NOT NULL,
    coefficient numeric(4, 2) NOT NULL CHECK (coefficient >= 0 AND coefficient <= 20),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, subject_id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id) ON DELETE CASCADE
);
SELECT preau_enable_tenant_isolation('subject_coefficients');

-- 2. The school's default publication time of an evaluation's marks, Pronote-style: N days after the evaluation's
--    date, at a time of day (school time); never before the next such time of day after the evaluation is created.
--    Replaces the unused "interval after creation" column (no screen ever wrote it).
ALTER TABLE grading_settings
    ADD COLUMN publication_days smallint NOT NULL DEFAULT 1 CHECK (publication_days BETWEEN 0 AND 30),
    ADD COLUMN publication_time time NOT NULL DEFAULT '18:00',
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
    DROP COLUMN default_publication_delay;

-- 3. Compétences du socle assessed on their own (evaluation_id null): one level per pupil, component, subject and
--    period, hidden from families until published_at (same embargo as marks; for assessments within an evaluation
--    the evaluation's publication time applies and published_at stays null).
ALTER TABLE competence_assessments ADD COLUMN published_at timestamptz;
CREATE UNIQUE INDEX competence_assessments_on_their_own
    ON competence_assessments (school_id, period_id, subject_id, pupil_id, component) WHERE evaluation_id IS NULL;
