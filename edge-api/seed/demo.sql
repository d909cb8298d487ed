-- Demo data for local runs and tests. Idempotent: fixed ids and ON CONFLICT DO NOTHING, so loading
-- it again changes nothing. Names follow the Dutch reception chain (COL, POL, AZC);
-- the agency is a demo, not the real COA.

INSERT INTO agencies (id, name, created_at) VALUES
    ('agency-demo', 'Demo Reception Agency (COA-style)', 1767225600000)
ON CONFLICT (id) DO NOTHING;

INSERT INTO locations (id, agency_id, name, kind, municipality, timezone, capacity, created_at) VALUES
    ('loc-ter-apel', 'agency-demo', 'Ter Apel central reception', 'col', 'Westerwolde', 'Europe/Amsterdam', 2000, 1767225600000),
    ('loc-budel', 'agency-demo', 'Budel process reception', 'pol', 'Cranendonck', 'Europe/Amsterdam', 800, 1767225600000),
    ('loc-zwolle', 'agency-demo', 'Zwolle asylum seekers'' centre', 'azc', 'Zwolle', 'Europe/Amsterdam', 400, 1767225600000)
ON CONFLICT (id) DO NOTHING;

-- Demo accounts for every role. Generated from demo-accounts.json (where the demo passwords, PINs,
-- TOTP secrets and recovery codes are documented) by
-- `cargo run -p wegwijs-edge-api --example demo_accounts`; tests/demo_seed.rs checks they agree.
INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) VALUES ('acct-admin', 'admin', 'active', 'Alex Admin', 1767225600000, 1767225600000) ON CONFLICT (id) DO NOTHING;
INSERT INTO employees (account_id, email, password_hash, totp_secret) VALUES ('acct-admin', 'admin@wegwijs.example', '$argon2id$v=19$m=19456,t=2,p=1$BDw+zj59C3tAtrGE5igqDQ$FcP2mruhocVgMwUzb8Lmt4xLn48MBTSc4bkNN1GQir8', 'O5SWO53JNJZS2ZDFNVXS2YLENVUW4IJB') ON CONFLICT (account_id) DO NOTHING;
INSERT INTO recovery_codes (id, account_id, code_hash) VALUES ('rc-acct-admin', 'acct-admin', '$argon2id$v=19$m=19456,t=2,p=1$iLVn7ra2p1IMobpMir+Gdw$tr8TPSfSrVtfkixVKeO+Av2EM6Et2JpkAJud0tVG/74') ON CONFLICT (id) DO NOTHING;
INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) VALUES ('acct-staff-zwolle', 'staff', 'active', 'Sanne Staff', 1767225600000, 1767225600000) ON CONFLICT (id) DO NOTHING;
INSERT INTO employees (account_id, email, password_hash, totp_secret) VALUES ('acct-staff-zwolle', 'staff.zwolle@wegwijs.example', '$argon2id$v=19$m=19456,t=2,p=1$Dl6ekyt632evPEQQZyVz2Q$TLXc+Jz9qP4utBNraHRswgINOl1SE/Y7SMcaGqHWhgI', 'O5SWO53JNJZS2ZDFNVXS243UMFTGMLL2') ON CONFLICT (account_id) DO NOTHING;
INSERT INTO account_locations (account_id, location_id) VALUES ('acct-staff-zwolle', 'loc-zwolle') ON CONFLICT DO NOTHING;
INSERT INTO recovery_codes (id, account_id, code_hash) VALUES ('rc-acct-staff-zwolle', 'acct-staff-zwolle', '$argon2id$v=19$m=19456,t=2,p=1$AyCq33BRCiv8yFipqwAPLQ$rvvsfqFALgEdt471UFh6d0PfeErJo6I0VW7yMzVxZRM') ON CONFLICT (id) DO NOTHING;
INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) VALUES ('acct-staff-terapel', 'staff', 'active', 'Ties Staff', 1767225600000, 1767225600000) ON CONFLICT (id) DO NOTHING;
INSERT INTO employees (account_id, email, password_hash, totp_secret) VALUES ('acct-staff-terapel', 'staff.terapel@wegwijs.example', '$argon2id$v=19$m=19456,t=2,p=1$WQimxIHO6K3dhSpmeQUIwA$ToWW1v20hLYYgpjfZk2L9Xzyw7YMBuVzQ8KJI0fWTJ8', 'O5SWO53JNJZS2ZDFNVXS243UMFTGMLLU') ON CONFLICT (account_id) DO NOTHING;
INSERT INTO account_locations (account_id, location_id) VALUES ('acct-staff-terapel', 'loc-ter-apel') ON CONFLICT DO NOTHING;
INSERT INTO account_locations (account_id, location_id) VALUES ('acct-staff-terapel', 'loc-budel') ON CONFLICT DO NOTHING;
INSERT INTO recovery_codes (id, account_id, code_hash) VALUES ('rc-acct-staff-terapel', 'acct-staff-terapel', '$argon2id$v=19$m=19456,t=2,p=1$7UOHPvwNXtk5TINM6TbwaQ$2iJIzDicX0MUNkqb410FwiruWTkwnez3wve0oGtAssk') ON CONFLICT (id) DO NOTHING;
INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) VALUES ('acct-trainer-zwolle', 'trainer', 'active', 'Tara Trainer', 1767225600000, 1767225600000) ON CONFLICT (id) DO NOTHING;
INSERT INTO employees (account_id, email, password_hash, totp_secret) VALUES ('acct-trainer-zwolle', 'trainer@wegwijs.example', '$argon2id$v=19$m=19456,t=2,p=1$U4z/BPnfne56krMlqWCVww$roNeY6YCe5Ww9hRITNfFMi/tXqzk5VCwtEeq/ARwLag', 'O5SWO53JNJZS2ZDFNVXS25DSMFUW4ZLS') ON CONFLICT (account_id) DO NOTHING;
INSERT INTO account_locations (account_id, location_id) VALUES ('acct-trainer-zwolle', 'loc-zwolle') ON CONFLICT DO NOTHING;
INSERT INTO recovery_codes (id, account_id, code_hash) VALUES ('rc-acct-trainer-zwolle', 'acct-trainer-zwolle', '$argon2id$v=19$m=19456,t=2,p=1$OZWp0HAhH5l0ep8KMf2VSg$n7W24cNH/pnhWMYcZZyjcR9MWTkpAyWoHYAxWjZFnGQ') ON CONFLICT (id) DO NOTHING;
INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) VALUES ('acct-res-amal', 'resident', 'active', 'Amal', 1767225600000, 1767225600000) ON CONFLICT (id) DO NOTHING;
INSERT INTO residents (account_id, resident_number, language, location_id, pin_hash) VALUES ('acct-res-amal', '1000000001', 'ar', 'loc-zwolle', '$argon2id$v=19$m=19456,t=2,p=1$VkN09d7U/0zp/crZzYChPw$mp2FeUyuC0jT86tKSs7zoPwPm2cAAT+VIbW9E5LigSM') ON CONFLICT (account_id) DO NOTHING;
INSERT INTO resident_moves (resident_id, location_id, from_ms, moved_by) VALUES ('acct-res-amal', 'loc-zwolle', 1767225600000, 'acct-admin') ON CONFLICT DO NOTHING;
INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) VALUES ('acct-res-dawit', 'resident', 'active', 'Dawit', 1767225600000, 1767225600000) ON CONFLICT (id) DO NOTHING;
INSERT INTO residents (account_id, resident_number, language, location_id, pin_hash) VALUES ('acct-res-dawit', '1000000002', 'ti', 'loc-ter-apel', '$argon2id$v=19$m=19456,t=2,p=1$dBwEz9rE1rWmYNLdy8zyhg$V7ZYBze7e+F79+xTtqO2BvkoBerroMPs3aAfrOJOksA') ON CONFLICT (account_id) DO NOTHING;
INSERT INTO resident_moves (resident_id, location_id, from_ms, moved_by) VALUES ('acct-res-dawit', 'loc-ter-apel', 1767225600000, 'acct-admin') ON CONFLICT DO NOTHING;
INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) VALUES ('acct-res-oksana', 'resident', 'pending', 'Oksana', 1767225600000, 1767225600000) ON CONFLICT (id) DO NOTHING;
INSERT INTO residents (account_id, resident_number, language, location_id, pin_hash) VALUES ('acct-res-oksana', '1000000003', 'uk', 'loc-zwolle', NULL) ON CONFLICT (account_id) DO NOTHING;
INSERT INTO resident_moves (resident_id, location_id, from_ms, moved_by) VALUES ('acct-res-oksana', 'loc-zwolle', 1767225600000, 'acct-admin') ON CONFLICT DO NOTHING;
INSERT INTO activation_codes (code_hash, account_id, created_at, expires_at, created_by) VALUES ('868de736c634552113430bb9431bf6b43836717da4a83718e65057daab16c079', 'acct-res-oksana', 1767225600000, CAST(strftime('%s', 'now') AS INTEGER) * 1000 + 1209600000, 'acct-admin') ON CONFLICT (code_hash) DO NOTHING;
