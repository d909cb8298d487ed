-- Digital-skills learning (issue 6): DigComp-mapped modules, residents' progress and certificates,
-- trainers' groups and assignments. Times are ms since the epoch; dates are YYYY-MM-DD.

-- A module is one document (shared::learning::Module as JSON): lessons, steps, questions and every
-- language's texts. One row means one read for a resident, one batch for an edit, and a reorder
-- that cannot half-apply. Progress and answers point at the stable ids inside the document, never
-- at positions, so reordering while someone is mid-lesson loses nothing.
CREATE TABLE learning_modules (
    id               TEXT PRIMARY KEY,
    status           TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    level            INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    minutes          INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    pass_percent     INTEGER NOT NULL CHECK (pass_percent BETWEEN 1 AND 100),
    -- JSON array of DigComp codes, copied from the document for lists and the passport.
    competences      TEXT NOT NULL,
    source_language  TEXT NOT NULL,
    doc              TEXT NOT NULL,
    -- Optimistic concurrency: a write names the version it edited; another version is a 409.
    version          INTEGER NOT NULL DEFAULT 1,
    last_write       TEXT,
    created_by       TEXT NOT NULL REFERENCES accounts (id),
    created_at       INTEGER NOT NULL,
    updated_by       TEXT NOT NULL REFERENCES accounts (id),
    updated_at       INTEGER NOT NULL
);
CREATE INDEX learning_modules_by_status ON learning_modules (status);

-- Groups of residents at one location, kept by trainers (e.g. "Tuesday class").
CREATE TABLE learning_groups (
    id           TEXT PRIMARY KEY,
    location_id  TEXT NOT NULL REFERENCES locations (id),
    name         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    last_write   TEXT,
    created_by   TEXT NOT NULL REFERENCES accounts (id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX learning_groups_by_location ON learning_groups (location_id);

CREATE TABLE learning_group_members (
    group_id    TEXT NOT NULL REFERENCES learning_groups (id),
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX learning_group_members_by_account ON learning_group_members (account_id);

-- A module assigned to one group or one resident, at a location, with an optional due date.
CREATE TABLE learning_assignments (
    id           TEXT PRIMARY KEY,
    module_id    TEXT NOT NULL REFERENCES learning_modules (id),
    location_id  TEXT NOT NULL REFERENCES locations (id),
    group_id     TEXT REFERENCES learning_groups (id),
    account_id   TEXT REFERENCES accounts (id),
    due_on       TEXT,
    assigned_by  TEXT NOT NULL REFERENCES accounts (id),
    assigned_at  INTEGER NOT NULL,
    CHECK ((group_id IS NULL) <> (account_id IS NULL))
);
CREATE INDEX learning_assignments_by_module ON learning_assignments (module_id, location_id);
CREATE INDEX learning_assignments_by_account ON learning_assignments (account_id);
CREATE INDEX learning_assignments_by_group ON learning_assignments (group_id);

-- Which steps a resident has seen in a module (a JSON array of item ids, merged as a set, so a
-- replayed or late write can only add). Keyed by account: it moves with the resident.
CREATE TABLE learning_progress (
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    module_id   TEXT NOT NULL REFERENCES learning_modules (id),
    seen        TEXT NOT NULL DEFAULT '[]',
    started_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, module_id)
);

-- The first answer to a question in an attempt counts; a replay or a later answer to the same
-- question in the same attempt changes nothing (INSERT … ON CONFLICT DO NOTHING).
CREATE TABLE learning_answers (
    account_id   TEXT NOT NULL REFERENCES accounts (id),
    module_id    TEXT NOT NULL REFERENCES learning_modules (id),
    attempt      INTEGER NOT NULL CHECK (attempt BETWEEN 1 AND 100),
    question_id  TEXT NOT NULL,
    -- JSON array of choice ids (in the given order, for "put in order" questions).
    choices      TEXT NOT NULL,
    correct      INTEGER NOT NULL CHECK (correct IN (0, 1)),
    -- When the resident answered (their phone's clock, maybe offline) and when it arrived.
    answered_at  INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, module_id, attempt, question_id)
);
CREATE INDEX learning_answers_by_module ON learning_answers (module_id, question_id);

-- An attempt is finished when every question of the module has an answer in it.
CREATE TABLE learning_attempts (
    account_id    TEXT NOT NULL REFERENCES accounts (id),
    module_id     TEXT NOT NULL REFERENCES learning_modules (id),
    attempt       INTEGER NOT NULL,
    correct       INTEGER NOT NULL,
    total         INTEGER NOT NULL,
    passed        INTEGER NOT NULL CHECK (passed IN (0, 1)),
    completed_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, module_id, attempt)
);

-- One certificate per person per module, on the first pass. The code is public (anyone may verify
-- it); the row says which module, level and date, and nothing else is shown for it.
CREATE TABLE learning_certificates (
    code            TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts (id),
    module_id       TEXT NOT NULL REFERENCES learning_modules (id),
    level           INTEGER NOT NULL,
    competences     TEXT NOT NULL,
    -- The module's title in its source language at the time, so a later edit or unpublishing
    -- does not change what was certified.
    title           TEXT NOT NULL,
    issued_at       INTEGER NOT NULL,
    -- The date in the location's time zone when it was issued (YYYY-MM-DD).
    issued_on       TEXT NOT NULL,
    UNIQUE (account_id, module_id)
);
