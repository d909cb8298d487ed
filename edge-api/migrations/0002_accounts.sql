-- Identity: accounts for every role, residents and employees (staff, trainers, admins) with the
-- data each needs and no more, sessions, one-time codes, sign-in counters and the audit log.
-- Secrets are never stored: PINs, passwords and recovery codes as argon2id PHC strings; session
-- tokens, activation codes and invitation tokens (all high-entropy) as SHA-256 hex.

CREATE TABLE accounts (
    id            TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('resident', 'trainer', 'staff', 'admin')),
    status        TEXT NOT NULL CHECK (status IN ('pending', 'active', 'disabled')),
    display_name  TEXT NOT NULL CHECK (length(trim(display_name)) BETWEEN 1 AND 100),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE residents (
    account_id       TEXT PRIMARY KEY REFERENCES accounts (id),
    resident_number  TEXT NOT NULL UNIQUE CHECK (length(resident_number) = 10),
    language         TEXT NOT NULL,
    location_id      TEXT NOT NULL REFERENCES locations (id),
    date_of_birth    TEXT,
    pin_hash         TEXT
);
CREATE INDEX residents_by_location ON residents (location_id);

-- Where a resident has lived; the row with until_ms NULL is the current location.
CREATE TABLE resident_moves (
    resident_id  TEXT NOT NULL REFERENCES accounts (id),
    location_id  TEXT NOT NULL REFERENCES locations (id),
    from_ms      INTEGER NOT NULL,
    until_ms     INTEGER,
    moved_by     TEXT,
    PRIMARY KEY (resident_id, from_ms)
);

CREATE TABLE employees (
    account_id           TEXT PRIMARY KEY REFERENCES accounts (id),
    email                TEXT NOT NULL UNIQUE,
    password_hash        TEXT,
    totp_secret          TEXT,
    -- Chosen at the start of enrolment, promoted to totp_secret when a code from it is confirmed.
    totp_pending_secret  TEXT,
    -- The last accepted TOTP time step: a code is never accepted twice.
    totp_last_step       INTEGER NOT NULL DEFAULT 0
);

-- Staff and trainers work at one or more locations.
CREATE TABLE account_locations (
    account_id   TEXT NOT NULL REFERENCES accounts (id),
    location_id  TEXT NOT NULL REFERENCES locations (id),
    PRIMARY KEY (account_id, location_id)
);

CREATE TABLE recovery_codes (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    code_hash   TEXT NOT NULL,
    used_at     INTEGER
);
CREATE INDEX recovery_codes_by_account ON recovery_codes (account_id);

CREATE TABLE activation_codes (
    code_hash   TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    -- Set when a newer card replaced this one before it was used.
    revoked_at  INTEGER,
    created_by  TEXT NOT NULL
);
CREATE INDEX activation_codes_by_account ON activation_codes (account_id);

CREATE TABLE invites (
    token_hash  TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    created_by  TEXT NOT NULL
);

-- Each session keeps the timeouts of its role at creation, so the expiry check is one query.
CREATE TABLE sessions (
    id            TEXT PRIMARY KEY,
    token_hash    TEXT NOT NULL UNIQUE,
    account_id    TEXT NOT NULL REFERENCES accounts (id),
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    idle_ms       INTEGER NOT NULL,
    absolute_ms   INTEGER NOT NULL,
    revoked_at    INTEGER,
    device        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_account ON sessions (account_id);

-- Failed sign-ins per typed identifier ('resident:<number>', 'email:<address>') and per client
-- ('client:<sha-256 of the address>'); see shared/src/throttle.rs.
CREATE TABLE signin_counters (
    key              TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL,
    window_start_ms  INTEGER NOT NULL,
    locked_until_ms  INTEGER
);

-- One row per one-time secret taken into use (activation code, invitation, TOTP step, recovery
-- code). The primary key makes a second use fail inside its D1 batch, which then rolls back whole:
-- two requests racing with one code cannot both get a session.
CREATE TABLE single_use_claims (
    key         TEXT PRIMARY KEY,
    claimed_at  INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           INTEGER NOT NULL,
    actor_id     TEXT,
    actor_role   TEXT,
    event        TEXT NOT NULL,
    resident_id  TEXT,
    subject      TEXT,
    request_id   TEXT NOT NULL,
    detail       TEXT
);
CREATE INDEX audit_by_time ON audit_log (at);
CREATE INDEX audit_by_actor ON audit_log (actor_id, id);
CREATE INDEX audit_by_resident ON audit_log (resident_id, id);
