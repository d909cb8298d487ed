use super::*;

fn docs(items: &[(&str, &str, &str)]) -> Vec<SearchDoc> {
    items
        .iter()
        .map(|(t, s, b)| SearchDoc::new(t, s, b))
        .collect()
}

#[test]
fn case_and_latin_accents_fold() {
    assert_eq!(normalize("Café CRÈME à la Würst"), "cafe creme a la wurst");
    assert_eq!(
        normalize("Straße Æsop Œuvre Øresund Łódź Đakovo"),
        "strasse aesop oeuvre oresund lodz dakovo"
    );
    assert_eq!(normalize("İstanbul ışık"), "istanbul isik");
    assert_eq!(normalize("Ça ne fait rien, Noël!"), "ca ne fait rien noel");
    // Marks typed as separate characters (decomposed text) are dropped as well.
    assert_eq!(normalize("Cafe\u{0301} nai\u{0308}ve"), "cafe naive");
    assert_eq!(normalize("Ǖ ǣ"), "u ae");
    // Cyrillic: case (and й folds to и, like every letter with a mark).
    assert_eq!(normalize("Медична ДОПОМОГА"), "медична допомога");
    assert_eq!(normalize("Йод їжа ёлка"), "иод іжа елка");
}

#[test]
fn the_fold_table_is_sorted_and_maps_to_letters_without_marks() {
    assert!(fold_table::BASE_LETTER.windows(2).all(|w| w[0].0 < w[1].0));
    for (with, base) in fold_table::BASE_LETTER {
        assert_ne!(with, base);
        assert!(base.is_alphabetic(), "{with} → {base}");
        assert!(
            fold_table::BASE_LETTER
                .binary_search_by_key(&base, |p| p.0)
                .is_err(),
            "{base} has marks"
        );
    }
}

#[test]
fn punctuation_and_spacing_separate_words_once() {
    assert_eq!(normalize("  GP -- (huisarts)…  112! "), "gp huisarts 112");
    assert_eq!(normalize(""), "");
    assert_eq!(normalize("!?"), "");
}

#[test]
fn arabic_diacritics_tatweel_and_alef_variants_fold() {
    // Harakat and shadda gone.
    assert_eq!(
        normalize("المُساعَدة القانونيّة"),
        normalize("المساعدة القانونية")
    );
    assert_eq!(normalize("مُحَامٍ"), "محام");
    // Tatweel.
    assert_eq!(normalize("مـــرحبا"), "مرحبا");
    // أ إ آ ٱ → ا
    assert_eq!(
        normalize("أحمد إبراهيم آمنة ٱلله"),
        "احمد ابراهيم امنه الله"
    );
    // Superscript alef.
    assert_eq!(normalize("هٰذا"), "هذا");
    // Teh marbuta typed as heh.
    assert_eq!(normalize("مدرسة"), normalize("مدرسه"));
}

#[test]
fn persian_yeh_kaf_digits_and_joiners_fold() {
    // Persian yeh and keheh equal Arabic yeh and kaf; alef maksura too.
    assert_eq!(normalize("کمک پزشکی"), normalize("كمك پزشكي"));
    assert_eq!(normalize("على"), normalize("علي"));
    // Zero-width non-joiner inside a word is removed.
    assert_eq!(normalize("می\u{200C}خواهم"), "ميخواهم");
    // Arabic-Indic and Persian digits.
    assert_eq!(normalize("١١٢ ۱۱۲ 112"), "112 112 112");
}

#[test]
fn ethiopic_is_left_as_it_is() {
    let tigrinya = "ሕክምናዊ ሓገዝ";
    assert_eq!(normalize(tigrinya), tigrinya);
    // The Ethiopic word space separates words.
    assert_eq!(normalize("ሕክምና፡ሓገዝ"), "ሕክምና ሓገዝ");
}

#[test]
fn html_text_strips_tags_and_decodes_escapes() {
    let html = "<h2>Bring</h2><ul><li>Your <strong>W-document</strong></li></ul>\
                <p>a &lt; b &amp; c &quot;d&quot; &#39;e&#39; &#x27;f&#x27; <a href=\"tel:112\">112</a></p>";
    assert_eq!(
        normalize(&html_text(html)),
        "bring your w document a b c d e f 112"
    );
    assert_eq!(html_text("x &unknown; y & z"), "x &unknown; y & z");
    assert_eq!(html_text("A&amp;B"), "A&B");
    // Tags separate words, so block boundaries do not glue words together.
    assert_eq!(normalize(&html_text("<p>one</p><p>two</p>")), "one two");
}

