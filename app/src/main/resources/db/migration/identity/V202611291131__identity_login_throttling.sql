-- Failed sign-ins per client address, so that one machine cannot try passwords on many accounts. Global (the
-- school is not known before sign-in). Per-account failures live in accounts.failed_logins / locked_until.
CREATE TABLE login_failures_by_address (
    address        varchar(45) PRIMARY KEY,
    failures       int NOT NULL,
    last_failure_at timestamptz NOT NULL,
    blocked_until  timestamptz
);
