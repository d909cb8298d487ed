//! The trainer's dashboard as CSV (RFC 4180): CRLF line ends, a field quoted when it holds a quote,
//! a comma or a line break (quotes doubled inside), and a UTF-8 byte order mark so Excel reads
//! Arabic, Tigrinya or Cyrillic names as UTF-8 rather than in the PC's code page.
//!
//! A cell that starts with `=`, `+`, `-`, `@` (or a tab or carriage return) would be run as a
//! formula by spreadsheet programs: a resident's name is typed by staff and could be made into one
//! ("=HYPERLINK(…)"). Such a cell gets a leading `'`, which spreadsheets show as text.
//!
//! Written here rather than with the `csv` crate: the writer is twenty lines, the crate would add
//! weight to the Worker, and the formula guard has to be ours either way.

use super::wire::{Dashboard, LearnerRow};

/// The byte order mark Excel needs to take the file as UTF-8.
pub const BOM: &str = "\u{feff}";

pub const HEADER: [&str; 10] = [
    "learner",
    "state",
    "assigned",
    "due_on",
    "overdue",
    "attempts",
    "answered",
    "questions",
    "best_percent",
    "completed_on",
];

/// One field: guarded against formulas, then quoted if it must be.
pub fn cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if guarded.contains(['"', ',', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One record, CRLF-terminated.
pub fn record<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| cell(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

fn row_fields(row: &LearnerRow) -> [String; 10] {
    let opt = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    [
        row.display_name.clone(),
        row.state.as_str().to_owned(),
        row.assigned.to_string(),
        row.due_on.clone().unwrap_or_default(),
        row.overdue.to_string(),
        row.attempts.to_string(),
        row.answered.to_string(),
        row.questions.to_string(),
        opt(row.best_percent),
        row.completed_on.clone().unwrap_or_default(),
    ]
}

/// The whole file: BOM, header, one record per learner in the dashboard's order.
pub fn dashboard_csv(dashboard: &Dashboard) -> String {
    let mut out = String::from(BOM);
    out.push_str(&record(&HEADER));
    for row in &dashboard.learners {
        out.push_str(&record(&row_fields(row)));
    }
    out
}

/// A file name that is safe in a `Content-Disposition` header: the module, the location and the
/// date, with anything but `a-z`, `0-9` and `-` dropped.
pub fn file_name(module_id: &str, location_id: &str, date: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
            .collect()
    };
    format!(
        "learning-{}-{}-{}.csv",
        clean(module_id),
        clean(location_id),
        clean(date)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learning::localize::Text;
    use crate::learning::wire::{LearnerState, StateCounts};

    #[test]
    fn plain_cells_stay_as_they_are() {
        assert_eq!(cell("Amal"), "Amal");
        assert_eq!(cell("أمل"), "أمل");
        assert_eq!(cell(""), "");
        assert_eq!(cell("2026-12-01"), "2026-12-01");
    }

    #[test]
    fn quotes_commas_and_line_breaks_are_quoted_and_doubled() {
        assert_eq!(cell("Smith, Jo"), "\"Smith, Jo\"");
        assert_eq!(cell("Jo \"JJ\" Smith"), "\"Jo \"\"JJ\"\" Smith\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("a\r\nb"), "\"a\r\nb\"");
    }

    #[test]
    fn formula_starts_are_made_text() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+31 6"), "'+31 6");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        // Guarded first, then quoted: the quote goes around the apostrophe too.
        assert_eq!(
            cell("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        // Only the first character matters.
        assert_eq!(cell("a=b"), "a=b");
    }

    #[test]
    fn records_end_in_crlf() {
        assert_eq!(record(&["a", "b,c", ""]), "a,\"b,c\",\r\n");
    }

    fn row(name: &str, state: LearnerState) -> LearnerRow {
        LearnerRow {
            account_id: "acct-x".into(),
            display_name: name.into(),
            state,
            assigned: true,
            due_on: Some("2026-12-01".into()),
            overdue: false,
            attempts: 1,
            answered: 3,
            questions: 4,
            best_percent: Some(75),
            completed_on: None,
            last_activity_ms: Some(1),
        }
    }

    #[test]
    fn the_file_has_a_bom_a_header_and_one_record_per_learner() {
        let dashboard = Dashboard {
            module_id: "mod-a".into(),
            title: Text {
                text: "A".into(),
                lang: "en".into(),
            },
            location_id: "loc-zwolle".into(),
            learners: vec![
                row("Doe, \"Jo\"", LearnerState::NeedsHelp),
                LearnerRow {
                    best_percent: None,
                    due_on: None,
                    assigned: false,
                    attempts: 0,
                    answered: 0,
                    ..row("أمل", LearnerState::NotStarted)
                },
            ],
            questions: vec![],
            counts: StateCounts::default(),
        };
        let csv = dashboard_csv(&dashboard);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv[BOM.len()..].split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "learner,state,assigned,due_on,overdue,attempts,answered,questions,best_percent,completed_on",
                "\"Doe, \"\"Jo\"\"\",needs_help,true,2026-12-01,false,1,3,4,75,",
                "أمل,not_started,false,,false,0,0,4,,",
                "",
            ]
        );
    }

    #[test]
    fn file_names_keep_only_safe_characters() {
        assert_eq!(
            file_name("mod-a", "loc-zwolle", "2026-11-30"),
            "learning-mod-a-loc-zwolle-2026-11-30.csv"
        );
        assert_eq!(
            file_name("x\"; y", "Loc/../z", "d"),
            "learning-xy-ocz-d.csv"
        );
    }
}
