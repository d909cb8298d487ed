-- The language an employee chose for the app, remembered on their account (issue 4: "the choice is
-- remembered on the device and, once signed in, on the account"). NULL until they choose one.
-- Residents already have residents.language (recorded at registration, changed by the resident
-- themselves through PUT /api/me/language).
ALTER TABLE employees ADD COLUMN language TEXT;
