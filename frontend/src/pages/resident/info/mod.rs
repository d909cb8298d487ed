//! The information pages for residents: the library (`/library`, `/library/{id}`), news, vacancies,
//! search and favourites. Each is a lazy route (its own wasm chunk); the home fetches their code once
//! while online, so they open offline too.

mod common;
mod favourites;
mod library;
mod news;
mod others;
mod search;

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::auth::Role;

use crate::components::session::RequireRole;

macro_rules! info_route {
    ($name:ident, $page:path) => {
        pub struct $name;

        #[lazy_route]
        impl LazyRoute for $name {
            fn data() -> Self {
                $name
            }

            fn view(_this: Self) -> AnyView {
                view! {
                    <RequireRole roles=&Role::ALL sign_in_href="/sign-in">
                        <$page/>
                    </RequireRole>
                }
                .into_any()
            }
        }
    };
}

info_route!(Library, library::LibraryPage);
info_route!(Article, library::ArticlePage);
info_route!(News, news::NewsPage);
info_route!(Vacancies, news::VacanciesPage);
info_route!(Search, search::SearchPage);
info_route!(Favourites, favourites::FavouritesPage);
