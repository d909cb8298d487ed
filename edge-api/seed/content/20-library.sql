-- Library articles: one per asylum procedure stage (shown on "My procedure"),
-- plus rights and duties, health care, safety, daily life, and learning and work. Agency-wide, in
-- en (source), nl and ar. The four key articles (art-procedure-overview, art-emergency-health,
-- art-house-rules, art-safety) are in another file, in all twelve languages. Facts follow
-- public sources (COA, IND, AIDA report NL; 2026-11); figures that change say "check with staff". No phone numbers here: they
-- belong to a location, on /centre. Bodies are wegwijs_shared::richtext markup. Times: 2026-10-01,
-- one minute apart, step 1 the newest, so a newest-first list reads in procedure order.

-- art-stage-application
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-stage-application', 'article', 'agency-demo', NULL, 'asylum_procedure', 'application', NULL, NULL, NULL, 'en', 1, 1, 1790845980000, 1, 'acct-admin', 1790845980000, 'acct-admin', 1790845980000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-application', 'en', 'published', 1, 1, 'acct-admin', 1790845980000,
    'Step 1: Applying for asylum',
    'You ask the Netherlands for protection at an IND application centre. The police register who you are. What happens now and what you can do.',
    '## Where you are

You have asked the Netherlands for protection. This is your asylum application. Most people apply at the application centre in **Ter Apel**. People who arrive by plane or by boat apply at **Schiphol**.

## What happens now

1. The aliens police (AVIM) check who you are.
2. They take your photo and your fingerprints and write down your details.
3. They check European systems (Eurodac and VIS). These show if you were registered in another European country.
4. COA gives you a place at a central reception location. You sleep and eat there.

## What you can do

- Give all your documents: passport, ID card, birth certificate.
- Tell the truth about your name, your date of birth and your country.
- Say it if you do not understand the interpreter.
- Say it if you are ill, pregnant or younger than 18.
- Keep every paper you get in a safe place.

Children who travel without their parents get a guardian from **Nidos**.

## What comes next

Next are the first days at the central reception location. Read [Step 2: The first days at central reception](/library/art-stage-central-reception).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-application', 'nl', 'published', 1, 1, 'acct-admin', 1790845980000,
    'Stap 1: Asiel aanvragen',
    'U vraagt Nederland om bescherming bij een aanmeldcentrum van de IND. De politie legt vast wie u bent. Wat er nu gebeurt en wat u kunt doen.',
    '## Waar u bent

U hebt Nederland om bescherming gevraagd. Dit is uw asielaanvraag. De meeste mensen melden zich in het aanmeldcentrum in **Ter Apel**. Mensen die met het vliegtuig of de boot komen, melden zich op **Schiphol**.

## Wat er nu gebeurt

1. De vreemdelingenpolitie (AVIM) controleert wie u bent.
2. Zij maken een foto, nemen uw vingerafdrukken en schrijven uw gegevens op.
3. Zij kijken in Europese systemen (Eurodac en VIS). Daarin staat of u al in een ander Europees land bent geregistreerd.
4. Het COA geeft u een plek op een centrale ontvangstlocatie. Daar slaapt en eet u.

## Wat u kunt doen

- Geef al uw documenten: paspoort, identiteitskaart, geboorteakte.
- Vertel de waarheid over uw naam, uw geboortedatum en uw land.
- Zeg het als u de tolk niet begrijpt.
- Zeg het als u ziek bent, zwanger bent of jonger bent dan 18.
- Bewaar elk papier dat u krijgt op een veilige plek.

Kinderen die zonder ouders reizen, krijgen een voogd van **Nidos**.

## Wat hierna komt

Hierna volgen de eerste dagen op de centrale ontvangstlocatie. Lees [Stap 2: De eerste dagen in de centrale ontvangst](/library/art-stage-central-reception).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-application', 'ar', 'published', 1, 1, 'acct-admin', 1790845980000,
    'الخطوة 1: تقديم طلب اللجوء',
    'تطلب الحماية من هولندا في مركز تسجيل تابع لدائرة الهجرة والتجنيس (IND). تسجّل الشرطة هويتك. ماذا يحدث الآن وماذا يمكنك أن تفعل.',
    '## أين أنت الآن

لقد طلبت الحماية من هولندا. هذا هو طلب لجوئك. يقدّم معظم الناس طلبهم في مركز التسجيل في **تير آبل** (Ter Apel). ومن يصل بالطائرة أو بالقارب يقدّم طلبه في **مطار سخيبول** (Schiphol).

## ماذا يحدث الآن

1. تتحقق شرطة الأجانب (AVIM) من هويتك.
2. تلتقط صورتك وتأخذ بصمات أصابعك وتسجّل بياناتك.
3. تبحث في الأنظمة الأوروبية (Eurodac وVIS). تُظهر هذه الأنظمة إن كنت قد سُجّلت في بلد أوروبي آخر.
4. تمنحك الهيئة المركزية لاستقبال طالبي اللجوء (COA) مكانًا في مركز الاستقبال المركزي. هناك تنام وتأكل.

## ماذا يمكنك أن تفعل

- قدّم كل وثائقك: جواز السفر، بطاقة الهوية، شهادة الميلاد.
- قل الحقيقة عن اسمك وتاريخ ميلادك وبلدك.
- قل ذلك إذا لم تفهم المترجم.
- قل ذلك إذا كنت مريضًا، أو إذا كنتِ حاملًا، أو إذا كان عمرك أقل من 18 سنة.
- احفظ كل ورقة تحصل عليها في مكان آمن.

الأطفال الذين يسافرون بدون والديهم يحصلون على وصيّ من منظمة **نيدوس** (Nidos).

## ماذا بعد ذلك

بعد ذلك تأتي الأيام الأولى في مركز الاستقبال المركزي. اقرأ [الخطوة 2: الأيام الأولى في الاستقبال المركزي](/library/art-stage-central-reception).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-stage-central-reception
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-stage-central-reception', 'article', 'agency-demo', NULL, 'asylum_procedure', 'central_reception', NULL, NULL, NULL, 'en', 1, 1, 1790845920000, 1, 'acct-admin', 1790845920000, 'acct-admin', 1790845920000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-central-reception', 'en', 'published', 1, 1, 'acct-admin', 1790845920000,
    'Step 2: The first days at central reception',
    'At the central reception location you are registered, you have a health check and a first talk with the IND. This takes at least a few days.',
    '## Where you are

You are at a central reception location of COA, in Ter Apel or in Budel. You stay here for at least a few days.

## What happens now

- **Registration interview**: the IND asks questions about you, your family and your journey.
- **TB check**: the GGD checks your lungs for tuberculosis (TB). This protects you and the people around you.
- **Medical intake**: a nurse of the GZA health centre asks about your health.
- **Registration**: you are registered in the Dutch population register (BRP).

## What you can do

- Go to every appointment. Ask at the reception desk if you do not know when it is.
- Bring your documents to the IND.
- Tell the nurse about illnesses, pain and the medicines you take.
- Tell staff if you feel unsafe. Read [Safety](/library/art-safety).

Sometimes another European country is responsible for your application. Or your procedure goes faster, for example if you come from a safe country. Staff and your lawyer will tell you if this is the case.

## What comes next

Usually you move to another location for rest and preparation. Read [Step 3: Rest and preparation](/library/art-stage-rest-preparation).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-central-reception', 'nl', 'published', 1, 1, 'acct-admin', 1790845920000,
    'Stap 2: De eerste dagen in de centrale ontvangst',
    'Op de centrale ontvangstlocatie wordt u geregistreerd, krijgt u een gezondheidscheck en een eerste gesprek met de IND. Dit duurt minstens een paar dagen.',
    '## Waar u bent

U bent op een centrale ontvangstlocatie van het COA, in Ter Apel of in Budel. U blijft hier minstens een paar dagen.

## Wat er nu gebeurt

- **Aanmeldgehoor**: de IND stelt vragen over u, uw familie en uw reis.
- **Tbc-onderzoek**: de GGD onderzoekt uw longen op tuberculose (tbc). Dat beschermt u en de mensen om u heen.
- **Medische intake**: een verpleegkundige van het GZA-gezondheidscentrum vraagt naar uw gezondheid.
- **Inschrijving**: u wordt ingeschreven in de Basisregistratie Personen (BRP).

## Wat u kunt doen

- Ga naar elke afspraak. Vraag bij de receptie als u niet weet wanneer die is.
- Neem uw documenten mee naar de IND.
- Vertel de verpleegkundige over ziektes, pijn en de medicijnen die u gebruikt.
- Zeg het tegen de medewerkers als u zich niet veilig voelt. Lees [Veiligheid](/library/art-safety).

Soms is een ander Europees land verantwoordelijk voor uw aanvraag. Of uw procedure gaat sneller, bijvoorbeeld als u uit een veilig land komt. De medewerkers en uw advocaat vertellen u of dat zo is.

## Wat hierna komt

