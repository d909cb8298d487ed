-- Four key articles for every resident, agency-wide, in all twelve languages:
-- the asylum procedure, emergencies and health care, rights and house rules, safety. Facts from
-- public sources (COA, IND, AIDA report NL; 2026-11); where a rule or amount differs per location the text sends the reader to
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

-- nl
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'nl', 'De asielprocedure in Nederland, stap voor stap', 'Wat er gebeurt van je aanvraag tot de beslissing, en wat daarna kan komen. Je advocaat en VluchtelingenWerk kunnen jouw eigen situatie uitleggen.',
'Elke asielzaak is anders. Deze pagina legt de gewone stappen uit. **Vraag je advocaat of VluchtelingenWerk** wat ze voor jou betekenen.

## 1. Aanvraag

- Je vraagt asiel aan bij een aanmeldcentrum van de IND. De IND is de Immigratie- en Naturalisatiedienst. De IND beslist over je asielaanvraag.
- De meeste mensen melden zich in Ter Apel. Ben je met het vliegtuig of de boot gekomen? Dan vraag je asiel aan op Schiphol.
- De vreemdelingenpolitie (AVIM) controleert wie je bent. Ze nemen je vingerafdrukken en een foto en schrijven je gegevens op.

## 2. Centrale opvang (COL)

Het COA geeft je een plek in de centrale opvanglocatie (COL) in Ter Apel of Budel. Je blijft daar minstens een paar dagen. Daar:

- stelt de IND je vragen om je te registreren;
- controleert de GGD je op tuberculose (tbc), een ziekte van de longen;
- vraagt een verpleegkundige van het gezondheidscentrum (GZA) naar je gezondheid;
- word je ingeschreven in de Basisregistratie Personen (BRP).

## 3. Rust en voorbereiding

Je gaat voor ongeveer een week naar een proces-opvanglocatie (POL). Je kunt uitrusten. Je krijgt:

- uitleg over de procedure van VluchtelingenWerk;
- een advocaat. De advocaat is **gratis** voor jou;
- medisch advies als je dat nodig hebt.

## 4. De algemene asielprocedure

Dit duurt ongeveer 8 werkdagen. Soms duurt het langer.

1. Eerste gesprek: de IND vraagt wie je bent, waar je vandaan komt en hoe je gereisd hebt.
2. Je advocaat helpt je om je voor te bereiden op het volgende gesprek.
3. Nader gehoor: de IND vraagt waarom je gevlucht bent. Vertel alles wat belangrijk is. Vertel de waarheid.
4. Je advocaat stuurt correcties en aanvullingen op het verslag van je gesprek.
5. De IND beslist. Of de IND stuurt eerst een *voornemen tot afwijzing*: een brief waarin staat dat de IND van plan is nee te zeggen.
6. Krijg je een voornemen tot afwijzing? Dan schrijft je advocaat een antwoord, de *zienswijze*. Daarna beslist de IND.

## 5. Wat er daarna kan gebeuren

- **Je krijgt een verblijfsvergunning.** Je bent dan *statushouder*. Een gemeente geeft je een woning. Je gaat Nederlands leren en leren over het leven in Nederland (inburgering).
- **De IND heeft meer tijd nodig.** Dat is de verlengde asielprocedure. Die kan maanden duren. Je wacht in een opvanglocatie.
- **Je aanvraag wordt afgewezen.** Met je advocaat kun je in beroep gaan bij de rechter. Is het definitieve antwoord nee? Dan moet je Nederland verlaten. De Dienst Terugkeer en Vertrek (DT&V) praat met je over je vertrek. Je recht op opvang stopt meestal **28 dagen** na een definitieve afwijzing.

## Bijzondere situaties

- **Dublin:** een ander Europees land kan verantwoordelijk zijn voor je aanvraag. Dan kan Nederland je naar dat land sturen.
- **Veilig land:** kom je uit een land dat Nederland veilig vindt? Dan gaat de procedure sneller. Je blijft dan vaak in de COL.
- **Kinderen zonder ouders:** kinderen onder de 18 die alleen gekomen zijn, krijgen een voogd van Nidos.

## Vragen?

Vraag het je advocaat of VluchtelingenWerk. Medewerkers op je locatie helpen je om contact met hen op te nemen. Brieven van de IND zijn belangrijk: bewaar ze en laat ze aan je advocaat zien.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'nl', 'Noodgevallen en zorg: wie bel je?', 'Bij levensgevaar bel je 112. Voor andere gezondheidsproblemen ga je naar het GZA-gezondheidscentrum of bel je de GZA-praktijklijn.',
'## Levensgevaar: bel 112

Bel [112](tel:112) als iemands leven in gevaar is. Bijvoorbeeld: iemand ademt niet, is bewusteloos, bloedt veel of heeft erge pijn op de borst. Of er is brand.

- Bellen naar 112 is gratis. Het werkt op elke telefoon, ook zonder beltegoed.
- Zeg waar je bent: het adres van je locatie en je kamer.
- Beantwoord de vragen. Hang pas op als zij dat zeggen.
- Vertel het daarna aan de medewerkers van je locatie.

## Als je ziek bent: het GZA-gezondheidscentrum

Elke locatie heeft een gezondheidscentrum van GZA. GZA is de huisartsenpraktijk voor asielzoekers.

1. Ga ''s ochtends naar het inloopspreekuur. Je hebt geen afspraak nodig.
2. Een doktersassistent luistert naar je.
3. Als het nodig is, maakt de assistent een afspraak voor je bij de huisarts of de praktijkverpleegkundige.

De tijden van het spreekuur staan op de pagina [Mijn centrum](/centre).

## ''s Nachts, in het weekend en buiten het spreekuur

Bel de GZA-praktijklijn. Die beantwoordt medische vragen, 24 uur per dag, 7 dagen per week. Het nummer staat op de pagina [Mijn centrum](/centre). Sla het nummer nu op in je telefoon.

## Ziekenhuis en specialisten

- De huisarts beslist of je naar een specialist of het ziekenhuis moet. De huisarts geeft je een verwijsbrief.
- Is het ziekenhuis of de zorg verder dan 10 km weg? Dan betaalt het COA je reis. Vraag de medewerkers op je locatie hoe dat werkt.
- Een taxi wordt alleen betaald als GZA beslist dat het medisch nodig is.

## Je privacy

Alles wat je tegen de dokter, de verpleegkundige of de assistent zegt, is vertrouwelijk. Ze delen het niet zonder jouw toestemming. Je kunt om een tolk vragen.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'nl', 'Je rechten en de huisregels', 'Wat je krijgt in de opvang, en de regels waar iedereen zich aan moet houden. Bekijk de huisregels van je locatie.',
'## Wat je krijgt

Zolang je in de opvang bent, geeft het COA je:

- een plek om te wonen;
- maaltijden, of geld om zelf eten te kopen en te koken;
- elke week leefgeld voor kleding en persoonlijke verzorging;
- informatie, begeleiding en activiteiten;
- vervoer naar je advocaat en de IND;
- noodzakelijke medische zorg;
- een aansprakelijkheidsverzekering: die betaalt als je per ongeluk iets van een ander kapot maakt.

Bedragen kunnen veranderen. Vraag de medewerkers op je locatie wat jij krijgt.

## Wat we van je vragen

- **Meld je aanwezigheid** zoals je locatie dat vraagt. Bijvoorbeeld op vaste dagen bij de balie.
- **Houd je kamer veilig en schoon.** Maak ook de gedeelde ruimtes schoon zoals afgesproken.
- **Geen geweld.** Niet vechten, niet dreigen, geen wapens.
- **Respecteer anderen.** Iedereen is welkom, wat ook hun geloof, afkomst of gender is, en van wie ze ook houden. Wees ''s nachts stil.
- **Brandveiligheid.** Kook niet op je kamer. Dek rookmelders niet af en haal ze niet weg. Houd gangen en uitgangen vrij.
- **Bezoek** mag komen volgens de regels van je locatie. Meld het bij de balie.

## Als regels worden overtreden

Wie de regels overtreedt, kan een maatregel krijgen. Bijvoorbeeld een waarschuwing, of een tijd minder leefgeld. In ernstige gevallen bellen de medewerkers de politie.

## Bekijk de huisregels van je locatie

Elke locatie heeft eigen huisregels. Vraag ernaar bij de balie, in je eigen taal. Heb je een vraag of een klacht? Praat met de medewerkers op je locatie.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'nl', 'Veiligheid: brand, bedreiging, uitbuiting en oplichting', 'Hoe je veilig blijft op je locatie, en waar je hulp krijgt als je je niet veilig voelt.',
'## Brand

- Hoor je het brandalarm? Verlaat het gebouw meteen via de dichtstbijzijnde uitgang. Gebruik de lift niet. Ga niet terug voor je spullen.
- Leer waar de uitgangen van je gebouw zijn.
- Dek een rookmelder nooit af en haal hem nooit weg.
- Kook niet op je kamer. Gebruik de keuken, en laat het koken nooit alleen.
- Rook niet op je kamer of in bed.
- Zie je vuur of rook? Bel [112](tel:112) en waarschuw de medewerkers.

## Als je je onveilig of bedreigd voelt

- Vertel het aan de medewerkers van je locatie. Zij nemen het serieus en zoeken samen met jou een oplossing.
- Ben je nu in gevaar? Bel [112](tel:112).
- Geweld thuis of tussen partners is nooit toegestaan. Je kunt hulp krijgen.

## Lhbti-bewoners

Ben je lesbisch, homo, biseksueel, transgender of intersekse, en voel je je niet veilig? Je kunt de medewerkers vragen om veilige huisvesting. De medewerkers gaan hier vertrouwelijk mee om.

## Mensenhandel en uitbuiting

Pas op als iemand:

- je werk of een woonplek aanbiedt die te mooi klinkt om waar te zijn;
- je paspoort, je papieren of je telefoon afpakt;
- je laat werken zonder loon, of zegt dat je een schuld moet afbetalen;
- je dwingt tot seks of tot criminele dingen.

Dit is een misdrijf. Het is niet jouw schuld, en er is hulp. Praat met de medewerkers, je dokter of je advocaat.

## Oplichting

- Niemand van het COA of de IND vraagt je om geld voor je procedure. Je procedure en je advocaat zijn gratis.
- Betaal niemand die je een snellere procedure of een vergunning belooft.
- Geef nooit je pincode, je wachtwoorden of codes die je per sms krijgt.
- Twijfel je? Vraag het eerst aan de medewerkers op je locatie.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- ar
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'ar', 'إجراءات اللجوء في هولندا، خطوة بخطوة', 'ماذا يحدث من تقديم طلبك حتى القرار، وماذا يمكن أن يحدث بعد ذلك. محاميك ومنظمة VluchtelingenWerk يمكنهما شرح حالتك أنت.',
'كل ملف لجوء مختلف. هذه الصفحة تشرح الخطوات المعتادة. **اسأل محاميك أو منظمة VluchtelingenWerk** ماذا تعني هذه الخطوات بالنسبة لك.

## 1. تقديم الطلب

- تطلب اللجوء في مركز تسجيل تابع لـ IND. الـ IND هي دائرة الهجرة والتجنيس. الـ IND تقرر في طلب لجوئك.
- أغلب الناس يقدمون الطلب في Ter Apel. إذا وصلت بالطائرة أو بالقارب، تقدم الطلب في مطار Schiphol.
- شرطة الأجانب (AVIM) تتحقق من هويتك. يأخذون بصمات أصابعك وصورة لك ويسجلون بياناتك.

## 2. الاستقبال المركزي (COL)

تعطيك COA مكانًا للإقامة في مركز الاستقبال المركزي (COL) في Ter Apel أو Budel. تبقى هناك بضعة أيام على الأقل. هناك:

- تسألك الـ IND أسئلة لتسجيلك؛
- تفحصك الخدمة الصحية (GGD) للكشف عن مرض السل، وهو مرض يصيب الرئتين؛
- تسألك ممرضة من المركز الصحي (GZA) عن صحتك؛
- يتم تسجيلك في سجل السكان الهولندي (BRP).

## 3. الراحة والتحضير

تنتقل إلى مركز استقبال الإجراءات (POL) لمدة أسبوع تقريبًا. يمكنك أن ترتاح. تحصل على:

- معلومات عن الإجراءات من منظمة VluchtelingenWerk (المجلس الهولندي للاجئين)؛
- محامٍ. المحامي **مجاني** لك؛
- نصيحة طبية إذا احتجت إليها.

## 4. إجراءات اللجوء العامة

تستغرق حوالي 8 أيام عمل. أحيانًا تستغرق وقتًا أطول.

1. المقابلة الأولى: تسألك الـ IND من أنت، ومن أين أتيت، وكيف سافرت.
2. محاميك يساعدك على التحضير للمقابلة التالية.
3. المقابلة التفصيلية: تسألك الـ IND لماذا هربت. قل كل شيء مهم. قل الحقيقة.
4. محاميك يرسل التصحيحات والإضافات على تقرير مقابلتك.
5. الـ IND تقرر. أو ترسل الـ IND أولًا *نية الرفض*: رسالة تقول إنها تنوي أن ترفض طلبك.
6. إذا وصلتك نية الرفض، يكتب محاميك ردًا يسمى *وجهة النظر*. بعد ذلك تقرر الـ IND.

## 5. ماذا يمكن أن يحدث بعد ذلك

- **تحصل على تصريح إقامة.** عندها تصبح *حاملًا للإقامة*. تعطيك إحدى البلديات سكنًا. تبدأ بتعلم اللغة الهولندية وتتعرف على الحياة في هولندا (الاندماج).
- **الـ IND تحتاج إلى وقت أطول.** هذه هي إجراءات اللجوء الممددة. يمكن أن تستغرق شهورًا. تنتظر في مركز استقبال.
- **يُرفض طلبك.** مع محاميك يمكنك أن تستأنف أمام المحكمة. إذا كان الجواب النهائي لا، يجب أن تغادر هولندا. تتحدث معك دائرة العودة والمغادرة (DT&V) عن مغادرتك. حقك في الاستقبال ينتهي عادةً بعد **28 يومًا** من الرفض النهائي.

## حالات خاصة

- **دبلن:** قد تكون دولة أوروبية أخرى مسؤولة عن طلبك. عندها يمكن لهولندا أن ترسلك إلى تلك الدولة.
- **بلد آمن:** إذا كنت من بلد تعتبره هولندا آمنًا، تكون الإجراءات أسرع. غالبًا تبقى في الـ COL.
- **الأطفال بدون والدين:** الأطفال تحت 18 سنة الذين جاؤوا وحدهم يحصلون على وصي من منظمة Nidos.

## هل لديك أسئلة؟

اسأل محاميك أو منظمة VluchtelingenWerk. الموظفون في موقعك يساعدونك على التواصل معهم. رسائل الـ IND مهمة: احتفظ بها وأرِها لمحاميك.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'ar', 'حالات الطوارئ والرعاية الصحية: بمن تتصل؟', 'في حالة طوارئ تهدد الحياة، اتصل بـ 112. لمشاكل صحية أخرى، اذهب إلى المركز الصحي GZA أو اتصل بخط هاتف GZA.',
'## خطر على الحياة: اتصل بـ 112

اتصل بـ [112](tel:112) عندما تكون حياة إنسان في خطر. مثلًا: شخص لا يتنفس، أو فاقد للوعي، أو ينزف كثيرًا، أو عنده ألم شديد في الصدر. أو يوجد حريق.

- الاتصال بـ 112 مجاني. يعمل على كل هاتف، حتى بدون رصيد.
- قل أين أنت: عنوان موقعك ورقم غرفتك.
- أجب على الأسئلة. لا تغلق الخط قبل أن يقولوا لك ذلك.
- بعد ذلك أخبر الموظفين في موقعك.

## عندما تكون مريضًا: المركز الصحي GZA

في كل موقع مركز صحي تابع لـ GZA. الـ GZA هي عيادة طبيب العائلة لطالبي اللجوء.

1. اذهب إلى ساعات الاستشارة المفتوحة في الصباح. لا تحتاج إلى موعد.
2. مساعد الطبيب يستمع إليك.
3. إذا لزم الأمر، يحجز لك المساعد موعدًا مع الطبيب العام أو الممرضة.

ساعات الاستشارة موجودة في صفحة [مركزي](/centre).

## في الليل وفي عطلة نهاية الأسبوع وخارج ساعات الاستشارة

اتصل بخط هاتف GZA. يجيب على الأسئلة الطبية 24 ساعة في اليوم، 7 أيام في الأسبوع. الرقم موجود في صفحة [مركزي](/centre). احفظ الرقم في هاتفك الآن.

## المستشفى والأطباء المختصون

- الطبيب العام يقرر إذا كنت تحتاج إلى طبيب مختص أو إلى المستشفى. يعطيك الطبيب العام رسالة تحويل.
- هل المستشفى أو مكان العلاج أبعد من 10 كم؟ تدفع COA تكاليف سفرك. اسأل الموظفين في موقعك كيف يتم ذلك.
- تُدفع تكاليف سيارة الأجرة (التاكسي) فقط عندما تقرر GZA أنها ضرورية طبيًا.

## خصوصيتك

كل ما تقوله للطبيب أو الممرضة أو المساعد سري. لا يشاركونه مع أحد بدون إذنك. يمكنك أن تطلب مترجمًا.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'ar', 'حقوقك وقواعد السكن', 'ما تحصل عليه في الاستقبال، والقواعد التي يجب على الجميع اتباعها. اطلع على قواعد السكن في موقعك.',
'## ما تحصل عليه

ما دمت في الاستقبال، تعطيك COA:

