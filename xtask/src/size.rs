//! The resident first-load byte budget: what a phone downloads before the home page works
//! (HTML, JS, wasm, CSS), compressed with brotli at quality 11 as Cloudflare serves it. Lazy chunks
//! are listed separately: residents never download them.

use std::fmt;
use std::io::Write;
use std::path::Path;

use crate::frontend::is_lazy_chunk;
use crate::tools::{list_files, read};

pub struct Row {
    pub file: String,
    pub raw: usize,
    pub brotli: usize,
}

pub struct Report {
    pub first_load: Vec<Row>,
    pub lazy: Vec<Row>,
}

impl Report {
    pub fn first_load_brotli(&self) -> usize {
        self.first_load.iter().map(|r| r.brotli).sum()
    }

    pub fn to_json(&self) -> String {
        let rows = |rows: &[Row]| {
            rows.iter()
                .map(|r| serde_json::json!({"file": r.file, "raw": r.raw, "brotli": r.brotli}))
                .collect::<Vec<_>>()
        };
        serde_json::to_string_pretty(&serde_json::json!({
            "first_load_brotli_bytes": self.first_load_brotli(),
            "first_load": rows(&self.first_load),
            "lazy_chunks": rows(&self.lazy),
        }))
        .expect("json")
    }
}

pub fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer
            .write_all(bytes)
            .expect("writing to a Vec cannot fail");
    }
    out.len()
}

/// The app folder `index.html` points at, e.g. `app/0123456789abcdef`.
fn app_dir(index_html: &str) -> Option<String> {
    let start = index_html.find("/app/")? + 1;
    let rest = &index_html[start..];
    let end = rest[4..].find('/')? + 4;
    Some(rest[..end].to_owned())
}

pub fn report(dist: &Path) -> Result<Report, String> {
    let index = String::from_utf8(read(&dist.join("index.html"))?).map_err(|e| e.to_string())?;
    let app = app_dir(&index).ok_or("index.html names no /app/<hash>/ folder")?;
    let row = |file: String| -> Result<Row, String> {
        let bytes = read(&dist.join(&file))?;
        Ok(Row {
            raw: bytes.len(),
            brotli: brotli_len(&bytes),
            file,
        })
    };
    let mut first_load = vec![row("index.html".to_owned())?];
    let mut lazy = Vec::new();
    for name in list_files(&dist.join(&app))? {
        let file = format!("{app}/{name}");
        if is_lazy_chunk(&name) {
            lazy.push(row(file)?);
        } else {
            first_load.push(row(file)?);
        }
    }
    Ok(Report { first_load, lazy })
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<64} {:>10} {:>10}",
            "resident first load", "raw B", "brotli B"
        )?;
        for r in &self.first_load {
            writeln!(f, "{:<64} {:>10} {:>10}", r.file, r.raw, r.brotli)?;
        }
        let raw: usize = self.first_load.iter().map(|r| r.raw).sum();
        writeln!(
            f,
            "{:<64} {:>10} {:>10}",
            "TOTAL first load",
            raw,
            self.first_load_brotli()
        )?;
        writeln!(
            f,
            "lazy chunks (trainer/staff, fetched on navigation only):"
        )?;
        for r in &self.lazy {
            writeln!(f, "{:<64} {:>10} {:>10}", r.file, r.raw, r.brotli)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_app_folder() {
        let html = r#"<script type="module" src="/app/0123abcd/boot.js"></script>"#;
        assert_eq!(app_dir(html).as_deref(), Some("app/0123abcd"));
        assert_eq!(app_dir("<html></html>"), None);
    }

    #[test]
    fn brotli_shrinks_repetitive_input() {
        let input = vec![b'a'; 10_000];
        assert!(brotli_len(&input) < 100);
    }
}