Meestal gaat u naar een andere locatie voor rust en voorbereiding. Lees [Stap 3: Rust en voorbereiding](/library/art-stage-rest-preparation).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-central-reception', 'ar', 'published', 1, 1, 'acct-admin', 1790845920000,
    'الخطوة 2: الأيام الأولى في الاستقبال المركزي',
    'في مركز الاستقبال المركزي يتم تسجيلك، وتخضع لفحص صحي، وتجري أول مقابلة مع دائرة الهجرة والتجنيس (IND). يستغرق هذا بضعة أيام على الأقل.',
    '## أين أنت الآن

أنت في مركز استقبال مركزي تابع للهيئة المركزية لاستقبال طالبي اللجوء (COA)، في تير آبل أو في بوديل (Budel). تبقى هنا بضعة أيام على الأقل.

## ماذا يحدث الآن

- **مقابلة التسجيل**: تطرح عليك دائرة الهجرة والتجنيس (IND) أسئلة عنك وعن عائلتك وعن رحلتك.
- **فحص السل**: تفحص دائرة الصحة البلدية (GGD) رئتيك للكشف عن مرض السل. هذا يحميك ويحمي من حولك.
- **الفحص الطبي الأولي**: يسألك ممرض أو ممرضة من المركز الصحي GZA عن صحتك.
- **التسجيل**: يتم تسجيلك في سجل السكان الهولندي (BRP).

## ماذا يمكنك أن تفعل

- اذهب إلى كل موعد. اسأل في مكتب الاستقبال إذا كنت لا تعرف موعدك.
- أحضر وثائقك معك إلى دائرة الهجرة والتجنيس.
- أخبر الممرض عن أمراضك وآلامك والأدوية التي تتناولها.
- أخبر الموظفين إذا شعرت بأنك غير آمن. اقرأ [الأمان](/library/art-safety).

أحيانًا يكون بلد أوروبي آخر هو المسؤول عن طلبك. أو تكون إجراءاتك أسرع، مثلًا إذا كنت قادمًا من بلد آمن. سيخبرك الموظفون ومحاميك إن كان هذا وضعك.

## ماذا بعد ذلك

عادةً تنتقل إلى مركز آخر للراحة والتحضير. اقرأ [الخطوة 3: الراحة والتحضير](/library/art-stage-rest-preparation).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-stage-rest-preparation
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-stage-rest-preparation', 'article', 'agency-demo', NULL, 'asylum_procedure', 'rest_and_preparation', NULL, NULL, NULL, 'en', 1, 1, 1790845860000, 1, 'acct-admin', 1790845860000, 'acct-admin', 1790845860000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-rest-preparation', 'en', 'published', 1, 1, 'acct-admin', 1790845860000,
    'Step 3: Rest and preparation',
    'About a week to rest and to prepare for your interviews, with information from VluchtelingenWerk and a lawyer who helps you for free.',
    '## Where you are

You are at a process reception location. You have about a week to rest and to prepare, before the IND procedure starts.

## What happens now

- **VluchtelingenWerk** (the Dutch Council for Refugees) explains the asylum procedure to you. VluchtelingenWerk is not part of the IND.
- You get a **lawyer** through the Legal Aid Board. You do not pay for this lawyer. Your lawyer works for you, not for the IND.
- **Medical advice**: a health worker asks about your health, so that the IND can take it into account in your interviews.

## What you can do

1. Rest. Sleep, eat and go outside.
2. Think about what happened to you, and when. Write down dates and places if that helps you.
3. Collect your documents and other proof, and give them to your lawyer.
4. Ask VluchtelingenWerk and your lawyer all your questions. No question is too small.

Everything you tell your lawyer stays between you and your lawyer.

## What comes next

Next is the general asylum procedure, with your interviews at the IND. Read [Step 4: The general asylum procedure](/library/art-stage-general-procedure).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-rest-preparation', 'nl', 'published', 1, 1, 'acct-admin', 1790845860000,
    'Stap 3: Rust en voorbereiding',
    'Ongeveer een week om uit te rusten en u voor te bereiden op uw gesprekken, met uitleg van VluchtelingenWerk en een advocaat die u gratis helpt.',
    '## Waar u bent

U bent op een procesopvanglocatie. U hebt ongeveer een week om uit te rusten en u voor te bereiden, voordat de procedure bij de IND begint.

## Wat er nu gebeurt

- **VluchtelingenWerk** legt u de asielprocedure uit. VluchtelingenWerk hoort niet bij de IND.
- U krijgt een **advocaat** via de Raad voor Rechtsbijstand. U betaalt niets voor deze advocaat. Uw advocaat werkt voor u, niet voor de IND.
- **Medisch advies**: een medewerker vraagt naar uw gezondheid, zodat de IND daar in uw gesprekken rekening mee kan houden.

## Wat u kunt doen

1. Rust uit. Slaap, eet en ga naar buiten.
2. Denk na over wat er met u is gebeurd, en wanneer. Schrijf data en plaatsen op als dat u helpt.
3. Verzamel uw documenten en ander bewijs, en geef ze aan uw advocaat.
4. Stel VluchtelingenWerk en uw advocaat al uw vragen. Geen vraag is te klein.

Alles wat u uw advocaat vertelt, blijft tussen u en uw advocaat.

## Wat hierna komt

Hierna volgt de algemene asielprocedure, met uw gesprekken bij de IND. Lees [Stap 4: De algemene asielprocedure](/library/art-stage-general-procedure).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-rest-preparation', 'ar', 'published', 1, 1, 'acct-admin', 1790845860000,
    'الخطوة 3: الراحة والتحضير',
    'نحو أسبوع للراحة والتحضير لمقابلاتك، مع شرح من مجلس اللاجئين الهولندي ومُحامٍ يساعدك مَجّانًا.',
    '## أين أنت الآن

أنت في مركز استقبال للإجراءات. لديك نحو أسبوع لترتاح وتستعد، قبل أن تبدأ إجراءاتك لدى دائرة الهجرة والتجنيس (IND).

## ماذا يحدث الآن

- يشرح لك **مجلس اللاجئين الهولندي** (VluchtelingenWerk) إجراءات اللجوء. المجلس ليس جزءًا من دائرة الهجرة والتجنيس.
- **المُساعَدة القانونية**: تحصل على **مُحامٍ** عن طريق مجلس المُساعَدة القانونية. لا تدفع شيئًا لهذا المُحامي، فهو مَجّاني. المُحامي يعمل لصالحك، لا لصالح دائرة الهجرة والتجنيس.
- **الاستشارة الطبية**: يسألك موظف صحي عن صحتك، لكي تأخذ دائرة الهجرة والتجنيس حالتك الصحية بعين الاعتبار في مقابلاتك.

## ماذا يمكنك أن تفعل

1. استرح. نَم جيدًا، وكُل، واخرج إلى الهواء الطلق.
2. فكّر فيما حدث لك ومتى حدث. اكتب التواريخ والأماكن إذا كان ذلك يساعدك.
3. اجمع وثائقك وأي أدلة أخرى، وأعطها لمحاميك.
4. اطرح كل أسئلتك على مجلس اللاجئين وعلى محاميك. لا يوجد سؤال صغير جدًا.

كل ما تقوله لمحاميك يبقى سرًّا بينك وبينه.

## ماذا بعد ذلك

بعد ذلك تبدأ إجراءات اللجوء العامة، مع مقابلاتك لدى دائرة الهجرة والتجنيس. اقرأ [الخطوة 4: إجراءات اللجوء العامة](/library/art-stage-general-procedure).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-stage-general-procedure
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-stage-general-procedure', 'article', 'agency-demo', NULL, 'asylum_procedure', 'general_procedure', NULL, NULL, NULL, 'en', 1, 1, 1790845800000, 1, 'acct-admin', 1790845800000, 'acct-admin', 1790845800000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-general-procedure', 'en', 'published', 1, 1, 'acct-admin', 1790845800000,
    'Step 4: The general asylum procedure',
    'About 8 working days of interviews with the IND, with your lawyer at your side. Then the IND decides.',
    '## Where you are

The IND now looks at your asylum application. This takes about 8 working days. Sometimes it takes longer.

## What happens now

1. **First interview**: the IND asks about your identity, your nationality and your travel route.
2. Your lawyer talks with you about this interview.
3. **Detailed interview**: the IND asks why you fled. Tell everything that is important, even if it is hard.
4. Your lawyer sends corrections and additions to the report of the interview.
5. The IND decides. Or the IND first writes that it **intends** to reject your application.
6. In that case your lawyer writes a **response** (a view). Then the IND decides.

## What you can do

- Tell your full story. Give details: dates, places, names.
- Say it if you do not understand the interpreter, or if you feel unwell.
- Read the report of your interview together with your lawyer. Check it carefully.
- Keep your phone charged and check your mail every day.

## What comes next

There are three possible outcomes:

