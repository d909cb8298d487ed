-- The language a person chose for the app, remembered on their account so it follows them to
-- another device (issue 4: "the choice is remembered on the device and, once signed in, on the
-- account"). Any role; NULL until they choose one. Set only by the person (PUT /api/me/language).
-- A resident's residents.language stays what staff recorded at registration: the language to
-- speak with them, which a display choice (someone practising Dutch) need not change.
ALTER TABLE accounts ADD COLUMN language TEXT;
