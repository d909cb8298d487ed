-- Indexes for the key reads at the agency's real size (70,000 residents at 120 locations, a year of
-- audit lines; `cargo xtask seed-scale`, `scripts/bench-scale.mjs`). edge-api/src/query_plans.rs
-- checks the stores' own SQL against every migration: no read in its list scans a table whole.

-- The staff resident list, the dashboard's learners and its per-learner reads all start from the
-- residents who live at one location and need their account id (and the list its number): with
-- both in the index, none of them touches the residents table itself.
DROP INDEX residents_by_location;
CREATE INDEX residents_by_location ON residents (location_id, account_id, resident_number);

-- The admins' resident list (every location) in name order: read in index order, it stops after the
-- first 500 residents instead of sorting every account.
CREATE INDEX accounts_by_name ON accounts (display_name COLLATE NOCASE, id);

-- Only the dashboard read answers by module, and through this index it read the module's answers of
-- every location; without it the planner starts from the location's residents and finds their
-- answers by the primary key (account, module, …).
DROP INDEX learning_answers_by_module;

-- The audit log filtered by event and by actor, newest first (ORDER BY id DESC): the index walks one
-- event's (one actor's) lines in id order and checks a time window (`at`) without reading the line.
CREATE INDEX audit_by_event ON audit_log (event, id, at);
DROP INDEX audit_by_actor;
CREATE INDEX audit_by_actor ON audit_log (actor_id, id, at);
