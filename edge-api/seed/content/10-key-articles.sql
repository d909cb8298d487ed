-- Four key articles for every resident, agency-wide, in all twelve languages (issue 5, part seed12):
-- the asylum procedure, emergencies and health care, rights and house rules, safety. Facts from
-- shared/domain-notes.md; where a rule or amount differs per location the text sends the reader to
-- staff. Bodies are wegwijs_shared::richtext markup. Idempotent: fixed ids, ON CONFLICT DO NOTHING.

INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES ('art-procedure-overview', 'article', 'agency-demo', NULL, 'asylum_procedure', NULL, NULL, NULL, NULL, 'en', 1, 1, 1764547200000, 1, 'acct-admin', 1764547200000, 'acct-admin', 1764547200000) ON CONFLICT (id) DO NOTHING;
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES ('art-emergency-health', 'article', 'agency-demo', NULL, 'health_care', NULL, NULL, NULL, NULL, 'en', 1, 1, 1764547200000, 1, 'acct-admin', 1764547200000, 'acct-admin', 1764547200000) ON CONFLICT (id) DO NOTHING;
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES ('art-house-rules', 'article', 'agency-demo', NULL, 'rights_obligations', NULL, NULL, NULL, NULL, 'en', 1, 1, 1764547200000, 1, 'acct-admin', 1764547200000, 'acct-admin', 1764547200000) ON CONFLICT (id) DO NOTHING;
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES ('art-safety', 'article', 'agency-demo', NULL, 'safety', NULL, NULL, NULL, NULL, 'en', 1, 1, 1764547200000, 1, 'acct-admin', 1764547200000, 'acct-admin', 1764547200000) ON CONFLICT (id) DO NOTHING;

-- en
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'en', 'The asylum procedure in the Netherlands, step by step', 'What happens from your application to the decision, and what can come after. Your lawyer and VluchtelingenWerk can explain your own case.',
'Every asylum case is different. This page explains the usual steps. **Ask your lawyer or VluchtelingenWerk** what they mean for you.

## 1. Application

- You ask for asylum at an application centre of the IND. The IND is the Immigration and Naturalisation Service. The IND decides on your asylum request.
- Most people apply in Ter Apel. If you came by plane or by boat, you apply at Schiphol airport.
- The aliens police (AVIM) check who you are. They take your fingerprints and a photo and write down your details.

## 2. Central reception (COL)

COA gives you a place to stay at the central reception location (COL) in Ter Apel or Budel. You stay there for at least a few days. There:

- the IND asks you questions to register you;
- the health service (GGD) checks you for tuberculosis (TB), a disease of the lungs;
- a nurse of the health centre (GZA) asks about your health;
- you are registered in the Dutch population register (BRP).

## 3. Rest and preparation

You move to a process reception location (POL) for about one week. You can rest. You get:

- information about the procedure from VluchtelingenWerk (the Dutch Council for Refugees);
- a lawyer. The lawyer is **free** for you;
- medical advice if you need it.

## 4. The general asylum procedure

This takes about 8 working days. Sometimes it takes longer.

1. First interview: the IND asks who you are, where you come from and how you travelled.
2. Your lawyer helps you prepare for the next interview.
3. Detailed interview: the IND asks why you fled. Tell everything that is important. Tell the truth.
4. Your lawyer sends corrections and additions to the report of your interview.
5. The IND decides. Or the IND first sends an *intention to reject*: a letter that says it plans to say no.
6. If you get an intention to reject, your lawyer writes an answer, called the *view*. After that the IND decides.

## 5. What can happen after

- **You get a residence permit.** You are then a *status holder*. A municipality will give you a home. You start to learn Dutch and about life in the Netherlands (civic integration).
- **The IND needs more time.** This is the extended asylum procedure. It can take months. You wait at a reception location.
- **Your request is rejected.** With your lawyer you can appeal to a court. If the final answer is no, you must leave the Netherlands. The Repatriation and Departure Service (DT&V) talks with you about your departure. Your right to reception usually ends **28 days** after a final rejection.

## Special situations

- **Dublin:** another European country may be responsible for your request. Then the Netherlands can send you to that country.
- **Safe country:** if you come from a country that the Netherlands calls safe, the procedure is faster. You often stay in the COL.
- **Children without parents:** children under 18 who came alone get a guardian from Nidos.

## Questions?