- You get a residence permit. Read [Step 6: You have a residence permit](/library/art-stage-permit-granted).
- The IND needs more time. Read [Step 5: The extended asylum procedure](/library/art-stage-extended-procedure).
- Your application is rejected. You can appeal. Read [Step 7: Appeal to the court](/library/art-stage-appeal).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-general-procedure', 'nl', 'published', 1, 1, 'acct-admin', 1790845800000,
    'Stap 4: De algemene asielprocedure',
    'Ongeveer 8 werkdagen met gesprekken bij de IND, met uw advocaat aan uw zijde. Daarna beslist de IND.',
    '## Waar u bent

De IND bekijkt nu uw asielaanvraag. Dit duurt ongeveer 8 werkdagen. Soms duurt het langer.

## Wat er nu gebeurt

1. **Eerste gehoor**: de IND vraagt naar uw identiteit, uw nationaliteit en uw reisroute.
2. Uw advocaat bespreekt dit gesprek met u.
3. **Nader gehoor**: de IND vraagt waarom u bent gevlucht. Vertel alles wat belangrijk is, ook als dat moeilijk is.
4. Uw advocaat stuurt correcties en aanvullingen op het verslag van het gesprek.
5. De IND beslist. Of de IND schrijft eerst dat zij van plan is uw aanvraag af te wijzen: het **voornemen**.
6. Dan schrijft uw advocaat een reactie: de **zienswijze**. Daarna beslist de IND.

## Wat u kunt doen

- Vertel uw hele verhaal. Geef details: data, plaatsen, namen.
- Zeg het als u de tolk niet begrijpt, of als u zich niet goed voelt.
- Lees het verslag van uw gesprek samen met uw advocaat. Controleer het goed.
- Houd uw telefoon opgeladen en kijk elke dag of u post hebt.

## Wat hierna komt

Er zijn drie mogelijke uitkomsten:

- U krijgt een verblijfsvergunning. Lees [Stap 6: U hebt een verblijfsvergunning](/library/art-stage-permit-granted).
- De IND heeft meer tijd nodig. Lees [Stap 5: De verlengde asielprocedure](/library/art-stage-extended-procedure).
- Uw aanvraag wordt afgewezen. U kunt in beroep gaan. Lees [Stap 7: In beroep bij de rechter](/library/art-stage-appeal).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-general-procedure', 'ar', 'published', 1, 1, 'acct-admin', 1790845800000,
    'الخطوة 4: إجراءات اللجوء العامة',
    'نحو 8 أيام عمل من المقابلات لدى دائرة الهجرة والتجنيس (IND)، ومحاميك إلى جانبك. بعدها تصدر الدائرة قرارها.',
    '## أين أنت الآن

تدرس دائرة الهجرة والتجنيس (IND) الآن طلب لجوئك. يستغرق هذا نحو 8 أيام عمل. وأحيانًا يستغرق وقتًا أطول.

## ماذا يحدث الآن

1. **المقابلة الأولى**: تسألك الدائرة عن هويتك وجنسيتك وطريق سفرك.
2. يتحدث محاميك معك عن هذه المقابلة.
3. **المقابلة التفصيلية**: تسألك الدائرة لماذا هربت من بلدك. قل كل ما هو مهم، حتى لو كان صعبًا.
4. يرسل محاميك التصحيحات والإضافات على محضر المقابلة.
5. تصدر الدائرة قرارها. أو تكتب أولًا أنها **تنوي** رفض طلبك.
6. في هذه الحالة يكتب محاميك **ردًّا** على ذلك. ثم تصدر الدائرة قرارها.

## ماذا يمكنك أن تفعل

- احكِ قصتك كاملة. اذكر التفاصيل: التواريخ والأماكن والأسماء.
- قل ذلك إذا لم تفهم المترجم، أو إذا شعرت بتعب.
- اقرأ محضر مقابلتك مع محاميك. راجعه بعناية.
- أبقِ هاتفك مشحونًا، وتفقّد بريدك كل يوم.

## ماذا بعد ذلك

هناك ثلاث نتائج ممكنة:

- تحصل على تصريح إقامة. اقرأ [الخطوة 6: حصلت على تصريح إقامة](/library/art-stage-permit-granted).
- تحتاج الدائرة إلى وقت أطول. اقرأ [الخطوة 5: إجراءات اللجوء الممددة](/library/art-stage-extended-procedure).
- يُرفض طلبك. يمكنك الطعن في القرار. اقرأ [الخطوة 7: الطعن أمام المحكمة](/library/art-stage-appeal).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-stage-extended-procedure
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-stage-extended-procedure', 'article', 'agency-demo', NULL, 'asylum_procedure', 'extended_procedure', NULL, NULL, NULL, 'en', 1, 1, 1790845740000, 1, 'acct-admin', 1790845740000, 'acct-admin', 1790845740000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-extended-procedure', 'en', 'published', 1, 1, 'acct-admin', 1790845740000,
    'Step 5: The extended asylum procedure',
    'The IND needs more time to decide about your application. This can take months. What you can do while you wait.',
    '## Where you are

The IND needs more time to decide about your application. This is the extended asylum procedure. It can take months.

## What happens now

- Your lawyer stays in contact with the IND.
- The IND may invite you for another interview, or ask for more documents.
- You may move to another COA location.

## What you can do while you wait

- Check your mail every day. Take letters from the IND to your lawyer at once.
- Learn Dutch: ask about lessons and the language café in [Activities](/activities).
- Do volunteer work. Staff can tell you what is possible. See [Vacancies](/vacancies).
- After 6 months in the procedure you may do paid work, with conditions. Read [Learning Dutch, volunteer work and paid work](/library/art-learning-work).
- Take care of yourself. If waiting makes you sad or you cannot sleep, go to the GZA walk-in hour.

## What comes next

You get a residence permit ([Step 6](/library/art-stage-permit-granted)), or your application is rejected and you can appeal ([Step 7](/library/art-stage-appeal)).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-extended-procedure', 'nl', 'published', 1, 1, 'acct-admin', 1790845740000,
    'Stap 5: De verlengde asielprocedure',
    'De IND heeft meer tijd nodig om over uw aanvraag te beslissen. Dit kan maanden duren. Wat u kunt doen terwijl u wacht.',
    '## Waar u bent

De IND heeft meer tijd nodig om over uw aanvraag te beslissen. Dit is de verlengde asielprocedure. Die kan maanden duren.

## Wat er nu gebeurt

- Uw advocaat houdt contact met de IND.
- De IND kan u uitnodigen voor nog een gesprek, of om meer documenten vragen.
- Misschien verhuist u naar een andere COA-locatie.

## Wat u kunt doen terwijl u wacht

- Kijk elke dag of u post hebt. Breng brieven van de IND meteen naar uw advocaat.
- Leer Nederlands: vraag naar lessen en het taalcafé bij [Activiteiten](/activities).
- Doe vrijwilligerswerk. De medewerkers vertellen u wat er kan. Zie [Vacatures](/vacancies).
- Na 6 maanden in de procedure mag u betaald werk doen, onder voorwaarden. Lees [Nederlands leren, vrijwilligerswerk en betaald werk](/library/art-learning-work).
- Zorg goed voor uzelf. Maakt het wachten u somber of kunt u niet slapen? Ga naar het inloopspreekuur van het GZA.

## Wat hierna komt

U krijgt een verblijfsvergunning ([Stap 6](/library/art-stage-permit-granted)), of uw aanvraag wordt afgewezen en u kunt in beroep gaan ([Stap 7](/library/art-stage-appeal)).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-extended-procedure', 'ar', 'published', 1, 1, 'acct-admin', 1790845740000,
    'الخطوة 5: إجراءات اللجوء الممددة',
    'تحتاج دائرة الهجرة والتجنيس (IND) إلى وقت أطول لتقرر في طلبك. قد يستغرق هذا أشهرًا. ماذا يمكنك أن تفعل أثناء الانتظار.',
    '## أين أنت الآن

تحتاج دائرة الهجرة والتجنيس (IND) إلى وقت أطول لتقرر في طلبك. هذه هي إجراءات اللجوء الممددة. وقد تستغرق أشهرًا.

## ماذا يحدث الآن

- يبقى محاميك على تواصل مع الدائرة.
- قد تدعوك الدائرة إلى مقابلة أخرى، أو تطلب وثائق إضافية.
- قد تنتقل إلى مركز آخر تابع للهيئة المركزية لاستقبال طالبي اللجوء (COA).

## ماذا يمكنك أن تفعل أثناء الانتظار

- تفقّد بريدك كل يوم. خذ رسائل دائرة الهجرة والتجنيس إلى محاميك فورًا.
- تعلّم اللغة الهولندية: اسأل عن الدروس وعن مقهى اللغة في [الأنشطة](/activities).
- قم بعمل تطوعي. يخبرك الموظفون بما هو ممكن. انظر [فرص العمل](/vacancies).
- بعد 6 أشهر في الإجراءات يُسمح لك بالعمل المأجور، بشروط. اقرأ [تعلّم الهولندية والعمل التطوعي والعمل المأجور](/library/art-learning-work).
- اعتنِ بنفسك. إذا كان الانتظار يُحزنك أو لا تستطيع النوم، فاذهب إلى ساعة الاستشارة المفتوحة في المركز الصحي GZA.

