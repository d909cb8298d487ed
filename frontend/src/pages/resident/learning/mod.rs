//! The residents' learning pages: My learning (`/learning`), the lesson player
//! (`/learning/{module_id}`, also the trainers' preview with `?preview=1&language=xx`), the learning
//! passport (`/learning/passport`) and the public certificate check (`/verify`, `/verify/{code}`).
//! Two lazy routes (`/learning/*rest` and `/verify/*rest`, each its own wasm chunk): nothing of
//! this is in a resident's first load except the home's one tile and two router entries.

mod overview;
mod passport;
mod player;
mod question;
mod verify;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::auth::Role;
use wegwijs_shared::learning::localize::Text;

use crate::components::digcomp;
use crate::components::languages::dir_of;
use crate::components::session::RequireRole;
use crate::components::sub_router;
use crate::i18n::{Arg, t_args, tr_or};

/// Which learning page an address is (`/learning`, `/learning/passport`, `/learning/{module_id}`).
#[derive(Clone, Debug, PartialEq)]
enum LearningPage {
    Overview,
    Passport,
    Player(String),
}

impl LearningPage {
    fn from_path(path: &str) -> Self {
        match sub_router::below(path, "/learning").unwrap_or_default() {
            "" => LearningPage::Overview,
            "passport" => LearningPage::Passport,
            id => LearningPage::Player(sub_router::decoded(id)),
        }
    }
}

/// `/learning` and everything under it: one lazy route (every route adds router code to the
/// residents' first load, and My learning fetches the player's code anyway, for offline use).
pub struct LearningArea;

#[lazy_route]
impl LazyRoute for LearningArea {
    fn data() -> Self {
        LearningArea
    }

    fn view(_this: Self) -> AnyView {
        let location = use_location();
        let page = Memo::new(move |_| LearningPage::from_path(&location.pathname.get()));
        (move || match page.get() {
            LearningPage::Overview => view! {
                <RequireRole roles=&[Role::Resident] sign_in_href="/sign-in">
                    <overview::OverviewPage/>
                </RequireRole>
            }
            .into_any(),
            LearningPage::Passport => view! {
                <RequireRole roles=&[Role::Resident] sign_in_href="/sign-in">
                    <passport::PassportPage/>
                </RequireRole>
            }
            .into_any(),
            // Trainers and admins open the same player as a preview; the API decides who may
            // read what.
            LearningPage::Player(id) => view! {
                <RequireRole roles=&Role::ALL sign_in_href="/sign-in">
                    <player::PlayerPage id=id.clone()/>
                </RequireRole>
            }
            .into_any(),
        })
        .into_any()
    }
}

/// `/verify` and `/verify/{code}`: public, no sign-in.
pub struct VerifyRoute;

#[lazy_route]
impl LazyRoute for VerifyRoute {
    fn data() -> Self {
        VerifyRoute
    }

    fn view(_this: Self) -> AnyView {
        view! { <verify::VerifyPage/> }.into_any()
    }
}

/// A module text as inline content marked with its own language and direction.
pub(crate) fn text_span(text: &Text) -> impl IntoView + use<> {
    view! { <span lang=text.lang.clone() dir=dir_of(&text.lang)>{text.text.clone()}</span> }
}

/// The DigComp level in words ("Foundation: with help"), else "Level 5" for a level the framework
/// does not name.
pub(crate) fn level_name(level: u8) -> String {
    let plain = t_args("digcomp-level", &[("level", Arg::from(f64::from(level)))]);
    tr_or(&format!("digcomp-level-{level}"), &plain)
}

/// A DigComp competence's name with its code ("4.2 Protecting personal data and privacy").
pub(crate) fn competence_name(code: &str) -> String {
    format!("{code} {}", digcomp::competence_name(code))
}

/// A DigComp area's name with its number ("4" → "4. Safety").
pub(crate) fn area_name(area: &str) -> String {
    format!("{area}. {}", digcomp::area_name(area.parse().unwrap_or(0)))
}

/// The DigComp area of a competence code ("4.2" → 4).
pub(crate) fn area_of(code: &str) -> &str {
    code.split('.').next().unwrap_or(code)
}
