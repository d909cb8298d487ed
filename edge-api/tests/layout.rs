//! Guards the edge's file layout, so the next domain copies the right pattern: a domain's SQL lives
//! in its store (`store.rs`, `*_store.rs` or a `store/` folder) and handlers live in
//! `<domain>/api.rs` or `<domain>/api/<topic>.rs`. A handler that writes SQL inline, or a handler
//! file named `*_api.rs`, fails here with the file and line to fix.

use std::fs;
use std::path::{Path, PathBuf};

/// Files outside the store naming that may still hold SQL, each with the reason.
const SQL_ALLOWED: &[(&str, &str)] = &[(
    "db.rs",
    "the D1 helpers themselves, including the single-use claim every one-time secret shares",
)];

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The path below `src/`, with `/` separators on every platform.
fn relative(path: &Path) -> String {
    let rel = path.strip_prefix(src_dir()).expect("file under src");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn is_store(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name == "store.rs"
        || name.ends_with("_store.rs")
        || rel.starts_with("store/")
        || rel.contains("/store/")
        || SQL_ALLOWED.iter().any(|(allowed, _)| *allowed == rel)
}

/// Every string literal in `source` with the 1-based line it starts on. A small lexer, enough
/// for this tree: it skips comments and char literals, and reads plain, byte and raw strings.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a): only the literal is skipped.
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !is_ident(chars[i - 1]) || chars[i - 1] == 'b')
        {
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let start_line = line;
            j += 1;
            let mut text = String::new();
            while j < chars.len() {
                if chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) {
                    break;
                }
                if chars[j] == '\n' {
                    line += 1;
                }
                text.push(chars[j]);
                j += 1;
            }
            found.push((start_line, text));
            i = j + 1 + hashes;
        } else if c == '"' {
            let start_line = line;
            let mut j = i + 1;
            let mut text = String::new();
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    // An escaped newline continues the literal; keep a space so words stay apart.
                    if chars.get(j + 1) == Some(&'\n') {
                        line += 1;
                        text.push(' ');
                    } else if let Some(&escaped) = chars.get(j + 1) {
                        text.push(escaped);
                    }
                    j += 2;
                    continue;
                }
                if chars[j] == '\n' {
                    line += 1;
                }
                text.push(chars[j]);
                j += 1;
            }
            found.push((start_line, text));
            i = j + 1;
        } else {
            i += 1;
        }
    }
    found
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// True when `literal` reads as SQL: it begins with a statement keyword followed by the word
/// that keyword takes (`DELETE FROM`, `UPDATE t SET`, ...), so an HTTP method or a sentence does
/// not count; or it is a fragment with a sub-select or a `?N` bind, the pieces a handler might
/// glue into a statement with `format!`.
fn looks_like_sql(literal: &str) -> bool {
    let words: Vec<String> = literal
        .split_whitespace()
        .take(3)
        .map(|w| w.to_ascii_uppercase())
        .collect();
    let word = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    let statement = match word(0) {
        "SELECT" => literal.to_ascii_uppercase().contains(" FROM "),
        "INSERT" => matches!(word(1), "INTO" | "OR"),
        "DELETE" => word(1) == "FROM",
        "UPDATE" => word(2) == "SET",
        "WITH" => word(1) == "RECURSIVE" || word(2).starts_with("AS"),
        "CREATE" => matches!(
            word(1),
            "TABLE" | "INDEX" | "UNIQUE" | "TRIGGER" | "VIEW" | "TEMP"
        ),
        _ => false,
    };
    let bind = literal
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'?' && w[1].is_ascii_digit());
    statement || bind || literal.contains("SELECT ")
}

fn all_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    assert!(
        !files.is_empty(),
        "no Rust files under {}",
        src_dir().display()
    );
    files
        .into_iter()
        .map(|path| {
            let source = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            (relative(&path), source)
        })
        .collect()
}

#[test]
fn sql_lives_only_in_stores() {
    let mut offences = Vec::new();
    for (rel, source) in all_files() {
        if is_store(&rel) {
            continue;
        }
        for (line, literal) in string_literals(&source) {
            if looks_like_sql(&literal) {
                let first = literal.trim_start().lines().next().unwrap_or("").trim();
                offences.push(format!("edge-api/src/{rel}:{line}: {first}"));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "SQL outside a store ({} literals); move each into the domain's store.rs as a named \
         function:\n{}",
        offences.len(),
        offences.join("\n")
    );
}

#[test]
fn handler_files_are_named_api() {
    let offences: Vec<String> = all_files()
        .into_iter()
        .filter(|(rel, _)| rel.ends_with("_api.rs"))
        .map(|(rel, _)| {
            format!("edge-api/src/{rel}:1: name it <domain>/api.rs or <domain>/api/<topic>.rs")
        })
        .collect();
    assert!(
        offences.is_empty(),
        "handler files named *_api.rs:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_scanner_sees_what_it_guards() {
    let source = "// \"SELECT in a comment\"\nlet a = 'x';\nfn f<'a>() {}\n\
                  let q = \"\n   select id FROM t\";\nlet r = r#\"WITH x AS (SELECT 1)\"#;\n\
                  let s = \"Updated by\";\nlet t = \"update \\\n  t SET a = 1\";\n\
                  let m = \"DELETE\"; let n = \"Select a location\"; let o = \"id = ?2\";";
    let sql: Vec<usize> = string_literals(source)
        .into_iter()
        .filter(|(_, literal)| looks_like_sql(literal))
        .map(|(line, _)| line)
        .collect();
    assert_eq!(sql, vec![4, 6, 8, 10]);
    assert!(is_store("content/store.rs"));
    assert!(is_store("training/assignment_store.rs"));
    assert!(is_store("content/store/editor.rs"));
    assert!(!is_store("content/api/editor.rs"));
}