- مكانًا للسكن؛
- وجبات طعام، أو مالًا لتشتري الطعام وتطبخ بنفسك؛
- مصروفًا أسبوعيًا للملابس والعناية الشخصية؛
- معلومات وإرشادًا وأنشطة؛
- المواصلات إلى محاميك وإلى الـ IND؛
- الرعاية الطبية الضرورية؛
- تأمين المسؤولية المدنية: يدفع إذا أتلفت شيئًا لشخص آخر بالخطأ.

المبالغ يمكن أن تتغير. اسأل الموظفين في موقعك ماذا تحصل أنت.

## ما نطلبه منك

- **أثبت حضورك** كما يطلب موقعك. مثلًا عند مكتب الاستقبال في أيام محددة.
- **حافظ على غرفتك آمنة ونظيفة.** ونظف أيضًا الأماكن المشتركة كما هو متفق عليه.
- **لا للعنف.** لا شجار، لا تهديد، لا أسلحة.
- **احترم الآخرين.** الجميع مرحب بهم، مهما كان دينهم أو أصلهم أو جنسهم، ومهما كان من يحبون. كن هادئًا في الليل.
- **السلامة من الحريق.** لا تطبخ في غرفتك. لا تغطِّ كاشفات الدخان ولا تنزعها. اترك الممرات والمخارج فارغة.
- **الزوار** يمكنهم المجيء حسب قواعد موقعك. أخبر مكتب الاستقبال.

## عند مخالفة القواعد

مخالفة القواعد يمكن أن تؤدي إلى إجراءات. مثلًا إنذار، أو مصروف أقل لفترة من الوقت. في الحالات الخطيرة يتصل الموظفون بالشرطة.

## اطلع على قواعد السكن في موقعك

لكل موقع قواعد سكن خاصة به. اطلبها من مكتب الاستقبال بلغتك. هل لديك سؤال أو شكوى؟ تحدث مع الموظفين في موقعك.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'ar', 'السلامة: الحريق والتهديد والاستغلال والاحتيال', 'كيف تبقى آمنًا في موقعك، وأين تجد المساعدة عندما لا تشعر بالأمان.',
'## الحريق

- عندما تسمع إنذار الحريق: اخرج من المبنى فورًا من أقرب مخرج. لا تستخدم المصعد. لا ترجع لأخذ أغراضك.
- اعرف أين توجد مخارج المبنى.
- لا تغطِّ كاشف الدخان أبدًا ولا تنزعه.
- لا تطبخ في غرفتك. استخدم المطبخ، ولا تترك الطبخ وحده أبدًا.
- لا تدخن في غرفتك أو في السرير.
- هل ترى نارًا أو دخانًا؟ اتصل بـ [112](tel:112) ونبّه الموظفين.

## عندما لا تشعر بالأمان أو تتعرض للتهديد

- أخبر الموظفين في موقعك. هم يأخذون الأمر بجدية ويبحثون معك عن حل.
- هل أنت في خطر الآن؟ اتصل بـ [112](tel:112).
- العنف في البيت أو بين الزوجين ممنوع دائمًا. يمكنك الحصول على المساعدة.

## المقيمون من مجتمع الميم (LGBTI)

هل أنت مثلية أو مثلي أو مزدوج الميول أو عابر جنسيًا أو ثنائي الجنس، ولا تشعر بالأمان؟ يمكنك أن تطلب من الموظفين سكنًا آمنًا. الموظفون يحافظون على سرية ذلك.

## الاتجار بالبشر والاستغلال

انتبه إذا كان شخص ما:

- يعرض عليك عملًا أو مكانًا للسكن يبدو أجمل من أن يكون حقيقيًا؛
- يأخذ جواز سفرك أو أوراقك أو هاتفك؛
- يجعلك تعمل بدون أجر، أو يقول إن عليك أن تسدد دَينًا؛
- يجبرك على ممارسة الجنس أو على القيام بأعمال إجرامية.

هذه جريمة. ليس هذا ذنبك، والمساعدة موجودة. تحدث مع الموظفين أو طبيبك أو محاميك.

## الاحتيال

- لا أحد من COA أو الـ IND يطلب منك مالًا مقابل إجراءاتك. إجراءاتك ومحاميك مجانيان.
- لا تدفع لأي شخص يعدك بإجراءات أسرع أو بتصريح إقامة.
- لا تعطِ أبدًا الرقم السري لبطاقتك البنكية أو كلمات المرور أو الرموز التي تصلك برسالة نصية.
- لست متأكدًا؟ اسأل الموظفين في موقعك أولًا.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- fa
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'fa', 'روند پناهندگی در هلند، قدم به قدم', 'از درخواست شما تا تصمیم چه اتفاقی می‌افتد و بعد از آن چه چیزی ممکن است پیش بیاید. وکیل شما و VluchtelingenWerk می‌توانند وضعیت خود شما را توضیح دهند.',
'هر پرونده پناهندگی متفاوت است. این صفحه مراحل معمول را توضیح می‌دهد. **از وکیل خود یا VluchtelingenWerk بپرسید** که این مراحل برای شما چه معنایی دارند.

## ۱. درخواست

- شما در یکی از مراکز ثبت درخواست IND تقاضای پناهندگی می‌کنید. IND اداره مهاجرت و تابعیت است. IND درباره درخواست پناهندگی شما تصمیم می‌گیرد.
- بیشتر مردم در Ter Apel درخواست می‌دهند. اگر با هواپیما یا قایق آمده‌اید، در فرودگاه Schiphol درخواست می‌دهید.
- پلیس اتباع خارجی (AVIM) هویت شما را بررسی می‌کند. از شما اثر انگشت و عکس می‌گیرند و مشخصات شما را ثبت می‌کنند.

## ۲. پذیرش مرکزی (COL)

COA در مرکز پذیرش مرکزی (COL) در Ter Apel یا Budel به شما جای اقامت می‌دهد. شما دست‌کم چند روز آنجا می‌مانید. در آنجا:

- IND برای ثبت شما از شما سؤال می‌کند؛
- سازمان بهداشت (GGD) شما را برای سل (TB)، که بیماری ریه است، معاینه می‌کند؛
- یک پرستار از مرکز بهداشت (GZA) درباره سلامت شما می‌پرسد؛
- شما در دفتر ثبت جمعیت هلند (BRP) ثبت می‌شوید.

## ۳. استراحت و آمادگی

شما برای حدود یک هفته به یک مرکز پذیرش روند (POL) می‌روید. می‌توانید استراحت کنید. شما دریافت می‌کنید:

- اطلاعات درباره روند از VluchtelingenWerk (شورای پناهندگان هلند)؛
- یک وکیل. وکیل برای شما **رایگان** است؛
- مشاوره پزشکی اگر به آن نیاز داشته باشید.

## ۴. روند عمومی پناهندگی

این روند حدود ۸ روز کاری طول می‌کشد. گاهی بیشتر طول می‌کشد.

1. مصاحبه اول: IND می‌پرسد شما چه کسی هستید، از کجا آمده‌اید و چگونه سفر کرده‌اید.
2. وکیل شما کمک می‌کند برای مصاحبه بعدی آماده شوید.
3. مصاحبه تفصیلی: IND می‌پرسد چرا فرار کرده‌اید. همه چیزهای مهم را بگویید. حقیقت را بگویید.
4. وکیل شما اصلاحات و توضیحات تکمیلی را درباره گزارش مصاحبه شما می‌فرستد.
5. IND تصمیم می‌گیرد. یا IND اول یک *قصد رد* می‌فرستد: نامه‌ای که می‌گوید IND قصد دارد درخواست شما را رد کند.
6. اگر قصد رد دریافت کردید، وکیل شما پاسخی می‌نویسد که به آن *نظریه* می‌گویند. بعد از آن IND تصمیم می‌گیرد.

## ۵. بعد از آن چه ممکن است پیش بیاید

- **شما اجازه اقامت می‌گیرید.** در این صورت شما *دارنده اقامت* هستید. یک شهرداری به شما خانه می‌دهد. شما شروع به یادگیری زبان هلندی و آشنایی با زندگی در هلند می‌کنید (ادغام اجتماعی).
- **IND به زمان بیشتری نیاز دارد.** این روند تمدیدشده پناهندگی است. ممکن است ماه‌ها طول بکشد. شما در یک مرکز پذیرش منتظر می‌مانید.
- **درخواست شما رد می‌شود.** همراه وکیل خود می‌توانید به دادگاه اعتراض کنید. اگر پاسخ نهایی منفی باشد، باید هلند را ترک کنید. اداره بازگشت و خروج (DT&V) با شما درباره خروجتان صحبت می‌کند. حق پذیرش شما معمولاً **۲۸ روز** پس از رد نهایی تمام می‌شود.

## وضعیت‌های ویژه

- **دوبلین:** ممکن است کشور اروپایی دیگری مسئول درخواست شما باشد. در این صورت هلند می‌تواند شما را به آن کشور بفرستد.
- **کشور امن:** اگر از کشوری می‌آیید که هلند آن را امن می‌داند، روند سریع‌تر است. اغلب در COL می‌مانید.
- **کودکان بدون والدین:** کودکان زیر ۱۸ سال که تنها آمده‌اند، یک قیم از Nidos می‌گیرند.

## سؤال دارید؟

از وکیل خود یا VluchtelingenWerk بپرسید. کارکنان محل اقامت شما کمک می‌کنند با آنها تماس بگیرید. نامه‌های IND مهم هستند: آنها را نگه دارید و به وکیل خود نشان دهید.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'fa', 'موارد اضطراری و مراقبت‌های درمانی: با چه کسی تماس بگیرید؟', 'در وضعیت اضطراری که جان کسی در خطر است، با 112 تماس بگیرید. برای مشکلات دیگر سلامتی به مرکز بهداشت GZA بروید یا با خط تلفن GZA تماس بگیرید.',
'## خطر جانی: با 112 تماس بگیرید

وقتی جان کسی در خطر است، با [112](tel:112) تماس بگیرید. برای مثال: کسی نفس نمی‌کشد، بیهوش است، خونریزی زیاد دارد یا درد شدید در قفسه سینه دارد. یا آتش‌سوزی شده است.

- تماس با 112 رایگان است. روی هر تلفنی کار می‌کند، حتی بدون شارژ.
- بگویید کجا هستید: نشانی محل اقامت و اتاق خود را بگویید.
- به سؤال‌ها جواب دهید. تا به شما نگفته‌اند، تلفن را قطع نکنید.
- بعد به کارکنان محل اقامت خود خبر دهید.

## وقتی بیمار هستید: مرکز بهداشت GZA

هر محل اقامت یک مرکز بهداشت GZA دارد. GZA مطب پزشک عمومی برای پناهجویان است.

1. صبح به ساعت مشاوره بدون نوبت بروید. به وقت قبلی نیاز ندارید.
2. دستیار پزشک به حرف شما گوش می‌دهد.
3. اگر لازم باشد، دستیار برای شما با پزشک عمومی یا پرستار وقت می‌گیرد.

ساعت‌های مشاوره در صفحه [مرکز من](/centre) آمده است.

## در شب، در آخر هفته و خارج از ساعت مشاوره

با خط تلفن GZA تماس بگیرید. این خط ۲۴ ساعت شبانه‌روز و ۷ روز هفته به سؤال‌های پزشکی پاسخ می‌دهد. شماره در صفحه [مرکز من](/centre) آمده است. همین حالا شماره را در تلفن خود ذخیره کنید.

## بیمارستان و پزشکان متخصص

- پزشک عمومی تصمیم می‌گیرد که آیا به متخصص یا بیمارستان نیاز دارید. پزشک عمومی به شما معرفی‌نامه می‌دهد.
- آیا بیمارستان یا محل درمان بیشتر از ۱۰ کیلومتر دور است؟ COA هزینه سفر شما را می‌پردازد. از کارکنان محل اقامت خود بپرسید چطور.
- هزینه تاکسی فقط وقتی پرداخت می‌شود که GZA تصمیم بگیرد از نظر پزشکی لازم است.

## حریم خصوصی شما

هر چیزی که به پزشک، پرستار یا دستیار می‌گویید محرمانه است. آنها بدون اجازه شما آن را با کسی در میان نمی‌گذارند. می‌توانید مترجم بخواهید.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'fa', 'حقوق شما و مقررات محل اقامت', 'آنچه در پذیرش دریافت می‌کنید و قوانینی که همه باید رعایت کنند. مقررات محل اقامت خود را ببینید.',
'## آنچه دریافت می‌کنید

تا وقتی در پذیرش هستید، COA به شما می‌دهد:

- جایی برای زندگی؛
- غذا، یا پول برای خرید غذا و آشپزی خودتان؛
- کمک‌هزینه هفتگی برای لباس و بهداشت شخصی؛
- اطلاعات، راهنمایی و فعالیت‌ها؛
- رفت‌وآمد به دفتر وکیل و IND؛
- مراقبت‌های پزشکی ضروری؛
- بیمه مسئولیت: اگر به‌طور اتفاقی به وسایل کس دیگری آسیب بزنید، هزینه را می‌پردازد.

مبلغ‌ها ممکن است تغییر کنند. از کارکنان محل اقامت خود بپرسید شما چه چیزی دریافت می‌کنید.

## آنچه از شما می‌خواهیم

- **حضور خود را اعلام کنید**، همان‌طور که محل اقامت شما می‌خواهد. برای مثال در روزهای مشخص در پذیرش.
- **اتاق خود را امن و تمیز نگه دارید.** فضاهای مشترک را هم طبق توافق تمیز کنید.
- **خشونت ممنوع است.** دعوا نکنید، تهدید نکنید، سلاح نداشته باشید.
- **به دیگران احترام بگذارید.** همه خوش‌آمد هستند، با هر دین، اصلیت یا جنسیتی، و هر کسی را که دوست داشته باشند. شب‌ها آرام باشید.
- **ایمنی در برابر آتش.** در اتاق خود آشپزی نکنید. روی دتکتور دود را نپوشانید و آن را برندارید. راهروها و درهای خروج را باز نگه دارید.
- **مهمانان** طبق قوانین محل اقامت شما می‌توانند بیایند. به پذیرش خبر دهید.

## وقتی قوانین رعایت نشوند

زیر پا گذاشتن قوانین می‌تواند به اقداماتی منجر شود. برای مثال یک اخطار، یا کمک‌هزینه کمتر برای مدتی. در موارد جدی، کارکنان پلیس را خبر می‌کنند.

## مقررات محل اقامت خود را ببینید

هر محل اقامت مقررات خودش را دارد. آنها را به زبان خودتان از پذیرش بخواهید. سؤال یا شکایتی دارید؟ با کارکنان محل اقامت خود صحبت کنید.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'fa', 'ایمنی: آتش‌سوزی، تهدید، بهره‌کشی و کلاهبرداری', 'چطور در محل اقامت خود در امان بمانید و وقتی احساس ناامنی می‌کنید از کجا کمک بگیرید.',
'## آتش‌سوزی

- وقتی آژیر آتش را می‌شنوید: فوراً از نزدیک‌ترین در خروجی از ساختمان بیرون بروید. از آسانسور استفاده نکنید. برای برداشتن وسایلتان برنگردید.
- یاد بگیرید درهای خروجی ساختمان شما کجا هستند.
- هرگز روی دتکتور دود را نپوشانید و آن را برندارید.
- در اتاق خود آشپزی نکنید. از آشپزخانه استفاده کنید و هرگز غذای روی اجاق را تنها نگذارید.
- در اتاق یا در تخت سیگار نکشید.
- آتش یا دود می‌بینید؟ با [112](tel:112) تماس بگیرید و به کارکنان خبر دهید.

## وقتی احساس ناامنی می‌کنید یا تهدید می‌شوید

- به کارکنان محل اقامت خود بگویید. آنها موضوع را جدی می‌گیرند و همراه شما دنبال راه‌حل می‌گردند.
- همین حالا در خطر هستید؟ با [112](tel:112) تماس بگیرید.
- خشونت در خانه یا بین همسران هرگز مجاز نیست. می‌توانید کمک بگیرید.

## ساکنان LGBTI

آیا لزبین، گی، دوجنسگرا، ترنس یا اینترسکس هستید و احساس امنیت نمی‌کنید؟ می‌توانید از کارکنان محل اقامت امن بخواهید. کارکنان این موضوع را محرمانه نگه می‌دارند.

## قاچاق انسان و بهره‌کشی

مراقب باشید اگر کسی:

- به شما کار یا جای زندگی پیشنهاد می‌کند که بیش از حد خوب به نظر می‌رسد؛
- گذرنامه، مدارک یا تلفن شما را می‌گیرد؛
- شما را بدون مزد به کار وادار می‌کند، یا می‌گوید باید بدهی‌ای را پس بدهید؛
- شما را مجبور به رابطه جنسی یا کارهای خلاف قانون می‌کند.

این یک جرم است. تقصیر شما نیست و کمک وجود دارد. با کارکنان، پزشک یا وکیل خود صحبت کنید.

## کلاهبرداری

- هیچ‌کس از طرف COA یا IND برای روند شما از شما پول نمی‌خواهد. روند شما و وکیل شما رایگان هستند.
- به کسی که قول روند سریع‌تر یا اجازه اقامت می‌دهد پول ندهید.
- هرگز رمز کارت بانکی، رمزهای عبور یا کدهایی را که با پیامک دریافت می‌کنید به کسی ندهید.
- مطمئن نیستید؟ اول از کارکنان محل اقامت خود بپرسید.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- ps
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'ps', 'په هالنډ کې د پناه غوښتنې بهیر، ګام په ګام', 'ستاسو له غوښتنلیک څخه تر پرېکړې پورې څه کېږي، او وروسته څه پېښېدای شي. ستاسو وکیل او VluchtelingenWerk ستاسو خپله قضیه درته تشریح کولای شي.',
'د پناه غوښتنې هره قضیه توپیر لري. دا پاڼه معمول ګامونه تشریح کوي. **له خپل وکیل یا VluchtelingenWerk څخه وپوښتئ** چې دا ګامونه ستاسو لپاره څه معنا لري.

