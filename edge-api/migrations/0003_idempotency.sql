-- Idempotency keys of the offline write queue (draft-ietf-httpapi-idempotency-key-header). One row
-- per (scope, key): the first request claims it (owner = its request id, status NULL), and its
-- answer is stored when it finishes, so a replay returns that answer instead of acting again.
-- scope is 'account:<id>' or 'anonymous:<METHOD> <route>'. The key itself is never stored, only its
-- SHA-256; the answer's body is sealed (ChaCha20-Poly1305, nonce ‖ ciphertext, base64) under a key
-- derived from the Idempotency-Key, because answers can carry one-time secrets (activation codes,
-- invitation links). Rows live 24 h from created_at (purged a few at a time by later claims); a
-- claim without an answer after 60 s is abandoned and may be claimed again. See
-- edge-api/src/idempotency/mod.rs.

CREATE TABLE idempotency_keys (
    scope         TEXT NOT NULL,
    key_hash      TEXT NOT NULL CHECK (length(key_hash) = 64),
    method        TEXT NOT NULL,
    path          TEXT NOT NULL,
    body_sha256   TEXT NOT NULL CHECK (length(body_sha256) = 64),
    owner         TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    -- NULL while the first request runs; then its answer.
    status        INTEGER CHECK (status IS NULL OR status BETWEEN 200 AND 499),
    content_type  TEXT,
    body          TEXT,
    completed_at  INTEGER,
    PRIMARY KEY (scope, key_hash)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
