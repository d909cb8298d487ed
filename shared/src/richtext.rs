//! The rich text of articles, news and vacancies: a small, safe Markdown subset. This module doc is
//! the contract (the README's content section summarises it; `richtext_tests.rs` pins it). Staff
//! write it, the API stores it, and this one module checks it and turns it into HTML for
//! residents, so the API and the UI render it the same way.
//!
//! Written here rather than taken from a Markdown crate: a full Markdown parser accepts far more
//! than we allow (raw HTML, images, attributes) and would have to be filtered afterwards, and it
//! would add tens of kilobytes to the wasm. This grammar is small enough to be checked completely.
//!
//! Blocks: `## h2`, `### h3`, `- ` bullet lines, `1. ` numbered lines, anything else a paragraph
//! (consecutive lines joined with a space). Inline: `**strong**`, `*em*`, `[text](url)`. Everything
//! else is text and escaped. Nothing in the output carries an attribute other than a checked `href`.
//!
//! Links: `https://host…`, `mailto:`, `tel:` or a path of this app (`/centre`, never `//host`).
//! Field errors, one per kind: `required` (empty), `too_long` (over [`MAX_CHARS`]),
//! `html_not_allowed` (raw HTML: `<` followed by a letter, `/`, `!` or `?`), `control_characters`,
//! `heading_level` (`#` or `####` and deeper) and `link_not_allowed` (any other link).

use crate::problem::FieldError;

/// Longest body accepted, in characters (Unicode scalar values, so every script gets the same room).
pub const MAX_CHARS: usize = 20_000;

pub const HTML_NOT_ALLOWED: &str = "HTML is not allowed; use the simple markup (## heading, - list, \
                                    **bold**, [link](https://…)).";

/// Checks `source` as the body field named `field` (e.g. `text.body`).
pub fn validate(field: &str, source: &str) -> Result<(), Vec<FieldError>> {
    parse(field, source, Mode::Html).map(|_| ())
}

/// `source` as HTML, or the field errors (on the field `body`) that make it unacceptable.
pub fn render(source: &str) -> Result<String, Vec<FieldError>> {
    parse("body", source, Mode::Html)
}

/// Like [`render`], for text that was stored without being checked (e.g. written straight into the
/// database by a seed): markup that does not pass becomes one escaped paragraph per block, so it is
/// still readable and still cannot run anything.
pub fn render_or_escape(source: &str) -> String {
    render(source).unwrap_or_else(|_| {
        blocks(&normalise(source))
            .into_iter()
            .map(|lines| format!("<p>{}</p>", escape(&lines.join(" "))))
            .collect()
    })
}

/// The words of `source` without markup (headings, list items and paragraphs on their own lines,
/// links as their text), for search and for reading aloud. Lenient: never fails.
pub fn plain_text(source: &str) -> String {
    let normalised = normalise(source);
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for block in blocks(&normalised) {
        for part in block_parts(&block, &mut errors) {
            match part {
                Part::Heading(_, text) | Part::Paragraph(text) => {
                    out.push(inline(&text, Mode::Plain, &mut errors))
                }
                Part::List(_, items) => out.extend(
                    items
                        .iter()
                        .map(|item| inline(item, Mode::Plain, &mut errors)),
                ),
            }
        }
    }
    out.join("\n")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Html,
    Plain,
}

fn normalise(source: &str) -> String {
    source.replace("\r\n", "\n").replace('\r', "\n")
}

fn error(field: &str, code: &str, message: impl Into<String>) -> FieldError {
    FieldError::new(field, code, message)
}

fn parse(field: &str, source: &str, mode: Mode) -> Result<String, Vec<FieldError>> {
    let source = normalise(source);
    if source.trim().is_empty() {
        return Err(vec![error(field, "required", "Write the text.")]);
    }
    let chars = source.chars().count();
    if chars > MAX_CHARS {
        return Err(vec![error(
            field,
            "too_long",
            format!("At most {MAX_CHARS} characters are allowed; this has {chars}."),
        )]);
    }
    let mut errors = Vec::new();
    if has_raw_html(&source) {
        errors.push(error(field, "html_not_allowed", HTML_NOT_ALLOWED));
    }
    if source
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        errors.push(error(
            field,
            "control_characters",
            "This text contains characters that cannot be stored.",
        ));
    }
    let mut html = String::with_capacity(source.len() + source.len() / 4);
    let mut problems: Vec<Problem> = Vec::new();
    for block in blocks(&source) {
        for part in block_parts(&block, &mut problems) {
            match part {
                Part::Heading(level, text) => {
                    let inner = inline(&text, mode, &mut problems);
                    html.push_str(&format!("<h{level}>{inner}</h{level}>"));
                }
                Part::Paragraph(text) => {
                    let inner = inline(&text, mode, &mut problems);
                    html.push_str(&format!("<p>{inner}</p>"));
                }
                Part::List(tag, items) => {
                    html.push_str(&format!("<{tag}>"));
                    for item in items {
                        let inner = inline(&item, mode, &mut problems);
                        html.push_str(&format!("<li>{inner}</li>"));
                    }
                    html.push_str(&format!("</{tag}>"));
                }
            }
        }
    }
    // One error per kind is enough to act on; the message names the first offending piece.
    for problem in problems {
        let (code, message) = match problem {
            Problem::HeadingLevel(line) => (
                "heading_level",
                format!(
                    "Use ## for a heading and ### for a smaller one (the title is the page's \
                     main heading): \"{}\".",
                    shorten(&line)
                ),
            ),
            Problem::Link(url) => (
                "link_not_allowed",
                format!(
                    "Links must start with https://, mailto:, tel: or / (a page of this app); \
                     this one cannot be used: \"{}\".",
                    shorten(&url)
                ),
            ),
        };
        if !errors.iter().any(|e| e.code == code) {
            errors.push(error(field, code, message));
        }
    }
    if errors.is_empty() {
        Ok(html)
    } else {
        Err(errors)
    }
}

fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(60).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

/// `<` directly followed by an ASCII letter, `/`, `!` or `?` is how an HTML tag, end tag, comment or
/// processing instruction starts (the HTML tokenizer's rule); `a < b` stays text.
fn has_raw_html(source: &str) -> bool {
    source
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?')))
}

/// Blocks: runs of non-blank lines, each line trimmed.
fn blocks(source: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in source.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line.to_owned());
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

enum Part {
    Heading(u8, String),
    Paragraph(String),
    List(&'static str, Vec<String>),
}

enum Problem {
    HeadingLevel(String),
    Link(String),
}

enum Line<'a> {
    Heading(u8, &'a str),
    BadHeading,
    Bullet(&'a str),
    Numbered(&'a str),
    Text(&'a str),
}

fn classify(line: &str) -> Line<'_> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if hashes > 0 {
        let rest = &line[hashes..];
        if rest.is_empty() || rest.starts_with(' ') {
            let text = rest.trim();
            return match hashes {
                2 | 3 if !text.is_empty() => Line::Heading(hashes as u8, text),
                2 | 3 => Line::Text(line),
                _ => Line::BadHeading,
            };
        }
    }
    if let Some(rest) = line.strip_prefix("- ") {
        return Line::Bullet(rest.trim());
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits)
        && let Some(rest) = line[digits..].strip_prefix(". ")
    {
        return Line::Numbered(rest.trim());
    }
    Line::Text(line)
}

/// A block's lines as headings, lists and paragraphs. A block is meant to be one of them; when
/// lines of different kinds meet without a blank line between them, each run becomes its own part
/// rather than an error, which is what the writer meant.
fn block_parts(lines: &[String], problems: &mut Vec<Problem>) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    for line in lines {
        match classify(line) {
            Line::Heading(level, text) => parts.push(Part::Heading(level, text.to_owned())),
            Line::BadHeading => {
                problems.push(Problem::HeadingLevel(line.clone()));
                // Kept as text so lenient readers (plain_text) still see the words.
                parts.push(Part::Paragraph(
                    line.trim_start_matches('#').trim().to_owned(),
                ));
            }
            Line::Bullet(item) => match parts.last_mut() {
                Some(Part::List("ul", items)) => items.push(item.to_owned()),
                _ => parts.push(Part::List("ul", vec![item.to_owned()])),
            },
            Line::Numbered(item) => match parts.last_mut() {
                Some(Part::List("ol", items)) => items.push(item.to_owned()),
                _ => parts.push(Part::List("ol", vec![item.to_owned()])),
            },
            Line::Text(text) => match parts.last_mut() {
                Some(Part::Paragraph(p)) => {
                    p.push(' ');
                    p.push_str(text);
                }
                _ => parts.push(Part::Paragraph(text.to_owned())),
            },
        }
    }
    parts
}

/// What ends the span being parsed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Until {
    End,
    Strong,
    Em,
    LinkText,
}

fn inline(text: &str, mode: Mode, problems: &mut Vec<Problem>) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    let (out, _) = span(&chars, &mut pos, Until::End, 0, mode, problems);
    out
}

fn at(chars: &[char], pos: usize, s: &str) -> bool {
    (pos..)
        .zip(s.chars())
        .all(|(i, c)| chars.get(i) == Some(&c))
}

/// How far a closing marker is looked for. Emphasis or link text longer than this stays text; the
/// bound keeps hostile input (thousands of unclosed `[` or `*`) from costing quadratic time.
const MAX_SPAN_CHARS: usize = 1_000;

fn find(chars: &[char], from: usize, s: &str) -> Option<usize> {
    let end = chars.len().min(from.saturating_add(MAX_SPAN_CHARS));
    (from..end).find(|&i| at(chars, i, s))
}