## ۱. غوښتنلیک

- تاسو د IND په یوه ثبت مرکز کې پناه غواړئ. IND د کډوالۍ او تابعیت اداره ده. IND ستاسو د پناه غوښتنې په اړه پرېکړه کوي.
- ډېری خلک په Ter Apel کې غوښتنلیک ورکوي. که تاسو په الوتکه یا کښتۍ راغلي یاست، نو په Schiphol هوايي ډګر کې غوښتنلیک ورکوئ.
- د بهرنیانو پولیس (AVIM) ستاسو هویت ګوري. ستاسو د ګوتو نښې او عکس اخلي او ستاسو معلومات لیکي.

## ۲. مرکزي استوګنځی (COL)

COA تاسو ته په Ter Apel یا Budel کې په مرکزي استوګنځي (COL) کې ځای درکوي. تاسو هلته لږ تر لږه څو ورځې پاتې کېږئ. هلته:

- IND له تاسو څخه پوښتنې کوي ترڅو مو ثبت کړي؛
- روغتیایي خدمت (GGD) تاسو د نري رنځ (TB) لپاره معاینه کوي، چې د سږو ناروغي ده؛
- د روغتیایي مرکز (GZA) یوه نرس ستاسو د روغتیا په اړه پوښتنه کوي؛
- تاسو د هالنډ د نفوسو په ثبت (BRP) کې ثبتېږئ.

## ۳. آرام او چمتووالی

تاسو د شاوخوا یوې اونۍ لپاره د بهیر استوګنځي (POL) ته ځئ. تاسو آرام کولای شئ. تاسو ته دا شیان درکول کېږي:

- د VluchtelingenWerk (د هالنډ د کډوالو شورا) له خوا د بهیر په اړه معلومات؛
- یو وکیل. وکیل ستاسو لپاره **وړیا** دی؛
- که اړتیا مو وي، طبي مشوره.

## ۴. د پناه غوښتنې عمومي بهیر

دا شاوخوا ۸ کاري ورځې وخت نیسي. کله کله ډېر وخت نیسي.

1. لومړۍ مرکه: IND پوښتنه کوي چې تاسو څوک یاست، له کومه راغلي یاست او څنګه مو سفر کړی.
2. ستاسو وکیل مرسته کوي چې د راتلونکې مرکې لپاره چمتو شئ.
3. تفصیلي مرکه: IND پوښتنه کوي چې ولې مو وطن پرېښود. هر مهم شی ووایاست. رښتیا ووایاست.
4. ستاسو وکیل ستاسو د مرکې په راپور سمونې او زیاتونې لېږي.
5. IND پرېکړه کوي. یا IND لومړی *د ردولو اراده* لېږي: یو لیک چې وايي IND غواړي ستاسو غوښتنه رد کړي.
6. که د ردولو اراده درته راغله، ستاسو وکیل ځواب لیکي چې *نظر* ورته وايي. له هغې وروسته IND پرېکړه کوي.

## ۵. وروسته څه پېښېدای شي

- **تاسو د استوګنې اجازه ترلاسه کوئ.** بیا تاسو *د استوګنې اجازه لرونکی* یاست. یوه ښاروالۍ تاسو ته کور درکوي. تاسو هالنډي ژبه او په هالنډ کې د ژوند په اړه زده کړه پیلوئ (ادغام).
- **IND ډېر وخت ته اړتیا لري.** دا د پناه غوښتنې اوږد شوی بهیر دی. څو میاشتې وخت نیولای شي. تاسو په یوه استوګنځي کې انتظار کوئ.
- **ستاسو غوښتنه ردېږي.** د خپل وکیل سره تاسو محکمې ته اعتراض کولای شئ. که وروستی ځواب منفي وي، تاسو باید هالنډ پرېږدئ. د بېرته ستنېدو او وتلو اداره (DT&V) ستاسو سره ستاسو د وتلو په اړه خبرې کوي. ستاسو د استوګنې حق معمولاً له وروستي رد څخه **۲۸ ورځې** وروسته پای ته رسېږي.

## ځانګړي حالتونه

- **ډبلن:** کېدای شي بل اروپایي هېواد ستاسو د غوښتنې مسؤل وي. بیا هالنډ تاسو هغه هېواد ته لېږلای شي.
- **خوندي هېواد:** که تاسو له داسې هېواد څخه یاست چې هالنډ یې خوندي ګڼي، بهیر ګړندی وي. ډېری وخت تاسو په COL کې پاتې کېږئ.
- **ماشومان پرته له مور او پلار:** هغه ماشومان چې عمر یې له ۱۸ کالو کم دی او یوازې راغلي، د Nidos له خوا سرپرست ترلاسه کوي.

## پوښتنې لرئ؟

له خپل وکیل یا VluchtelingenWerk څخه وپوښتئ. ستاسو د استوګنځي کارکوونکي مرسته کوي چې له هغوی سره اړیکه ونیسئ. د IND لیکونه مهم دي: ویې ساتئ او خپل وکیل ته یې وښایاست.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'ps', 'بیړني حالتونه او روغتیایي پاملرنه: چاته زنګ ووهئ؟', 'کله چې ژوند په خطر کې وي، 112 ته زنګ ووهئ. د نورو روغتیایي ستونزو لپاره GZA روغتیایي مرکز ته لاړ شئ یا د GZA تلیفون کرښې ته زنګ ووهئ.',
'## ژوند په خطر کې دی: 112 ته زنګ ووهئ

کله چې د یو چا ژوند په خطر کې وي، [112](tel:112) ته زنګ ووهئ. د بېلګې په توګه: یو څوک ساه نه اخلي، بې هوښه دی، ډېره وینه ترې ځي یا یې په سینه کې سخت درد دی. یا اور لګېدلی دی.

- 112 ته زنګ وړیا دی. په هر تلیفون کار کوي، حتی پرته له کریډیټ.
- ووایاست چې چېرته یاست: د خپل استوګنځي پته او د خپلې کوټې شمېره.
- پوښتنو ته ځواب ورکړئ. تر هغه چې درته ونه وايي، تلیفون مه بندوئ.
- وروسته د خپل استوګنځي کارکوونکو ته ووایاست.

## کله چې ناروغ یاست: GZA روغتیایي مرکز

هر استوګنځی د GZA روغتیایي مرکز لري. GZA د پناه غوښتونکو لپاره د کورنۍ ډاکټر کلینیک دی.

1. سهار د پرته له وخته مشورې ساعتونو ته لاړ شئ. وخت اخیستلو ته اړتیا نشته.
2. د ډاکټر مرستیال ستاسو خبرې اوري.
3. که اړتیا وي، مرستیال ستاسو لپاره له عمومي ډاکټر یا نرس سره وخت نیسي.

د مشورې ساعتونه د [زما مرکز](/centre) په پاڼه کې دي.

## د شپې، د اونۍ په پای کې او د مشورې له ساعتونو بهر

د GZA تلیفون کرښې ته زنګ ووهئ. دا کرښه په ورځ کې ۲۴ ساعته او په اونۍ کې ۷ ورځې طبي پوښتنو ته ځواب ورکوي. شمېره د [زما مرکز](/centre) په پاڼه کې ده. همدا اوس شمېره په خپل تلیفون کې خوندي کړئ.

## روغتون او متخصص ډاکټران

- عمومي ډاکټر پرېکړه کوي چې آیا تاسو متخصص ډاکټر یا روغتون ته اړتیا لرئ. عمومي ډاکټر تاسو ته د راجع کولو لیک درکوي.
- آیا روغتون یا د درملنې ځای له ۱۰ کیلومترو ډېر لرې دی؟ COA ستاسو د سفر لګښت ورکوي. د خپل استوګنځي له کارکوونکو وپوښتئ چې دا څنګه کېږي.
- د ټکسي پیسې یوازې هغه وخت ورکول کېږي چې GZA پرېکړه وکړي چې له طبي پلوه اړین دی.

## ستاسو محرمیت

هر څه چې تاسو ډاکټر، نرس یا مرستیال ته وایاست، پټ ساتل کېږي. هغوی یې پرته ستاسو له اجازې له بل چا سره نه شریکوي. تاسو د ژباړونکي غوښتنه کولای شئ.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'ps', 'ستاسو حقونه او د استوګنځي قواعد', 'په استوګنځي کې څه ترلاسه کوئ، او هغه قواعد چې ټول باید یې ومني. د خپل استوګنځي قواعد وګورئ.',
'## څه ترلاسه کوئ

تر هغه چې تاسو په استوګنځي کې یاست، COA تاسو ته درکوي:

- د اوسېدو ځای؛
- خواړه، یا پیسې چې پخپله خواړه واخلئ او پخلی یې کړئ؛
- د جامو او شخصي پاکوالي لپاره اونیزې پیسې؛
- معلومات، لارښوونه او فعالیتونه؛
- خپل وکیل او IND ته ټرانسپورټ؛
- اړینه طبي پاملرنه؛
- د مسؤلیت بیمه: که تاسو په ناپامۍ سره د بل چا شی خراب کړئ، دا بیمه یې تاوان ورکوي.

اندازې بدلېدای شي. د خپل استوګنځي له کارکوونکو وپوښتئ چې تاسو څه ترلاسه کوئ.

## له تاسو څه غواړو

- **خپل حاضرېدل ثبت کړئ** لکه څنګه چې ستاسو استوګنځی غواړي. د بېلګې په توګه په ټاکلو ورځو کې د معلوماتو په مېز کې.
- **خپله کوټه خوندي او پاکه وساتئ.** ګډ ځایونه هم لکه څنګه چې موافقه شوې پاک کړئ.
- **تاوتریخوالی نه.** جګړه نه، ګواښ نه، وسلې نه.
- **د نورو درناوی وکړئ.** هر څوک ښه راغلی دی، هر دین، اصل یا جنسیت چې ولري، او هر چا سره چې مینه ولري. د شپې غلي اوسئ.
- **له اور څخه خوندیتوب.** په خپله کوټه کې پخلی مه کوئ. د لوګي کشف کوونکي آلې مه پټوئ او مه یې لرې کوئ. دهلیزونه او د وتلو لارې خالي وساتئ.
- **مېلمانه** د ستاسو د استوګنځي د قواعدو سره سم راتلای شي. د معلوماتو مېز ته خبر ورکړئ.

## کله چې قواعد مات شي

د قواعدو ماتول کېدای شي د اقداماتو لامل شي. د بېلګې په توګه یوه خبرتیا، یا د یو وخت لپاره لږې پیسې. په جدي حالتونو کې کارکوونکي پولیسو ته زنګ وهي.

## د خپل استوګنځي قواعد وګورئ

هر استوګنځی خپل قواعد لري. هغه په خپله ژبه د معلوماتو له مېز څخه وغواړئ. پوښتنه یا شکایت لرئ؟ د خپل استوګنځي له کارکوونکو سره خبرې وکړئ.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'ps', 'خوندیتوب: اور، ګواښ، استثمار او درغلي', 'څنګه په خپل استوګنځي کې خوندي پاتې شئ، او کله چې ځان خوندي نه احساسوئ له کومه مرسته ترلاسه کړئ.',
'## اور

- کله چې د اور د خطر زنګ واورئ: سمدستي له ودانۍ ووځئ؛ تر ټولو نږدې وتلو لار وکاروئ. لفټ مه کاروئ. د خپلو شیانو لپاره بېرته مه ورځئ.
- زده کړئ چې ستاسو د ودانۍ د وتلو لارې چېرته دي.
- هېڅکله د لوګي کشف کوونکې آله مه پټوئ او مه یې لرې کوئ.
- په خپله کوټه کې پخلی مه کوئ. پخلنځی وکاروئ، او هېڅکله پخلی یوازې مه پرېږدئ.
- په خپله کوټه یا په بستر کې سګرټ مه څکوئ.
- اور یا لوګی وینئ؟ [112](tel:112) ته زنګ ووهئ او کارکوونکي خبر کړئ.

## کله چې ځان خوندي نه احساسوئ یا ګواښل کېږئ

- د خپل استوګنځي کارکوونکو ته ووایاست. هغوی دا جدي نیسي او ستاسو سره یوځای د حل لاره لټوي.
- همدا اوس په خطر کې یاست؟ [112](tel:112) ته زنګ ووهئ.
- په کور کې یا د مېړه او ښځې ترمنځ تاوتریخوالی هېڅکله اجازه نلري. تاسو مرسته ترلاسه کولای شئ.

## LGBTI اوسېدونکي

آیا تاسو لزبین، ګې، دوه جنسه ګرایه، ټرانسجنډر یا انټرسکس یاست، او ځان خوندي نه احساسوئ؟ تاسو له کارکوونکو څخه د خوندي استوګنې غوښتنه کولای شئ. کارکوونکي دا موضوع پټه ساتي.

## د انسانانو قاچاق او استثمار

پام وکړئ که یو څوک:

- تاسو ته داسې کار یا د اوسېدو ځای وړاندې کوي چې له حده ډېر ښه ښکاري؛
- ستاسو پاسپورټ، اسناد یا تلیفون اخلي؛
- تاسو پرته له معاش کار ته اړ باسي، یا وايي چې تاسو باید پور ورکړئ؛
- تاسو جنسي اړیکې یا جرمي کارونو ته مجبوروي.

دا جرم دی. دا ستاسو ګناه نه ده، او مرسته شته. له کارکوونکو، خپل ډاکټر یا خپل وکیل سره خبرې وکړئ.

## درغلي

- د COA یا IND هېڅوک ستاسو د بهیر لپاره له تاسو پیسې نه غواړي. ستاسو بهیر او ستاسو وکیل وړیا دي.
- هغه چا ته پیسې مه ورکوئ چې تاسو سره د ګړندي بهیر یا د استوګنې اجازې ژمنه کوي.
- هېڅکله د خپل بانک کارت پټ نمبر، پاسورډونه یا هغه کوډونه چې په SMS کې درته راځي، چا ته مه ورکوئ.
- ډاډه نه یاست؟ لومړی د خپل استوګنځي له کارکوونکو وپوښتئ.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- ckb
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'ckb', 'پرۆسەی پەنابەری لە هۆڵەندا، هەنگاو بە هەنگاو', 'لە داواکارییەکەتەوە تا بڕیار چی ڕوودەدات، و دواتر چی ڕوودەدات. پارێزەرەکەت و VluchtelingenWerk دەتوانن دۆسیەکەی خۆتت بۆ ڕوون بکەنەوە.',
'هەموو دۆسیەیەکی پەنابەری جیاوازە. ئەم پەڕەیە هەنگاوە ئاساییەکان ڕوون دەکاتەوە. **لە پارێزەرەکەت یان VluchtelingenWerk بپرسە** ئەم هەنگاوانە بۆ تۆ چ واتایەکیان هەیە.

## 1. داواکاری

- تۆ لە بنکەیەکی تۆمارکردنی IND داوای پەنابەری دەکەیت. IND دەزگای کۆچ و ڕەگەزنامەیە. IND لەسەر داواکاریی پەنابەرییەکەت بڕیار دەدات.
- زۆربەی خەڵک لە Ter Apel داواکاری پێشکەش دەکەن. ئەگەر بە فڕۆکە یان بە بەلەم هاتوویت، لە فڕۆکەخانەی Schiphol داواکاری پێشکەش دەکەیت.
- پۆلیسی بیانییەکان (AVIM) ناسنامەکەت دەپشکنن. پەنجەمۆر و وێنەت لێ وەردەگرن و زانیارییەکانت تۆمار دەکەن.

## 2. پێشوازیی ناوەندی (COL)

COA لە شوێنی پێشوازیی ناوەندی (COL) لە Ter Apel یان Budel شوێنی مانەوەت پێ دەدات. لانیکەم چەند ڕۆژێک لەوێ دەمێنیتەوە. لەوێ:

- IND پرسیارت لێ دەکات بۆ تۆمارکردنت؛
- خزمەتگوزاریی تەندروستی (GGD) بۆ نەخۆشیی سیل (TB) دەتپشکنێت، کە نەخۆشییەکی سییەکانە؛
- پەرستارێکی بنکەی تەندروستی (GZA) پرسیار دەربارەی تەندروستیت دەکات؛
- لە تۆماری دانیشتووانی هۆڵەندا (BRP) تۆمار دەکرێیت.

## 3. پشوو و ئامادەکاری

بۆ نزیکەی هەفتەیەک دەچیتە شوێنی پێشوازیی پرۆسە (POL). دەتوانیت پشوو بدەیت. ئەمانەت پێ دەدرێت:

- زانیاری دەربارەی پرۆسەکە لە VluchtelingenWerk (ئەنجومەنی پەنابەرانی هۆڵەندا)؛
- پارێزەرێک. پارێزەرەکە بۆ تۆ **بێبەرامبەرە**؛
- ئامۆژگاریی پزیشکی ئەگەر پێویستت پێی بێت.

## 4. پرۆسەی گشتیی پەنابەری

ئەمە نزیکەی 8 ڕۆژی کار دەخایەنێت. هەندێک جار زیاتر دەخایەنێت.