#[test]
fn arabic_article_with_diacritics_is_found_without_them() {
    let d = docs(&[
        ("ساعات العمل", "متى نفتح", "<p>من الاثنين إلى الجمعة</p>"),
        (
            "المُساعَدة القانونية",
            "محامٍ مجاني من مجلس المساعدة القانونية",
            "<p>يُساعِدك المحامي</p>",
        ),
    ]);
    assert_eq!(search(&d, "المساعدة"), vec![1]);
    assert_eq!(search(&d, "المُساعَدة"), vec![1]);
    // Every word must match: one word missing means no hit.
    assert_eq!(search(&d, "المساعدة الجمعة"), Vec::<usize>::new());
    // Words from body and title together.
    assert_eq!(search(&d, "يساعدك القانونية"), vec![1]);
}

#[test]
fn every_query_word_must_match_somewhere() {
    let d = docs(&[
        (
            "Doctor",
            "The GP at your centre",
            "Walk-in hours every morning",
        ),
        ("Emergency", "Call 112", "In a life-threatening emergency"),
    ]);
    assert_eq!(search(&d, "gp morning"), vec![0]);
    assert_eq!(search(&d, "gp emergency"), Vec::<usize>::new());
    assert_eq!(search(&d, ""), Vec::<usize>::new());
    assert_eq!(search(&d, "  ... "), Vec::<usize>::new());
    // Part of a word matches (the start of a long word typed on a phone).
    assert_eq!(search(&d, "emerg"), vec![1]);
}

#[test]
fn title_hits_rank_before_summary_before_body() {
    let d = docs(&[
        (
            "Daily life",
            "Washing and cleaning",
            "Ask the doctor about medicines",
        ),
        ("Rights", "When to see a doctor", "nothing"),
        ("Doctor and GP", "Health", "nothing"),
        ("Your doctor", "Health", "doctor doctor"),
    ]);
    // Title hits first (word-start ones before the rest, then document order), then summary, then body.
    assert_eq!(search(&d, "doctor"), vec![3, 2, 1, 0]);
    assert_eq!(search(&d, "DOCTOR"), vec![3, 2, 1, 0]);
}

#[test]
fn query_words_are_normalised_and_unique() {
    assert_eq!(query_words("Café cafe CAFÉ, bar"), vec!["cafe", "bar"]);
    assert!(query_words("   ").is_empty());
}

mod documents {
    use super::super::{DocKind, Document, search_documents};
    use crate::activities::{ActivitiesPage, MyStatus, Occurrence, Recurrence};
    use crate::centre::{CentreContacts, CentreView, Service, ServiceKind};

    fn occurrence(id: &str, date: &str, title: &str, place: &str, cancelled: bool) -> Occurrence {
        Occurrence {
            activity_id: id.into(),
            date: date.into(),
            weekday: 1,
            start_time: "10:00".into(),
            end_time: "11:00".into(),
            recurrence: Recurrence::Weekly,
            title: title.into(),
            description: "نتعلم الكلمات الأولى معاً".into(),
            text_language: "ar".into(),
            place: place.into(),
            language: None,
            capacity: 10,
            confirmed: 0,
            waiting: 0,
            mine: MyStatus::None,
            started: false,
            cancelled,
        }
    }

    fn service(id: &str, kind: ServiceKind, name: &str, note: &str, place: &str) -> Service {
        Service {
            id: id.into(),
            kind,
            name: name.into(),
            note: note.into(),
            phone: String::new(),
            place: place.into(),
            hours: Default::default(),
            exceptions: Vec::new(),
            version: 1,
        }
    }

