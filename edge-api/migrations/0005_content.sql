-- Information for residents (issue 5): articles (the library), news and vacancies, agency-wide or for
-- one location, each with one translation per language; the residents' procedure stage; favourites
-- and the "news seen" marker. Times are ms since the epoch. Rich text is stored as the restricted
-- markup of `wegwijs_shared::richtext` and rendered to HTML on read by the same code the UI uses.

-- The language staff write in first; a resident whose language has no published text reads this one.
ALTER TABLE agencies ADD COLUMN source_language TEXT NOT NULL DEFAULT 'en';

CREATE TABLE content_items (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('article', 'news', 'vacancy')),
    agency_id        TEXT NOT NULL REFERENCES agencies (id),
    -- NULL: agency-wide (every location).
    location_id      TEXT REFERENCES locations (id),
    category         TEXT CHECK (category IS NULL OR category IN ('asylum_procedure', 'rights_obligations',
                         'health_care', 'safety', 'daily_life', 'learning_work')),
    -- Articles shown on "My procedure" for residents at this stage (wegwijs_shared::procedure).
    procedure_stage  TEXT,
    vacancy_kind     TEXT CHECK (vacancy_kind IS NULL OR vacancy_kind IN ('paid', 'volunteer')),
    contact          TEXT,
    link             TEXT,
    source_language  TEXT NOT NULL,
    -- Bumped whenever the source language's text changes; a translation made from an older
    -- revision is outdated.
    source_revision  INTEGER NOT NULL DEFAULT 1,
    published        INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    published_at     INTEGER,
    -- Optimistic concurrency: a write names the version it edited; another version is a 409.
    version          INTEGER NOT NULL DEFAULT 1,
    created_by       TEXT NOT NULL REFERENCES accounts (id),
    created_at       INTEGER NOT NULL,
    updated_by       TEXT NOT NULL REFERENCES accounts (id),
    updated_at       INTEGER NOT NULL
);
CREATE INDEX content_items_by_location ON content_items (location_id, kind, published);

CREATE TABLE content_translations (
    item_id          TEXT NOT NULL REFERENCES content_items (id),
    language         TEXT NOT NULL,
    title            TEXT NOT NULL,
    summary          TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('draft', 'review', 'published')),
    -- The item's source_revision this text was written from (for the source language: current).
    source_revision  INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    updated_by       TEXT NOT NULL REFERENCES accounts (id),
    updated_at       INTEGER NOT NULL,
    PRIMARY KEY (item_id, language)
);

-- Every change to an item or a translation: who, when, and what it became (JSON snapshot).
CREATE TABLE content_revisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id     TEXT NOT NULL REFERENCES content_items (id),
    -- NULL for the item's own fields and publication.
    language    TEXT,
    version     INTEGER NOT NULL,
    change      TEXT NOT NULL,
    snapshot    TEXT NOT NULL,
    changed_by  TEXT NOT NULL REFERENCES accounts (id),
    changed_at  INTEGER NOT NULL
);
CREATE INDEX content_revisions_by_item ON content_revisions (item_id, id);

CREATE TABLE favourites (
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    item_kind   TEXT NOT NULL CHECK (item_kind IN ('article', 'news', 'vacancy', 'activity', 'service')),
    item_id     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, item_kind, item_id)
);

-- News published after seen_at is unread for this account.
CREATE TABLE news_seen (
    account_id  TEXT PRIMARY KEY REFERENCES accounts (id),
    seen_at     INTEGER NOT NULL
);

ALTER TABLE residents ADD COLUMN procedure_stage TEXT;
ALTER TABLE residents ADD COLUMN procedure_stage_set_at INTEGER;
ALTER TABLE residents ADD COLUMN procedure_stage_set_by TEXT REFERENCES accounts (id);