## ماذا بعد ذلك

تحصل على تصريح إقامة ([الخطوة 6](/library/art-stage-permit-granted))، أو يُرفض طلبك ويمكنك الطعن في القرار ([الخطوة 7](/library/art-stage-appeal)).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-stage-permit-granted
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-stage-permit-granted', 'article', 'agency-demo', NULL, 'asylum_procedure', 'permit_granted', NULL, NULL, NULL, 'en', 1, 1, 1790845680000, 1, 'acct-admin', 1790845680000, 'acct-admin', 1790845680000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-permit-granted', 'en', 'published', 1, 1, 'acct-admin', 1790845680000,
    'Step 6: You have a residence permit',
    'You are now a status holder. You will live in a municipality and start civic integration. What happens until you move, and what you can do.',
    '## Where you are

The IND has given you a residence permit. You are now a *status holder*. Congratulations!

## What happens now

- You are linked to a **municipality**. This municipality looks for a home for you. This can take some time. Until then you stay at your COA location.
- You start **civic integration**: learning Dutch, and learning about life and work in the Netherlands. The municipality helps you with this.
- The IND gives you a residence document. Keep it in a safe place.

## What you can do

- Keep going to Dutch lessons.
- Check your mail every day and go to your appointments with the municipality.
- Ask VluchtelingenWerk for help. They support status holders, for example with moving and with family reunification.
- With a residence permit you may work. Your employer does not need a work permit (TWV) for you. Tell staff if you start working.

## Family reunification

You may be able to bring your partner and your children to the Netherlands. Ask VluchtelingenWerk or your lawyer about this **soon**, because there are time limits. Family reunification can take more than two years.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-permit-granted', 'nl', 'published', 1, 1, 'acct-admin', 1790845680000,
    'Stap 6: U hebt een verblijfsvergunning',
    'U bent nu statushouder. U gaat in een gemeente wonen en begint met inburgeren. Wat er gebeurt tot u verhuist, en wat u kunt doen.',
    '## Waar u bent

De IND heeft u een verblijfsvergunning gegeven. U bent nu *statushouder*. Gefeliciteerd!

## Wat er nu gebeurt

- U wordt gekoppeld aan een **gemeente**. Die gemeente zoekt een woning voor u. Dat kan even duren. Tot die tijd blijft u op uw COA-locatie.
- U begint met **inburgeren**: Nederlands leren, en leren over wonen en werken in Nederland. De gemeente helpt u daarbij.
- De IND geeft u een verblijfsdocument. Bewaar het op een veilige plek.

## Wat u kunt doen

- Blijf naar de lessen Nederlands gaan.
- Kijk elke dag of u post hebt en ga naar uw afspraken met de gemeente.
- Vraag VluchtelingenWerk om hulp. Zij helpen statushouders, bijvoorbeeld bij de verhuizing en bij gezinshereniging.
- Met een verblijfsvergunning mag u werken. Uw werkgever heeft voor u geen tewerkstellingsvergunning (TWV) nodig. Zeg het tegen de medewerkers als u gaat werken.

## Gezinshereniging

Misschien kunt u uw partner en uw kinderen naar Nederland laten komen. Vraag VluchtelingenWerk of uw advocaat hier **snel** naar, want er gelden termijnen. Gezinshereniging kan meer dan twee jaar duren.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-permit-granted', 'ar', 'published', 1, 1, 'acct-admin', 1790845680000,
    'الخطوة 6: حصلت على تصريح إقامة',
    'أصبحت الآن من حاملي الإقامة. ستسكن في بلدية وتبدأ برنامج الاندماج المدني. ماذا يحدث حتى تنتقل، وماذا يمكنك أن تفعل.',
    '## أين أنت الآن

منحتك دائرة الهجرة والتجنيس (IND) تصريح إقامة. أصبحت الآن *حاملًا للإقامة* (statushouder). مبارك!

## ماذا يحدث الآن

- يتم ربطك **ببلدية**. تبحث هذه البلدية عن مسكن لك. قد يستغرق ذلك بعض الوقت. وحتى ذلك الحين تبقى في مركزك التابع للهيئة المركزية لاستقبال طالبي اللجوء (COA).
- تبدأ **الاندماج المدني** (inburgering): تتعلم اللغة الهولندية، وتتعرف على الحياة والعمل في هولندا. تساعدك البلدية في ذلك.
- تعطيك دائرة الهجرة والتجنيس وثيقة إقامة. احفظها في مكان آمن.

## ماذا يمكنك أن تفعل

- واصل حضور دروس اللغة الهولندية.
- تفقّد بريدك كل يوم واذهب إلى مواعيدك مع البلدية.
- اطلب المساعدة من مجلس اللاجئين الهولندي (VluchtelingenWerk). فهو يدعم حاملي الإقامة، مثلًا في الانتقال إلى السكن وفي لمّ شمل الأسرة.
- مع تصريح الإقامة يُسمح لك بالعمل. لا يحتاج صاحب العمل إلى تصريح عمل (TWV) لك. أخبر الموظفين إذا بدأت العمل.

## لمّ شمل الأسرة

قد تتمكن من إحضار زوجك أو زوجتك وأطفالك إلى هولندا. اسأل مجلس اللاجئين أو محاميك عن ذلك **بسرعة**، لأن هناك مهلًا محددة. قد يستغرق لمّ شمل الأسرة أكثر من سنتين.')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-stage-appeal
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-stage-appeal', 'article', 'agency-demo', NULL, 'asylum_procedure', 'appeal', NULL, NULL, NULL, 'en', 1, 1, 1790845620000, 1, 'acct-admin', 1790845620000, 'acct-admin', 1790845620000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-appeal', 'en', 'published', 1, 1, 'acct-admin', 1790845620000,
    'Step 7: Rejected? Appeal to the court',
    'If the IND rejects your application, your lawyer can appeal to the court. The time limit is short: go to your lawyer at once.',
    '## Where you are

The IND has rejected your asylum application. This is hard news. You can ask a court to look at the decision. This is called an **appeal**.

## What happens now

- Your lawyer can start the appeal. The time limit is **short**, sometimes only one week. Go to your lawyer at once.
- The court checks whether the IND decided correctly. This can take weeks or months.
- Ask your lawyer whether you may stay in the Netherlands, and at your location, while the court decides.

## What you can do

- Bring the decision of the IND and any new documents to your lawyer immediately.
- Keep checking your mail. A letter from the court can have a deadline.
- Tell staff at your location that you have appealed.
- Look after yourself. If you feel very sad or without hope, talk to the GZA. What you tell them is confidential.

## What comes next

If the court agrees with you, the IND must decide again, and you may still get a permit ([Step 6](/library/art-stage-permit-granted)). If the rejection becomes final, read [Step 8: After a final rejection](/library/art-stage-departure).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-appeal', 'nl', 'published', 1, 1, 'acct-admin', 1790845620000,
    'Stap 7: Afgewezen? In beroep bij de rechter',
    'Als de IND uw aanvraag afwijst, kan uw advocaat in beroep gaan bij de rechter. De termijn is kort: ga meteen naar uw advocaat.',
    '## Waar u bent

De IND heeft uw asielaanvraag afgewezen. Dat is zwaar nieuws. U kunt een rechter vragen om naar de beslissing te kijken. Dat heet **beroep**.

## Wat er nu gebeurt

- Uw advocaat kan het beroep instellen. De termijn is **kort**, soms maar één week. Ga meteen naar uw advocaat.
- De rechter beoordeelt of de IND goed heeft beslist. Dat kan weken of maanden duren.
- Vraag uw advocaat of u in Nederland, en op uw locatie, mag blijven zolang de rechter nog niet heeft beslist.

## Wat u kunt doen

- Breng de beslissing van de IND en nieuwe documenten meteen naar uw advocaat.
- Blijf elke dag kijken of u post hebt. Een brief van de rechtbank kan een termijn hebben.
- Vertel de medewerkers op uw locatie dat u in beroep bent gegaan.
- Zorg goed voor uzelf. Voelt u zich heel somber of zonder hoop? Praat erover met het GZA. Wat u vertelt, blijft vertrouwelijk.

## Wat hierna komt

Als de rechter u gelijk geeft, moet de IND opnieuw beslissen, en kunt u alsnog een vergunning krijgen ([Stap 6](/library/art-stage-permit-granted)). Wordt de afwijzing definitief? Lees [Stap 8: Na een definitieve afwijzing](/library/art-stage-departure).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-appeal', 'ar', 'published', 1, 1, 'acct-admin', 1790845620000,
    'الخطوة 7: رُفض طلبك؟ الطعن أمام المحكمة',
    'إذا رفضت دائرة الهجرة والتجنيس (IND) طلبك، يمكن لمحاميك الطعن في القرار أمام المحكمة. المهلة قصيرة: اذهب إلى محاميك فورًا.',
    '## أين أنت الآن

رفضت دائرة الهجرة والتجنيس (IND) طلب لجوئك. هذا خبر صعب. يمكنك أن تطلب من المحكمة النظر في القرار. وهذا يسمى **الطعن**.

