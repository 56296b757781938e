-- School structure: établissements, years, periods, levels, divisions, groups, subjects, rooms, people and
-- teaching assignments. Every school-owned table: school_id first in the primary key and in every foreign
-- key between school-owned tables (ready for distribution by school), plus the row-level security backstop.

-- The tenant registry itself is global: one row per établissement.
CREATE TABLE schools (
    school_id uuid PRIMARY KEY,
    uai       varchar(8)   NOT NULL UNIQUE CHECK (uai ~ '^[0-9]{7}[A-Z]$'),
    name      varchar(200) NOT NULL,
    academie  varchar(100) NOT NULL,
    kind      varchar(20)  NOT NULL CHECK (kind IN ('COLLEGE', 'LYCEE', 'CITE_SCOLAIRE')),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE school_years (
    school_id uuid NOT NULL REFERENCES schools,
    id        uuid NOT NULL,
    name      varchar(20) NOT NULL,
    starts_on date NOT NULL,
    ends_on   date NOT NULL CHECK (ends_on > starts_on),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, name)
);

CREATE TABLE periods (
    school_id      uuid NOT NULL,
    id             uuid NOT NULL,
    school_year_id uuid NOT NULL,
    name           varchar(50) NOT NULL,
    kind           varchar(10) NOT NULL CHECK (kind IN ('TRIMESTRE', 'SEMESTRE')),
    position       smallint NOT NULL,
    starts_on      date NOT NULL,
    ends_on        date NOT NULL CHECK (ends_on >= starts_on),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, school_year_id, position),
    FOREIGN KEY (school_id, school_year_id) REFERENCES school_years (school_id, id)
);

CREATE TABLE levels (
    school_id uuid NOT NULL REFERENCES schools,
    id        uuid NOT NULL,
    code      varchar(10) NOT NULL,
    name      varchar(50) NOT NULL,
    position  smallint NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, code)
);

CREATE TABLE subjects (
    school_id uuid NOT NULL REFERENCES schools,
    id        uuid NOT NULL,
    code      varchar(20) NOT NULL,
    name      varchar(100) NOT NULL,
    colour    char(7) NOT NULL CHECK (colour ~ '^#[0-9a-fA-F]{6}$'),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, code)
);

CREATE TABLE rooms (
    school_id uuid NOT NULL REFERENCES schools,
    id        uuid NOT NULL,
    name      varchar(50) NOT NULL,
    kind      varchar(20) NOT NULL CHECK (kind IN ('CLASSROOM', 'LAB', 'GYM', 'COMPUTER_ROOM', 'ART_ROOM',
                                                    'MUSIC_ROOM', 'TECHNOLOGY', 'CDI', 'OTHER')),
    capacity  smallint NOT NULL CHECK (capacity > 0),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, name)
);

-- Staff: teachers, CPE, AED, direction, secrétariat, infirmier·e. account_id links to a global account.
CREATE TABLE staff (
    school_id  uuid NOT NULL REFERENCES schools,
    id         uuid NOT NULL,
    civility   varchar(4) CHECK (civility IN ('M.', 'Mme')),
    first_name varchar(100) NOT NULL,
    last_name  varchar(100) NOT NULL,
    email      varchar(200),
    account_id uuid,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, account_id)
);

CREATE TABLE staff_roles (
    school_id uuid NOT NULL,
    staff_id  uuid NOT NULL,
    role      varchar(20) NOT NULL CHECK (role IN ('PROFESSEUR', 'CPE', 'AED', 'DIRECTION', 'SECRETARIAT',
                                                   'INFIRMIER')),
    PRIMARY KEY (school_id, staff_id, role),
    FOREIGN KEY (school_id, staff_id) REFERENCES staff (school_id, id) ON DELETE CASCADE
);

CREATE TABLE divisions (
    school_id            uuid NOT NULL,
    id                   uuid NOT NULL,
    school_year_id       uuid NOT NULL,
    level_id             uuid NOT NULL,
    name                 varchar(30) NOT NULL,
    principal_teacher_id uuid,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, school_year_id, name),
    FOREIGN KEY (school_id, school_year_id) REFERENCES school_years (school_id, id),
    FOREIGN KEY (school_id, level_id) REFERENCES levels (school_id, id),
    FOREIGN KEY (school_id, principal_teacher_id) REFERENCES staff (school_id, id)
);

