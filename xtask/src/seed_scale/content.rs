//! Information in 12 languages (agency-wide articles, and news, vacancies and articles per
//! location, with their revision history), residents' favourites and news markers.

use wegwijs_shared::content::{
    Category, ContentKind, ItemFields, NewItem, Publication, TranslationInput, TranslationStatus,
    TranslationText, VacancyKind,
};
use wegwijs_shared::procedure::ProcedureStage;

use super::sql::V;
use super::{AGENCY, DAY, Status, World, day_time};

/// Per language: the words for article, news and vacancy, and one sentence of body text.
const WORDS: [(&str, [&str; 3], &str); 12] = [
    (
        "en",
        ["Information", "News", "Vacancy"],
        "This text explains what you need to know and where you can ask questions.",
    ),
    (
        "nl",
        ["Informatie", "Nieuws", "Vacature"],
        "Deze tekst legt uit wat u moet weten en waar u vragen kunt stellen.",
    ),
    (
        "ar",
        ["معلومات", "أخبار", "وظيفة شاغرة"],
        "يشرح هذا النص ما تحتاج إلى معرفته وأين يمكنك طرح الأسئلة.",
    ),
    (
        "fa",
        ["اطلاعات", "اخبار", "فرصت شغلی"],
        "این متن توضیح می‌دهد چه چیزهایی باید بدانید و کجا می‌توانید سؤال بپرسید.",
    ),
    (
        "ps",
        ["معلومات", "خبرونه", "دنده"],
        "دا متن تشریح کوي چې تاسو باید څه پوه شئ او چیرې پوښتنې کولی شئ.",
    ),
    (
        "ckb",
        ["زانیاری", "هەواڵ", "هەلی کار"],
        "ئەم دەقە ڕوون دەکاتەوە کە پێویستە چی بزانیت و لە کوێ دەتوانیت پرسیار بکەیت.",
    ),
    (
        "ti",
        ["ሓበሬታ", "ዜና", "ክፍት ስራሕ"],
        "እዚ ጽሑፍ እንታይ ክትፈልጥ ከም ዘለካን ኣበይ ሕቶ ክትሓትት ከም እትኽእልን ይገልጽ።",
    ),
    (
        "so",
        ["Macluumaad", "Warar", "Shaqo bannaan"],
        "Qoraalkan wuxuu sharxayaa waxaad u baahan tahay inaad ogaato iyo halka aad su'aalo ka weydiin karto.",
    ),
    (
        "tr",
        ["Bilgi", "Haberler", "İş ilanı"],
        "Bu metin bilmeniz gerekenleri ve nerede soru sorabileceğinizi açıklar.",
    ),
    (
        "uk",
        ["Інформація", "Новини", "Вакансія"],
        "Цей текст пояснює, що вам потрібно знати і де можна поставити запитання.",
    ),
    (
        "ru",
        ["Информация", "Новости", "Вакансия"],
        "Этот текст объясняет, что вам нужно знать и где можно задать вопросы.",
    ),
    (
        "fr",
        ["Information", "Actualités", "Offre d'emploi"],
        "Ce texte explique ce que vous devez savoir et où poser vos questions.",
    ),
];

const CATEGORIES: [Category; 6] = [
    Category::AsylumProcedure,
    Category::RightsObligations,
    Category::HealthCare,
    Category::Safety,
    Category::DailyLife,
    Category::LearningWork,
];

/// A published-looking text in `language`: a heading, paragraphs and a list (valid rich text).
fn text(language: &str, kind: ContentKind, n: usize, place: &str) -> TranslationText {
    let (_, words, sentence) = WORDS
        .iter()
        .find(|(code, ..)| *code == language)
        .unwrap_or(&WORDS[0]);
    let word = words[kind as usize];
    TranslationText {
        title: format!("{word} {n} · {place}"),
        summary: (*sentence).to_owned(),
        body: format!(
            "## {word}\n\n{sentence} {sentence}\n\n- {sentence}\n- {sentence}\n- {sentence}\n\n\
             ### {word} {n}\n\n{sentence} {sentence} {sentence}\n\n1. {sentence}\n2. {sentence}"
        ),
    }
}

/// One content item of the scale seed, for favourites.
pub struct Item {
    pub id: String,
    pub kind: ContentKind,
    pub location: Option<usize>,
}

