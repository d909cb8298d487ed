-- Vacancies: volunteer work and one paid job, in en, nl and ar. The paid job
-- states the work conditions (6 months in the procedure, a TWV from UWV, at least minimum wage).

-- vac-zwolle-kitchen-help
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('vac-zwolle-kitchen-help', 'vacancy', 'agency-demo', 'loc-zwolle', NULL, NULL, 'volunteer', 'Ask at the reception desk', NULL, 'en', 1, 1, 1794218400000, 1, 'acct-staff-zwolle', 1794218400000, 'acct-staff-zwolle', 1794218400000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-zwolle-kitchen-help', 'en', 'published', 1, 1, 'acct-staff-zwolle', 1794218400000,
    'Volunteer: kitchen help for activities',
    'Help prepare tea, coffee and simple food for activities at our location, and clean up afterwards. A few hours a week.',
    '## What you do

- Prepare tea, coffee and simple food for activities, such as the language café.
- Set the tables and welcome people.
- Clean the kitchen and the room afterwards.

## What we ask

- You like working with other people.
- You can come at fixed times, a few hours a week.
- Before you start, you get a short explanation about hygiene in the kitchen.

## Conditions

This is volunteer work: it is unpaid. Volunteer work has its own conditions. Staff check them with you before you start.

## How to apply

Ask at the reception desk. The opening hours are on [My centre](/centre).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-zwolle-kitchen-help', 'nl', 'published', 1, 1, 'acct-staff-zwolle', 1794218400000,
    'Vrijwilliger: keukenhulp bij activiteiten',
    'Help mee met thee, koffie en eenvoudig eten voor activiteiten op onze locatie, en ruim daarna op. Een paar uur per week.',
    '## Wat u doet

- Thee, koffie en eenvoudig eten klaarmaken voor activiteiten, zoals het taalcafé.
- De tafels dekken en mensen welkom heten.
- Daarna de keuken en de zaal schoonmaken.

## Wat we vragen

- U werkt graag met andere mensen.
- U kunt op vaste tijden komen, een paar uur per week.
- Voordat u begint, krijgt u een korte uitleg over hygiëne in de keuken.

## Voorwaarden

Dit is vrijwilligerswerk: het is onbetaald. Voor vrijwilligerswerk gelden eigen voorwaarden. De medewerkers bekijken die met u voordat u begint.

## Hoe u reageert

Vraag het bij de receptie. De openingstijden staan bij [Mijn centrum](/centre).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-zwolle-kitchen-help', 'ar', 'published', 1, 1, 'acct-staff-zwolle', 1794218400000,
    'تطوع: مساعدة في المطبخ للأنشطة',
    'ساعد في تحضير الشاي والقهوة والطعام البسيط للأنشطة في مركزنا، وفي التنظيف بعدها. بضع ساعات في الأسبوع.',
    '## ماذا تفعل

- تحضّر الشاي والقهوة والطعام البسيط للأنشطة، مثل مقهى اللغة.
- ترتّب الطاولات وترحّب بالناس.
- تنظّف المطبخ والقاعة بعد ذلك.

## ماذا نطلب منك

- تحب العمل مع الآخرين.
- تستطيع الحضور في أوقات ثابتة، بضع ساعات في الأسبوع.
- قبل أن تبدأ، تحصل على شرح قصير عن النظافة في المطبخ.

## الشروط

هذا عمل تطوعي: بدون أجر. للعمل التطوعي شروط خاصة به. يراجعها الموظفون معك قبل أن تبدأ.

## كيف تتقدم

اسأل في مكتب الاستقبال. مواعيد العمل موجودة في صفحة [مركزي](/centre).')
ON CONFLICT (item_id, language) DO NOTHING;

-- vac-zwolle-language-buddy
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('vac-zwolle-language-buddy', 'vacancy', 'agency-demo', 'loc-zwolle', NULL, NULL, 'volunteer', 'Ask at the reception desk', NULL, 'en', 1, 1, 1794823200000, 1, 'acct-staff-zwolle', 1794823200000, 'acct-staff-zwolle', 1794823200000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-zwolle-language-buddy', 'en', 'published', 1, 1, 'acct-staff-zwolle', 1794823200000,
    'Volunteer: language buddy for new residents',
    'Help new residents who speak your language to find their way at the location. You show them around and explain how things work.',
    '## What you do

- Welcome new residents who speak your language.
- Show them the location: the reception desk, the GZA health centre, the laundry.
- Explain how mail, the weekly allowance and the house rules work.
- Go with them to the reception desk if they need help to ask something.

You do **not** interpret at the doctor, the IND or the lawyer. Professional interpreters do that.

## What we ask

- You speak your own language well, and some Dutch or English.
- You have lived at our location for a few weeks or more.
- You keep what you hear to yourself.

## Conditions

This is volunteer work: it is unpaid. Volunteer work has its own conditions. Staff check them with you before you start.

## How to apply

Ask at the reception desk. The opening hours are on [My centre](/centre).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-zwolle-language-buddy', 'nl', 'published', 1, 1, 'acct-staff-zwolle', 1794823200000,
    'Vrijwilliger: taalmaatje voor nieuwe bewoners',
    'Help nieuwe bewoners die uw taal spreken hun weg te vinden op de locatie. U laat hen rondkijken en legt uit hoe alles werkt.',
    '## Wat u doet

- Nieuwe bewoners die uw taal spreken welkom heten.
- Hun de locatie laten zien: de receptie, het GZA-gezondheidscentrum, de wasruimte.
- Uitleggen hoe de post, het weekgeld en de huisregels werken.
- Met hen meegaan naar de receptie als ze hulp nodig hebben om iets te vragen.

U tolkt **niet** bij de dokter, de IND of de advocaat. Dat doen professionele tolken.

## Wat we vragen

- U spreekt uw eigen taal goed, en een beetje Nederlands of Engels.
- U woont al een paar weken of langer op onze locatie.
- U houdt voor uzelf wat u hoort.

## Voorwaarden

Dit is vrijwilligerswerk: het is onbetaald. Voor vrijwilligerswerk gelden eigen voorwaarden. De medewerkers bekijken die met u voordat u begint.

## Hoe u reageert

Vraag het bij de receptie. De openingstijden staan bij [Mijn centrum](/centre).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-zwolle-language-buddy', 'ar', 'published', 1, 1, 'acct-staff-zwolle', 1794823200000,
    'تطوع: رفيق لغة للمقيمين الجدد',
    'ساعد المقيمين الجدد الذين يتحدثون لغتك على التعرف على المركز. تُريهم المكان وتشرح لهم كيف تسير الأمور.',
    '## ماذا تفعل

- ترحّب بالمقيمين الجدد الذين يتحدثون لغتك.
- تُريهم المركز: مكتب الاستقبال، والمركز الصحي GZA، وغرفة الغسيل.
- تشرح لهم كيف يعمل البريد والمخصص الأسبوعي وقواعد السكن.
- ترافقهم إلى مكتب الاستقبال إذا احتاجوا إلى مساعدة لطرح سؤال.

أنت **لا** تترجم عند الطبيب أو في دائرة الهجرة والتجنيس أو عند المحامي. يقوم بذلك مترجمون محترفون.

## ماذا نطلب منك

- تتحدث لغتك جيدًا، وقليلًا من الهولندية أو الإنجليزية.
- تسكن في مركزنا منذ بضعة أسابيع أو أكثر.
- تحتفظ لنفسك بما تسمعه.

## الشروط

هذا عمل تطوعي: بدون أجر. للعمل التطوعي شروط خاصة به. يراجعها الموظفون معك قبل أن تبدأ.

## كيف تتقدم

اسأل في مكتب الاستقبال. مواعيد العمل موجودة في صفحة [مركزي](/centre).')
ON CONFLICT (item_id, language) DO NOTHING;

-- vac-zwolle-cleaner
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('vac-zwolle-cleaner', 'vacancy', 'agency-demo', 'loc-zwolle', NULL, NULL, 'paid', 'Ask at the reception desk', 'https://www.werk.nl', 'en', 1, 1, 1795168800000, 1, 'acct-staff-zwolle', 1795168800000, 'acct-staff-zwolle', 1795168800000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-zwolle-cleaner', 'en', 'published', 1, 1, 'acct-staff-zwolle', 1795168800000,
    'Paid work: cleaner at a cleaning company in Zwolle',
    'A cleaning company in Zwolle is looking for cleaners for offices, part-time. Allowed after 6 months in the procedure; the employer needs a work permit (TWV).',
    '## What you do

- Clean offices in Zwolle: floors, desks, kitchens and toilets.
- Part-time, mostly early in the morning.
- You work in a team, with a team leader who shows you the work.

## Conditions

- Allowed after **6 months** in the procedure: your asylum application must have been pending for at least 6 months.
- The employer needs a **work permit (TWV)** from UWV for you. The employer applies for it.
- You earn at least the Dutch **minimum wage**.
- If you earn money, you pay part of the cost of your reception. Tell staff before you start.
- After a final rejection of your application, you must stop working.

## How to apply

Ask at the reception desk. Staff check with you whether you meet the conditions, and help you contact the employer. More jobs are on [werk.nl](https://www.werk.nl), the job website of UWV.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-zwolle-cleaner', 'nl', 'published', 1, 1, 'acct-staff-zwolle', 1795168800000,
    'Betaald werk: schoonmaker bij een schoonmaakbedrijf in Zwolle',
    'Een schoonmaakbedrijf in Zwolle zoekt schoonmakers voor kantoren, parttime. Toegestaan na 6 maanden in de procedure; de werkgever heeft een tewerkstellingsvergunning (TWV) nodig.',
    '## Wat u doet

- Kantoren schoonmaken in Zwolle: vloeren, bureaus, keukens en toiletten.
- Parttime, meestal vroeg in de ochtend.
- U werkt in een team, met een teamleider die u het werk laat zien.

## Voorwaarden

- Toegestaan na **6 maanden** in de procedure: uw asielaanvraag loopt al minstens 6 maanden.
- De werkgever heeft van UWV een **tewerkstellingsvergunning (TWV)** voor u nodig. De werkgever vraagt die aan.
- U verdient minstens het Nederlandse **minimumloon**.
- Als u geld verdient, betaalt u mee aan de kosten van uw opvang. Zeg het tegen de medewerkers voordat u begint.
- Na een definitieve afwijzing van uw aanvraag moet u stoppen met werken.

## Hoe u reageert

Vraag het bij de receptie. De medewerkers bekijken met u of u aan de voorwaarden voldoet, en helpen u contact te leggen met de werkgever. Meer vacatures staan op [werk.nl](https://www.werk.nl), de vacaturesite van UWV.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-zwolle-cleaner', 'ar', 'published', 1, 1, 'acct-staff-zwolle', 1795168800000,
    'عمل مأجور: عامل تنظيف في شركة تنظيف في زفوله',
    'تبحث شركة تنظيف في زفوله عن عمال تنظيف للمكاتب، بدوام جزئي. مسموح بعد 6 أشهر في الإجراءات؛ يحتاج صاحب العمل إلى تصريح عمل (TWV).',
    '## ماذا تفعل

- تنظّف مكاتب في زفوله: الأرضيات، والمكاتب، والمطابخ، والمراحيض.
- بدوام جزئي، غالبًا في الصباح الباكر.
- تعمل ضمن فريق، مع قائد فريق يعلّمك العمل.

## الشروط

- مسموح بعد **6 أشهر** في الإجراءات: يجب أن يكون قد مرّ على طلب لجوئك 6 أشهر على الأقل.
- يحتاج صاحب العمل إلى **تصريح عمل (TWV)** لك من هيئة التأمينات الاجتماعية (UWV). صاحب العمل هو من يقدّم الطلب.
- تحصل على **الحد الأدنى للأجور** في هولندا على الأقل.
- إذا كسبت مالًا، تدفع جزءًا من تكاليف استقبالك. أخبر الموظفين قبل أن تبدأ.
- بعد الرفض النهائي لطلبك، يجب عليك التوقف عن العمل.

## كيف تتقدم

اسأل في مكتب الاستقبال. يتحقق الموظفون معك مما إذا كنت تستوفي الشروط، ويساعدونك على التواصل مع صاحب العمل. توجد وظائف أخرى على موقع [werk.nl](https://www.werk.nl)، وهو موقع الوظائف التابع لهيئة UWV.')
ON CONFLICT (item_id, language) DO NOTHING;

-- vac-agency-green-team
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('vac-agency-green-team', 'vacancy', 'agency-demo', NULL, NULL, NULL, 'volunteer', 'Ask staff at your location', NULL, 'en', 1, 1, 1793700000000, 1, 'acct-admin', 1793700000000, 'acct-admin', 1793700000000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-agency-green-team', 'en', 'published', 1, 1, 'acct-admin', 1793700000000,
    'Volunteer: green team for the garden and outdoor area',
    'Help keep the outdoor area of your location clean and green: garden work, plants and picking up litter. At every location.',
    '## What you do

- Work in the garden: plant, water and weed.
- Pick up litter around the buildings.
- Help make the outdoor area a nice place for everyone, also for children.

## What we ask

- You like to work outside, also when the weather is not so good.
- You come at fixed times, for example one morning a week.

## Conditions

This is volunteer work: it is unpaid. Volunteer work has its own conditions. Staff check them with you before you start.

## How to apply

Ask staff at your location. They tell you when the green team meets and what you need.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-agency-green-team', 'nl', 'published', 1, 1, 'acct-admin', 1793700000000,
    'Vrijwilliger: groenteam voor de tuin en het buitenterrein',
    'Help het buitenterrein van uw locatie schoon en groen te houden: tuinwerk, planten en zwerfafval opruimen. Op elke locatie.',
    '## Wat u doet

- Werken in de tuin: planten, water geven en onkruid wieden.
- Zwerfafval opruimen rond de gebouwen.
- Helpen om van het buitenterrein een fijne plek te maken voor iedereen, ook voor kinderen.

## Wat we vragen

- U werkt graag buiten, ook als het weer niet zo mooi is.
- U komt op vaste tijden, bijvoorbeeld één ochtend per week.

## Voorwaarden

Dit is vrijwilligerswerk: het is onbetaald. Voor vrijwilligerswerk gelden eigen voorwaarden. De medewerkers bekijken die met u voordat u begint.

## Hoe u reageert

Vraag het aan de medewerkers op uw locatie. Zij vertellen u wanneer het groenteam bij elkaar komt en wat u nodig hebt.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('vac-agency-green-team', 'ar', 'published', 1, 1, 'acct-admin', 1793700000000,
    'تطوع: الفريق الأخضر للحديقة والمساحات الخارجية',
    'ساعد في الحفاظ على نظافة المساحات الخارجية في مركزك وخضرتها: أعمال الحديقة، والنباتات، وجمع النفايات. في كل المراكز.',
    '## ماذا تفعل

- تعمل في الحديقة: تزرع، وتسقي، وتزيل الأعشاب الضارة.
- تجمع النفايات حول المباني.
- تساعد في جعل المساحات الخارجية مكانًا جميلًا للجميع، وللأطفال أيضًا.

## ماذا نطلب منك

- تحب العمل في الخارج، حتى عندما لا يكون الطقس جيدًا.
- تأتي في أوقات ثابتة، مثلًا صباحًا واحدًا في الأسبوع.

## الشروط

هذا عمل تطوعي: بدون أجر. للعمل التطوعي شروط خاصة به. يراجعها الموظفون معك قبل أن تبدأ.

## كيف تتقدم

اسأل الموظفين في مركزك. يخبرونك متى يجتمع الفريق الأخضر وما الذي تحتاجه.')
ON CONFLICT (item_id, language) DO NOTHING;
