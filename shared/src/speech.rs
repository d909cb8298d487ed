//! Reading aloud: which of the device's voices to use for a language, and how a block of text is
//! cut into utterances. The browser part (`frontend/src/components/listen.rs`) hands in what it
//! found; everything decided here is tested natively.

/// What the frontend knows about one of the device's voices (`SpeechSynthesisVoice`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceInfo {
    /// BCP 47 as the platform reports it: `nl-NL`, sometimes `nl_NL` (older Android).
    pub lang: String,
    pub local: bool,
    pub default: bool,
}

/// The language part of a tag (`fa` of `fa-IR`, `ckb` of `ckb_IQ`), lower case.
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Whether a voice reads `wanted` (a tag like `nl` or `pt-BR`): same language subtag.
pub fn speaks(voice_lang: &str, wanted: &str) -> bool {
    let wanted = primary(wanted);
    !wanted.is_empty() && primary(voice_lang) == wanted
}

/// The voice to read `wanted` with, if the device has one. Voices on the device come first (they
/// work offline and cost no data), then the platform's default, then the list's order.
pub fn choose_voice(voices: &[VoiceInfo], wanted: &str) -> Option<usize> {
    voices
        .iter()
        .enumerate()
        .filter(|(_, v)| speaks(&v.lang, wanted))
        .min_by_key(|(i, v)| (!v.local, !v.default, *i))
        .map(|(i, _)| i)
}

/// Longest utterance: some engines (Chrome's network voices) stop after about 15 seconds of one
/// utterance, and a short one lets Stop and Pause react at once.
pub const MAX_UTTERANCE: usize = 200;

const SENTENCE_ENDS: [char; 8] = ['.', '!', '?', '؟', '።', '۔', '…', ':'];

/// The pieces of text a block holds (headings, paragraphs, list items, in reading order) as
/// utterances: whitespace collapsed, empty pieces dropped, long pieces cut after a sentence end
/// (or else at a space) so none exceeds `MAX_UTTERANCE` characters unless one word does.
pub fn utterances<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out = Vec::new();
    for piece in pieces {
        let text = piece.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut rest = text.as_str();
        while rest.chars().count() > MAX_UTTERANCE {
            let cut = cut_point(rest);
            out.push(rest[..cut].trim().to_owned());
            rest = rest[cut..].trim_start();
        }
        if !rest.is_empty() {
            out.push(rest.to_owned());
        }
    }
    out
}

/// A byte index within the first `MAX_UTTERANCE` characters: after the last sentence end followed
/// by a space, else at the last space, else after the first word.
fn cut_point(text: &str) -> usize {
    let limit = text
        .char_indices()
        .nth(MAX_UTTERANCE)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..limit];
    let mut sentence = None;
    let mut space = None;
    let mut previous = None;
    for (i, c) in head.char_indices() {
        if c == ' ' {
            if previous.is_some_and(|p| SENTENCE_ENDS.contains(&p)) {
                sentence = Some(i);
            }
            space = Some(i);
        }
        previous = Some(c);
    }
    sentence
        .or(space)
        .filter(|&i| i > 0)
        .unwrap_or_else(|| text.find(' ').unwrap_or(text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(lang: &str, local: bool, default: bool) -> VoiceInfo {
        VoiceInfo {
            lang: lang.to_owned(),
            local,
            default,
        }
    }

    #[test]
    fn a_voice_speaks_its_language_whatever_the_region_or_separator() {
        assert!(speaks("nl-NL", "nl"));
        assert!(speaks("nl_BE", "nl"));
        assert!(speaks("FA-ir", "fa"));
        assert!(speaks("ckb", "ckb"));
        assert!(!speaks("ku-TR", "ckb"));
        assert!(!speaks("en-US", "nl"));
        assert!(!speaks("", ""));
    }

    #[test]
    fn local_voices_win_then_the_default_then_list_order() {
        let voices = [
            voice("en-US", true, true),
            voice("nl-NL", false, false),
            voice("nl-BE", true, false),
            voice("nl-NL", true, false),
        ];
        assert_eq!(choose_voice(&voices, "nl"), Some(2));
        assert_eq!(choose_voice(&voices, "en"), Some(0));
        assert_eq!(choose_voice(&voices, "ti"), None);
        assert_eq!(choose_voice(&[], "en"), None);
        let remote = [voice("fr-FR", false, false), voice("fr-CA", false, true)];
        assert_eq!(choose_voice(&remote, "fr"), Some(1));
    }

    #[test]
    fn pieces_are_tidied_and_empty_ones_dropped() {
        let out = utterances(["  Welcome\n to   Wegwijs ", "", "   ", "Find help."]);
        assert_eq!(out, ["Welcome to Wegwijs", "Find help."]);
    }

    #[test]
    fn long_text_is_cut_after_sentences() {
        let sentence = "This sentence has exactly forty-six characters.";
        let text = [sentence; 10].join(" ");
        let out = utterances([text.as_str()]);
        assert!(out.len() > 1);
        for u in &out {
            assert!(u.chars().count() <= MAX_UTTERANCE, "{u}");
            assert!(u.ends_with('.'), "cut mid-sentence: {u}");
        }
        assert_eq!(out.join(" "), text);
    }

    #[test]
    fn arabic_question_marks_end_sentences_and_multibyte_text_is_cut_safely() {
        let sentence = "هل تحتاج إلى مساعدة في مركز الاستقبال؟";
        let text = [sentence; 12].join(" ");
        let out = utterances([text.as_str()]);
        assert!(out.len() > 1);
        assert!(out.iter().all(|u| u.ends_with('؟')));
        assert_eq!(out.join(" "), text);
    }

    #[test]
    fn text_without_sentence_ends_is_cut_at_spaces_and_a_giant_word_stays_whole() {
        let text = ["word"; 100].join(" ");
        let out = utterances([text.as_str()]);
        assert!(out.iter().all(|u| u.chars().count() <= MAX_UTTERANCE));
        assert_eq!(out.join(" "), text);
        let giant = "x".repeat(500);
        assert_eq!(utterances([giant.as_str()]), std::slice::from_ref(&giant));
        let giant_then_more = format!("{giant} tail");
        assert_eq!(
            utterances([giant_then_more.as_str()]),
            [giant, "tail".to_owned()]
        );
    }
}