pub fn items(w: &mut World) {
    let admin = w.admins[0].clone();
    for n in 0..60 {
        let fields = ItemFields {
            kind: ContentKind::Article,
            location_id: None,
            category: Some(CATEGORIES[n % CATEGORIES.len()]),
            procedure_stage: (n < 8).then(|| ProcedureStage::ALL[n]),
            vacancy_kind: None,
            contact: None,
            link: None,
            source_language: "en".into(),
        };
        let languages = if n < 20 {
            12
        } else {
            w.rng.range(4, 7) as usize
        };
        let published = w.anchor_ms - w.rng.range(30, 700) * DAY + day_time(&mut w.rng);
        let shown = w.rng.chance(0.95).then_some(published);
        item(
            w,
            format!("item-s-agency-{n:03}"),
            fields,
            None,
            languages,
            shown,
            &admin,
        );
    }
    for l in 0..w.locations.len() {
        let location_id = w.locations[l].id.clone();
        let author = w.locations[l].staff[0].clone();
        let source = if w.rng.chance(0.7) { "en" } else { "nl" };
        let plan = [
            (ContentKind::News, 8),
            (ContentKind::Vacancy, 2),
            (ContentKind::Article, 2),
        ];
        for (kind, count) in plan {
            for n in 0..count {
                let fields = ItemFields {
                    kind,
                    location_id: Some(location_id.clone()),
                    category: (kind == ContentKind::Article).then_some(Category::DailyLife),
                    procedure_stage: None,
                    vacancy_kind: (kind == ContentKind::Vacancy).then_some(if n == 0 {
                        VacancyKind::Volunteer
                    } else {
                        VacancyKind::Paid
                    }),
                    contact: (kind == ContentKind::Vacancy)
                        .then(|| "work@scale.wegwijs.example".to_owned()),
                    link: None,
                    source_language: source.into(),
                };
                let published = w.anchor_ms - w.rng.range(1, 365) * DAY + day_time(&mut w.rng);
                let shown = n > 0 || w.rng.chance(0.8);
                let languages = w.rng.range(3, 6) as usize;
                let id = format!(
                    "item-s-{}-{}-{n}",
                    location_id.trim_start_matches("loc-"),
                    kind_code(kind)
                );
                item(
                    w,
                    id,
                    fields,
                    Some(l),
                    languages,
                    shown.then_some(published),
                    &author,
                );
            }
        }
    }
}

/// The serde name of an enum value (the column holds what the API's JSON calls it).
fn name(value: serde_json::Result<serde_json::Value>) -> Option<String> {
    value.ok().and_then(|v| v.as_str().map(str::to_owned))
}

fn kind_code(kind: ContentKind) -> &'static str {
    match kind {
        ContentKind::Article => "article",
        ContentKind::News => "news",
        ContentKind::Vacancy => "vacancy",
    }
}

