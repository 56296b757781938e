-- Report cards (bulletins): each teacher's appréciation per subject, the conseil de classe's decisions and the
-- professeur principal's general appreciation, and batches of PDFs generated in the background.

CREATE TABLE subject_appreciations (
    school_id  uuid NOT NULL,
    period_id  uuid NOT NULL,
    pupil_id   uuid NOT NULL,
    subject_id uuid NOT NULL,
    teacher_id uuid NOT NULL,
    text       varchar(1000) NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, period_id, pupil_id, subject_id),
    FOREIGN KEY (school_id, period_id) REFERENCES periods (school_id, id),
    FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id),
    FOREIGN KEY (school_id, teacher_id) REFERENCES staff (school_id, id)
);

-- What the conseil de classe decided for a pupil, and the professeur principal's general appreciation.
CREATE TABLE council_decisions (
    school_id            uuid NOT NULL,
    period_id            uuid NOT NULL,
    pupil_id             uuid NOT NULL,
    general_appreciation varchar(2000),
    distinction          varchar(20) CHECK (distinction IN ('FELICITATIONS', 'COMPLIMENTS', 'ENCOURAGEMENTS')),
    work_warning         boolean NOT NULL DEFAULT false,
    conduct_warning      boolean NOT NULL DEFAULT false,
    decided_by           uuid,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, period_id, pupil_id),
    FOREIGN KEY (school_id, period_id) REFERENCES periods (school_id, id),
    FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, decided_by) REFERENCES staff (school_id, id)
);

-- A division's report cards as one zip of PDFs, produced by a background job; the page polls its progress.
CREATE TABLE report_card_batches (
    school_id    uuid NOT NULL,
    id           uuid NOT NULL,
    period_id    uuid NOT NULL,
    division_id  uuid NOT NULL,
    requested_by uuid NOT NULL,
    status       varchar(10) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total        int NOT NULL DEFAULT 0,
    done         int NOT NULL DEFAULT 0,
    file_key     varchar(300),
    error        varchar(1000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, period_id) REFERENCES periods (school_id, id),
    FOREIGN KEY (school_id, division_id) REFERENCES divisions (school_id, id) ON DELETE CASCADE
);

SELECT preau_enable_tenant_isolation(t)
FROM unnest(ARRAY['subject_appreciations', 'council_decisions', 'report_card_batches']::regclass[]) AS t;
