//! The one way a page shows data from the API: a loading line while it is on the way, the content
//! when it arrives, the error display (with "Try again" refetching) when it fails.

use leptos::prelude::*;

use crate::api::ApiFailure;
use crate::components::error_display::ErrorDisplay;
use crate::components::loading::Loading;
use crate::i18n::tr;

pub fn api_view<T, V, F>(
    resource: LocalResource<Result<T, ApiFailure>>,
    // The catalog key of the loading line.
    loading: &'static str,
    render: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
{
    let retry = Callback::new(move |()| resource.refetch());
    view! {
        <Suspense fallback=move || view! { <Loading label=tr(loading)/> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => render(value).into_any(),
                        Err(failure) => view! { <ErrorDisplay failure on_retry=retry/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
