//! A list that arrives a page at a time: the rows shown so far, the cursor of the next page, and a
//! "Show more" button that appends that page, or says why it could not (the rows stay).

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::ApiFailure;
use crate::components::error_display::ErrorDisplay;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::t;

/// The state of a paged list; all signals, so it is `Copy` into every closure of the page.
pub struct MorePages<T: Send + Sync + 'static> {
    pub rows: RwSignal<Vec<T>>,
    cursor: RwSignal<Option<String>>,
    loading: RwSignal<bool>,
    failure: RwSignal<Option<ApiFailure>>,
}

impl<T: Send + Sync + 'static> Clone for MorePages<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for MorePages<T> {}

impl<T: Send + Sync + 'static> MorePages<T> {
    /// The first page and the cursor it came with (`None` when it was the last).
    pub fn new(first: Vec<T>, next: Option<String>) -> Self {
        Self {
            rows: RwSignal::new(first),
            cursor: RwSignal::new(next),
            loading: RwSignal::new(false),
            failure: RwSignal::new(None),
        }
    }

    /// Fetches the page after the current cursor (`fetch` gets the cursor and answers the rows and
    /// the following cursor) and appends it. Does nothing on the last page.
    pub fn load_more<Fut>(self, fetch: impl FnOnce(String) -> Fut + 'static)
    where
        Fut: Future<Output = Result<(Vec<T>, Option<String>), ApiFailure>> + 'static,
    {
        let Some(next) = self.cursor.get_untracked() else {
            return;
        };
        self.loading.set(true);
        self.failure.set(None);
        spawn_local(async move {
            let outcome = fetch(next).await;
            // The page may have been left meanwhile: its signals are gone, which is fine.
            self.loading.try_set(false);
            match outcome {
                Ok((rows, next)) => {
                    self.rows.try_update(|shown| shown.extend(rows));
                    self.cursor.try_set(next);
                }
                Err(failure) => {
                    self.failure.try_set(Some(failure));
                }
            }
        });
    }

    /// What goes under the list: the error of the last attempt, and the button while more pages
    /// follow. `label` is the catalog key of the button's text.
    pub fn show_more(
        self,
        label: &'static str,
        test_id: &'static str,
        on_more: impl Fn() + Clone + Send + Sync + 'static,
    ) -> impl IntoView {
        view! {
            {move || self.failure.get().map(|failure| view! { <ErrorDisplay failure/> })}
            {move || {
                let on_more = on_more.clone();
                self.cursor
                    .get()
                    .is_some()
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button button-secondary"
                                data-testid=test_id
                                disabled=move || self.loading.get()
                                on:click=move |_| on_more()
                            >
                                <IconSvg icon=Icon::Plus/>
                                " "{t(label)}
                            </button>
                        }
                    })
            }}
        }
    }
}
