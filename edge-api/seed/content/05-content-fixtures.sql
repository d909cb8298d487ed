-- A fixed news item at loc-zwolle for the authorization matrix (edge-api/authz-matrix.json names it
-- as the object of the /api/content/items/{id} routes) and the content integration tests. Real
-- text: it is shown to Zwolle residents like any other news.
INSERT INTO content_items (id, kind, agency_id, location_id, source_language, source_revision,
    published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('item-demo-zwolle-news', 'news', 'agency-demo', 'loc-zwolle', 'en', 1, 1, 1767225600000, 1,
     'acct-staff-zwolle', 1767225600000, 'acct-staff-zwolle', 1767225600000)
ON CONFLICT (id) DO NOTHING;

INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision,
    version, updated_by, updated_at) VALUES
    ('item-demo-zwolle-news', 'en', 'Reception desk closed on Monday morning',
     'The desk opens at 13:00 on Monday because of a staff meeting.',
     'On **Monday** the reception desk opens at 13:00 instead of 09:00, because of a staff meeting.

In an emergency, call [112](tel:112). For other urgent questions, see the phone numbers on the [My centre](/centre) page.',
     'published', 1, 1, 'acct-staff-zwolle', 1767225600000),
    ('item-demo-zwolle-news', 'nl', 'Receptie maandagochtend gesloten',
     'De receptie gaat maandag om 13:00 open vanwege een teamoverleg.',
     'Op **maandag** gaat de receptie om 13:00 open in plaats van 09:00, vanwege een teamoverleg.

Bij een noodgeval: bel [112](tel:112). Voor andere dringende vragen staan de telefoonnummers op de pagina [Mijn centrum](/centre).',
     'published', 1, 1, 'acct-staff-zwolle', 1767225600000),
    ('item-demo-zwolle-news', 'ar', 'مكتب الاستقبال مغلق صباح يوم الاثنين',
     'يفتح مكتب الاستقبال يوم الاثنين الساعة 13:00 بسبب اجتماع للموظفين.',
     'يوم **الاثنين** يفتح مكتب الاستقبال الساعة 13:00 بدلاً من 09:00، بسبب اجتماع للموظفين.

في حالة الطوارئ، اتصل بالرقم [112](tel:112). للأسئلة العاجلة الأخرى، تجد أرقام الهاتف في صفحة [مركزي](/centre).',
     'published', 1, 1, 'acct-staff-zwolle', 1767225600000)
ON CONFLICT (item_id, language) DO NOTHING;