1. یەکەم چاوپێکەوتن: IND دەپرسێت تۆ کێیت، خەڵکی کوێیت و چۆن گەشتت کردووە.
2. پارێزەرەکەت یارمەتیت دەدات بۆ چاوپێکەوتنی داهاتوو ئامادە بیت.
3. چاوپێکەوتنی ورد: IND دەپرسێت بۆچی هەڵاتوویت. هەموو شتێکی گرنگ بڵێ. ڕاستی بڵێ.
4. پارێزەرەکەت ڕاستکردنەوە و زیادکردن بۆ ڕاپۆرتی چاوپێکەوتنەکەت دەنێرێت.
5. IND بڕیار دەدات. یان IND سەرەتا *نیازی ڕەتکردنەوە* دەنێرێت: نامەیەک کە دەڵێت IND نیازی هەیە داواکارییەکەت ڕەت بکاتەوە.
6. ئەگەر نیازی ڕەتکردنەوەت بۆ هات، پارێزەرەکەت وەڵامێک دەنووسێت کە پێی دەوترێت *بیروڕا*. دوای ئەوە IND بڕیار دەدات.

## 5. دواتر چی دەتوانێت ڕووبدات

- **مۆڵەتی نیشتەجێبوون وەردەگریت.** ئەو کاتە تۆ دەبیتە *خاوەن مۆڵەت*. شارەوانییەک خانووت پێ دەدات. دەست دەکەیت بە فێربوونی زمانی هۆڵەندی و ژیان لە هۆڵەندا (تێکەڵبوون).
- **IND کاتی زیاتری پێویستە.** ئەمە پرۆسەی درێژکراوەی پەنابەرییە. دەتوانێت چەند مانگێک بخایەنێت. تۆ لە شوێنێکی پێشوازی چاوەڕێ دەکەیت.
- **داواکارییەکەت ڕەت دەکرێتەوە.** لەگەڵ پارێزەرەکەت دەتوانیت تانە لە دادگا بدەیت. ئەگەر وەڵامی کۆتایی نەخێر بێت، دەبێت هۆڵەندا جێبهێڵیت. دەزگای گەڕانەوە و ڕۆیشتن (DT&V) لەگەڵت دەربارەی ڕۆیشتنت قسە دەکات. مافی پێشوازیت بە زۆری **28 ڕۆژ** دوای ڕەتکردنەوەی کۆتایی تەواو دەبێت.

## بارودۆخی تایبەت

- **دابلن:** لەوانەیە وڵاتێکی تری ئەوروپی بەرپرسیار بێت لە داواکارییەکەت. ئەو کاتە هۆڵەندا دەتوانێت بتنێرێتە ئەو وڵاتە.
- **وڵاتی سەلامەت:** ئەگەر خەڵکی وڵاتێکیت کە هۆڵەندا بە سەلامەتی دەزانێت، پرۆسەکە خێراترە. زۆرجار لە COL دەمێنیتەوە.
- **منداڵی بێ دایک و باوک:** منداڵانی خوار 18 ساڵ کە بە تەنها هاتوون، سەرپەرشتیارێک لە Nidos وەردەگرن.

## پرسیارت هەیە؟

لە پارێزەرەکەت یان VluchtelingenWerk بپرسە. کارمەندانی شوێنەکەت یارمەتیت دەدەن پەیوەندییان پێوە بکەیت. نامەکانی IND گرنگن: بیانپارێزە و نیشانی پارێزەرەکەتیان بدە.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'ckb', 'فریاکەوتن و چاودێریی تەندروستی: پەیوەندی بە کێوە بکەیت؟', 'کاتێک ژیان لە مەترسیدایە، پەیوەندی بە 112 بکە. بۆ کێشەی تری تەندروستی، بچۆ بۆ بنکەی تەندروستیی GZA یان پەیوەندی بە هێڵی تەلەفۆنی GZA بکە.',
'## ژیان لە مەترسیدایە: پەیوەندی بە 112 بکە

کاتێک ژیانی کەسێک لە مەترسیدایە، پەیوەندی بە [112](tel:112) بکە. بۆ نموونە: کەسێک هەناسە نادات، بێهۆشە، خوێنێکی زۆری لێ دەڕوات یان ئازارێکی توندی لە سنگیدا هەیە. یان ئاگر کەوتووەتەوە.

- پەیوەندیکردن بە 112 بێبەرامبەرە. لەسەر هەموو تەلەفۆنێک کار دەکات، تەنانەت بێ باڵانسیش.
- بڵێ لە کوێیت: ناونیشانی شوێنەکەت و ژوورەکەت.
- وەڵامی پرسیارەکان بدەوە. تا پێت نەڵێن، تەلەفۆنەکە دامەخە.
- دواتر بە کارمەندانی شوێنەکەت بڵێ.

## کاتێک نەخۆشیت: بنکەی تەندروستیی GZA

هەموو شوێنێک بنکەیەکی تەندروستیی GZA ی هەیە. GZA نۆرینگەی پزیشکی گشتییە بۆ پەنابەران.

1. بەیانی بچۆ بۆ کاتەکانی سەردانی بێ ژوان. پێویستت بە ژوانی پێشوەخت نییە.
2. یاریدەدەری پزیشک گوێت لێ دەگرێت.
3. ئەگەر پێویست بێت، یاریدەدەرەکە ژوانێکت بۆ دادەنێت لەگەڵ پزیشکی گشتی یان پەرستار.

کاتەکانی سەردان لە پەڕەی [سەنتەرەکەم](/centre) دان.

## شەو، کۆتایی هەفتە و دەرەوەی کاتەکانی سەردان

پەیوەندی بە هێڵی تەلەفۆنی GZA بکە. ئەم هێڵە 24 کاتژمێر لە ڕۆژدا و 7 ڕۆژ لە هەفتەدا وەڵامی پرسیاری پزیشکی دەداتەوە. ژمارەکە لە پەڕەی [سەنتەرەکەم](/centre) دایە. هەر ئێستا ژمارەکە لە تەلەفۆنەکەتدا پاشەکەوت بکە.

## نەخۆشخانە و پزیشکی پسپۆڕ

- پزیشکی گشتی بڕیار دەدات ئایا پێویستت بە پزیشکی پسپۆڕ یان نەخۆشخانە هەیە. پزیشکی گشتی نامەی ڕەوانەکردنت پێ دەدات.
- ئایا نەخۆشخانە یان شوێنی چارەسەر زیاتر لە 10 کیلۆمەتر دوورە؟ COA تێچووی گەشتەکەت دەدات. لە کارمەندانی شوێنەکەت بپرسە چۆن.
- پارەی تەکسی تەنها کاتێک دەدرێت کە GZA بڕیار بدات لە ڕووی پزیشکییەوە پێویستە.

## تایبەتمەندیی تۆ

هەموو ئەو شتانەی بە پزیشک، پەرستار یان یاریدەدەر دەیڵێیت نهێنییە. بەبێ ڕەزامەندیی تۆ بە کەسی تری نادەن. دەتوانیت داوای وەرگێڕ بکەیت.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'ckb', 'مافەکانت و ڕێساکانی ناوخۆ', 'ئەوەی لە پێشوازیدا وەریدەگریت، و ئەو ڕێسایانەی هەمووان دەبێت پەیڕەویان بکەن. ڕێساکانی ناوخۆی شوێنەکەت ببینە.',
'## ئەوەی وەریدەگریت

تا ئەو کاتەی لە پێشوازیدایت، COA ئەمانەت پێ دەدات:

- شوێنێک بۆ ژیان؛
- ژەمە خواردن، یان پارە بۆ ئەوەی خۆت خواردن بکڕیت و چێشت لێبنێیت؛
- پارەی هەفتانە بۆ جلوبەرگ و پاکوخاوێنیی کەسی؛
- زانیاری، ڕێنمایی و چالاکی؛
- گواستنەوە بۆ لای پارێزەرەکەت و IND؛
- چاودێریی پزیشکیی پێویست؛
- بیمەی بەرپرسیارێتی: ئەگەر بە هەڵە شتێکی کەسێکی تر تێکبدەیت، ئەم بیمەیە قەرەبووی دەکاتەوە.

بڕی پارەکان دەتوانن بگۆڕێن. لە کارمەندانی شوێنەکەت بپرسە تۆ چی وەردەگریت.

## ئەوەی داوات لێ دەکەین

- **ئامادەبوونی خۆت ڕابگەیەنە** بەو شێوەیەی شوێنەکەت داوای دەکات. بۆ نموونە لە پێشوازی لە ڕۆژانی دیاریکراودا.
- **ژوورەکەت سەلامەت و پاک ڕابگرە.** شوێنە هاوبەشەکانیش بەپێی ڕێککەوتن پاک بکەرەوە.
- **توندوتیژی نا.** شەڕ نا، هەڕەشە نا، چەک نا.
- **ڕێز لە خەڵکی تر بگرە.** هەمووان بەخێرهاتوون، هەر ئایین، ڕەچەڵەک یان ڕەگەزێکیان هەبێت، و هەر کەسێکیان خۆش بوێت. شەوان بێدەنگ بە.
- **سەلامەتی لە ئاگر.** لە ژوورەکەت چێشت لێمەنێ. ئامێری هەستکردن بە دووکەڵ دامەپۆشە و لای مەبە. ڕاڕەو و دەرچەکان چۆڵ ڕابگرە.
- **میوان** بەپێی ڕێساکانی شوێنەکەت دەتوانن بێن. بە پێشوازی بڵێ.

## کاتێک ڕێساکان دەشکێنرێن

شکاندنی ڕێساکان دەتوانێت ببێتە هۆی ڕێوشوێن. بۆ نموونە ئاگادارکردنەوەیەک، یان پارەی کەمتر بۆ ماوەیەک. لە حاڵەتی گەورەدا کارمەندان پەیوەندی بە پۆلیسەوە دەکەن.

## ڕێساکانی ناوخۆی شوێنەکەت ببینە

هەر شوێنێک ڕێسای ناوخۆی خۆی هەیە. بە زمانی خۆت لە پێشوازی داوایان بکە. پرسیار یان سکاڵات هەیە؟ لەگەڵ کارمەندانی شوێنەکەت قسە بکە.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'ckb', 'سەلامەتی: ئاگر، هەڕەشە، چەوساندنەوە و فێڵ', 'چۆن لە شوێنەکەت سەلامەت بمێنیتەوە، و لە کوێ یارمەتی وەربگریت کاتێک هەست بە سەلامەتی ناکەیت.',
'## ئاگر

- کاتێک زەنگی ئاگاداریی ئاگر دەبیستیت: یەکسەر لە نزیکترین دەرچەوە لە بیناکە بچۆ دەرەوە. ئاسانسۆر بەکارمەهێنە. بۆ کەلوپەلەکانت مەگەڕێوە.
- فێر بە دەرچەکانی بیناکەت لە کوێن.
- هەرگیز ئامێری هەستکردن بە دووکەڵ دامەپۆشە و لای مەبە.
- لە ژوورەکەت چێشت لێمەنێ. چێشتخانە بەکاربهێنە، و هەرگیز چێشتەکە بە تەنها جێمەهێڵە.
- لە ژوورەکەت یان لەناو جێگادا جگەرە مەکێشە.
- ئاگر یان دووکەڵ دەبینیت؟ پەیوەندی بە [112](tel:112) بکە و کارمەندان ئاگادار بکەرەوە.

## کاتێک هەست بە سەلامەتی ناکەیت یان هەڕەشەت لێ دەکرێت

- بە کارمەندانی شوێنەکەت بڵێ. ئەوان بە جددی وەریدەگرن و لەگەڵ تۆ بەدوای چارەسەردا دەگەڕێن.
- ئێستا لە مەترسیدایت؟ پەیوەندی بە [112](tel:112) بکە.
- توندوتیژی لە ماڵەوە یان لە نێوان هاوسەراندا هەرگیز ڕێگەپێدراو نییە. دەتوانیت یارمەتی وەربگریت.

## دانیشتووانی LGBTI

ئایا تۆ لێزبیەن، گەی، دووڕەگەزخواز، ترانسجێندەر یان ئینتەرسێکسیت، و هەست بە سەلامەتی ناکەیت؟ دەتوانیت داوای شوێنی نیشتەجێبوونی سەلامەت لە کارمەندان بکەیت. کارمەندان ئەم بابەتە بە نهێنی دەهێڵنەوە.

## بازرگانی بە مرۆڤەوە و چەوساندنەوە

ئاگادار بە ئەگەر کەسێک:

- کار یان شوێنی ژیانت پێشنیار دەکات کە ئەوەندە باشە باوەڕی پێ ناکرێت؛
- پاسپۆرت، بەڵگەنامە یان تەلەفۆنەکەت لێ دەسەنێت؛
- بەبێ موچە کارت پێ دەکات، یان دەڵێت دەبێت قەرزێک بدەیتەوە؛
- ناچارت دەکات بە سێکس یان بە کاری تاوانکارانە.

ئەمە تاوانە. هەڵەی تۆ نییە، و یارمەتی هەیە. لەگەڵ کارمەندان، پزیشکەکەت یان پارێزەرەکەت قسە بکە.

## فێڵ و ساختەکاری

- هیچ کەسێک لە COA یان IND پارەت لێ داوا ناکات بۆ پرۆسەکەت. پرۆسەکەت و پارێزەرەکەت بێبەرامبەرن.
- پارە مەدە بە هیچ کەسێک کە بەڵێنی پرۆسەیەکی خێراتر یان مۆڵەتت پێ دەدات.
- هەرگیز ژمارەی نهێنیی کارتی بانک، وشە نهێنییەکانت یان ئەو کۆدانەی بە نامەی کورت (SMS) بۆت دێن، بە کەس مەدە.
- دڵنیا نیت؟ سەرەتا لە کارمەندانی شوێنەکەت بپرسە.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- ti
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'ti', 'መስርሕ ዑቕባ ኣብ ኔዘርላንድ፡ ስጉምቲ ብስጉምቲ', 'ካብ ሕቶ ዑቕባኹም ክሳብ ውሳነ እንታይ ከም ዝኸውን፡ ድሕሪኡ ድማ እንታይ ክመጽእ ከም ዝኽእል። ጠበቓኹምን VluchtelingenWerk ን ናይ ባዕልኹም ጉዳይ ክገልጹልኩም ይኽእሉ።',
'ነፍሲ ወከፍ ጉዳይ ዑቕባ ዝተፈልየ እዩ። እዚ ገጽ እዚ እቶም ልሙዳት ስጉምትታት ይገልጽ። እዚኦም ንዓኹም እንታይ ማለት ምዃኖም **ንጠበቓኹም ወይ ን VluchtelingenWerk ሕተቱ**።

## 1. ሕቶ ዑቕባ

- ኣብ ሓደ ማእከል ምዝገባ ናይ IND ዑቕባ ትሓቱ። IND ቤት ጽሕፈት ኢሚግሬሽንን ዜግነትን እዩ። IND ኣብ ሕቶ ዑቕባኹም ይውስን።
- መብዛሕትኦም ሰባት ኣብ Ter Apel ይሓቱ። ብነፋሪት ወይ ብጃልባ እንተ መጺእኩም፡ ኣብ መዕርፎ ነፈርቲ Schiphol ትሓቱ።
- ፖሊስ ወጻእተኛታት (AVIM) መንነትኩም ይፈትሹ። ኣሰር ኣጻብዕኩምን ስእልኹምን ይወስዱ፡ ሓበሬታኹም ድማ ይጽሕፉ።

## 2. ማእከላይ መዕቆቢ (COL)

COA ኣብ ማእከላይ መዕቆቢ (COL) ኣብ Ter Apel ወይ Budel ቦታ መንበሪ ይህበኩም። ኣብኡ እንተወሓደ ንገለ መዓልታት ትጸንሑ። ኣብኡ፡

- IND ንምምዝጋብኩም ሕቶታት ይሓተኩም፤
- ኣገልግሎት ጥዕና (GGD) ንዓባይ ሰዓል (TB)፡ ሕማም ሳምቡእ፡ ይምርምረኩም፤
- ሓንቲ ነርስ ካብ ማእከል ጥዕና (GZA) ብዛዕባ ጥዕናኹም ትሓተኩም፤
- ኣብ መዝገብ ህዝቢ ኔዘርላንድ (BRP) ትምዝገቡ።

## 3. ዕረፍትን ምድላውን

ንኣስታት ሓደ ሰሙን ናብ መዕቆቢ መስርሕ (POL) ትኸዱ። ክተዕርፉ ትኽእሉ ኢኹም። እዚ ዝስዕብ ትረኽቡ፡

- ካብ VluchtelingenWerk (ባይቶ ስደተኛታት ኔዘርላንድ) ሓበሬታ ብዛዕባ እቲ መስርሕ፤
- ጠበቓ። እቲ ጠበቓ ንዓኹም **ብነጻ** እዩ፤
- እንተ ኣድሊኩም ሕክምናዊ ምኽሪ።

## 4. ሓፈሻዊ መስርሕ ዑቕባ

እዚ ኣስታት 8 መዓልታት ስራሕ ይወስድ። ገለ ግዜ ካብኡ ዝነውሐ ይወስድ።

1. ቀዳማይ ቃለ መሕትት፡ IND መን ምዃንኩም፡ ካበይ ከም ዝመጻእኩምን ብኸመይ ከም ዝተጓዓዝኩምን ይሓትት።
2. ጠበቓኹም ንዝቕጽል ቃለ መሕትት ክትዳለዉ ይሕግዘኩም።
3. ዝርዝራዊ ቃለ መሕትት፡ IND ስለምንታይ ከም ዝሃደምኩም ይሓትት። ኩሉ ኣገዳሲ ነገር ንገሩ። ሓቂ ተዛረቡ።
4. ጠበቓኹም ኣብ ጸብጻብ ቃለ መሕትትኩም እርማታትን ተወሳኺ ሓበሬታን ይሰድድ።
5. IND ይውስን። ወይ ድማ IND ቅድም *ሓሳብ ምንጻግ* ይሰድድ፡ ሕቶኹም ክነጽጎ ከም ዝሓሰበ ዝገልጽ ደብዳቤ።
6. ሓሳብ ምንጻግ እንተ በጺሑኩም፡ ጠበቓኹም *ርእይቶ* ዝበሃል መልሲ ይጽሕፍ። ድሕሪኡ IND ይውስን።

