-- "My centre" (issue 5): a location's contact facts and its services with opening hours. Times of
-- changes are ms since the epoch; opening hours are wall-clock minutes in the location's time zone
-- (locations.timezone). The weekly hours and the exceptions are stored as JSON (the shapes of
-- wegwijs_shared::hours::{WeeklyHours, HoursException}): they are always read and written whole,
-- validated by the same code as the API input, and never queried by their parts.

CREATE TABLE centre_contacts (
    location_id     TEXT PRIMARY KEY REFERENCES locations (id),
    address         TEXT NOT NULL DEFAULT '',
    postal_address  TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    -- Optimistic concurrency: a write names the version it edited; another version is a 409.
    version         INTEGER NOT NULL DEFAULT 1,
    updated_by      TEXT NOT NULL REFERENCES accounts (id),
    updated_at      INTEGER NOT NULL
);

CREATE TABLE centre_services (
    id          TEXT PRIMARY KEY,
    location_id TEXT NOT NULL REFERENCES locations (id),
    kind        TEXT NOT NULL CHECK (kind IN ('reception_desk', 'medical_practice', 'mail', 'allowance',
                    'shop', 'laundry', 'counselling', 'transport', 'other')),
    name        TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    place       TEXT NOT NULL DEFAULT '',
    hours       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(hours)),
    exceptions  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exceptions)),
    -- Removed services are kept (who removed it and when stays visible in updated_by/at).
    removed     INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL REFERENCES accounts (id),
    created_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL REFERENCES accounts (id),
    updated_at  INTEGER NOT NULL
);
CREATE INDEX centre_services_by_location ON centre_services (location_id, removed);