/// Parses inline markup from `*pos` until `until` closes (returns `true`) or the text ends. Markers
/// without a partner are text. `depth` bounds nesting, so hostile input cannot recurse deeply.
fn span(
    chars: &[char],
    pos: &mut usize,
    until: Until,
    depth: u8,
    mode: Mode,
    problems: &mut Vec<Problem>,
) -> (String, bool) {
    let mut out = String::new();
    while *pos < chars.len() {
        let c = chars[*pos];
        // Closers first.
        match until {
            Until::Strong if at(chars, *pos, "**") => {
                *pos += 2;
                return (out, true);
            }
            Until::Em if c == '*' && !at(chars, *pos, "**") => {
                *pos += 1;
                return (out, true);
            }
            Until::LinkText if c == ']' => {
                *pos += 1;
                return (out, true);
            }
            _ => {}
        }
        let nested = |open: usize, closer: &str| {
            depth < 4 && *pos + open < chars.len() && find(chars, *pos + open + 1, closer).is_some()
        };
        if at(chars, *pos, "**") && until != Until::Strong && nested(2, "**") {
            if let Some(html) = try_wrap(chars, pos, 2, Until::Strong, depth, mode, problems) {
                out.push_str(&html_tag(mode, "strong", &html));
                continue;
            }
        } else if c == '*' && until != Until::Em && !at(chars, *pos, "**") && nested(1, "*") {
            if let Some(html) = try_wrap(chars, pos, 1, Until::Em, depth, mode, problems) {
                out.push_str(&html_tag(mode, "em", &html));
                continue;
            }
        } else if c == '['
            && until != Until::LinkText
            && find(chars, *pos + 1, "](").is_some()
            && let Some(html) = try_link(chars, pos, depth, mode, problems)
        {
            out.push_str(&html);
            continue;
        }
        push_text(&mut out, c, mode);
        *pos += 1;
    }
    (out, false)
}

fn html_tag(mode: Mode, tag: &str, inner: &str) -> String {
    match mode {
        Mode::Html => format!("<{tag}>{inner}</{tag}>"),
        Mode::Plain => inner.to_owned(),
    }
}

/// Parses the span after an opening marker of `open` characters; on success moves `pos` past the
/// closer. An unclosed or empty span leaves `pos` and `problems` as they were.
fn try_wrap(
    chars: &[char],
    pos: &mut usize,
    open: usize,
    until: Until,
    depth: u8,
    mode: Mode,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let mut p = *pos + open;
    // `** x**` or `* list`: a marker followed by a space is text, as in Markdown.
    if chars.get(p).is_none_or(|c| c.is_whitespace()) {
        return None;
    }
    let seen = problems.len();
    let (inner, closed) = span(chars, &mut p, until, depth + 1, mode, problems);
    if closed && !inner.is_empty() {
        *pos = p;
        Some(inner)
    } else {
        problems.truncate(seen);
        None
    }
}

/// `[text](url)` at `pos`.
fn try_link(
    chars: &[char],
    pos: &mut usize,
    depth: u8,
    mode: Mode,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let seen = problems.len();
    let mut p = *pos + 1;
    let (text, closed) = span(chars, &mut p, Until::LinkText, depth + 1, mode, problems);
    if !closed || text.trim().is_empty() || chars.get(p) != Some(&'(') {
        problems.truncate(seen);
        return None;
    }
    let url_start = p + 1;
    let Some(url_end) = find(chars, url_start, ")") else {
        problems.truncate(seen);
        return None;
    };
    let url: String = chars[url_start..url_end].iter().collect();
    let url = url.trim();
    if !link_allowed(url) {
        problems.push(Problem::Link(url.to_owned()));
    }
    *pos = url_end + 1;
    Some(match mode {
        Mode::Html => format!("<a href=\"{}\">{text}</a>", escape(url)),
        Mode::Plain => text,
    })
}

/// Whether a link may be rendered: `https://host…`, `mailto:…`, `tel:…` or a path of this app
/// (`/centre`, never `//host`, which a browser reads as another site).
pub fn link_allowed(url: &str) -> bool {
    if url.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://") {
        return rest
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '[');
    }
    if let Some(rest) = lower.strip_prefix("mailto:") {
        return rest.contains('@');
    }
    if let Some(rest) = lower.strip_prefix("tel:") {
        return !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | '.'));
    }
    url.starts_with('/') && !url.starts_with("//") && !url.contains('\\')
}

fn push_text(out: &mut String, c: char, mode: Mode) {
    match (mode, c) {
        (Mode::Plain, c) => out.push(c),
        (Mode::Html, '&') => out.push_str("&amp;"),
        (Mode::Html, '<') => out.push_str("&lt;"),
        (Mode::Html, '>') => out.push_str("&gt;"),
        (Mode::Html, '"') => out.push_str("&quot;"),
        (Mode::Html, '\'') => out.push_str("&#39;"),
        (Mode::Html, c) => out.push(c),
    }
}

/// HTML-escapes text (`&`, `<`, `>`, `"`, `'`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_text(&mut out, c, Mode::Html);
    }
    out
}

#[cfg(test)]
#[path = "richtext_tests.rs"]
mod tests;