## 5. ድሕሪኡ እንታይ ክኸውን ይኽእል

- **ፍቓድ መንበሪ ትረኽቡ።** ሽዑ *ሓዚ ፍቓድ መንበሪ* ትኾኑ። ሓደ ምምሕዳር ከተማ ገዛ ይህበኩም። ቋንቋ ሆላንድን ብዛዕባ ህይወት ኣብ ኔዘርላንድን ክትመሃሩ ትጅምሩ (ምውህሃድ)።
- **IND ተወሳኺ ግዜ የድልዮ።** እዚ እቲ ዝተናውሐ መስርሕ ዑቕባ እዩ። ኣዋርሕ ክወስድ ይኽእል። ኣብ መዕቆቢ ትጽበዩ።
- **ሕቶኹም ይንጸግ።** ምስ ጠበቓኹም ናብ ቤት ፍርዲ ይግባይ ክትብሉ ትኽእሉ። እቲ ናይ መወዳእታ መልሲ ኣይፋል እንተኾይኑ፡ ካብ ኔዘርላንድ ክትወጹ ኣለኩም። ኣገልግሎት ምምላስን ምውጻእን (DT&V) ብዛዕባ ምኻድኩም ምሳኹም ይዛረብ። መሰል መዕቆቢኹም ብልሙድ ካብ ናይ መወዳእታ ምንጻግ **28 መዓልታት** ጸኒሑ ይውዳእ።

## ፍሉያት ኩነታት

- **ደብሊን፡** ካልእ ሃገር ኤውሮጳ ንሕቶኹም ሓላፍነት ክህልዋ ይኽእል። ሽዑ ኔዘርላንድ ናብታ ሃገር ክትሰደኩም ትኽእል።
- **ውሕስቲ ሃገር፡** ኔዘርላንድ ውሕስቲ እትብላ ሃገር እንተ መጺእኩም፡ እቲ መስርሕ ቅልጡፍ እዩ። መብዛሕትኡ ግዜ ኣብ COL ትጸንሑ።
- **ብዘይ ወለዲ ዝመጹ ቆልዑ፡** ትሕቲ 18 ዓመት ዝዕድሚኦም በይኖም ዝመጹ ቆልዑ ካብ Nidos ሞግዚት ይወሃቦም።

## ሕቶ ኣለኩም ድዩ?

ንጠበቓኹም ወይ ን VluchtelingenWerk ሕተቱ። ሰራሕተኛታት መዕቆቢኹም ምሳታቶም ክትራኸቡ ይሕግዙኹም። ደብዳቤታት IND ኣገደስቲ እዮም፡ ዓቅብዎም፡ ንጠበቓኹም ድማ ኣርእይዎም።',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'ti', 'ህጹጽ ኩነታትን ክንክን ጥዕናን፡ ናብ መን ትድውሉ?', 'ህይወት ኣብ ሓደጋ እንተሎ፡ ናብ 112 ደውሉ። ንኻልእ ጸገም ጥዕና ናብ ማእከል ጥዕና GZA ኪዱ ወይ ናብ መስመር ተሌፎን GZA ደውሉ።',
'## ህይወት ኣብ ሓደጋ፡ ናብ 112 ደውሉ

ህይወት ሰብ ኣብ ሓደጋ ምስ ዝህሉ ናብ [112](tel:112) ደውሉ። ንኣብነት፡ ሓደ ሰብ ዘየስተንፍስ፡ ንቕሓቱ ዝሰሓተ፡ ብዙሕ ደም ዝፈሶ ወይ ብርቱዕ ቃንዛ ደረት ዘለዎ። ወይ ሓዊ እንተ ተላዒሉ።

- ናብ 112 ምድዋል ብነጻ እዩ። ኣብ ኩሉ ተሌፎን ይሰርሕ፡ ብዘይ ባላንስ እውን።
- ኣበይ ከም ዘለኹም ንገሩ፡ ኣድራሻ መዕቆቢኹምን ክፍልኹምን።
- ንሕቶታት መልሱ። ክሳብ ዝነግሩኹም ተሌፎን ኣይትዕጸዉ።
- ድሕሪኡ ንሰራሕተኛታት መዕቆቢኹም ሓብሩ።

## ክትሓሙ ከለኹም፡ ማእከል ጥዕና GZA

ኣብ ነፍሲ ወከፍ መዕቆቢ ማእከል ጥዕና GZA ኣሎ። GZA ንሓተትቲ ዑቕባ ዘገልግል ክሊኒክ ሓኪም ስድራ እዩ።

1. ንግሆ ናብቲ ብዘይ ቆጸራ ዝኽፈት ሰዓት ምኽሪ ኪዱ። ቆጸራ ኣየድልየኩምን።
2. ሓጋዚ ሓኪም ይሰምዐኩም።
3. እንተ ኣድልዩ፡ እቲ ሓጋዚ ምስ ሓኪም (GP) ወይ ነርስ ቆጸራ ይሕዘልኩም።

ሰዓታት ምኽሪ ኣብ ገጽ [ማእከለይ](/centre) ኣሎ።

## ለይቲ፡ ቀዳመ-ሰንበትን ካብ ሰዓታት ምኽሪ ወጻእን

ናብ መስመር ተሌፎን GZA ደውሉ። እዚ መስመር 24 ሰዓት ብመዓልቲ፡ 7 መዓልቲ ብሰሙን ንሕክምናዊ ሕቶታት ይምልስ። እቲ ቁጽሪ ኣብ ገጽ [ማእከለይ](/centre) ኣሎ። ሕጂ እቲ ቁጽሪ ኣብ ተሌፎንኩም ዓቅብዎ።

## ሆስፒታልን ፍሉያት ሓካይምን

- ሓኪም (GP) ፍሉይ ሓኪም ወይ ሆስፒታል የድልየኩም እንተኾይኑ ይውስን። ደብዳቤ ሪፈራል ይህበኩም።
- እቲ ሆስፒታል ወይ ቦታ ሕክምና ካብ 10 ኪሎሜተር ንላዕሊ ይርሕቕ ድዩ? COA ወጻኢ መጓዓዝያኹም ይኸፍል። ብኸመይ ከም ዝኸውን ንሰራሕተኛታት መዕቆቢኹም ሕተቱ።
- ታክሲ ዝኽፈል GZA ሕክምናዊ ኣድላይነት ኣለዎ ኢሉ ምስ ዝውስን ጥራይ እዩ።

## ብሕትውናኹም

ንሓኪም፡ ንነርስ ወይ ንሓጋዚ ዝነገርኩምዎ ኩሉ ምስጢር እዩ። ብዘይ ፍቓድኩም ንኻልእ ኣየካፍልዎን። ተርጓሚ ክትሓቱ ትኽእሉ ኢኹም።',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'ti', 'መሰላትኩምን ሕግታት መንበሪን', 'ኣብ መዕቆቢ እንታይ ከም ትረኽቡ፡ ኩሉ ሰብ ክኽተሎም ዘለዎ ሕግታትን። ሕግታት መንበሪ ናይ መዕቆቢኹም ርኣዩ።',
'## እንታይ ትረኽቡ

ኣብ መዕቆቢ ክሳብ ዘለኹም፡ COA እዚ ዝስዕብ ይህበኩም፡

- ቦታ መንበሪ፤
- መግቢ፡ ወይ ባዕልኹም መግቢ ክትዕድጉን ክትሰርሑን ገንዘብ፤
- ንክዳንን ውልቃዊ ጽሬትን ሰሙናዊ ገንዘብ፤
- ሓበሬታ፡ ምኽርን ንጥፈታትን፤
- ናብ ጠበቓኹምን IND ን መጓዓዝያ፤
- ኣድላዪ ሕክምናዊ ክንክን፤
- ውሕስና ሓላፍነት፡ ብጌጋ ናይ ካልእ ሰብ ንብረት እንተ ኣበላሽኹም ይኸፍል።

መጠን ገንዘብ ክቕየር ይኽእል እዩ። እንታይ ከም ትረኽቡ ንሰራሕተኛታት መዕቆቢኹም ሕተቱ።

## ካባኹም እንታይ ንደሊ

- **ህላወኹም ኣፍልጡ** ከምቲ መዕቆቢኹም ዝሓቶ። ንኣብነት ኣብ ቤት ጽሕፈት ተቐባሊ ኣብ ዝተወሰና መዓልታት።
- **ክፍልኹም ውሑስን ጽሩይን ሓልዉ።** ሓባራዊ ቦታታት እውን ከምቲ ዝተሰማማዕኩምሉ ኣጽርዩ።
- **ዓመጽ የለን።** ባእሲ የለን፡ ምፍርራሕ የለን፡ ኣጽዋር የለን።
- **ንኻልኦት ኣኽብሩ።** ሃይማኖቶም፡ መበቆሎም ወይ ጾታኦም ብዘየገድስ፡ ንመን ከም ዘፍቅሩ ብዘየገድስ፡ ኩሉ ሰብ እንቋዕ ብደሓን መጸ። ለይቲ ህዱኣት ኩኑ።
- **ድሕንነት ካብ ሓዊ።** ኣብ ክፍልኹም ኣይትብስሉ። መለለዪ ትኪ ኣይትሸፍኑ ኣይተልዕሉ። መተላለፊታትን መውጽኢታትን ክፉታት ግደፉ።
- **በጻሕቲ** ከምቲ ሕግታት መዕቆቢኹም ክመጹ ይኽእሉ። ንቤት ጽሕፈት ተቐባሊ ሓብሩ።

## ሕግታት ምስ ዝጥሓሱ

ሕግታት ምጥሓስ ናብ ስጉምቲ ክመርሕ ይኽእል። ንኣብነት መጠንቀቕታ፡ ወይ ንገለ ግዜ ዝወሓደ ገንዘብ። ኣብ ከቢድ ጉዳያት ሰራሕተኛታት ፖሊስ ይጽውዑ።

## ሕግታት መንበሪ ናይ መዕቆቢኹም ርኣዩ

ነፍሲ ወከፍ መዕቆቢ ናይ ገዛእ ርእሱ ሕግታት መንበሪ ኣለዎ። ብቋንቋኹም ካብ ቤት ጽሕፈት ተቐባሊ ሕተትዎም። ሕቶ ወይ ጥርዓን ኣለኩም ድዩ? ምስ ሰራሕተኛታት መዕቆቢኹም ተዛረቡ።',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'ti', 'ድሕንነት፡ ሓዊ፡ ምፍርራሕ፡ ምዝማዝን ምትላልን', 'ኣብ መዕቆቢኹም ብኸመይ ውሑሳት ክትጸንሑ ከም እትኽእሉ፡ ውሕስነት ምስ ዘይስምዓኩም ድማ ካበይ ሓገዝ ከም እትረኽቡ።',
'## ሓዊ

- ደወል ሓዊ ምስ ሰማዕኩም፡ ብቕልጡፍ ብእቲ ዝቐረበ መውጽኢ ካብቲ ህንጻ ውጹ። ሊፍት ኣይትጠቐሙ። ንንብረትኩም ኢልኩም ኣይትመለሱ።
- መውጽኢታት ህንጻኹም ኣበይ ከም ዘለዉ ፍለጡ።
- መለለዪ ትኪ ፈጺምኩም ኣይትሸፍኑ ኣይተልዕሉ።
- ኣብ ክፍልኹም ኣይትብስሉ። ክሽነ ተጠቐሙ፡ ዝብሰል ዘሎ መግቢ ድማ ፈጺምኩም በይኑ ኣይትሕደጉ።
- ኣብ ክፍልኹም ወይ ኣብ ዓራት ሽጋራ ኣይተትክኹ።
- ሓዊ ወይ ትኪ ትርእዩ ዶ? ናብ [112](tel:112) ደውሉ፡ ንሰራሕተኛታት ድማ ኣጠንቅቑ።

## ውሕስነት ምስ ዘይስምዓኩም ወይ ምስ ዝፈራርሑኹም

- ንሰራሕተኛታት መዕቆቢኹም ንገሩ። ብዕቱብ ይርእይዎ፡ ምሳኹም ድማ መፍትሒ ይደልዩ።
- ሕጂ ኣብ ሓደጋ ኣለኹም ዶ? ናብ [112](tel:112) ደውሉ።
- ኣብ ገዛ ወይ ኣብ መንጎ ሰብኣይን ሰበይትን ዓመጽ ፈጺሙ ኣይፍቀድን። ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።

## ተቐማጦ LGBTI

ሌዝብያን፡ ጌይ፡ ባይሴክሽዋል፡ ትራንስጀንደር ወይ ኢንተርሴክስ ኢኹም፡ ውሕስነት ድማ ኣይስምዓኩምን ዶ? ካብ ሰራሕተኛታት ውሑስ መንበሪ ክትሓቱ ትኽእሉ ኢኹም። ሰራሕተኛታት ነዚ ብምስጢር ይሕዝዎ።

## ምንግዳድ ብደቂ ሰባትን ምዝማዝን

ሓደ ሰብ እዚ ዝስዕብ እንተ ገይሩ ተጠንቀቑ፡

- ንሓቂ ዘይመስል ጽቡቕ ስራሕ ወይ ቦታ መንበሪ እንተ ኣቕሪቡልኩም፤
- ፓስፖርትኩም፡ ሰነዳትኩም ወይ ተሌፎንኩም እንተ ወሲዱ፤
- ብዘይ ደሞዝ እንተ ኣስሪሑኩም፡ ወይ ልቓሕ ክትከፍሉ ኣለኩም እንተ ኢሉኩም፤
- ናብ ጾታዊ ርክብ ወይ ናብ ገበናዊ ተግባራት እንተ ገዲዱኩም።

እዚ ገበን እዩ። ጌጋኹም ኣይኮነን፡ ሓገዝ ድማ ኣሎ። ምስ ሰራሕተኛታት፡ ሓኪምኩም ወይ ጠበቓኹም ተዛረቡ።

## ምትላል

- ካብ COA ወይ IND ዝኾነ ሰብ ንመስርሕኩም ገንዘብ ኣይሓትተኩምን። መስርሕኩምን ጠበቓኹምን ብነጻ እዮም።
- ቅልጡፍ መስርሕ ወይ ፍቓድ መንበሪ ከምጽኣልኩም ቃል ንዝኣትወልኩም ሰብ ገንዘብ ኣይትሃቡ።
- ምስጢራዊ ቁጽሪ ባንክኹም (PIN)፡ ፓስዎርድኩም ወይ ብ SMS ዝመጸኩም ኮድ ፈጺምኩም ንሰብ ኣይትሃቡ።
- ርግጸኛታት ኣይኮንኩምን? ቅድም ንሰራሕተኛታት መዕቆቢኹም ሕተቱ።',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- so
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'so', 'Habraaca magangalyada ee Nederland, tallaabo tallaabo', 'Waxa dhaca laga bilaabo codsigaaga ilaa go''aanka, iyo waxa dhici kara kadib. Qareenkaaga iyo VluchtelingenWerk ayaa kuu sharxi kara kiiskaaga.',
'Kiis kasta oo magangalyo wuu ka duwan yahay kuwa kale. Boggan wuxuu sharxayaa tallaabooyinka caadiga ah. **Weydii qareenkaaga ama VluchtelingenWerk** waxa ay adiga kuula macno yihiin.

## 1. Codsiga

- Waxaad magangalyo ka codsataa xarun diiwaangelin oo ay leedahay IND. IND waa Adeegga Socdaalka iyo Dhalashada. IND ayaa go''aan ka gaarta codsigaaga magangalyo.
- Dadka intooda badan waxay codsadaan Ter Apel. Haddii aad ku timid diyaarad ama doon, waxaad codsataa garoonka diyaaradaha Schiphol.
- Booliska ajaanibta (AVIM) ayaa hubiya cidda aad tahay. Waxay qaadaan raadka farahaaga iyo sawirkaaga, waxayna qoraan xogtaada.

## 2. Soo dhaweynta dhexe (COL)

COA waxay ku siisaa meel aad ku nagaato xarunta soo dhaweynta dhexe (COL) ee Ter Apel ama Budel. Halkaas waxaad joogtaa ugu yaraan dhowr maalmood. Halkaas:

- IND ayaa su''aalo kuu weydiisa si ay kuu diiwaangeliso;
- adeegga caafimaadka (GGD) ayaa kaa baara qaaxada (TB), oo ah cudur sambabada ku dhaca;
- kalkaaliso ka socota xarunta caafimaadka (GZA) ayaa ku weydiisa caafimaadkaaga;
- waxaa lagu diiwaangeliyaa diiwaanka dadweynaha Nederland (BRP).

## 3. Nasasho iyo diyaargarow

Waxaad u guurtaa xarun soo dhaweynta habraaca (POL) muddo qiyaastii hal toddobaad ah. Waad nasan kartaa. Waxaad helaysaa:

- macluumaad ku saabsan habraaca oo ka timaada VluchtelingenWerk (Golaha Qaxootiga Nederland);
- qareen. Qareenku adiga waa kuu **bilaash**;
- talo caafimaad haddii aad u baahato.

## 4. Habraaca guud ee magangalyada