-- Groups cut across divisions (LV2, options, spécialités) or inside one (demi-groupes).
CREATE TABLE groups (
    school_id      uuid NOT NULL,
    id             uuid NOT NULL,
    school_year_id uuid NOT NULL,
    name           varchar(50) NOT NULL,
    kind           varchar(20) NOT NULL CHECK (kind IN ('LV2', 'OPTION', 'SPECIALITE', 'DEMI_GROUPE', 'OTHER')),
    level_id       uuid,
    division_id    uuid,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, school_year_id, name),
    FOREIGN KEY (school_id, school_year_id) REFERENCES school_years (school_id, id),
    FOREIGN KEY (school_id, level_id) REFERENCES levels (school_id, id),
    FOREIGN KEY (school_id, division_id) REFERENCES divisions (school_id, id)
);

CREATE TABLE pupils (
    school_id   uuid NOT NULL REFERENCES schools,
    id          uuid NOT NULL,
    ine         varchar(11),
    first_name  varchar(100) NOT NULL,
    last_name   varchar(100) NOT NULL,
    birth_date  date,
    sex         char(1) CHECK (sex IN ('F', 'M')),
    division_id uuid,
    account_id  uuid,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, ine),
    UNIQUE (school_id, account_id),
    FOREIGN KEY (school_id, division_id) REFERENCES divisions (school_id, id)
);
CREATE INDEX pupils_by_division ON pupils (school_id, division_id);

CREATE TABLE group_members (
    school_id uuid NOT NULL,
    group_id  uuid NOT NULL,
    pupil_id  uuid NOT NULL,
    PRIMARY KEY (school_id, group_id, pupil_id),
    FOREIGN KEY (school_id, group_id) REFERENCES groups (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id) ON DELETE CASCADE
);
CREATE INDEX group_members_by_pupil ON group_members (school_id, pupil_id);

-- Responsables légaux and other contacts of pupils.
CREATE TABLE guardians (
    school_id  uuid NOT NULL REFERENCES schools,
    id         uuid NOT NULL,
    civility   varchar(4) CHECK (civility IN ('M.', 'Mme')),
    first_name varchar(100) NOT NULL,
    last_name  varchar(100) NOT NULL,
    email      varchar(200),
    phone      varchar(30),
    address    varchar(300),
    account_id uuid,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, account_id)
);

-- The legal link between a pupil and a guardian: who may receive information, who pays, and which household
-- the pupil lives in with that guardian (two households when parents are separated).
CREATE TABLE guardian_links (
    school_id              uuid NOT NULL,
    pupil_id               uuid NOT NULL,
    guardian_id            uuid NOT NULL,
    relationship           varchar(20) NOT NULL CHECK (relationship IN ('MERE', 'PERE', 'TUTEUR', 'AUTRE')),
    legal_guardian         boolean NOT NULL DEFAULT true,
    receives_information   boolean NOT NULL DEFAULT true,
    financial_responsible  boolean NOT NULL DEFAULT false,
    household              smallint NOT NULL DEFAULT 1 CHECK (household IN (1, 2)),
    PRIMARY KEY (school_id, pupil_id, guardian_id),
    FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, guardian_id) REFERENCES guardians (school_id, id) ON DELETE CASCADE
);
CREATE INDEX guardian_links_by_guardian ON guardian_links (school_id, guardian_id);

-- Who teaches what to whom, and how many hours a week; a half hour is one lesson every other week
-- (semaine A / semaine B).
CREATE TABLE teaching_assignments (
    school_id    uuid NOT NULL,
    id           uuid NOT NULL,
    teacher_id   uuid NOT NULL,
    subject_id   uuid NOT NULL,
    division_id  uuid,
    group_id     uuid,
    weekly_hours numeric(4, 1) NOT NULL CHECK (weekly_hours > 0 AND weekly_hours * 2 = trunc(weekly_hours * 2)),
    PRIMARY KEY (school_id, id),
    CHECK ((division_id IS NULL) <> (group_id IS NULL)),
    FOREIGN KEY (school_id, teacher_id) REFERENCES staff (school_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subjects (school_id, id),
    FOREIGN KEY (school_id, division_id) REFERENCES divisions (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, group_id) REFERENCES groups (school_id, id) ON DELETE CASCADE
);
CREATE INDEX teaching_assignments_by_teacher ON teaching_assignments (school_id, teacher_id);

SELECT preau_enable_tenant_isolation(t)
FROM unnest(ARRAY['school_years', 'periods', 'levels', 'subjects', 'rooms', 'staff', 'staff_roles',
                  'divisions', 'groups', 'pupils', 'group_members', 'guardians', 'guardian_links',
                  'teaching_assignments']::regclass[]) AS t;