## ماذا يحدث الآن

- يمكن لمحاميك تقديم الطعن. المهلة **قصيرة**، وأحيانًا أسبوع واحد فقط. اذهب إلى محاميك فورًا.
- تتحقق المحكمة مما إذا كان قرار الدائرة صحيحًا. قد يستغرق ذلك أسابيع أو أشهرًا.
- اسأل محاميك إن كان يحق لك البقاء في هولندا، وفي مركزك، إلى أن تقرر المحكمة.

## ماذا يمكنك أن تفعل

- أحضر قرار الدائرة وأي وثائق جديدة إلى محاميك فورًا.
- واصل تفقّد بريدك. قد تحتوي رسالة من المحكمة على مهلة محددة.
- أخبر الموظفين في مركزك أنك قدّمت طعنًا.
- اعتنِ بنفسك. إذا شعرت بحزن شديد أو بفقدان الأمل، فتحدث إلى المركز الصحي GZA. ما تقوله لهم يبقى سرّيًا.

## ماذا بعد ذلك

إذا حكمت المحكمة لصالحك، يجب على الدائرة أن تقرر من جديد، وقد تحصل على تصريح إقامة ([الخطوة 6](/library/art-stage-permit-granted)). وإذا أصبح الرفض نهائيًا، فاقرأ [الخطوة 8: بعد الرفض النهائي](/library/art-stage-departure).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-stage-departure
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-stage-departure', 'article', 'agency-demo', NULL, 'asylum_procedure', 'departure', NULL, NULL, NULL, 'en', 1, 1, 1790845560000, 1, 'acct-admin', 1790845560000, 'acct-admin', 1790845560000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-departure', 'en', 'published', 1, 1, 'acct-admin', 1790845560000,
    'Step 8: After a final rejection: leaving the Netherlands',
    'When the rejection is final, you must leave the Netherlands. The DT&V talks with you about your return. Your right to reception usually ends after 28 days.',
    '## Where you are

Your asylum application has been rejected, and the decision is final. This means that you must leave the Netherlands.

## What happens now

- The Repatriation and Departure Service (**DT&V**) becomes involved. A DT&V officer talks with you about your return.
- Your right to reception usually ends **28 days** after the final rejection. Check the exact date with staff at your location.
- If you do paid work, you must stop.

## What you can do

- Talk to your lawyer. Ask if there is any other possibility for you.
- Prepare your return. Ask staff which organisations can help you to return and to start again.
- Keep your documents, your medicines and your important papers together.
- If you are ill, tell the GZA in time, so they can help you plan your medicines and care.

You are not alone in this. Talk to someone you trust. If you feel very bad, go to the GZA. In a life-threatening emergency, call [112](tel:112).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-departure', 'nl', 'published', 1, 1, 'acct-admin', 1790845560000,
    'Stap 8: Na een definitieve afwijzing: Nederland verlaten',
    'Als de afwijzing definitief is, moet u Nederland verlaten. De DT&V praat met u over uw terugkeer. Uw recht op opvang stopt meestal na 28 dagen.',
    '## Waar u bent

Uw asielaanvraag is afgewezen en de beslissing is definitief. Dat betekent dat u Nederland moet verlaten.

## Wat er nu gebeurt

- De Dienst Terugkeer en Vertrek (**DT&V**) wordt betrokken. Een medewerker van de DT&V praat met u over uw terugkeer.
- Uw recht op opvang stopt meestal **28 dagen** na de definitieve afwijzing. Vraag de precieze datum aan de medewerkers op uw locatie.
- Als u betaald werk doet, moet u daarmee stoppen.

## Wat u kunt doen

- Praat met uw advocaat. Vraag of er nog een andere mogelijkheid voor u is.
- Bereid uw terugkeer voor. Vraag de medewerkers welke organisaties u kunnen helpen om terug te gaan en opnieuw te beginnen.
- Houd uw documenten, uw medicijnen en uw belangrijke papieren bij elkaar.
- Bent u ziek? Zeg het op tijd tegen het GZA, zodat zij u kunnen helpen uw medicijnen en zorg te regelen.

U staat hier niet alleen voor. Praat met iemand die u vertrouwt. Voelt u zich heel slecht, ga dan naar het GZA. Bij levensgevaar belt u [112](tel:112).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-stage-departure', 'ar', 'published', 1, 1, 'acct-admin', 1790845560000,
    'الخطوة 8: بعد الرفض النهائي: مغادرة هولندا',
    'عندما يصبح الرفض نهائيًا، يجب عليك مغادرة هولندا. تتحدث معك دائرة العودة والمغادرة (DT&V) عن عودتك. ينتهي حقك في الاستقبال عادةً بعد 28 يومًا.',
    '## أين أنت الآن

رُفض طلب لجوئك، وأصبح القرار نهائيًا. هذا يعني أنه يجب عليك مغادرة هولندا.

## ماذا يحدث الآن

- تتولى **دائرة العودة والمغادرة** (DT&V) ملفك. يتحدث معك موظف من الدائرة عن عودتك.
- ينتهي حقك في الاستقبال عادةً بعد **28 يومًا** من الرفض النهائي. تحقّق من التاريخ الدقيق مع الموظفين في مركزك.
- إذا كنت تعمل عملًا مأجورًا، فيجب عليك التوقف عنه.

## ماذا يمكنك أن تفعل

- تحدث إلى محاميك. اسأله إن كانت هناك أي إمكانية أخرى لك.
- استعد لعودتك. اسأل الموظفين عن المنظمات التي يمكنها مساعدتك على العودة والبدء من جديد.
- اجمع وثائقك وأدويتك وأوراقك المهمة في مكان واحد.
- إذا كنت مريضًا، فأخبر المركز الصحي GZA في وقت مبكر، لكي يساعدك على ترتيب أدويتك ورعايتك.

لست وحدك في هذا. تحدث إلى شخص تثق به. وإذا شعرت بسوء شديد، فاذهب إلى المركز الصحي GZA. في حالة خطر على الحياة، اتصل بالرقم [112](tel:112).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-rights-reception
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-rights-reception', 'article', 'agency-demo', NULL, 'rights_obligations', NULL, NULL, NULL, NULL, 'en', 1, 1, 1790845500000, 1, 'acct-admin', 1790845500000, 'acct-admin', 1790845500000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-rights-reception', 'en', 'published', 1, 1, 'acct-admin', 1790845500000,
    'Your rights and duties in reception',
    'What COA gives you while your application is being handled, how the weekly allowance works, and what is expected of you.',
    '## What you get

While your asylum application is being handled, you have the right to reception. This means:

- a place to live;
- meals, or money to buy food;
- money for clothes and personal care;
- counselling and leisure activities;
- travel to your lawyer and to the IND;
- necessary medical care;
- insurance for when you accidentally damage something of someone else (third-party liability insurance).

## The weekly allowance

You get money every week.

- It is paid **after** the week. Your first payment is paid in advance.
- The **food** part depends on how many people are in your household, and on whether your location gives meals.
- The **living allowance** is a fixed amount per person, for clothes and personal care.
- Your overview shows one line per week: food, living allowance and any deductions.

The amounts can change. **Check the amounts with staff at your location.**

Do you have your own income, for example from work? Then you pay part of the cost of your reception. Tell staff about your income.

## Your duties

- Keep to the [house rules](/library/art-house-rules).
- Go to your appointments with the IND, your lawyer and COA.
- Tell staff about changes, for example a new phone number.

If you break the house rules, COA can take measures. COA can then hold back part of what you get.

## Questions?

Ask at the reception desk. The opening hours are on [My centre](/centre).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-rights-reception', 'nl', 'published', 1, 1, 'acct-admin', 1790845500000,
    'Uw rechten en plichten in de opvang',
    'Wat het COA u geeft zolang uw aanvraag loopt, hoe het weekgeld werkt, en wat er van u wordt verwacht.',
    '## Wat u krijgt

Zolang uw asielaanvraag loopt, hebt u recht op opvang. Dat betekent:

- een plek om te wonen;
- maaltijden, of geld om eten te kopen;
- geld voor kleding en persoonlijke verzorging;
- begeleiding en vrijetijdsactiviteiten;
- reizen naar uw advocaat en naar de IND;
- noodzakelijke medische zorg;
- een verzekering voor als u per ongeluk iets van een ander beschadigt (aansprakelijkheidsverzekering).

## Het weekgeld

U krijgt elke week geld.

- Het wordt betaald **na** de week. Uw eerste betaling krijgt u vooraf.
- Het deel voor **eten** hangt af van het aantal mensen in uw huishouden, en van of uw locatie maaltijden geeft.
- Het **leefgeld** is een vast bedrag per persoon, voor kleding en persoonlijke verzorging.
- Uw overzicht toont één regel per week: eten, leefgeld en eventuele inhoudingen.

De bedragen kunnen veranderen. **Vraag de bedragen aan de medewerkers op uw locatie.**

