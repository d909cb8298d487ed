//! Search across the content a resident can read, on the device (so it works offline on the saved
//! copy). Pure: the `/search` page normalises the items once and ranks them for every query.
//!
//! Normalisation makes a search insensitive to what people leave out when they type on a phone:
//! - case (`char::to_lowercase`; Turkish dotless ı counts as i);
//! - accents (Latin, Greek, Cyrillic): a letter with marks becomes its base letter (the first
//!   character of its canonical decomposition, from `fold_table`), and combining marks typed
//!   separately are dropped, so é → e, ü → u, İ → i, й → и; letters that do not decompose are
//!   spelled out (ß → ss, æ → ae, œ → oe, ø → o, ł → l, đ → d);
//! - Arabic script: harakat/tashkeel (U+064B–U+065F, the superscript alef U+0670 and the Quranic
//!   marks U+06D6–U+06ED) and tatweel (U+0640) dropped; alef with hamza or madda (أ إ آ, whose
//!   decomposition is ا plus a mark) and alef wasla ٱ → ا, ؤ → و, ئ → ي; Persian yeh ی and alef maksura ى → ي; keheh
//!   ک → ك; teh marbuta ة → ه; Arabic-Indic and Persian digits → 0–9; the zero-width (non-)joiners
//!   Persian writes inside words are removed;
//! - Ethiopic (Tigrinya) is left as it is: its syllables are letters, not letter + mark.
//!
//! Everything that is not a letter or digit separates words. A query matches an item when every
//! query word occurs in its title, summary or body text (as part of a word too: Arabic attaches
//! "and"/"the" to the word, and a resident typing the start of a long word should find it).
//! Ranking: words found in the title count most, then the summary, then the body.

mod documents;
mod fold_table;

pub use documents::{DocKind, Document, search_documents};
use fold_table::BASE_LETTER;

/// `text` lowered and folded as described in the module documentation, words separated by one
/// space, no leading or trailing space.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Pending separator: collapsed so "a -- b" has one space.
    let mut gap = false;
    for c in text.chars() {
        if is_dropped(c) {
            continue;
        }
        for lower in c.to_lowercase() {
            if is_dropped(lower) {
                continue;
            }
            let lower = base_letter(lower);
            if lower.is_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                push_folded(&mut out, lower);
            } else {
                gap = true;
            }
        }
    }
    out
}

/// The letter without its marks (itself when it has none).
fn base_letter(c: char) -> char {
    if (c as u32) < 0xC0 {
        return c;
    }
    match BASE_LETTER.binary_search_by_key(&c, |&(with, _)| with) {
        Ok(i) => BASE_LETTER[i].1,
        Err(_) => c,
    }
}

/// Marks that carry no meaning for a search: combining marks after NFD, Arabic diacritics,
/// tatweel, and the joiners inside Persian words.
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'   // combining diacritical marks (Latin, Greek, Cyrillic accents)
        | '\u{1AB0}'..='\u{1AFF}' // combining diacritical marks extended
        | '\u{1DC0}'..='\u{1DFF}' // combining diacritical marks supplement
        | '\u{0610}'..='\u{061A}' // Arabic honorific and Quranic signs
        | '\u{064B}'..='\u{065F}' // harakat: fathatan … wavy hamza below (incl. hamza/madda marks)
        | '\u{0670}'              // superscript alef
        | '\u{06D6}'..='\u{06ED}' // Quranic annotation marks
        | '\u{0640}'              // tatweel
        | '\u{200C}' | '\u{200D}' // zero-width non-joiner / joiner
        | '\u{00AD}' // soft hyphen
    )
}

fn push_folded(out: &mut String, c: char) {
    match c {
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'ø' => out.push('o'),
        'ł' => out.push('l'),
        'đ' => out.push('d'),
        'ı' => out.push('i'),
        // Alef wasla (ٱ); the hamza/madda forms arrive here as a bare alef (`base_letter`).
        'ٱ' => out.push('ا'),
        // Persian yeh and alef maksura → Arabic yeh.
        'ی' | 'ى' => out.push('ي'),
        // Keheh (Persian kaf) → Arabic kaf.
        'ک' => out.push('ك'),
        // Teh marbuta is often typed as heh.
        'ة' => out.push('ه'),
        '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        _ => out.push(c),
    }
}

/// The words of a query, normalised, without repeats.
pub fn query_words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in normalize(query).split(' ').filter(|w| !w.is_empty()) {
        if !words.iter().any(|w| w == word) {
            words.push(word.to_owned());
        }
    }
    words
}

/// The readable text of rendered rich text (`crate::richtext`'s HTML): tags become word breaks,
/// the five escapes and numeric character references are decoded. Only for our own renderer's
/// output, whose attributes are quoted and escaped, so a `>` never appears inside a tag.
pub fn html_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(['<', '&']) {
        text.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with('<') {
            match rest.find('>') {
                Some(end) => {
                    text.push(' ');
                    rest = &rest[end + 1..];
                }
                None => {
                    rest = "";
                }
            }
        } else {
            let (decoded, used) = entity(rest);
            text.push(decoded);
            rest = &rest[used..];
        }
    }
    text.push_str(rest);
    text
}

/// The character an entity at the start of `s` stands for, and its length (a lone `&` is itself).
fn entity(s: &str) -> (char, usize) {
    const NAMED: [(&str, char); 6] = [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&apos;", '\''),
        ("&nbsp;", ' '),
    ];
    for (name, c) in NAMED {
        if s.starts_with(name) {
            return (c, name.len());
        }
    }
    if let Some(end) = s.find(';').filter(|&end| end <= 10)
        && let Some(number) = s[..end].strip_prefix("&#")
    {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => number.parse().ok(),
        };
        if let Some(c) = value.and_then(char::from_u32) {
            return (c, end + 1);
        }
    }
    ('&', 1)
}

/// One item prepared for searching: its three texts normalised once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchDoc {
    title: String,
    summary: String,
    body: String,
}

impl SearchDoc {
    /// `body` is plain text (see [`html_text`] for rendered rich text).
    pub fn new(title: &str, summary: &str, body: &str) -> Self {
        SearchDoc {
            title: normalize(title),
            summary: normalize(summary),
            body: normalize(body),
        }
    }

    /// `None` when a query word is missing from all three texts; otherwise a score, higher for
    /// words in the title (more still at the start of a title word), then the summary, then the body.
    pub fn score(&self, words: &[String]) -> Option<u32> {
        if words.is_empty() {
            return None;
        }
        let mut score = 0;
        for word in words {
            let mut found = 0;
            if let Some(at) = self.title.find(word.as_str()) {
                let word_start = at == 0 || self.title[..at].ends_with(' ');
                found += if word_start { 120 } else { 100 };
            }
            if self.summary.contains(word.as_str()) {
                found += 10;
            }
            if self.body.contains(word.as_str()) {
                found += 1;
            }
            if found == 0 {
                return None;
            }
            score += found;
        }
        Some(score)
    }
}

/// The positions in `docs` of the items matching `query`, best first; equal scores keep the
/// order of `docs` (the API's: newest first).
pub fn search(docs: &[SearchDoc], query: &str) -> Vec<usize> {
    rank(docs, query)
}

/// As [`search`], over any sequence of prepared items.
pub fn rank<'a>(docs: impl IntoIterator<Item = &'a SearchDoc>, query: &str) -> Vec<usize> {
    let words = query_words(query);
    let mut hits: Vec<(u32, usize)> = docs
        .into_iter()
        .enumerate()
        .filter_map(|(i, doc)| doc.score(&words).map(|s| (s, i)))
        .collect();
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    hits.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests;
