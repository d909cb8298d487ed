//! The printable activation card staff hand to a resident: name, resident number, the code in large
//! type, when it stops working, and a QR code that opens the activation page with the code filled
//! in. Used by the staff pages only, so it lives in their lazy chunk.

use leptos::prelude::*;
use wegwijs_shared::residents::ActivationCard;

use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::t;

fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

#[component]
pub fn ActivationCardView(card: ActivationCard) -> impl IntoView {
    // The SVG comes from our own API (it encodes the activation URL), never from user input.
    let qr_svg = card.qr_svg.clone();
    view! {
        <section class="activation-card printable" aria-labelledby="card-title" data-testid="activation-card">
            <h2 id="card-title">{t("card-title")}</h2>
            <dl class="facts">
                <dt>{t("field-name")}</dt>
                <dd><bdi>{card.preferred_name}</bdi></dd>
                <dt>{t("field-resident-number")}</dt>
                <dd><bdi dir="ltr">{card.resident_number}</bdi></dd>
                <dt>{t("card-valid-until")}</dt>
                <dd>{format::day(card.expires_at_ms)}</dd>
            </dl>
            <p class="card-code-label" id="card-code-label">{t("card-code-label")}</p>
            <p class="card-code" dir="ltr" aria-describedby="card-code-label" data-testid="activation-code">
                {card.code}
            </p>
            <div class="card-qr" role="img" aria-label=t("card-qr-label") inner_html=qr_svg></div>
            <p class="card-instructions">
                {t("card-instructions")}
            </p>
            <div class="actions no-print">
                <button type="button" class="button" on:click=move |_| print_page()>
                    <IconSvg icon=Icon::Print/>
                    " "{t("card-print")}
                </button>
            </div>
        </section>
    }
}