Hebt u een eigen inkomen, bijvoorbeeld uit werk? Dan betaalt u mee aan de kosten van uw opvang. Vertel de medewerkers over uw inkomen.

## Uw plichten

- Houd u aan de [huisregels](/library/art-house-rules).
- Ga naar uw afspraken met de IND, uw advocaat en het COA.
- Geef veranderingen door aan de medewerkers, bijvoorbeeld een nieuw telefoonnummer.

Als u de huisregels overtreedt, kan het COA maatregelen nemen. Het COA kan dan een deel van wat u krijgt inhouden.

## Vragen?

Vraag het bij de receptie. De openingstijden staan bij [Mijn centrum](/centre).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-rights-reception', 'ar', 'published', 1, 1, 'acct-admin', 1790845500000,
    'حقوقك وواجباتك في مركز الاستقبال',
    'ما تقدمه لك الهيئة المركزية لاستقبال طالبي اللجوء (COA) أثناء دراسة طلبك، وكيف يعمل المخصص الأسبوعي، وما هو المطلوب منك.',
    '## ما تحصل عليه

أثناء دراسة طلب لجوئك، يحق لك الاستقبال. وهذا يعني:

- مكانًا للسكن؛
- وجبات طعام، أو مالًا لشراء الطعام؛
- مالًا للملابس والعناية الشخصية؛
- الإرشاد والأنشطة الترفيهية؛
- التنقل إلى محاميك وإلى دائرة الهجرة والتجنيس (IND)؛
- الرعاية الطبية الضرورية؛
- تأمينًا في حال أتلفت شيئًا لشخص آخر دون قصد (تأمين المسؤولية المدنية).

## المخصص الأسبوعي

تحصل على مال كل أسبوع.

- يُدفع المال **بعد** انتهاء الأسبوع. أما دفعتك الأولى فتُدفع مسبقًا.
- يعتمد جزء **الطعام** على عدد أفراد أسرتك، وعلى ما إذا كان مركزك يقدّم وجبات.
- **مصروف المعيشة** مبلغ ثابت لكل شخص، للملابس والعناية الشخصية.
- يعرض كشفك سطرًا واحدًا لكل أسبوع: الطعام، ومصروف المعيشة، وأي خصومات.

قد تتغير المبالغ. **تحقّق من المبالغ مع الموظفين في مركزك.**

هل لديك دخل خاص، مثلًا من العمل؟ عندها تدفع جزءًا من تكاليف استقبالك. أخبر الموظفين عن دخلك.

## واجباتك

- التزم [بقواعد السكن](/library/art-house-rules).
- اذهب إلى مواعيدك مع دائرة الهجرة والتجنيس ومحاميك والهيئة المركزية لاستقبال طالبي اللجوء.
- أخبر الموظفين بأي تغيير، مثلًا رقم هاتف جديد.

إذا خالفت قواعد السكن، يمكن للهيئة أن تتخذ إجراءات. وقد تحجب عنك جزءًا مما تحصل عليه.

## هل لديك أسئلة؟

اسأل في مكتب الاستقبال. مواعيد العمل موجودة في صفحة [مركزي](/centre).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-health-care
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-health-care', 'article', 'agency-demo', NULL, 'health_care', NULL, NULL, NULL, NULL, 'en', 1, 1, 1790845440000, 1, 'acct-admin', 1790845440000, 'acct-admin', 1790845440000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-health-care', 'en', 'published', 1, 1, 'acct-admin', 1790845440000,
    'Health care at your location: the GZA',
    'Every location has a GZA health centre. How the walk-in hour works, who to call outside opening hours, and what about the dentist and mental health.',
    '## The GZA health centre

Every COA location has a health centre of the GZA. It works like a general practice (a family doctor).

## The walk-in hour

1. Go to the walk-in hour in the morning. You do not need an appointment.
2. A doctor''s assistant listens to you.
3. If needed, the assistant makes an appointment for you with the doctor (GP) or the practice nurse.
4. The doctor can send you to a specialist or to a hospital.

The times of the walk-in hour are on [My centre](/centre). Need an interpreter? Say so when you come.

## Outside opening hours

Call the GZA phone line (Praktijklijn). It answers medical questions day and night, every day. The number is on [My centre](/centre).

In a life-threatening emergency, call [112](tel:112).

## Dentist

Do you have toothache? Go to the walk-in hour first. The GZA tells you how to see a dentist and which care is paid for.

## When you feel bad inside

Many people who fled feel sad, afraid or restless, or they sleep badly. This is common. You can talk about it at the GZA. The doctor can send you to a psychologist or to other help.

## Confidential

Everything you tell health workers is confidential.

## Travel to care

Is the care more than 10 km away? COA pays for your travel. Ask at the reception desk before you go. A taxi is only paid when the GZA decides that it is medically needed.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-health-care', 'nl', 'published', 1, 1, 'acct-admin', 1790845440000,
    'Zorg op uw locatie: het GZA',
    'Elke locatie heeft een GZA-gezondheidscentrum. Hoe het inloopspreekuur werkt, wie u belt buiten openingstijden, en hoe het zit met de tandarts en psychische hulp.',
    '## Het GZA-gezondheidscentrum

Elke COA-locatie heeft een gezondheidscentrum van het GZA. Het werkt zoals een huisartsenpraktijk.

## Het inloopspreekuur

1. Ga ''s ochtends naar het inloopspreekuur. U hebt geen afspraak nodig.
2. Een doktersassistent luistert naar u.
3. Als het nodig is, maakt de assistent een afspraak voor u met de huisarts of de praktijkverpleegkundige.
4. De huisarts kan u doorsturen naar een specialist of een ziekenhuis.

De tijden van het inloopspreekuur staan bij [Mijn centrum](/centre). Hebt u een tolk nodig? Zeg het als u komt.

## Buiten openingstijden

Bel de telefoonlijn van het GZA (Praktijklijn). Die beantwoordt medische vragen, dag en nacht, elke dag. Het nummer staat bij [Mijn centrum](/centre).

Bij levensgevaar belt u [112](tel:112).

## Tandarts

Hebt u kiespijn? Ga eerst naar het inloopspreekuur. Het GZA vertelt u hoe u bij een tandarts komt en welke zorg wordt betaald.

## Als u zich van binnen slecht voelt

Veel mensen die zijn gevlucht, voelen zich somber, bang of onrustig, of ze slapen slecht. Dat komt vaak voor. U kunt erover praten bij het GZA. De huisarts kan u doorsturen naar een psycholoog of andere hulp.

## Vertrouwelijk

Alles wat u aan zorgverleners vertelt, is vertrouwelijk.

## Reizen naar zorg

Is de zorg verder dan 10 km weg? Dan betaalt het COA uw reis. Vraag het bij de receptie voordat u gaat. Een taxi wordt alleen betaald als het GZA beslist dat het medisch nodig is.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-health-care', 'ar', 'published', 1, 1, 'acct-admin', 1790845440000,
    'الرعاية الصحية في مركزك: المركز الصحي GZA',
    'في كل مركز يوجد مركز صحي GZA. كيف تعمل ساعة الاستشارة المفتوحة، وبمن تتصل خارج أوقات العمل، وماذا عن طبيب الأسنان والصحة النفسية.',
    '## المركز الصحي GZA

في كل مركز تابع للهيئة المركزية لاستقبال طالبي اللجوء (COA) يوجد مركز صحي تابع لـ GZA. يعمل مثل عيادة طبيب العائلة.

## ساعة الاستشارة المفتوحة

1. اذهب صباحًا إلى ساعة الاستشارة المفتوحة. لا تحتاج إلى موعد.
2. يستمع إليك مساعد الطبيب.
3. إذا لزم الأمر، يحجز لك المساعد موعدًا مع طبيب العائلة أو مع ممرض العيادة.
4. يمكن للطبيب أن يحيلك إلى طبيب مختص أو إلى مستشفى.

مواعيد ساعة الاستشارة موجودة في صفحة [مركزي](/centre). هل تحتاج إلى مترجم؟ قل ذلك عند وصولك.

## خارج أوقات العمل

اتصل بالخط الهاتفي للمركز الصحي GZA (Praktijklijn). يجيب على الأسئلة الطبية ليلًا ونهارًا، كل يوم. الرقم موجود في صفحة [مركزي](/centre).

في حالة خطر على الحياة، اتصل بالرقم [112](tel:112).

## طبيب الأسنان

هل تشعر بألم في أسنانك؟ اذهب أولًا إلى ساعة الاستشارة المفتوحة. يخبرك المركز الصحي كيف تصل إلى طبيب أسنان وما هي الرعاية التي يُدفع ثمنها.

## عندما تشعر بالتعب النفسي

كثير من الناس الذين هربوا من بلادهم يشعرون بالحزن أو الخوف أو القلق، أو ينامون بصعوبة. هذا أمر شائع. يمكنك أن تتحدث عن ذلك في المركز الصحي GZA. يمكن للطبيب أن يحيلك إلى أخصائي نفسي أو إلى مساعدة أخرى.

## السرية

