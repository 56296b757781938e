-- Append-only record of who read whose personal data. The application may insert and read, never change.
CREATE TABLE audit_log (
    school_id    uuid NOT NULL REFERENCES schools,
    id           uuid NOT NULL,
    at           timestamptz NOT NULL DEFAULT now(),
    actor_id     uuid NOT NULL REFERENCES accounts (id),
    actor_name   varchar(200) NOT NULL,
    action       varchar(50) NOT NULL,
    subject_kind varchar(20) NOT NULL,
    subject_id   uuid NOT NULL,
    detail       varchar(500),
    PRIMARY KEY (school_id, id)
);
CREATE INDEX audit_log_by_time ON audit_log (school_id, at DESC);
CREATE INDEX audit_log_by_subject ON audit_log (school_id, subject_id, at DESC);

SELECT preau_enable_tenant_isolation('audit_log');
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${appRole};

CREATE FUNCTION preau_audit_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION preau_audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION preau_audit_log_is_append_only();
