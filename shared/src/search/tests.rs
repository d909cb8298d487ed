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
