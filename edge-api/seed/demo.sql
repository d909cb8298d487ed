-- Demo data for local runs and tests. Idempotent: fixed ids and ON CONFLICT DO NOTHING, so loading
-- it again changes nothing. Names follow the Dutch reception chain (see ../shared/domain-notes.md);
-- the agency is a demo, not the real COA.

INSERT INTO agencies (id, name, created_at) VALUES
    ('agency-demo', 'Demo Reception Agency (COA-style)', 1767225600000)
ON CONFLICT (id) DO NOTHING;

INSERT INTO locations (id, agency_id, name, kind, municipality, timezone, capacity, created_at) VALUES
    ('loc-ter-apel', 'agency-demo', 'Ter Apel central reception', 'col', 'Westerwolde', 'Europe/Amsterdam', 2000, 1767225600000),
    ('loc-budel', 'agency-demo', 'Budel process reception', 'pol', 'Cranendonck', 'Europe/Amsterdam', 800, 1767225600000),
    ('loc-zwolle', 'agency-demo', 'Zwolle asylum seekers'' centre', 'azc', 'Zwolle', 'Europe/Amsterdam', 400, 1767225600000)
ON CONFLICT (id) DO NOTHING;