Tani waxay qaadataa qiyaastii 8 maalmood oo shaqo. Mararka qaarkood way ka dheeraataa.

1. Wareysiga koowaad: IND waxay ku weydiisaa cidda aad tahay, halka aad ka timid iyo sida aad u soo safartay.
2. Qareenkaagu wuxuu kaa caawiyaa inaad u diyaargarowdo wareysiga xiga.
3. Wareysiga faahfaahsan: IND waxay ku weydiisaa sababta aad u soo carartay. Sheeg wax kasta oo muhiim ah. Run sheeg.
4. Qareenkaagu wuxuu diraa saxitaanno iyo wax ku darid warbixinta wareysigaaga.
5. IND ayaa go''aan gaarta. Ama IND marka hore waxay soo dirtaa *ujeedo diidmo*: warqad sheegaysa inay qorsheynayso inay codsigaaga diiddo.
6. Haddii aad hesho ujeedo diidmo, qareenkaagu wuxuu qoraa jawaab loo yaqaan *aragti*. Kadib IND ayaa go''aan gaarta.

## 5. Waxa dhici kara kadib

- **Waxaad heshaa sharci deganaansho.** Markaas waxaad noqonaysaa *qof sharci haysta*. Degmo ayaa ku siinaysa guri. Waxaad bilaabaysaa barashada luqadda Nederlandka iyo nolosha Nederland (is-dhexgalka).
- **IND waxay u baahan tahay waqti dheeraad ah.** Tani waa habraaca magangalyada ee la dheereeyay. Waxay qaadan kartaa bilo. Waxaad ku sugaysaa xarun soo dhaweyn.
- **Codsigaaga waa la diiday.** Adiga iyo qareenkaaga waxaad racfaan u qaadan kartaan maxkamadda. Haddii jawaabta kama dambaysta ahi tahay maya, waa inaad ka baxdaa Nederland. Adeegga Celinta iyo Bixitaanka (DT&V) ayaa kala hadla bixitaankaaga. Xaqaaga soo dhaweynta badanaa wuxuu dhammaadaa **28 maalmood** kadib diidmada kama dambaysta ah.

## Xaalado gaar ah

- **Dublin:** waxaa laga yaabaa in waddan kale oo Yurub ah uu mas''uul ka yahay codsigaaga. Markaas Nederland waxay kuu diri kartaa waddankaas.
- **Waddan ammaan ah:** haddii aad ka timid waddan ay Nederland u aragto ammaan, habraacu waa ka dhakhso badan yahay. Badanaa waxaad ku sii jirtaa COL.
- **Carruur aan waalid lahayn:** carruurta ka yar 18 sano ee keligood yimid waxay ka helaan ilaaliye (mas''uul) Nidos.

## Su''aalo ma qabtaa?

Weydii qareenkaaga ama VluchtelingenWerk. Shaqaalaha xaruntaada ayaa kaa caawin kara inaad la xiriirto. Warqadaha IND waa muhiim: kaydi oo tus qareenkaaga.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'so', 'Xaaladaha degdegga ah iyo daryeelka caafimaadka: yaad wacaysaa?', 'Xaalad degdeg ah oo nolol khatar ku jirto, wac 112. Dhibaatooyin kale oo caafimaad, tag xarunta caafimaadka GZA ama wac khadka taleefanka GZA.',
'## Nolol khatar ku jirta: wac 112

Wac [112](tel:112) marka nolol qof khatar ku jirto. Tusaale ahaan: qof aan neefsanayn, miyir beelay, dhiig badan ka socdo ama xanuun daran oo laabta ah qaba. Ama dab ayaa kacay.

- Wicitaanka 112 waa bilaash. Wuxuu ka shaqeeyaa taleefan kasta, xitaa haddii aanu lacag ku jirin.
- Sheeg meesha aad joogto: cinwaanka xaruntaada iyo qolkaaga.
- Ka jawaab su''aalaha. Ha dhigin taleefanka ilaa ay kuu sheegaan.
- Kadib u sheeg shaqaalaha xaruntaada.

## Markaad jiran tahay: xarunta caafimaadka GZA

Xarun kasta waxay leedahay xarun caafimaad oo GZA ah. GZA waa rugta dhakhtarka guud ee magangalyo-doonka.

1. Subaxdii u tag saacadaha la-talinta ee aan ballanta u baahnayn. Uma baahnid ballan.
2. Kaaliyaha dhakhtarka ayaa ku dhageysta.
3. Haddii loo baahdo, kaaliyuhu wuxuu kuu qabanayaa ballan aad ula kulanto dhakhtarka guud ama kalkaalisada.

Saacadaha la-talinta waxay ku qoran yihiin bogga [Xaruntayda](/centre).

## Habeenkii, dhammaadka toddobaadka iyo saacadaha la-talinta kadib

Wac khadka taleefanka GZA. Wuxuu ka jawaabaa su''aalaha caafimaadka 24 saacadood maalintii, 7 maalmood toddobaadkii. Lambarku wuxuu ku qoran yahay bogga [Xaruntayda](/centre). Hadda ku kaydi lambarka taleefankaaga.

## Isbitaalka iyo dhakhaatiirta takhasuska leh

- Dhakhtarka guud ayaa go''aamiya haddii aad u baahan tahay dhakhtar takhasus leh ama isbitaal. Dhakhtarka guud wuxuu ku siiyaa warqad gudbin.
- Isbitaalka ama meesha daryeelku ma ka fog yihiin in ka badan 10 km? COA ayaa bixisa kharashka safarkaaga. Weydii shaqaalaha xaruntaada sida loo sameeyo.
- Tagsi waxaa la bixiyaa oo keliya marka GZA ay go''aamiso inay caafimaad ahaan lagama maarmaan tahay.

## Sirtaada

Wax kasta oo aad u sheegto dhakhtarka, kalkaalisada ama kaaliyaha waa sir. Qof kale lama wadaagaan iyadoo aan oggolaanshahaaga la helin. Waxaad codsan kartaa turjubaan.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'so', 'Xuquuqdaada iyo xeerarka xarunta', 'Waxa aad ka hesho soo dhaweynta, iyo xeerarka ay tahay in qof walba raaco. Eeg xeerarka xaruntaada.',
'## Waxa aad hesho

Inta aad ku jirto soo dhaweynta, COA waxay ku siisaa:

- meel aad ku noolaato;
- cunto, ama lacag aad cunto ku iibsato oo aad adigu karsato;
- lacag toddobaadle ah oo loogu talagalay dharka iyo daryeelka shakhsiga;
- macluumaad, la-talin iyo hawlo;
- gaadiid aad ugu tagto qareenkaaga iyo IND;
- daryeel caafimaad oo lagama maarmaan ah;
- caymiska mas''uuliyadda: wuxuu bixiyaa haddii aad si kama'' ah u waxyeelleyso shay qof kale leeyahay.

Lacagaha way isbeddeli karaan. Weydii shaqaalaha xaruntaada waxa adiga lagu siinayo.

## Waxa aan kaa codsanayno

- **Sheeg joogitaankaaga** sida ay xaruntaadu kaa codsato. Tusaale ahaan, miiska soo dhaweynta maalmo go''an.
- **Qolkaaga ka dhig mid ammaan ah oo nadiif ah.** Sidoo kale nadiifi meelaha la wadaago sida lagu heshiiyay.
- **Rabshad ma jirto.** Dagaal ma jiro, hanjabaad ma jirto, hub ma jiro.
- **Ixtiraam dadka kale.** Qof walba waa soo dhaweyn yahay, diintiisa, asalkiisa ama jinsigiisa wuxuu doono ha ahaadee, iyo qofka uu jecel yahay wuxuu doono ha ahaadee. Habeenkii aamus.
- **Badbaadada dabka.** Ha wax ku karin qolkaaga. Ha daboolin hana ka saarin qalabka qiiqa ogaada. Marinnada iyo albaabada bixitaanka ka dhig kuwo furan.
- **Martida** way iman karaan sida ay dhigayaan xeerarka xaruntaada. U sheeg miiska soo dhaweynta.

## Marka xeerarka la jebiyo

Jebinta xeerarka waxay keeni kartaa tallaabooyin. Tusaale ahaan digniin, ama lacag yar muddo ah. Xaaladaha halista ah, shaqaaluhu waxay wacaan booliska.

## Eeg xeerarka xaruntaada

Xarun kasta waxay leedahay xeerar u gaar ah. Ka codso miiska soo dhaweynta, luqaddaada. Su''aal ama cabasho ma qabtaa? La hadal shaqaalaha xaruntaada.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'so', 'Badbaado: dab, hanjabaad, ka faa''iideysi iyo khiyaano', 'Sida aad ugu ammaan ahaan karto xaruntaada, iyo meesha aad ka heli karto caawimaad marka aadan nabad dareemin.',
'## Dab

- Markaad maqasho qaylo-dhaanta dabka: isla markiiba kaga bax dhismaha albaabka bixitaanka ee kuugu dhow. Ha isticmaalin wiishka. Ha ugu noqon alaabtaada.
- Baro meesha ay ku yaallaan albaabada bixitaanka ee dhismahaaga.
- Weligaa ha daboolin hana ka saarin qalabka qiiqa ogaada.
- Ha wax ku karin qolkaaga. Isticmaal jikada, weligaana ha ka tagin cuntada dabka saaran.
- Ha sigaar ku cabbin qolkaaga ama sariirta.
- Ma aragtaa dab ama qiiq? Wac [112](tel:112) oo ogeysii shaqaalaha.

## Marka aadan nabad dareemin ama lagu hanjabo

- U sheeg shaqaalaha xaruntaada. Si dhab ah ayay u qaataan, waxayna kula raadiyaan xal.
- Ma ku jirtaa khatar hadda? Wac [112](tel:112).
- Rabshadda guriga dhexdiisa ama lammaanayaasha dhexdooda weligeed lama oggola. Waxaad heli kartaa caawimaad.

## Deggenayaasha LGBTI

Ma tahay naag naag jecel, nin nin jecel, qof labada jinsiba jecel, qof jinsigiisa beddelay (transgender) ama intersex, oo ma dareemaysaa nabad la''aan? Waxaad shaqaalaha ka codsan kartaa hoy ammaan ah. Shaqaaluhu arrintan sir ayay ka dhigaan.

## Ka ganacsiga dadka iyo ka faa''iideysiga

Iska jir haddii qof:

- kuu soo bandhigo shaqo ama meel lagu noolaado oo u muuqata mid aad u wanaagsan oo aan run noqon karin;
- kaa qaato baasaboorkaaga, waraaqahaaga ama taleefankaaga;
- kugu shaqeysiiyo mushaar la''aan, ama kuu sheego inaad deyn bixiso;
- kugu qasbo galmo ama falal dambiyeed.

Tani waa dambi. Qaladkaaga maaha, caawimaadna waa jirtaa. La hadal shaqaalaha, dhakhtarkaaga ama qareenkaaga.

## Khiyaano

- Qofna oo ka tirsan COA ama IND kaama weydiisto lacag habraacaaga awgiis. Habraacaaga iyo qareenkaaguba waa bilaash.
- Lacag ha siin qof kuu ballan qaada habraac degdeg ah ama sharci deganaansho.
- Weligaa ha bixin lambarka sirta ah ee kaarka bangiga (PIN), erayada sirta ah ama koodhadhka aad ku hesho fariin qoraal ah (SMS).
- Ma hubtid? Marka hore weydii shaqaalaha xaruntaada.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- tr
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'tr', 'Hollanda''da iltica süreci, adım adım', 'Başvurunuzdan karara kadar neler olur ve sonrasında neler olabilir. Avukatınız ve VluchtelingenWerk size kendi durumunuzu açıklayabilir.',
'Her iltica dosyası farklıdır. Bu sayfa olağan adımları açıklar. Bu adımların sizin için ne anlama geldiğini **avukatınıza veya VluchtelingenWerk''e sorun**.

## 1. Başvuru

- İltica başvurusunu IND''nin bir başvuru merkezinde yaparsınız. IND, Göç ve Vatandaşlık Dairesidir. İltica başvurunuza IND karar verir.
- Çoğu kişi Ter Apel''de başvurur. Uçakla veya gemiyle geldiyseniz, Schiphol Havalimanı''nda başvurursunuz.
- Yabancılar polisi (AVIM) kimliğinizi kontrol eder. Parmak izinizi ve fotoğrafınızı alır, bilgilerinizi kaydeder.

## 2. Merkezi kabul (COL)

COA size Ter Apel veya Budel''deki merkezi kabul yerinde (COL) kalacak bir yer verir. Orada en az birkaç gün kalırsınız. Orada:

- IND sizi kaydetmek için size sorular sorar;
- sağlık kurumu (GGD) sizi verem (TB) için kontrol eder; verem bir akciğer hastalığıdır;
- sağlık merkezinden (GZA) bir hemşire sağlığınızı sorar;
- Hollanda nüfus kaydına (BRP) kaydedilirsiniz.

## 3. Dinlenme ve hazırlık

Yaklaşık bir hafta için bir süreç kabul yerine (POL) geçersiniz. Dinlenebilirsiniz. Şunları alırsınız:

- VluchtelingenWerk''ten (Hollanda Mülteci Konseyi) süreç hakkında bilgi;
- bir avukat. Avukat sizin için **ücretsizdir**;
- gerekirse tıbbi tavsiye.

## 4. Genel iltica süreci

Bu süreç yaklaşık 8 iş günü sürer. Bazen daha uzun sürer.

1. İlk görüşme: IND kim olduğunuzu, nereden geldiğinizi ve nasıl yolculuk ettiğinizi sorar.
2. Avukatınız bir sonraki görüşmeye hazırlanmanıza yardım eder.
3. Ayrıntılı görüşme: IND neden kaçtığınızı sorar. Önemli olan her şeyi anlatın. Doğruyu söyleyin.
4. Avukatınız görüşme raporunuz için düzeltmeler ve eklemeler gönderir.
5. IND karar verir. Ya da IND önce bir *ret niyeti* gönderir: başvurunuzu reddetmeyi planladığını söyleyen bir mektup.
6. Ret niyeti alırsanız, avukatınız *görüş* denen bir cevap yazar. Bundan sonra IND karar verir.

## 5. Sonrasında neler olabilir

- **Oturma izni alırsınız.** O zaman *statü sahibi* olursunuz. Bir belediye size bir ev verir. Hollandaca ve Hollanda''daki yaşam hakkında öğrenmeye başlarsınız (uyum).
- **IND''nin daha fazla zamana ihtiyacı vardır.** Bu, uzatılmış iltica sürecidir. Aylar sürebilir. Bir kabul yerinde beklersiniz.
- **Başvurunuz reddedilir.** Avukatınızla birlikte mahkemeye itiraz edebilirsiniz. Son cevap hayır ise Hollanda''dan ayrılmanız gerekir. Geri Dönüş ve Ayrılış Dairesi (DT&V) sizinle ayrılışınız hakkında konuşur. Kabul hakkınız genellikle kesin retten **28 gün** sonra sona erer.

## Özel durumlar

- **Dublin:** Başvurunuzdan başka bir Avrupa ülkesi sorumlu olabilir. O zaman Hollanda sizi o ülkeye gönderebilir.
- **Güvenli ülke:** Hollanda''nın güvenli saydığı bir ülkeden geliyorsanız süreç daha hızlıdır. Genellikle COL''da kalırsınız.
- **Ebeveyni olmayan çocuklar:** Yalnız gelen 18 yaşından küçük çocuklara Nidos''tan bir vasi atanır.

## Sorunuz mu var?

Avukatınıza veya VluchtelingenWerk''e sorun. Kaldığınız yerdeki personel onlarla iletişime geçmenize yardım eder. IND''den gelen mektuplar önemlidir: onları saklayın ve avukatınıza gösterin.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'tr', 'Acil durumlar ve sağlık hizmetleri: kimi aramalısınız?', 'Hayati tehlike varsa 112''yi arayın. Diğer sağlık sorunları için GZA sağlık merkezine gidin veya GZA telefon hattını arayın.',
'## Hayati tehlike: 112''yi arayın

Birinin hayatı tehlikedeyse [112](tel:112)''yi arayın. Örneğin: biri nefes almıyor, bilinci kapalı, çok kanıyor veya göğsünde şiddetli ağrı var. Ya da yangın çıktı.

- 112''yi aramak ücretsizdir. Her telefonda, kontörünüz olmasa bile çalışır.
- Nerede olduğunuzu söyleyin: kaldığınız yerin adresini ve odanızı.
- Soruları cevaplayın. Size söylenmeden telefonu kapatmayın.
- Sonra kaldığınız yerdeki personele haber verin.

## Hasta olduğunuzda: GZA sağlık merkezi

Her kabul yerinde bir GZA sağlık merkezi vardır. GZA, sığınmacılar için aile hekimi muayenehanesidir.

1. Sabah randevusuz muayene saatine gidin. Randevuya ihtiyacınız yoktur.
2. Bir doktor asistanı sizi dinler.
3. Gerekirse asistan sizin için aile hekimi veya hemşireden randevu alır.

Muayene saatleri [Merkezim](/centre) sayfasındadır.

## Gece, hafta sonu ve muayene saatleri dışında

GZA telefon hattını arayın. Bu hat tıbbi sorulara günde 24 saat, haftada 7 gün cevap verir. Numara [Merkezim](/centre) sayfasındadır. Numarayı şimdi telefonunuza kaydedin.

## Hastane ve uzman doktorlar

- Bir uzmana veya hastaneye gitmeniz gerekip gerekmediğine aile hekimi karar verir. Aile hekimi size bir sevk mektubu verir.
- Hastane veya tedavi yeri 10 km''den uzak mı? Yol masraflarınızı COA öder. Bunun nasıl olduğunu kaldığınız yerdeki personele sorun.
- Taksi yalnızca GZA tıbben gerekli olduğuna karar verirse ödenir.

