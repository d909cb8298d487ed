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
INSERT INTO content_translations (item_id, language, title, summary, body, status, source_revision, version, updated_by, updated_at) VALUES ('art-procedure-overview', 'ar', 'إجراءات اللجوء في هولندا، خطوة بخطوة', 'ماذا يحدث من تقديم طلبك حتى القرار، وماذا يمكن أن يحدث بعد ذلك. محاميك ومنظمة VluchtelingenWerk يمكنهم شرح حالتك أنت.',
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
