-- News: Zwolle items by its staff, one for Ter Apel, one agency-wide; in en,
-- nl and ar. Times and dates belong to /centre and /activities, so the news links there instead of
-- repeating them.

-- news-zwolle-flu-vaccination
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('news-zwolle-flu-vaccination', 'news', 'agency-demo', 'loc-zwolle', NULL, NULL, NULL, NULL, NULL, 'en', 1, 1, 1793872800000, 1, 'acct-staff-zwolle', 1793872800000, 'acct-staff-zwolle', 1793872800000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-zwolle-flu-vaccination', 'en', 'published', 1, 1, 'acct-staff-zwolle', 1793872800000,
    'Flu vaccination at the GZA',
    'The GZA offers the flu vaccination to residents with a higher risk. Ask at the walk-in hour if it is for you.',
    'Flu (influenza) can make some people very ill. A vaccination protects you. It is free.

## Who can get it?

- People aged 60 or older.
- People with certain long-term illnesses, for example of the heart or the lungs, or diabetes.

Not sure if this is for you? Ask at the GZA walk-in hour. The times are on [My centre](/centre).

## Tips against flu

- Wash your hands often with soap.
- Cough and sneeze into your elbow.
- Are you ill with a fever? Rest, and go to the walk-in hour if you do not get better.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-zwolle-flu-vaccination', 'nl', 'published', 1, 1, 'acct-staff-zwolle', 1793872800000,
    'Griepprik bij het GZA',
    'Het GZA geeft de griepprik aan bewoners met een hoger risico. Vraag op het inloopspreekuur of hij voor u is.',
    'Griep kan sommige mensen erg ziek maken. Een vaccinatie beschermt u. Die is gratis.

## Wie kan de griepprik krijgen?

- Mensen van 60 jaar of ouder.
- Mensen met bepaalde langdurige ziektes, bijvoorbeeld van het hart of de longen, of diabetes.

Weet u niet of de griepprik voor u is? Vraag het op het inloopspreekuur van het GZA. De tijden staan bij [Mijn centrum](/centre).

## Tips tegen griep

- Was vaak uw handen met zeep.
- Hoest en nies in uw elleboog.
- Bent u ziek met koorts? Rust uit, en ga naar het inloopspreekuur als het niet beter wordt.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-zwolle-flu-vaccination', 'ar', 'published', 1, 1, 'acct-staff-zwolle', 1793872800000,
    'لقاح الإنفلونزا في المركز الصحي GZA',
    'يقدّم المركز الصحي GZA لقاح الإنفلونزا للمقيمين الأكثر عرضة للخطر. اسأل في ساعة الاستشارة المفتوحة إن كان مناسبًا لك.',
    'قد تسبب الإنفلونزا مرضًا شديدًا لبعض الناس. اللقاح يحميك. وهو مجاني.

## من يمكنه الحصول عليه؟

- الأشخاص الذين تبلغ أعمارهم 60 سنة أو أكثر.
- الأشخاص المصابون ببعض الأمراض المزمنة، مثل أمراض القلب أو الرئتين، أو السكري.

لست متأكدًا إن كان اللقاح مناسبًا لك؟ اسأل في ساعة الاستشارة المفتوحة في المركز الصحي GZA. المواعيد موجودة في صفحة [مركزي](/centre).

## نصائح ضد الإنفلونزا

- اغسل يديك كثيرًا بالماء والصابون.
- اسعل واعطس في مرفقك.
- هل أنت مريض ولديك حمّى؟ استرح، واذهب إلى ساعة الاستشارة المفتوحة إذا لم تتحسن.')
ON CONFLICT (item_id, language) DO NOTHING;

-- news-zwolle-language-cafe
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('news-zwolle-language-cafe', 'news', 'agency-demo', 'loc-zwolle', NULL, NULL, NULL, NULL, NULL, 'en', 1, 1, 1794477600000, 1, 'acct-staff-zwolle', 1794477600000, 'acct-staff-zwolle', 1794477600000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-zwolle-language-cafe', 'en', 'published', 1, 1, 'acct-staff-zwolle', 1794477600000,
    'New: a language café at our location',
    'Every week, volunteers from Zwolle practise Dutch with you over a cup of tea. Beginners are welcome.',
    'Do you want to speak more Dutch? Come to the new **language café** at our location.

- Volunteers from Zwolle talk with you in easy Dutch.
- Everyone is welcome, also if you know only a few words.
- Tea and coffee are ready.

The day and time are in [Activities](/activities). You can sign up there.

Speaking Dutch helps you in the shop, at the doctor and later at work. Read more in [Learning Dutch, volunteer work and paid work](/library/art-learning-work).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-zwolle-language-cafe', 'nl', 'published', 1, 1, 'acct-staff-zwolle', 1794477600000,
    'Nieuw: een taalcafé op onze locatie',
    'Elke week oefenen vrijwilligers uit Zwolle Nederlands met u, bij een kopje thee. Beginners zijn welkom.',
    'Wilt u meer Nederlands spreken? Kom naar het nieuwe **taalcafé** op onze locatie.

- Vrijwilligers uit Zwolle praten met u in makkelijk Nederlands.
- Iedereen is welkom, ook als u maar een paar woorden kent.
- Er staan thee en koffie klaar.

De dag en de tijd staan bij [Activiteiten](/activities). Daar kunt u zich ook aanmelden.

Nederlands spreken helpt u in de winkel, bij de dokter en later op uw werk. Lees meer in [Nederlands leren, vrijwilligerswerk en betaald werk](/library/art-learning-work).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-zwolle-language-cafe', 'ar', 'published', 1, 1, 'acct-staff-zwolle', 1794477600000,
    'جديد: مقهى اللغة في مركزنا',
    'كل أسبوع يتمرن معك متطوعون من مدينة زفوله على اللغة الهولندية، مع كوب من الشاي. المبتدئون مرحَّب بهم.',
    'هل تريد أن تتحدث الهولندية أكثر؟ تعال إلى **مقهى اللغة** الجديد في مركزنا.

- يتحدث معك متطوعون من زفوله بلغة هولندية سهلة.
- الجميع مرحَّب بهم، حتى إذا كنت تعرف بضع كلمات فقط.
- الشاي والقهوة جاهزان.

اليوم والوقت موجودان في [الأنشطة](/activities). ويمكنك التسجيل هناك.

التحدث بالهولندية يساعدك في المتجر، وعند الطبيب، ولاحقًا في العمل. اقرأ المزيد في [تعلّم الهولندية والعمل التطوعي والعمل المأجور](/library/art-learning-work).')
ON CONFLICT (item_id, language) DO NOTHING;

-- news-terapel-vluchtelingenwerk
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('news-terapel-vluchtelingenwerk', 'news', 'agency-demo', 'loc-ter-apel', NULL, NULL, NULL, NULL, NULL, 'en', 1, 1, 1794996000000, 1, 'acct-staff-terapel', 1794996000000, 'acct-staff-terapel', 1794996000000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-terapel-vluchtelingenwerk', 'en', 'published', 1, 1, 'acct-staff-terapel', 1794996000000,
    'Questions about your procedure? VluchtelingenWerk can help',
    'VluchtelingenWerk explains the asylum procedure to you, free of charge. Ask at the reception desk where and when you can find them.',
    'You have just arrived, and there is a lot to understand. **VluchtelingenWerk** (the Dutch Council for Refugees) explains the asylum procedure to you, in a language you understand.

- VluchtelingenWerk is independent. It is not part of the IND or COA.
- Their help is free.
- No question is too small.

Ask at the reception desk where and when you can find VluchtelingenWerk at this location.

Read first: [Step 2: The first days at central reception](/library/art-stage-central-reception).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-terapel-vluchtelingenwerk', 'nl', 'published', 1, 1, 'acct-staff-terapel', 1794996000000,
    'Vragen over uw procedure? VluchtelingenWerk helpt u',
    'VluchtelingenWerk legt u de asielprocedure uit, gratis. Vraag bij de receptie waar en wanneer u hen kunt vinden.',
    'U bent net aangekomen, en er is veel om te begrijpen. **VluchtelingenWerk** legt u de asielprocedure uit, in een taal die u begrijpt.

- VluchtelingenWerk is onafhankelijk. Het hoort niet bij de IND of het COA.
- Hun hulp is gratis.
- Geen vraag is te klein.

Vraag bij de receptie waar en wanneer u VluchtelingenWerk op deze locatie kunt vinden.

Lees eerst: [Stap 2: De eerste dagen in de centrale ontvangst](/library/art-stage-central-reception).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-terapel-vluchtelingenwerk', 'ar', 'published', 1, 1, 'acct-staff-terapel', 1794996000000,
    'أسئلة عن إجراءاتك؟ مجلس اللاجئين الهولندي يساعدك',
    'يشرح لك مجلس اللاجئين الهولندي (VluchtelingenWerk) إجراءات اللجوء مجانًا. اسأل في مكتب الاستقبال أين ومتى تجدهم.',
    'لقد وصلت للتو، وهناك أشياء كثيرة عليك فهمها. يشرح لك **مجلس اللاجئين الهولندي** (VluchtelingenWerk) إجراءات اللجوء، بلغة تفهمها.

- المجلس مستقل. ليس جزءًا من دائرة الهجرة والتجنيس (IND) ولا من الهيئة المركزية لاستقبال طالبي اللجوء (COA).
- مساعدتهم مجانية.
- لا يوجد سؤال صغير جدًا.

اسأل في مكتب الاستقبال أين ومتى تجد مجلس اللاجئين في هذا المركز.

اقرأ أولًا: [الخطوة 2: الأيام الأولى في الاستقبال المركزي](/library/art-stage-central-reception).')
ON CONFLICT (item_id, language) DO NOTHING;

-- news-zwolle-christmas-hours
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('news-zwolle-christmas-hours', 'news', 'agency-demo', 'loc-zwolle', NULL, NULL, NULL, NULL, NULL, 'en', 1, 1, 1795514400000, 1, 'acct-staff-zwolle', 1795514400000, 'acct-staff-zwolle', 1795514400000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-zwolle-christmas-hours', 'en', 'published', 1, 1, 'acct-staff-zwolle', 1795514400000,
    'Opening hours over Christmas and New Year',
    'On 25 and 26 December and on 1 January, the reception desk and other services have different opening hours. Check My centre before you go.',
    'Christmas and New Year are public holidays in the Netherlands. On **25 and 26 December** and on **1 January**, the reception desk, the GZA health centre and other services have different opening hours.

- Check the opening hours on [My centre](/centre) before you go.
- The GZA phone line answers medical questions every day, also on holidays. The number is on [My centre](/centre).
- In a life-threatening emergency, call [112](tel:112).

Shops and buses can also have different hours on these days. Do your shopping in time.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-zwolle-christmas-hours', 'nl', 'published', 1, 1, 'acct-staff-zwolle', 1795514400000,
    'Openingstijden tijdens Kerst en Oud en Nieuw',
    'Op 25 en 26 december en op 1 januari hebben de receptie en andere diensten andere openingstijden. Kijk bij Mijn centrum voordat u gaat.',
    'Kerst en Nieuwjaar zijn feestdagen in Nederland. Op **25 en 26 december** en op **1 januari** hebben de receptie, het GZA-gezondheidscentrum en andere diensten andere openingstijden.

- Kijk bij [Mijn centrum](/centre) naar de openingstijden voordat u gaat.
- De telefoonlijn van het GZA beantwoordt elke dag medische vragen, ook op feestdagen. Het nummer staat bij [Mijn centrum](/centre).
- Bij levensgevaar belt u [112](tel:112).

Winkels en bussen kunnen op deze dagen ook andere tijden hebben. Doe op tijd uw boodschappen.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-zwolle-christmas-hours', 'ar', 'published', 1, 1, 'acct-staff-zwolle', 1795514400000,
    'مواعيد العمل في عيد الميلاد ورأس السنة',
    'في 25 و26 ديسمبر وفي 1 يناير تتغير مواعيد عمل مكتب الاستقبال والخدمات الأخرى. تحقّق من صفحة مركزي قبل أن تذهب.',
    'عيد الميلاد ورأس السنة عطلتان رسميتان في هولندا. في **25 و26 ديسمبر** وفي **1 يناير** تتغير مواعيد عمل مكتب الاستقبال والمركز الصحي GZA والخدمات الأخرى.

- تحقّق من مواعيد العمل في صفحة [مركزي](/centre) قبل أن تذهب.
- يجيب الخط الهاتفي للمركز الصحي GZA على الأسئلة الطبية كل يوم، حتى في العطل. الرقم موجود في صفحة [مركزي](/centre).
- في حالة خطر على الحياة، اتصل بالرقم [112](tel:112).

قد تتغير أيضًا مواعيد المتاجر والحافلات في هذه الأيام. اشترِ حاجاتك في وقت مبكر.')
ON CONFLICT (item_id, language) DO NOTHING;

-- news-agency-library-offline
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('news-agency-library-offline', 'news', 'agency-demo', NULL, NULL, NULL, NULL, NULL, NULL, 'en', 1, 1, 1795687200000, 1, 'acct-admin', 1795687200000, 'acct-admin', 1795687200000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-agency-library-offline', 'en', 'published', 1, 1, 'acct-admin', 1795687200000,
    'New in Wegwijs: information in your language, also offline',
    'The library explains the asylum procedure, your rights, health care, safety, daily life and work. After one visit online you can read it without internet.',
    'Wegwijs now has a **library** with information for you:

- the steps of the asylum procedure, and what you can do at each step;
- your rights and duties;
- health care, safety and daily life;
- learning Dutch, volunteer work and paid work.

Open a page once while you have internet. After that you can read it without internet too. Wegwijs shows when the information was last updated.

Save the pages you need most as favourites. Start here: [the library](/library).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-agency-library-offline', 'nl', 'published', 1, 1, 'acct-admin', 1795687200000,
    'Nieuw in Wegwijs: informatie in uw taal, ook offline',
    'De bibliotheek legt de asielprocedure uit, en uw rechten, zorg, veiligheid, dagelijks leven en werk. Na één bezoek online leest u het ook zonder internet.',
    'Wegwijs heeft nu een **bibliotheek** met informatie voor u:

- de stappen van de asielprocedure, en wat u bij elke stap kunt doen;
- uw rechten en plichten;
- zorg, veiligheid en dagelijks leven;
- Nederlands leren, vrijwilligerswerk en betaald werk.

Open een pagina één keer als u internet hebt. Daarna kunt u hem ook zonder internet lezen. Wegwijs laat zien wanneer de informatie voor het laatst is bijgewerkt.

Bewaar de pagina''s die u het meest nodig hebt als favoriet. Begin hier: [de bibliotheek](/library).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('news-agency-library-offline', 'ar', 'published', 1, 1, 'acct-admin', 1795687200000,
    'جديد في Wegwijs: معلومات بلغتك، حتى بدون إنترنت',
    'تشرح المكتبة إجراءات اللجوء وحقوقك والرعاية الصحية والأمان والحياة اليومية والعمل. بعد زيارة واحدة على الإنترنت يمكنك قراءتها بدون إنترنت.',
    'يحتوي Wegwijs الآن على **مكتبة** فيها معلومات لك:

- خطوات إجراءات اللجوء، وما يمكنك أن تفعله في كل خطوة؛
- حقوقك وواجباتك؛
- الرعاية الصحية والأمان والحياة اليومية؛
- تعلّم الهولندية والعمل التطوعي والعمل المأجور.

افتح الصفحة مرة واحدة عندما يكون لديك إنترنت. بعد ذلك يمكنك قراءتها بدون إنترنت أيضًا. يُظهر Wegwijs متى تم تحديث المعلومات آخر مرة.

احفظ الصفحات التي تحتاجها أكثر في المفضلة. ابدأ من هنا: [المكتبة](/library).')
ON CONFLICT (item_id, language) DO NOTHING;