## Gizliliğiniz

Doktora, hemşireye veya asistana söylediğiniz her şey gizlidir. İzniniz olmadan kimseyle paylaşmazlar. Tercüman isteyebilirsiniz.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'tr', 'Haklarınız ve ev kuralları', 'Kabulde neler alırsınız ve herkesin uyması gereken kurallar. Kaldığınız yerin ev kurallarına bakın.',
'## Neler alırsınız

Kabulde olduğunuz sürece COA size şunları verir:

- kalacak bir yer;
- yemek ya da kendiniz yiyecek alıp pişirmeniz için para;
- giyim ve kişisel bakım için haftalık harçlık;
- bilgi, rehberlik ve etkinlikler;
- avukatınıza ve IND''ye ulaşım;
- gerekli tıbbi bakım;
- sorumluluk sigortası: başka birinin eşyasına yanlışlıkla zarar verirseniz öder.

Tutarlar değişebilir. Size ne verildiğini kaldığınız yerdeki personele sorun.

## Sizden istediklerimiz

- **Varlığınızı bildirin**, kaldığınız yerin istediği şekilde. Örneğin belirli günlerde danışma masasında.
- **Odanızı güvenli ve temiz tutun.** Ortak alanları da anlaşıldığı gibi temizleyin.
- **Şiddete hayır.** Kavga yok, tehdit yok, silah yok.
- **Başkalarına saygı gösterin.** Dini, kökeni veya cinsiyeti ne olursa olsun, kimi severse sevsin, herkes hoş karşılanır. Gece sessiz olun.
- **Yangın güvenliği.** Odanızda yemek pişirmeyin. Duman dedektörlerinin üstünü örtmeyin ve onları sökmeyin. Koridorları ve çıkışları boş tutun.
- **Ziyaretçiler** kaldığınız yerin kurallarına göre gelebilir. Danışma masasına haber verin.

## Kurallar çiğnendiğinde

Kuralları çiğnemek yaptırımlara yol açabilir. Örneğin bir uyarı ya da bir süre daha az harçlık. Ciddi durumlarda personel polisi çağırır.

## Kaldığınız yerin ev kurallarına bakın

Her kabul yerinin kendi ev kuralları vardır. Onları danışma masasından kendi dilinizde isteyin. Bir sorunuz veya şikâyetiniz mi var? Kaldığınız yerdeki personelle konuşun.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'tr', 'Güvenlik: yangın, tehdit, sömürü ve dolandırıcılık', 'Kaldığınız yerde nasıl güvende kalırsınız ve kendinizi güvende hissetmediğinizde nereden yardım alırsınız.',
'## Yangın

- Yangın alarmını duyduğunuzda: binadan hemen en yakın çıkıştan çıkın. Asansörü kullanmayın. Eşyalarınız için geri dönmeyin.
- Binanızın çıkışlarının nerede olduğunu öğrenin.
- Bir duman dedektörünün üstünü asla örtmeyin ve onu asla sökmeyin.
- Odanızda yemek pişirmeyin. Mutfağı kullanın ve ocaktaki yemeği asla yalnız bırakmayın.
- Odanızda veya yatakta sigara içmeyin.
- Ateş veya duman mı görüyorsunuz? [112](tel:112)''yi arayın ve personeli uyarın.

## Kendinizi güvende hissetmediğinizde veya tehdit edildiğinizde

- Kaldığınız yerdeki personele söyleyin. Bunu ciddiye alırlar ve sizinle birlikte bir çözüm ararlar.
- Şu anda tehlikede misiniz? [112](tel:112)''yi arayın.
- Evde veya eşler arasında şiddete asla izin verilmez. Yardım alabilirsiniz.

## LGBTİ sakinler

Lezbiyen, gey, biseksüel, trans veya interseks misiniz ve kendinizi güvende hissetmiyor musunuz? Personelden güvenli bir kalacak yer isteyebilirsiniz. Personel bunu gizli tutar.

## İnsan ticareti ve sömürü

Biri şunları yapıyorsa dikkatli olun:

- size gerçek olamayacak kadar iyi görünen bir iş veya kalacak yer teklif ediyorsa;
- pasaportunuzu, belgelerinizi veya telefonunuzu alıyorsa;
- sizi ücretsiz çalıştırıyorsa veya bir borcu ödemeniz gerektiğini söylüyorsa;
- sizi cinsel ilişkiye veya suç işlemeye zorluyorsa.

Bu bir suçtur. Sizin suçunuz değildir ve yardım vardır. Personelle, doktorunuzla veya avukatınızla konuşun.

## Dolandırıcılık

- COA''dan veya IND''den hiç kimse süreciniz için sizden para istemez. Süreciniz ve avukatınız ücretsizdir.
- Size daha hızlı bir süreç veya oturma izni vaat eden kimseye para ödemeyin.
- Banka kartı şifrenizi (PIN), parolalarınızı veya SMS ile gelen kodları asla kimseye vermeyin.
- Emin değil misiniz? Önce kaldığınız yerdeki personele sorun.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- uk
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'uk', 'Процедура притулку в Нідерландах, крок за кроком', 'Що відбувається від вашої заяви до рішення і що може бути потім. Ваш адвокат і VluchtelingenWerk можуть пояснити саме вашу ситуацію.',
'Кожна справа про притулок особлива. Ця сторінка пояснює звичайні кроки. **Запитайте свого адвоката або VluchtelingenWerk**, що вони означають для вас.

## 1. Заява

- Ви просите притулку в центрі подання заяв IND. IND — це Служба імміграції та натуралізації. IND ухвалює рішення щодо вашої заяви про притулок.
- Більшість людей подають заяву в Ter Apel. Якщо ви прибули літаком або кораблем, ви подаєте заяву в аеропорту Schiphol.
- Поліція у справах іноземців (AVIM) перевіряє вашу особу. Вони беруть ваші відбитки пальців і фото та записують ваші дані.

## 2. Центральний прийом (COL)

COA дає вам місце в центральному приймальному центрі (COL) у Ter Apel або Budel. Ви залишаєтеся там щонайменше кілька днів. Там:

- IND ставить вам запитання, щоб вас зареєструвати;
- служба здоров''я (GGD) перевіряє вас на туберкульоз (TB) — хворобу легень;
- медсестра з медичного центру (GZA) питає про ваше здоров''я;
- вас реєструють у нідерландському реєстрі населення (BRP).

## 3. Відпочинок і підготовка

Ви переїжджаєте приблизно на тиждень до процедурного приймального центру (POL). Ви можете відпочити. Ви отримуєте:

- інформацію про процедуру від VluchtelingenWerk (Нідерландська рада у справах біженців);
- адвоката. Адвокат для вас **безкоштовний**;
- медичну пораду, якщо вона вам потрібна.

## 4. Загальна процедура притулку

Вона триває приблизно 8 робочих днів. Іноді довше.

1. Перша співбесіда: IND питає, хто ви, звідки ви і як ви подорожували.
2. Ваш адвокат допомагає вам підготуватися до наступної співбесіди.
3. Детальна співбесіда: IND питає, чому ви втекли. Розкажіть усе важливе. Кажіть правду.
4. Ваш адвокат надсилає виправлення та доповнення до протоколу вашої співбесіди.
5. IND ухвалює рішення. Або IND спершу надсилає *намір відмовити*: лист, у якому сказано, що IND планує відмовити.
6. Якщо ви отримали намір відмовити, ваш адвокат пише відповідь, яка називається *позиція*. Після цього IND ухвалює рішення.

## 5. Що може бути потім

- **Ви отримуєте дозвіл на проживання.** Тоді ви — *власник статусу*. Муніципалітет дає вам житло. Ви починаєте вивчати нідерландську мову та життя в Нідерландах (інтеграція).
- **IND потрібно більше часу.** Це продовжена процедура притулку. Вона може тривати місяцями. Ви чекаєте в приймальному центрі.
- **Вашу заяву відхилено.** Разом з адвокатом ви можете оскаржити рішення в суді. Якщо остаточна відповідь «ні», ви маєте залишити Нідерланди. Служба повернення та виїзду (DT&V) говорить з вами про ваш виїзд. Ваше право на прийом зазвичай закінчується через **28 днів** після остаточної відмови.

## Особливі ситуації

- **Дублін:** за вашу заяву може відповідати інша європейська країна. Тоді Нідерланди можуть відправити вас до цієї країни.
- **Безпечна країна:** якщо ви з країни, яку Нідерланди вважають безпечною, процедура швидша. Часто ви залишаєтеся в COL.
- **Діти без батьків:** діти до 18 років, які приїхали самі, отримують опікуна від Nidos.

## Є запитання?

Запитайте свого адвоката або VluchtelingenWerk. Працівники вашого центру допоможуть вам зв''язатися з ними. Листи від IND важливі: зберігайте їх і показуйте своєму адвокатові.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'uk', 'Невідкладна допомога та медичне обслуговування: куди дзвонити?', 'Якщо життя в небезпеці, дзвоніть 112. З іншими проблемами зі здоров''ям ідіть до медичного центру GZA або дзвоніть на телефонну лінію GZA.',
'## Загроза життю: дзвоніть 112

Дзвоніть [112](tel:112), коли чиєсь життя в небезпеці. Наприклад: людина не дихає, непритомна, сильно кровоточить або має сильний біль у грудях. Або сталася пожежа.

- Дзвінок на 112 безкоштовний. Він працює з будь-якого телефону, навіть без коштів на рахунку.
- Скажіть, де ви: адресу вашого центру та вашу кімнату.
- Відповідайте на запитання. Не кладіть слухавку, доки вам не скажуть.
- Потім повідомте працівників вашого центру.

## Коли ви хворі: медичний центр GZA

У кожному центрі є медичний центр GZA. GZA — це сімейна лікарська практика для шукачів притулку.

1. Приходьте вранці на прийом без запису. Записуватися не потрібно.
2. Асистент лікаря вислухає вас.
3. Якщо потрібно, асистент запише вас до сімейного лікаря або медсестри.

Години прийому є на сторінці [Мій центр](/centre).

## Уночі, у вихідні та поза годинами прийому

Дзвоніть на телефонну лінію GZA. Вона відповідає на медичні запитання 24 години на добу, 7 днів на тиждень. Номер є на сторінці [Мій центр](/centre). Збережіть номер у телефоні вже зараз.

## Лікарня та лікарі-спеціалісти

- Сімейний лікар вирішує, чи потрібен вам спеціаліст або лікарня. Він дає вам направлення.
- Лікарня або місце лікування далі ніж за 10 км? COA оплачує вашу дорогу. Запитайте працівників вашого центру, як це працює.
- Таксі оплачують лише тоді, коли GZA вирішує, що це потрібно з медичних причин.

## Ваша конфіденційність

Усе, що ви кажете лікареві, медсестрі чи асистентові, є конфіденційним. Вони не передають це нікому без вашого дозволу. Ви можете попросити перекладача.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'uk', 'Ваші права та правила проживання', 'Що ви отримуєте в приймальному центрі та правила, яких мають дотримуватися всі. Ознайомтеся з правилами проживання у вашому центрі.',
'## Що ви отримуєте

Поки ви перебуваєте в приймальному центрі, COA дає вам:

- місце для проживання;
- харчування або гроші, щоб купувати продукти й готувати самостійно;
- щотижневі гроші на одяг і особисту гігієну;
- інформацію, консультації та заходи;
- транспорт до вашого адвоката та до IND;
- необхідну медичну допомогу;
- страхування відповідальності: воно платить, якщо ви випадково пошкодите чужу річ.

Суми можуть змінюватися. Запитайте працівників вашого центру, що отримуєте саме ви.

## Що ми просимо від вас

- **Відмічайте свою присутність** так, як просить ваш центр. Наприклад, на стійці реєстрації у визначені дні.
- **Тримайте кімнату безпечною та чистою.** Прибирайте також спільні приміщення, як домовлено.
- **Жодного насильства.** Жодних бійок, погроз чи зброї.
- **Поважайте інших.** Тут раді всім, незалежно від релігії, походження чи статі та від того, кого вони кохають. Уночі дотримуйтеся тиші.
- **Пожежна безпека.** Не готуйте в кімнаті. Не закривайте й не знімайте датчики диму. Тримайте коридори та виходи вільними.
- **Відвідувачі** можуть приходити за правилами вашого центру. Повідомте стійку реєстрації.

## Коли правила порушено

Порушення правил може призвести до заходів. Наприклад, до попередження або до менших виплат на деякий час. У серйозних випадках працівники викликають поліцію.

## Ознайомтеся з правилами проживання у вашому центрі

У кожного центру свої правила проживання. Попросіть їх на стійці реєстрації вашою мовою. Маєте запитання чи скаргу? Поговоріть із працівниками вашого центру.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'uk', 'Безпека: пожежа, погрози, експлуатація та шахрайство', 'Як залишатися в безпеці у вашому центрі і де отримати допомогу, коли ви почуваєтеся в небезпеці.',
'## Пожежа

- Коли ви чуєте пожежну тривогу: негайно залиште будівлю через найближчий вихід. Не користуйтеся ліфтом. Не повертайтеся по свої речі.
- Дізнайтеся, де виходи з вашої будівлі.
- Ніколи не закривайте й не знімайте датчик диму.
- Не готуйте в кімнаті. Користуйтеся кухнею і ніколи не залишайте їжу на плиті без нагляду.
- Не паліть у кімнаті чи в ліжку.
- Бачите вогонь або дим? Дзвоніть [112](tel:112) і попередьте працівників.

## Коли ви почуваєтеся в небезпеці або вам погрожують

- Розкажіть працівникам вашого центру. Вони поставляться до цього серйозно і разом з вами шукатимуть рішення.
- Ви в небезпеці просто зараз? Дзвоніть [112](tel:112).
- Насильство вдома або між партнерами ніколи не дозволене. Ви можете отримати допомогу.

## ЛГБТІ-мешканці

Ви лесбійка, гей, бісексуальна людина, трансгендерна чи інтерсекс-людина і почуваєтеся в небезпеці? Ви можете попросити працівників про безпечне житло. Працівники зберігають це в таємниці.

## Торгівля людьми та експлуатація

Будьте обережні, якщо хтось:

- пропонує вам роботу чи житло, що звучить надто добре, щоб бути правдою;
- забирає ваш паспорт, документи або телефон;
- змушує вас працювати без оплати або каже, що ви маєте відпрацювати борг;
- змушує вас до сексу чи до злочинних дій.

Це злочин. Це не ваша провина, і допомога існує. Поговоріть із працівниками, своїм лікарем або адвокатом.

## Шахрайство

- Ніхто з COA чи IND не просить у вас грошей за вашу процедуру. Ваша процедура та ваш адвокат безкоштовні.
- Не платіть нікому, хто обіцяє вам швидшу процедуру або дозвіл на проживання.
- Ніколи не повідомляйте PIN-код банківської картки, паролі чи коди, які приходять вам у SMS.
- Не впевнені? Спершу запитайте працівників вашого центру.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- ru
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'ru', 'Процедура предоставления убежища в Нидерландах, шаг за шагом', 'Что происходит от вашего заявления до решения и что может быть потом. Ваш адвокат и VluchtelingenWerk могут объяснить именно вашу ситуацию.',
'Каждое дело об убежище особое. Эта страница объясняет обычные шаги. **Спросите своего адвоката или VluchtelingenWerk**, что они значат для вас.

## 1. Заявление

- Вы просите убежища в центре подачи заявлений IND. IND — это Служба иммиграции и натурализации. IND принимает решение по вашему заявлению об убежище.
- Большинство людей подают заявление в Ter Apel. Если вы прибыли самолётом или на корабле, вы подаёте заявление в аэропорту Schiphol.
- Полиция по делам иностранцев (AVIM) проверяет вашу личность. Они берут отпечатки пальцев, делают фото и записывают ваши данные.

## 2. Центральный приём (COL)

COA даёт вам место в центральном приёмном центре (COL) в Ter Apel или Budel. Вы остаётесь там как минимум несколько дней. Там:

- IND задаёт вам вопросы, чтобы вас зарегистрировать;
- служба здравоохранения (GGD) проверяет вас на туберкулёз (TB) — болезнь лёгких;
- медсестра из медицинского центра (GZA) спрашивает о вашем здоровье;
- вас регистрируют в нидерландском реестре населения (BRP).

## 3. Отдых и подготовка

Вы переезжаете примерно на неделю в процедурный приёмный центр (POL). Вы можете отдохнуть. Вы получаете:

- информацию о процедуре от VluchtelingenWerk (Нидерландский совет по делам беженцев);
- адвоката. Адвокат для вас **бесплатный**;
- медицинский совет, если он вам нужен.

## 4. Общая процедура предоставления убежища

Она длится примерно 8 рабочих дней. Иногда дольше.

1. Первое собеседование: IND спрашивает, кто вы, откуда вы и как вы ехали.
2. Ваш адвокат помогает вам подготовиться к следующему собеседованию.
3. Подробное собеседование: IND спрашивает, почему вы бежали. Расскажите всё важное. Говорите правду.
4. Ваш адвокат отправляет исправления и дополнения к протоколу вашего собеседования.
5. IND принимает решение. Или IND сначала присылает *намерение отказать*: письмо, в котором сказано, что IND планирует отказать.
6. Если вы получили намерение отказать, ваш адвокат пишет ответ, который называется *позиция*. После этого IND принимает решение.

## 5. Что может быть потом