    fn activities() -> Vec<Document> {
        Document::activities(&ActivitiesPage {
            location_id: "loc".into(),
            timezone: "Europe/Amsterdam".into(),
            today: "2026-11-30".into(),
            from: "2026-11-30".into(),
            days: 14,
            occurrences: vec![
                occurrence(
                    "act-dutch",
                    "2026-11-30",
                    "دَرْسُ اللُّغَةِ الهولندية",
                    "الغرفة ٣",
                    true,
                ),
                occurrence(
                    "act-football",
                    "2026-11-30",
                    "Football",
                    "Sports field",
                    false,
                ),
                occurrence(
                    "act-dutch",
                    "2026-12-07",
                    "دَرْسُ اللُّغَةِ الهولندية",
                    "الغرفة ٣",
                    false,
                ),
            ],
            next_cursor: None,
        })
    }

    fn services() -> Vec<Document> {
        let centre = CentreView {
            location_id: "loc".into(),
            location_name: "Zwolle".into(),
            timezone: "Europe/Amsterdam".into(),
            emergency_number: "112".into(),
            contacts: CentreContacts::default(),
            services: vec![
                service(
                    "svc-gp",
                    ServiceKind::MedicalPractice,
                    "GZA",
                    "",
                    "Building B",
                ),
                service(
                    "svc-wash",
                    ServiceKind::Laundry,
                    "",
                    "أحضِر مسحوقَ الغسيل",
                    "المبنى أ",
                ),
            ],
        };
        Document::services(&centre, |kind| match kind {
            ServiceKind::MedicalPractice => "عيادة الطبيب".into(),
            ServiceKind::Laundry => "المغسلة".into(),
            _ => "أخرى".into(),
        })
    }

    #[test]
    fn an_activity_is_found_once_without_diacritics_and_leads_to_a_date_that_takes_place() {
        let docs = activities();
        assert_eq!(docs.len(), 2, "one document per activity, not per date");
        let hits = search_documents(&docs, "درس اللغه");
        assert_eq!(hits.len(), 1);
        let hit = &docs[hits[0]];
        assert_eq!(hit.kind, DocKind::Activity);
        assert_eq!(hit.id, "act-dutch");
        assert_eq!(hit.link, "/activities#activity-act-dutch-2026-12-07");
        // The place (Arabic-Indic digit typed as 3) and the description are searched too.
        assert_eq!(search_documents(&docs, "الغرفه 3"), hits);
        assert_eq!(search_documents(&docs, "الكلمات"), vec![0, 1]);
        assert_eq!(search_documents(&docs, "sports"), vec![1]);
        assert!(search_documents(&docs, "laundry").is_empty());
    }

    #[test]
    fn a_service_is_found_by_kind_name_own_name_note_and_place() {
        let docs = services();
        assert_eq!(docs[0].title, "GZA");
        assert_eq!(docs[1].title, "المغسلة", "no own name: the kind's name");
        // The kind's name in the reader's language finds a service that has its own name.
        let hits = search_documents(&docs, "عيادة");
        assert_eq!(hits, vec![0]);
        assert_eq!(docs[0].kind, DocKind::Service);
        assert_eq!(docs[0].link, "/centre#service-svc-gp");
        assert_eq!(search_documents(&docs, "gza"), vec![0]);
        assert_eq!(search_documents(&docs, "building b"), vec![0]);
        // Note and place, typed without the diacritics they were written with.
        assert_eq!(search_documents(&docs, "مسحوق"), vec![1]);
        assert_eq!(search_documents(&docs, "المبنى"), vec![1]);
        assert!(search_documents(&docs, "football").is_empty());
    }

    #[test]
    fn title_hits_rank_before_text_hits_across_kinds() {
        let mut docs = services();
        docs.extend(activities());
        docs.push(Document::content(
            "c1",
            "Washing clothes",
            "",
            "the laundry opens at nine",
            "/library/c1".into(),
        ));
        let hits = search_documents(&docs, "laundry");
        assert_eq!(hits, vec![4]);
        // A service named "Laundry" by its kind: a title hit, so before the article.
        let with_kind = Document::services(
            &CentreView {
                location_id: "l".into(),
                location_name: "l".into(),
                timezone: "UTC".into(),
                emergency_number: "112".into(),
                contacts: CentreContacts::default(),
                services: vec![service("s", ServiceKind::Laundry, "", "", "")],
            },
            |_| "Laundry".into(),
        );
        docs.extend(with_kind);
        assert_eq!(search_documents(&docs, "laundry"), vec![5, 4]);
    }
}
