-- Accounts are global (a parent with children in two schools signs in once); what an account may do in a
-- school comes from the school's own people tables (staff, guardians, pupils) that point at it.
CREATE TABLE accounts (
    id                  uuid PRIMARY KEY,
    username            varchar(100) NOT NULL UNIQUE,
    password_hash       varchar(200) NOT NULL,
    display_name        varchar(200) NOT NULL,
    locale              varchar(5) NOT NULL DEFAULT 'fr',
    enabled             boolean NOT NULL DEFAULT true,
    failed_logins       int NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    created_at          timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE staff ADD FOREIGN KEY (account_id) REFERENCES accounts (id);
ALTER TABLE guardians ADD FOREIGN KEY (account_id) REFERENCES accounts (id);
ALTER TABLE pupils ADD FOREIGN KEY (account_id) REFERENCES accounts (id);

-- At sign-in no school is current yet, so row-level security would hide the account's school links.
-- This function (running as the owner) answers that one question and nothing more.
CREATE FUNCTION preau_schools_of_account(account uuid) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT school_id FROM staff WHERE account_id = account
    UNION SELECT school_id FROM guardians WHERE account_id = account
    UNION SELECT school_id FROM pupils WHERE account_id = account
$$;
