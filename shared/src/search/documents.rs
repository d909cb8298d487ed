//! Everything else a resident can search besides content: the activities and the centre's
//! services, from the same answers their pages show (so the saved copies answer offline).

use super::{SearchDoc, rank};
use crate::activities::ActivitiesPage;
use crate::centre::{CentreView, ServiceKind};

/// What a search result is, so the page can label it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    Content,
    Activity,
    Service,
}

/// One searchable thing: what it is, its id, the title shown, where the result leads, and its
/// texts prepared for [`SearchDoc::score`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub kind: DocKind,
    pub id: String,
    pub title: String,
    pub link: String,
    pub doc: SearchDoc,
}

impl Document {
    /// A content item (the page renders it from the item itself; `link` is its own page).
    pub fn content(id: &str, title: &str, summary: &str, body: &str, link: String) -> Self {
        Document {
            kind: DocKind::Content,
            id: id.to_owned(),
            title: title.to_owned(),
            link,
            doc: SearchDoc::new(title, summary, body),
        }
    }

    /// One document per activity (the page lists each date; one hit per activity is enough),
    /// leading to its first date that is not cancelled, or its first date when all are.
    pub fn activities(page: &ActivitiesPage) -> Vec<Document> {
        let mut docs: Vec<Document> = Vec::new();
        let mut dates: Vec<bool> = Vec::new(); // per doc: does it lead to a cancelled date?
        for o in &page.occurrences {
            let link = format!("/activities#activity-{}-{}", o.activity_id, o.date);
            match docs.iter().position(|d| d.id == o.activity_id) {
                Some(i) => {
                    if dates[i] && !o.cancelled {
                        docs[i].link = link;
                        dates[i] = false;
                    }
                }
                None => {
                    docs.push(Document {
                        kind: DocKind::Activity,
                        id: o.activity_id.clone(),
                        title: o.title.clone(),
                        link,
                        doc: SearchDoc::new(&o.title, &o.place, &o.description),
                    });
                    dates.push(o.cancelled);
                }
            }
        }
        docs
    }

    /// One document per service; `kind_name` names a kind in the reader's language, so a
    /// service with its own name is found by its kind too ("doctor" finds "Health centre GZA").
    pub fn services(
        centre: &CentreView,
        kind_name: impl Fn(ServiceKind) -> String,
    ) -> Vec<Document> {
        centre
            .services
            .iter()
            .map(|s| {
                let kind = kind_name(s.kind);
                let title = if s.name.trim().is_empty() {
                    kind.clone()
                } else {
                    s.name.clone()
                };
                Document {
                    kind: DocKind::Service,
                    id: s.id.clone(),
                    link: format!("/centre#service-{}", s.id),
                    doc: SearchDoc::new(&title, &format!("{kind} {}", s.place), &s.note),
                    title,
                }
            })
            .collect()
    }
}

/// The positions in `docs` matching `query`, best first; equal scores keep the order of `docs`.
pub fn search_documents(docs: &[Document], query: &str) -> Vec<usize> {
    rank(docs.iter().map(|d| &d.doc), query)
}
