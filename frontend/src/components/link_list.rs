//! A list of links with an icon each, the way the staff overview, the content list, the trainer's
//! home and the residents' sign-in door lead on: one markup, so all of them look and read the same.
//! Only for lazy pages: built from a list at run time, it costs a page more code than a few links
//! written out, which the resident's home (first load) does instead.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::icons::{Icon, IconSvg};
use crate::i18n::t;

/// One link: where it goes, its icon, the catalog key of its text, optionally a class (a link
/// that looks like a button) and, for the end-to-end tests, a `data-testid`.
#[derive(Clone, Copy)]
pub struct Link {
    pub href: &'static str,
    pub icon: Icon,
    pub key: &'static str,
    pub class: Option<&'static str>,
    pub test_id: Option<&'static str>,
}

impl Link {
    pub const fn new(href: &'static str, icon: Icon, key: &'static str) -> Self {
        Link {
            href,
            icon,
            key,
            class: None,
            test_id: None,
        }
    }

    pub const fn class(self, class: &'static str) -> Self {
        Link {
            class: Some(class),
            ..self
        }
    }

    pub const fn test_id(self, test_id: &'static str) -> Self {
        Link {
            test_id: Some(test_id),
            ..self
        }
    }
}

/// `<ul class="link-list">` by default; `class` for another look (the trainer's buttons).
#[component]
pub fn LinkList(
    links: Vec<Link>,
    #[prop(default = "link-list")] class: &'static str,
) -> impl IntoView {
    view! {
        <ul class=class>
            {links
                .into_iter()
                .map(|link| {
                    view! {
                        <li>
                            <A href=link.href attr:class=link.class attr:data-testid=link.test_id>
                                <IconSvg icon=link.icon/>
                                " "
                                {t(link.key)}
                            </A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
