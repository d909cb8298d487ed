-- Activities at a location (issue 5): one-off or weekly, with sign-ups per occurrence and a waiting
-- list. Dates and times are the location's LOCAL ones (an occurrence is activity + local date), so a
-- DST change never moves an activity; times of changes are ms since the epoch.

CREATE TABLE activities (
    id                TEXT PRIMARY KEY,
    location_id       TEXT NOT NULL REFERENCES locations (id),
    recurrence        TEXT NOT NULL CHECK (recurrence IN ('once', 'weekly')),
    -- The date of a one-off; the first possible date of a weekly one (YYYY-MM-DD).
    start_date        TEXT NOT NULL,
    -- Weekly only: the last possible date; NULL for ever.
    end_date          TEXT,
    -- Weekly only: ISO weekday, 1 = Monday.
    weekday           INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 1 AND 7),
    start_minute      INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
    place             TEXT NOT NULL,
    capacity          INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    -- The language it is held in; NULL: no spoken language needed.
    language          TEXT,
    source_language   TEXT NOT NULL,
    cancelled         INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    -- Optimistic concurrency: a write names the version it edited; another version is a 409.
    version           INTEGER NOT NULL DEFAULT 1,
    -- The request id of the last write: the later statements of a write's batch apply only if its
    -- own version check succeeded (D1 has no conditional abort).
    last_write        TEXT,
    created_by        TEXT NOT NULL REFERENCES accounts (id),
    created_at        INTEGER NOT NULL,
    updated_by        TEXT NOT NULL REFERENCES accounts (id),
    updated_at        INTEGER NOT NULL
);
CREATE INDEX activities_by_location ON activities (location_id, cancelled);

CREATE TABLE activity_texts (
    activity_id  TEXT NOT NULL REFERENCES activities (id),
    language     TEXT NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, language)
);

-- One row per person per occurrence. `id` is the sign-up order: the waiting list is served by it.
-- Cancelling deletes the row (the place or the spot in line is gone).
CREATE TABLE activity_signups (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id      TEXT NOT NULL REFERENCES activities (id),
    occurrence_date  TEXT NOT NULL,
    account_id       TEXT NOT NULL REFERENCES accounts (id),
    status           TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting')),
    signed_up_at     INTEGER NOT NULL,
    -- When a waiting sign-up got its place.
    promoted_at      INTEGER,
    UNIQUE (activity_id, occurrence_date, account_id)
);
CREATE INDEX activity_signups_by_occurrence ON activity_signups (activity_id, occurrence_date, status, id);
CREATE INDEX activity_signups_by_account ON activity_signups (account_id, occurrence_date);
