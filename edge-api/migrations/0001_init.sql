-- Foundation schema: the agency, its reception locations, and problems reported from the app.
-- Times are milliseconds since the Unix epoch (INTEGER); ids are opaque text chosen by the writer.

CREATE TABLE agencies (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    created_at  INTEGER NOT NULL
);

CREATE TABLE locations (
    id            TEXT PRIMARY KEY,
    agency_id     TEXT NOT NULL REFERENCES agencies (id),
    name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    kind          TEXT NOT NULL CHECK (kind IN ('col', 'pol', 'azc')),
    municipality  TEXT NOT NULL,
    timezone      TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    capacity      INTEGER NOT NULL CHECK (capacity >= 0),
    created_at    INTEGER NOT NULL
);
CREATE INDEX locations_by_agency ON locations (agency_id, name);

-- No account, no IP: the report is tied to the failing request only.
CREATE TABLE client_error_reports (
    id                   TEXT PRIMARY KEY,
    route                TEXT NOT NULL CHECK (length(route) <= 200),
    message              TEXT NOT NULL CHECK (length(message) <= 1000),
    status               INTEGER CHECK (status IS NULL OR status BETWEEN 100 AND 599),
    failed_request_id    TEXT,
    received_request_id  TEXT NOT NULL,
    created_at           INTEGER NOT NULL
);
CREATE INDEX client_error_reports_by_time ON client_error_reports (created_at);