كل ما تقوله للعاملين في الرعاية الصحية يبقى سرّيًا.

## التنقل إلى الرعاية الصحية

هل مكان الرعاية يبعد أكثر من 10 كيلومترات؟ تدفع الهيئة تكاليف تنقلك. اسأل في مكتب الاستقبال قبل أن تذهب. لا تُدفع أجرة سيارة الأجرة إلا إذا قرر المركز الصحي GZA أنها ضرورية طبيًا.')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-safety-fire-help
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-safety-fire-help', 'article', 'agency-demo', NULL, 'safety', NULL, NULL, NULL, NULL, 'en', 1, 1, 1790845380000, 1, 'acct-admin', 1790845380000, 'acct-admin', 1790845380000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-safety-fire-help', 'en', 'published', 1, 1, 'acct-admin', 1790845380000,
    'Fire safety, and help when you are not safe',
    'How to prevent fire and what to do when the alarm sounds. Where to get help if you are threatened, if you are LGBTI and feel unsafe, or if someone forces you to work.',
    '## Preventing fire

- Cook only in the kitchen, never in your room.
- Never cover or remove a smoke detector.
- Smoke only where it is allowed.
- Do not charge your phone on your bed or under your pillow.
- Keep corridors and emergency exits free.

## When the fire alarm sounds

1. Leave the building at once. Do not take your things.
2. Do not use the lift.
3. Go to the assembly point. Staff tell you where it is.
4. Go back inside only when staff say it is safe.

Do you see fire or smoke? Call [112](tel:112).

## If you are threatened or hurt

- In danger right now? Call [112](tel:112).
- Tell staff at the reception desk. They take it seriously and help you.
- You can also report it to the police.

## LGBTI people