Ask your lawyer or VluchtelingenWerk. Staff at your location can help you contact them. Letters from the IND are important: keep them and show them to your lawyer.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'en', 'Emergencies and health care: who to call', 'In a life-threatening emergency, call 112. For other health problems, go to the GZA health centre or call the GZA phone line.',
'## Life-threatening emergency: call 112

Call [112](tel:112) when a life is in danger. For example: someone does not breathe, is unconscious, bleeds a lot or has bad pain in the chest. Or there is a fire.

- Calling 112 is free. It works on every phone, also without credit.
- Say where you are: the address of your location and your room.
- Answer the questions. Do not hang up before they tell you to.
- Then tell the staff at your location.

## When you are ill: the GZA health centre

Every location has a GZA health centre. GZA is the general practice (doctor''s office) for asylum seekers.

1. Go to the walk-in consultation hours in the morning. You do not need an appointment.
2. A doctor''s assistant listens to you.
3. If needed, the assistant makes an appointment for you with the doctor (GP) or the nurse.

The consultation hours are on the [My centre](/centre) page.

## At night, at the weekend and outside consultation hours

Call the GZA phone line. It answers medical questions 24 hours a day, 7 days a week. The number is on the [My centre](/centre) page. Save the number in your phone now.

## Hospital and specialists

- The GP decides if you need a specialist or the hospital. The GP gives you a referral letter.
- Is the hospital or the care more than 10 km away? COA pays for your travel. Ask staff at your location how this works.
- A taxi is only paid when GZA decides that it is medically necessary.

## Your privacy

Everything you tell the doctor, the nurse or the assistant is confidential. They do not share it without your permission. You can ask for an interpreter.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'en', 'Your rights and the house rules', 'What you receive in reception, and the rules that everyone must follow. Check the house rules at your location.',
'## What you receive

While you are in reception, COA gives you:

- a place to live;
- meals, or money to buy food and cook yourself;
- a weekly allowance for clothes and personal care;
- information, counselling and activities;
- transport to your lawyer and the IND;
- necessary medical care;
- liability insurance: it pays if you damage something of another person by accident.

Amounts can change. Ask staff at your location what you receive.

## What we ask of you

- **Report your presence** as your location asks. For example, at the desk on fixed days.
- **Keep your room safe and clean.** Also clean the shared spaces as agreed.
- **No violence.** No fighting, no threats, no weapons.
- **Respect others.** Everyone is welcome, whatever their religion, origin or gender, and whoever they love. Be quiet at night.
- **Fire safety.** Do not cook in your room. Do not cover or remove smoke detectors. Keep corridors and exits free.
- **Visitors** may come according to the rules of your location. Tell the desk.

## When rules are broken

Breaking the rules can lead to measures. For example a warning, or less allowance for some time. In serious cases, staff call the police.

## Check the house rules at your location

Every location has its own house rules. Ask for them at the desk, in your language. Do you have a question or a complaint? Talk to staff at your location.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'en', 'Safety: fire, threats, exploitation and scams', 'How to stay safe at your location, and where to get help when you feel unsafe.',
'## Fire

- When you hear the fire alarm: leave the building at once by the nearest exit. Do not use the lift. Do not go back for your things.
- Learn where the exits of your building are.
- Never cover or remove a smoke detector.
- Do not cook in your room. Use the kitchen, and never leave the cooking alone.
- Do not smoke in your room or in bed.
- Do you see fire or smoke? Call [112](tel:112) and warn the staff.

## When you feel unsafe or threatened

- Tell the staff at your location. They take it seriously and look for a solution with you.
- Are you in danger right now? Call [112](tel:112).
- Violence at home or between partners is never allowed. You can get help.

## LGBTI residents

Are you lesbian, gay, bisexual, transgender or intersex, and do you feel unsafe? You can ask staff for safe housing. Staff keep this confidential.

## Human trafficking and exploitation

Be careful if someone:

- offers you work or a place to live that sounds too good to be true;
- takes your passport, your papers or your phone;
- makes you work without pay, or says you must pay off a debt;
- forces you to have sex or to do criminal things.

This is a crime. It is not your fault, and help exists. Talk to the staff, your doctor or your lawyer.

## Scams

- Nobody from COA or the IND asks you for money for your procedure. Your procedure and your lawyer are free.
- Do not pay anyone who promises you a faster procedure or a permit.
- Never give your bank PIN, your passwords or codes you get by text message.
- Not sure? First ask the staff at your location.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