- **Вы получаете вид на жительство.** Тогда вы — *владелец статуса*. Муниципалитет даёт вам жильё. Вы начинаете учить нидерландский язык и узнавать о жизни в Нидерландах (интеграция).
- **IND нужно больше времени.** Это продлённая процедура предоставления убежища. Она может длиться месяцами. Вы ждёте в приёмном центре.
- **Ваше заявление отклонено.** Вместе с адвокатом вы можете обжаловать решение в суде. Если окончательный ответ «нет», вы должны покинуть Нидерланды. Служба возвращения и выезда (DT&V) говорит с вами о вашем выезде. Ваше право на приём обычно заканчивается через **28 дней** после окончательного отказа.

## Особые ситуации

- **Дублин:** за ваше заявление может отвечать другая европейская страна. Тогда Нидерланды могут отправить вас в эту страну.
- **Безопасная страна:** если вы из страны, которую Нидерланды считают безопасной, процедура идёт быстрее. Часто вы остаётесь в COL.
- **Дети без родителей:** дети до 18 лет, которые приехали одни, получают опекуна от Nidos.

## Есть вопросы?

Спросите своего адвоката или VluchtelingenWerk. Сотрудники вашего центра помогут вам связаться с ними. Письма от IND важны: храните их и показывайте своему адвокату.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'ru', 'Экстренная помощь и медицинское обслуживание: куда звонить?', 'Если жизнь в опасности, звоните 112. С другими проблемами со здоровьем идите в медицинский центр GZA или звоните на телефонную линию GZA.',
'## Угроза жизни: звоните 112

Звоните [112](tel:112), когда чья-то жизнь в опасности. Например: человек не дышит, без сознания, сильно кровоточит или у него сильная боль в груди. Или начался пожар.

- Звонок на 112 бесплатный. Он работает с любого телефона, даже без денег на счёте.
- Скажите, где вы: адрес вашего центра и вашу комнату.
- Отвечайте на вопросы. Не кладите трубку, пока вам не скажут.
- Потом сообщите сотрудникам вашего центра.

## Когда вы больны: медицинский центр GZA

В каждом центре есть медицинский центр GZA. GZA — это врачебная практика общего профиля для лиц, ищущих убежища.

1. Приходите утром на приём без записи. Записываться не нужно.
2. Ассистент врача выслушает вас.
3. Если нужно, ассистент запишет вас к врачу общей практики или к медсестре.

Часы приёма указаны на странице [Мой центр](/centre).

## Ночью, в выходные и вне часов приёма

Звоните на телефонную линию GZA. Она отвечает на медицинские вопросы 24 часа в сутки, 7 дней в неделю. Номер указан на странице [Мой центр](/centre). Сохраните номер в телефоне прямо сейчас.

## Больница и врачи-специалисты

- Врач общей практики решает, нужен ли вам специалист или больница. Он даёт вам направление.
- Больница или место лечения дальше 10 км? COA оплачивает вашу дорогу. Спросите сотрудников вашего центра, как это сделать.
- Такси оплачивается, только если GZA решает, что это нужно по медицинским причинам.

## Ваша конфиденциальность

Всё, что вы говорите врачу, медсестре или ассистенту, конфиденциально. Они никому не передают это без вашего согласия. Вы можете попросить переводчика.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'ru', 'Ваши права и правила проживания', 'Что вы получаете в приёмном центре и правила, которые должны соблюдать все. Узнайте правила проживания в вашем центре.',
'## Что вы получаете

Пока вы находитесь в приёмном центре, COA даёт вам:

- место для проживания;
- питание или деньги, чтобы покупать продукты и готовить самим;
- еженедельные деньги на одежду и личную гигиену;
- информацию, консультации и мероприятия;
- транспорт к вашему адвокату и в IND;
- необходимую медицинскую помощь;
- страхование ответственности: оно платит, если вы случайно повредите чужую вещь.

Суммы могут меняться. Спросите сотрудников вашего центра, что получаете именно вы.

## Что мы просим от вас

- **Отмечайте своё присутствие** так, как просит ваш центр. Например, на стойке регистрации в определённые дни.
- **Держите комнату в безопасности и чистоте.** Убирайте также общие помещения, как договорились.
- **Никакого насилия.** Никаких драк, угроз и оружия.
- **Уважайте других.** Здесь рады всем, независимо от религии, происхождения или пола и от того, кого они любят. Ночью соблюдайте тишину.
- **Пожарная безопасность.** Не готовьте в комнате. Не закрывайте и не снимайте датчики дыма. Держите коридоры и выходы свободными.
- **Посетители** могут приходить по правилам вашего центра. Сообщите на стойку регистрации.

## Когда правила нарушены

Нарушение правил может привести к мерам. Например, к предупреждению или к меньшим выплатам на какое-то время. В серьёзных случаях сотрудники вызывают полицию.

## Узнайте правила проживания в вашем центре

У каждого центра свои правила проживания. Попросите их на стойке регистрации на вашем языке. Есть вопрос или жалоба? Поговорите с сотрудниками вашего центра.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'ru', 'Безопасность: пожар, угрозы, эксплуатация и мошенничество', 'Как оставаться в безопасности в вашем центре и где получить помощь, когда вы чувствуете себя в опасности.',
'## Пожар

- Когда вы слышите пожарную тревогу: сразу покиньте здание через ближайший выход. Не пользуйтесь лифтом. Не возвращайтесь за вещами.
- Узнайте, где выходы из вашего здания.
- Никогда не закрывайте и не снимайте датчик дыма.
- Не готовьте в комнате. Пользуйтесь кухней и никогда не оставляйте еду на плите без присмотра.
- Не курите в комнате или в постели.
- Видите огонь или дым? Звоните [112](tel:112) и предупредите сотрудников.

## Когда вы чувствуете себя в опасности или вам угрожают

- Расскажите сотрудникам вашего центра. Они отнесутся к этому серьёзно и вместе с вами будут искать решение.
- Вы в опасности прямо сейчас? Звоните [112](tel:112).
- Насилие дома или между партнёрами никогда не допускается. Вы можете получить помощь.

## ЛГБТИ-жители

Вы лесбиянка, гей, бисексуальный, трансгендерный или интерсекс-человек и чувствуете себя в опасности? Вы можете попросить сотрудников о безопасном жилье. Сотрудники сохраняют это в тайне.

## Торговля людьми и эксплуатация

Будьте осторожны, если кто-то:

- предлагает вам работу или жильё, которые звучат слишком хорошо, чтобы быть правдой;
- забирает ваш паспорт, документы или телефон;
- заставляет вас работать без оплаты или говорит, что вы должны отработать долг;
- принуждает вас к сексу или к преступным действиям.

Это преступление. Это не ваша вина, и помощь существует. Поговорите с сотрудниками, своим врачом или адвокатом.

## Мошенничество

- Никто из COA или IND не просит у вас денег за вашу процедуру. Ваша процедура и ваш адвокат бесплатны.
- Не платите никому, кто обещает вам более быструю процедуру или вид на жительство.
- Никогда не сообщайте PIN-код банковской карты, пароли или коды, которые приходят вам по SMS.
- Не уверены? Сначала спросите сотрудников вашего центра.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;

-- fr
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'fr', 'La procédure d''asile aux Pays-Bas, étape par étape', 'Ce qui se passe de votre demande jusqu''à la décision, et ce qui peut venir ensuite. Votre avocat et VluchtelingenWerk peuvent vous expliquer votre propre situation.',
'Chaque dossier d''asile est différent. Cette page explique les étapes habituelles. **Demandez à votre avocat ou à VluchtelingenWerk** ce qu''elles veulent dire pour vous.

## 1. La demande

- Vous demandez l''asile dans un centre d''enregistrement de l''IND. L''IND est le Service de l''immigration et de la naturalisation. L''IND décide de votre demande d''asile.
- La plupart des gens font leur demande à Ter Apel. Si vous êtes venu en avion ou en bateau, vous faites votre demande à l''aéroport de Schiphol.
- La police des étrangers (AVIM) vérifie votre identité. Elle prend vos empreintes digitales et une photo, et note vos données.

## 2. L''accueil central (COL)

Le COA vous donne une place dans le centre d''accueil central (COL) à Ter Apel ou à Budel. Vous y restez au moins quelques jours. Là-bas :

- l''IND vous pose des questions pour vous enregistrer ;
- le service de santé (GGD) vous examine pour la tuberculose (TB), une maladie des poumons ;
- une infirmière du centre de santé (GZA) vous pose des questions sur votre santé ;
- vous êtes inscrit dans le registre de la population néerlandais (BRP).

## 3. Repos et préparation

Vous allez pendant environ une semaine dans un centre d''accueil de procédure (POL). Vous pouvez vous reposer. Vous recevez :

- des informations sur la procédure de VluchtelingenWerk (le Conseil néerlandais pour les réfugiés) ;
- un avocat. L''avocat est **gratuit** pour vous ;
- des conseils médicaux si vous en avez besoin.

## 4. La procédure d''asile générale

Elle dure environ 8 jours ouvrables. Parfois plus longtemps.

1. Premier entretien : l''IND demande qui vous êtes, d''où vous venez et comment vous avez voyagé.
2. Votre avocat vous aide à préparer l''entretien suivant.
3. Entretien détaillé : l''IND demande pourquoi vous avez fui. Dites tout ce qui est important. Dites la vérité.
4. Votre avocat envoie des corrections et des ajouts au compte rendu de votre entretien.
5. L''IND décide. Ou bien l''IND envoie d''abord une *intention de rejet* : une lettre qui dit que l''IND prévoit de dire non.
6. Si vous recevez une intention de rejet, votre avocat écrit une réponse, appelée *avis*. Ensuite l''IND décide.

## 5. Ce qui peut se passer ensuite

- **Vous recevez un titre de séjour.** Vous êtes alors *titulaire d''un statut*. Une commune vous donne un logement. Vous commencez à apprendre le néerlandais et la vie aux Pays-Bas (intégration civique).
- **L''IND a besoin de plus de temps.** C''est la procédure d''asile prolongée. Elle peut durer des mois. Vous attendez dans un centre d''accueil.
- **Votre demande est rejetée.** Avec votre avocat, vous pouvez faire appel devant un tribunal. Si la réponse finale est non, vous devez quitter les Pays-Bas. Le Service du retour et du départ (DT&V) parle avec vous de votre départ. Votre droit à l''accueil prend généralement fin **28 jours** après un rejet définitif.

## Situations particulières

- **Dublin :** un autre pays européen peut être responsable de votre demande. Les Pays-Bas peuvent alors vous envoyer dans ce pays.
- **Pays sûr :** si vous venez d''un pays que les Pays-Bas considèrent comme sûr, la procédure est plus rapide. Vous restez souvent au COL.
- **Enfants sans parents :** les enfants de moins de 18 ans venus seuls reçoivent un tuteur de Nidos.

## Des questions ?

Demandez à votre avocat ou à VluchtelingenWerk. Le personnel de votre centre vous aide à les contacter. Les lettres de l''IND sont importantes : gardez-les et montrez-les à votre avocat.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-emergency-health', 'fr', 'Urgences et soins de santé : qui appeler ?', 'En cas de danger de mort, appelez le 112. Pour les autres problèmes de santé, allez au centre de santé GZA ou appelez la ligne téléphonique de GZA.',
'## Danger de mort : appelez le 112

Appelez le [112](tel:112) quand une vie est en danger. Par exemple : quelqu''un ne respire pas, est inconscient, saigne beaucoup ou a une forte douleur dans la poitrine. Ou il y a un incendie.

- L''appel au 112 est gratuit. Il fonctionne sur tous les téléphones, même sans crédit.
- Dites où vous êtes : l''adresse de votre centre et votre chambre.
- Répondez aux questions. Ne raccrochez pas avant qu''on vous le dise.
- Ensuite, prévenez le personnel de votre centre.

## Quand vous êtes malade : le centre de santé GZA

Chaque centre a un centre de santé GZA. GZA est le cabinet de médecine générale pour les demandeurs d''asile.

1. Allez le matin à la consultation sans rendez-vous. Vous n''avez pas besoin de rendez-vous.
2. Un assistant médical vous écoute.
3. Si c''est nécessaire, l''assistant vous donne un rendez-vous avec le médecin généraliste ou l''infirmière.

Les heures de consultation sont sur la page [Mon centre](/centre).

## La nuit, le week-end et en dehors des heures de consultation

Appelez la ligne téléphonique de GZA. Elle répond aux questions médicales 24 heures sur 24, 7 jours sur 7. Le numéro est sur la page [Mon centre](/centre). Enregistrez le numéro dans votre téléphone dès maintenant.

## Hôpital et spécialistes

- Le médecin généraliste décide si vous avez besoin d''un spécialiste ou de l''hôpital. Il vous donne une lettre d''orientation.
- L''hôpital ou le lieu de soins est à plus de 10 km ? Le COA paie votre trajet. Demandez au personnel de votre centre comment faire.
- Un taxi n''est payé que si GZA décide que c''est médicalement nécessaire.

## Votre vie privée

Tout ce que vous dites au médecin, à l''infirmière ou à l''assistant est confidentiel. Ils ne le partagent pas sans votre accord. Vous pouvez demander un interprète.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-house-rules', 'fr', 'Vos droits et le règlement intérieur', 'Ce que vous recevez dans l''accueil, et les règles que tout le monde doit respecter. Consultez le règlement intérieur de votre centre.',
'## Ce que vous recevez

Tant que vous êtes dans l''accueil, le COA vous donne :

- un endroit où vivre ;
- des repas, ou de l''argent pour acheter de la nourriture et cuisiner vous-même ;
- une allocation chaque semaine pour les vêtements et l''hygiène personnelle ;
- des informations, un accompagnement et des activités ;
- le transport vers votre avocat et l''IND ;
- les soins médicaux nécessaires ;
- une assurance responsabilité civile : elle paie si vous abîmez par accident une chose qui appartient à quelqu''un d''autre.

Les montants peuvent changer. Demandez au personnel de votre centre ce que vous recevez.

## Ce que nous vous demandons

- **Signalez votre présence** comme votre centre le demande. Par exemple, à l''accueil, à des jours fixes.
- **Gardez votre chambre sûre et propre.** Nettoyez aussi les espaces communs comme convenu.
- **Pas de violence.** Pas de bagarres, pas de menaces, pas d''armes.
- **Respectez les autres.** Tout le monde est le bienvenu, quels que soient sa religion, son origine ou son genre, et qui que la personne aime. Soyez silencieux la nuit.
- **Sécurité incendie.** Ne cuisinez pas dans votre chambre. Ne couvrez pas et n''enlevez pas les détecteurs de fumée. Laissez les couloirs et les sorties libres.
- **Les visiteurs** peuvent venir selon les règles de votre centre. Prévenez l''accueil.

## Quand les règles ne sont pas respectées

Ne pas respecter les règles peut entraîner des mesures. Par exemple un avertissement, ou moins d''allocation pendant un certain temps. Dans les cas graves, le personnel appelle la police.

## Consultez le règlement intérieur de votre centre

Chaque centre a son propre règlement intérieur. Demandez-le à l''accueil, dans votre langue. Vous avez une question ou une plainte ? Parlez au personnel de votre centre.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-safety', 'fr', 'Sécurité : incendie, menaces, exploitation et arnaques', 'Comment rester en sécurité dans votre centre, et où trouver de l''aide quand vous ne vous sentez pas en sécurité.',
'## Incendie

- Quand vous entendez l''alarme incendie : quittez le bâtiment tout de suite par la sortie la plus proche. Ne prenez pas l''ascenseur. Ne retournez pas chercher vos affaires.
- Apprenez où sont les sorties de votre bâtiment.
- Ne couvrez jamais un détecteur de fumée et ne l''enlevez jamais.
- Ne cuisinez pas dans votre chambre. Utilisez la cuisine, et ne laissez jamais une cuisson sans surveillance.
- Ne fumez pas dans votre chambre ni au lit.
- Vous voyez du feu ou de la fumée ? Appelez le [112](tel:112) et prévenez le personnel.

## Quand vous ne vous sentez pas en sécurité ou êtes menacé

- Parlez-en au personnel de votre centre. Il prend cela au sérieux et cherche une solution avec vous.
- Vous êtes en danger maintenant ? Appelez le [112](tel:112).
- La violence à la maison ou dans le couple n''est jamais permise. Vous pouvez recevoir de l''aide.

## Résidents LGBTI

Vous êtes lesbienne, gay, bisexuel ou bisexuelle, transgenre ou intersexe, et vous ne vous sentez pas en sécurité ? Vous pouvez demander au personnel un logement sûr. Le personnel garde cela confidentiel.

## Traite des êtres humains et exploitation

Faites attention si quelqu''un :

- vous propose un travail ou un logement qui semble trop beau pour être vrai ;
- prend votre passeport, vos papiers ou votre téléphone ;
- vous fait travailler sans salaire, ou dit que vous devez rembourser une dette ;
- vous force à avoir des relations sexuelles ou à faire des choses illégales.

C''est un crime. Ce n''est pas votre faute, et de l''aide existe. Parlez au personnel, à votre médecin ou à votre avocat.

## Arnaques

- Personne du COA ou de l''IND ne vous demande de l''argent pour votre procédure. Votre procédure et votre avocat sont gratuits.
- Ne payez personne qui vous promet une procédure plus rapide ou un titre de séjour.
- Ne donnez jamais le code PIN de votre carte bancaire, vos mots de passe ou les codes reçus par SMS.
- Vous n''êtes pas sûr ? Demandez d''abord au personnel de votre centre.',
'published', 1, 1, 'acct-admin', 1764547200000) ON CONFLICT (item_id, language) DO NOTHING;