/// The item, its source text and `languages - 1` translations, and the revisions the editor
/// would have written for them: created, each translation saved, published.
fn item(
    w: &mut World,
    id: String,
    fields: ItemFields,
    location: Option<usize>,
    languages: usize,
    published: Option<i64>,
    by: &str,
) {
    let created = published.unwrap_or(w.anchor_ms - 5 * DAY) - w.rng.range(1, 5) * DAY;
    let place = location.map_or("Wegwijs".to_owned(), |l| {
        w.locations[l].municipality.clone()
    });
    let n = w.rng.range(1, 99) as usize;
    let source = fields.source_language.clone();
    // Some sources were edited after translating: those translations are outdated.
    let revision = if w.rng.chance(0.1) { 2 } else { 1 };
    let mut others: Vec<&str> = WORDS
        .iter()
        .map(|(c, ..)| *c)
        .filter(|c| *c != source)
        .collect();
    let mut chosen = vec![source.clone()];
    while chosen.len() < languages.min(12) {
        let pick = w.rng.below(others.len() as u64) as usize;
        chosen.push(others.remove(pick).to_owned());
    }
    let new = NewItem {
        fields: fields.clone(),
        source: text(&source, fields.kind, n, &place),
    };
    let snapshot = serde_json::to_string(&new).unwrap_or_default();
    w.rows.add(
        "content_revisions",
        &[
            V::T(&id),
            V::Null,
            V::I(1),
            V::T("created"),
            V::T(&snapshot),
            V::T(by),
            V::I(created),
        ],
    );
    let mut version = 1;
    let last = published.unwrap_or(created + DAY);
    for (k, language) in chosen.iter().enumerate() {
        let t = text(language, fields.kind, n, &place);
        let status = if published.is_none() || k == 0 || w.rng.chance(0.9) {
            TranslationStatus::Published
        } else {
            TranslationStatus::Review
        };
        let status_code = match status {
            TranslationStatus::Published => "published",
            TranslationStatus::Review => "review",
            TranslationStatus::Draft => "draft",
        };
        let made_from = if k == 0 { revision } else { 1 };
        let at = created + k as i64 * 3_600_000;
        w.rows.add(
            "content_translations",
            &[
                V::T(&id),
                V::T(language),
                V::T(&t.title),
                V::T(&t.summary),
                V::T(&t.body),
                V::T(status_code),
                V::I(made_from),
                V::I(1),
                V::T(by),
                V::I(at),
            ],
        );
        if k > 0 {
            let snapshot = serde_json::to_string(&TranslationInput {
                text: t,
                status,
                version: 0,
            })
            .unwrap_or_default();
            w.rows.add(
                "content_revisions",
                &[
                    V::T(&id),
                    V::T(language),
                    V::I(1),
                    V::T("translation"),
                    V::T(&snapshot),
                    V::T(by),
                    V::I(at),
                ],
            );
        }
    }
    if published.is_some() {
        version += 1;
        let snapshot = serde_json::to_string(&Publication {
            published: true,
            version: 1,
        })
        .unwrap_or_default();
        w.rows.add(
            "content_revisions",
            &[
                V::T(&id),
                V::Null,
                V::I(version),
                V::T("published"),
                V::T(&snapshot),
                V::T(by),
                V::I(last),
            ],
        );
    }
    let f = &fields;
    let (category, stage, vacancy) = (
        name(serde_json::to_value(f.category)),
        f.procedure_stage.map(|s| s.code().to_owned()),
        name(serde_json::to_value(f.vacancy_kind)),
    );
    let location_id = location.map(|l| w.locations[l].id.clone());
    w.rows.add(
        "content_items",
        &[
            V::T(&id),
            V::T(kind_code(f.kind)),
            V::T(AGENCY),
            V::opt(location_id.as_deref()),
            V::opt(category.as_deref()),
            V::opt(stage.as_deref()),
            V::opt(vacancy.as_deref()),
            V::opt(f.contact.as_deref()),
            V::opt(f.link.as_deref()),
            V::T(&source),
            V::I(revision),
            V::I(i64::from(published.is_some())),
            published.map_or(V::Null, V::I),
            V::I(version),
            V::T(by),
            V::I(created),
            V::T(by),
            V::I(last),
        ],
    );
    if published.is_some() {
        w.items.push(Item {
            id,
            kind: f.kind,
            location,
        });
    }
}

/// Favourites for some residents (items at their location or agency-wide, or an activity), and
/// the news marker of those who opened the news.
pub fn favourites_and_news(w: &mut World) {
    for r in 0..w.residents.len() {
        if w.residents[r].status != Status::Active {
            continue;
        }
        let (id, location) = (w.residents[r].id.clone(), w.residents[r].location);
        if w.rng.chance(0.4) {
            let seen = w.anchor_ms - w.rng.range(0, 60) * DAY - day_time(&mut w.rng);
            w.rows.add("news_seen", &[V::T(&id), V::I(seen)]);
        }
        if !w.rng.chance(0.1) {
            continue;
        }
        let mut saved = std::collections::BTreeSet::new();
        for _ in 0..w.rng.range(1, 4) {
            let i = w.rng.below(w.items.len() as u64) as usize;
            let item = &w.items[i];
            if item.location.is_some_and(|l| l != location) || !saved.insert(item.id.clone()) {
                continue;
            }
            let kind = kind_code(item.kind);
            let at = w.anchor_ms - w.rng.range(1, 90) * DAY;
            w.rows.add(
                "favourites",
                &[V::T(&id), V::T(kind), V::T(&item.id.clone()), V::I(at)],
            );
        }
    }
}