In the Netherlands it is legal to be lesbian, gay, bisexual, transgender or intersex. You have the right to be safe. If people threaten or bully you, tell staff: together you look for a solution. COC, the Dutch LGBTI organisation, has information for asylum seekers: [coc.nl](https://www.coc.nl).

## Forced to work, or to do things you do not want?

Does someone take your documents, say that you owe them money, or force you to work or to have sex? This is human trafficking. It is a crime, and you are not to blame. Tell staff, the GZA or the police. You can get protection and help.

More about safety: read [Safety](/library/art-safety).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-safety-fire-help', 'nl', 'published', 1, 1, 'acct-admin', 1790845380000,
    'Brandveiligheid, en hulp als u niet veilig bent',
    'Hoe u brand voorkomt en wat u doet als het alarm gaat. Waar u hulp krijgt als u wordt bedreigd, als u lhbti bent en zich niet veilig voelt, of als iemand u dwingt te werken.',
    '## Brand voorkomen

- Kook alleen in de keuken, nooit op uw kamer.
- Dek een rookmelder nooit af en haal hem nooit weg.
- Rook alleen waar het mag.
- Laad uw telefoon niet op in uw bed of onder uw kussen.
- Houd gangen en nooduitgangen vrij.

## Als het brandalarm gaat

1. Ga meteen het gebouw uit. Neem uw spullen niet mee.
2. Gebruik de lift niet.
3. Ga naar de verzamelplaats. De medewerkers vertellen u waar die is.
4. Ga pas weer naar binnen als de medewerkers zeggen dat het veilig is.

Ziet u vuur of rook? Bel [112](tel:112).

## Als u wordt bedreigd of pijn wordt gedaan

- Bent u nu in gevaar? Bel [112](tel:112).
- Vertel het aan de medewerkers bij de receptie. Zij nemen het serieus en helpen u.
- U kunt ook aangifte doen bij de politie.

## Lhbti-personen

In Nederland is het toegestaan om lesbisch, homo, biseksueel, transgender of intersekse te zijn. U hebt recht op veiligheid. Wordt u bedreigd of gepest? Zeg het tegen de medewerkers: samen zoekt u een oplossing. COC, de Nederlandse lhbti-organisatie, heeft informatie voor asielzoekers: [coc.nl](https://www.coc.nl).

## Gedwongen om te werken, of om dingen te doen die u niet wilt?

Neemt iemand uw documenten af, zegt iemand dat u hem geld schuldig bent, of dwingt iemand u om te werken of om seks te hebben? Dat is mensenhandel. Het is een misdrijf, en het is niet uw schuld. Vertel het aan de medewerkers, het GZA of de politie. U kunt bescherming en hulp krijgen.

Meer over veiligheid: lees [Veiligheid](/library/art-safety).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-safety-fire-help', 'ar', 'published', 1, 1, 'acct-admin', 1790845380000,
    'السلامة من الحريق، والمساعدة عندما لا تكون آمنًا',
    'كيف تمنع الحريق وماذا تفعل عندما يرن جهاز الإنذار. أين تجد المساعدة إذا تعرضت للتهديد، أو إذا كنت من مجتمع الميم ولا تشعر بالأمان، أو إذا أجبرك أحد على العمل.',
    '## الوقاية من الحريق

- اطبخ في المطبخ فقط، ولا تطبخ أبدًا في غرفتك.
- لا تغطِّ جهاز كشف الدخان ولا تنزعه أبدًا.
- دخّن فقط في الأماكن المسموح بها.
- لا تشحن هاتفك على سريرك أو تحت وسادتك.
- أبقِ الممرات ومخارج الطوارئ خالية.

## عندما يرن إنذار الحريق

1. اخرج من المبنى فورًا. لا تأخذ أغراضك.
2. لا تستخدم المصعد.
3. اذهب إلى نقطة التجمع. يخبرك الموظفون أين هي.
4. لا تعد إلى الداخل إلا عندما يقول الموظفون إن المكان آمن.

هل ترى نارًا أو دخانًا؟ اتصل بالرقم [112](tel:112).

## إذا تعرضت للتهديد أو للأذى

- هل أنت في خطر الآن؟ اتصل بالرقم [112](tel:112).
- أخبر الموظفين في مكتب الاستقبال. إنهم يأخذون الأمر بجدية ويساعدونك.
- يمكنك أيضًا تقديم بلاغ إلى الشرطة.

## مجتمع الميم

في هولندا يُسمح قانونيًا بأن تكون مثليًا أو مثلية أو مزدوج الميول أو متحول الجنس أو ثنائي الجنس. من حقك أن تكون آمنًا. إذا هددك أحد أو تنمّر عليك، فأخبر الموظفين: ستبحثون معًا عن حل. لدى منظمة COC، وهي منظمة هولندية لمجتمع الميم، معلومات لطالبي اللجوء: [coc.nl](https://www.coc.nl).

## هل يُجبرك أحد على العمل أو على أشياء لا تريدها؟

هل يأخذ أحد وثائقك، أو يقول إنك مدين له بالمال، أو يجبرك على العمل أو على ممارسة الجنس؟ هذا هو الاتجار بالبشر. إنه جريمة، وأنت لست المذنب. أخبر الموظفين أو المركز الصحي GZA أو الشرطة. يمكنك الحصول على الحماية والمساعدة.

للمزيد عن الأمان: اقرأ [الأمان](/library/art-safety).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-daily-life
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-daily-life', 'article', 'agency-demo', NULL, 'daily_life', NULL, NULL, NULL, NULL, 'en', 1, 1, 1790845320000, 1, 'acct-admin', 1790845320000, 'acct-admin', 1790845320000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-daily-life', 'en', 'published', 1, 1, 'acct-admin', 1790845320000,
    'Daily life: mail, laundry and travel',
    'Check your mail every day, how laundry works, and how to travel to your lawyer or the IND without paying yourself.',
    '## Mail

- Letters for you arrive at your location. Ask at the reception desk how you get your mail.
- Check your mail **every day**.
- Letters from the IND, the court or your lawyer are important. They can have a deadline. Take them to your lawyer at once.
- Do you not understand a letter? Ask staff or VluchtelingenWerk to explain it.

## Laundry

- Ask at the reception desk how laundry works at your location, and when you can wash.
- Take your clothes out as soon as the machine is ready, so others can use it too.

## Travel to your lawyer or the IND

You do not pay yourself for travel to your lawyer or to the IND. Ask at the reception desk **before** you travel. Keep your tickets.

Travel to medical care more than 10 km away is also paid. Read [Health care at your location](/library/art-health-care).

## Getting around

- Look up the times of the train or bus before you leave.
- Do you want to learn to ride a bike? Look in [Activities](/activities).

## Living together

Be quiet at night and keep shared rooms clean. Read the [house rules](/library/art-house-rules).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-daily-life', 'nl', 'published', 1, 1, 'acct-admin', 1790845320000,
    'Dagelijks leven: post, wassen en reizen',
    'Kijk elke dag of u post hebt, hoe het wassen werkt, en hoe u naar uw advocaat of de IND reist zonder zelf te betalen.',
    '## Post

- Brieven voor u komen aan op uw locatie. Vraag bij de receptie hoe u uw post krijgt.
- Kijk **elke dag** of u post hebt.
- Brieven van de IND, de rechtbank of uw advocaat zijn belangrijk. Er kan een termijn in staan. Breng ze meteen naar uw advocaat.
- Begrijpt u een brief niet? Vraag de medewerkers of VluchtelingenWerk om uitleg.

## Wassen

- Vraag bij de receptie hoe het wassen werkt op uw locatie, en wanneer u kunt wassen.
- Haal uw kleren uit de machine zodra die klaar is, zodat anderen hem ook kunnen gebruiken.

## Reizen naar uw advocaat of de IND

U betaalt de reis naar uw advocaat of naar de IND niet zelf. Vraag het bij de receptie **voordat** u reist. Bewaar uw kaartjes.

Reizen naar medische zorg verder dan 10 km wordt ook betaald. Lees [Zorg op uw locatie](/library/art-health-care).

## Onderweg

- Zoek de tijden van de trein of de bus op voordat u vertrekt.
- Wilt u leren fietsen? Kijk bij [Activiteiten](/activities).

## Samen wonen

Wees ''s nachts stil en houd gedeelde ruimtes schoon. Lees de [huisregels](/library/art-house-rules).')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-daily-life', 'ar', 'published', 1, 1, 'acct-admin', 1790845320000,
    'الحياة اليومية: البريد والغسيل والتنقل',
    'تفقّد بريدك كل يوم، وتعرّف على طريقة الغسيل، وكيف تتنقل إلى محاميك أو إلى دائرة الهجرة والتجنيس دون أن تدفع بنفسك.',
    '## البريد

- تصل الرسائل الموجهة إليك إلى مركزك. اسأل في مكتب الاستقبال كيف تستلم بريدك.
- تفقّد بريدك **كل يوم**.
- الرسائل من دائرة الهجرة والتجنيس (IND) أو من المحكمة أو من محاميك مهمة. قد تحتوي على مهلة محددة. خذها إلى محاميك فورًا.
- هل لا تفهم رسالة ما؟ اطلب من الموظفين أو من مجلس اللاجئين الهولندي (VluchtelingenWerk) أن يشرحوها لك.

## الغسيل

- اسأل في مكتب الاستقبال كيف يتم الغسيل في مركزك، ومتى يمكنك أن تغسل.
- أخرج ملابسك من الغسالة فور انتهائها، لكي يستطيع الآخرون استخدامها أيضًا.

## التنقل إلى محاميك أو إلى دائرة الهجرة والتجنيس

لا تدفع بنفسك تكاليف التنقل إلى محاميك أو إلى دائرة الهجرة والتجنيس. اسأل في مكتب الاستقبال **قبل** أن تسافر. احتفظ بتذاكرك.

تُدفع أيضًا تكاليف التنقل إلى الرعاية الطبية التي تبعد أكثر من 10 كيلومترات. اقرأ [الرعاية الصحية في مركزك](/library/art-health-care).

## التنقل

- ابحث عن مواعيد القطار أو الحافلة قبل أن تخرج.
- هل تريد أن تتعلم ركوب الدراجة؟ انظر في [الأنشطة](/activities).

## العيش معًا

التزم الهدوء في الليل وحافظ على نظافة الأماكن المشتركة. اقرأ [قواعد السكن](/library/art-house-rules).')
ON CONFLICT (item_id, language) DO NOTHING;

-- art-learning-work
INSERT INTO content_items (id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, source_language, source_revision, published, published_at, version, created_by, created_at, updated_by, updated_at) VALUES
    ('art-learning-work', 'article', 'agency-demo', NULL, 'learning_work', NULL, NULL, NULL, NULL, 'en', 1, 1, 1790845260000, 1, 'acct-admin', 1790845260000, 'acct-admin', 1790845260000)
ON CONFLICT (id) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-learning-work', 'en', 'published', 1, 1, 'acct-admin', 1790845260000,
    'Learning Dutch, volunteer work and paid work',
    'Learn Dutch at lessons and the language café, do volunteer work, and after 6 months in the procedure you may do paid work if the employer has a work permit (TWV) for you.',
    '## Learning Dutch

- Dutch helps you every day: in the shop, at the doctor, with your neighbours.
- Many locations have Dutch lessons and a **language café**, where volunteers practise Dutch with you. Look in [Activities](/activities).
- Practise a little every day: read signs, listen to the radio, say hello to your neighbours.

## Volunteer work

Volunteer work is unpaid. You help others, you learn Dutch and you meet people. Volunteer work has its own conditions: staff can tell you what is possible. Look in [Vacancies](/vacancies).

## Paid work

You may do paid work when both are true:

1. your asylum application has been pending for at least **6 months**, and
2. the employer has a **work permit (TWV)** from UWV for you.

- You earn at least the Dutch **minimum wage**.
- Tell staff when you start working. If you earn money, you pay part of the cost of your reception, and your weekly allowance can change.

## When you must stop

After a final rejection of your application, you must stop working.

With a residence permit you may work freely: your employer does not need a TWV for you.

Rules can change. **Check with staff at your location** before you start.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-learning-work', 'nl', 'published', 1, 1, 'acct-admin', 1790845260000,
    'Nederlands leren, vrijwilligerswerk en betaald werk',
    'Leer Nederlands in de les en in het taalcafé, doe vrijwilligerswerk, en na 6 maanden in de procedure mag u betaald werken als de werkgever een tewerkstellingsvergunning (TWV) voor u heeft.',
    '## Nederlands leren

- Nederlands helpt u elke dag: in de winkel, bij de dokter, met uw buren.
- Veel locaties hebben lessen Nederlands en een **taalcafé**, waar vrijwilligers met u Nederlands oefenen. Kijk bij [Activiteiten](/activities).
- Oefen elke dag een beetje: lees borden, luister naar de radio, groet uw buren.

## Vrijwilligerswerk

Vrijwilligerswerk is onbetaald. U helpt anderen, u leert Nederlands en u ontmoet mensen. Voor vrijwilligerswerk gelden eigen voorwaarden: de medewerkers vertellen u wat er kan. Kijk bij [Vacatures](/vacancies).

## Betaald werk

U mag betaald werk doen als allebei waar is:

1. uw asielaanvraag loopt al minstens **6 maanden**, en
2. de werkgever heeft van UWV een **tewerkstellingsvergunning (TWV)** voor u.

- U verdient minstens het Nederlandse **minimumloon**.
- Zeg het tegen de medewerkers als u gaat werken. Als u geld verdient, betaalt u mee aan de kosten van uw opvang, en uw weekgeld kan veranderen.

## Wanneer u moet stoppen

Na een definitieve afwijzing van uw aanvraag moet u stoppen met werken.

Met een verblijfsvergunning mag u vrij werken: uw werkgever heeft dan geen TWV voor u nodig.

Regels kunnen veranderen. **Vraag het aan de medewerkers op uw locatie** voordat u begint.')
ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, status, source_revision, version, updated_by, updated_at, title, summary, body) VALUES
    ('art-learning-work', 'ar', 'published', 1, 1, 'acct-admin', 1790845260000,
    'تعلّم الهولندية والعمل التطوعي والعمل المأجور',
    'تعلّم الهولندية في الدروس وفي مقهى اللغة، وقم بعمل تطوعي، وبعد 6 أشهر في الإجراءات يُسمح لك بالعمل المأجور إذا كان لدى صاحب العمل تصريح عمل (TWV) لك.',
    '## تعلّم اللغة الهولندية

- تساعدك اللغة الهولندية كل يوم: في المتجر، وعند الطبيب، ومع جيرانك.
- في كثير من المراكز توجد دروس لغة هولندية و**مقهى اللغة**، حيث يتمرن معك متطوعون على اللغة الهولندية. انظر في [الأنشطة](/activities).
- تمرّن قليلًا كل يوم: اقرأ اللافتات، واستمع إلى الراديو، وألقِ التحية على جيرانك.

## العمل التطوعي

العمل التطوعي بدون أجر. تساعد الآخرين، وتتعلم الهولندية، وتتعرف على الناس. للعمل التطوعي شروط خاصة به: يخبرك الموظفون بما هو ممكن. انظر في [فرص العمل](/vacancies).

## العمل المأجور

يُسمح لك بالعمل المأجور عندما يتحقق الشرطان معًا:

1. مرّ على طلب لجوئك **6 أشهر** على الأقل، و
2. لدى صاحب العمل **تصريح عمل (TWV)** لك من هيئة التأمينات الاجتماعية (UWV).

- تحصل على **الحد الأدنى للأجور** في هولندا على الأقل.
- أخبر الموظفين عندما تبدأ العمل. إذا كسبت مالًا، تدفع جزءًا من تكاليف استقبالك، وقد يتغير مخصصك الأسبوعي.

## متى يجب أن تتوقف

بعد الرفض النهائي لطلبك، يجب عليك التوقف عن العمل.

مع تصريح الإقامة يُسمح لك بالعمل بحرية: لا يحتاج صاحب العمل إلى تصريح عمل (TWV) لك.

قد تتغير القواعد. **تحقّق من ذلك مع الموظفين في مركزك** قبل أن تبدأ.')
ON CONFLICT (item_id, language) DO NOTHING;
