use leptos::prelude::*;

use crate::content::use_content;
use crate::languages::switcher::LanguageSwitcher;
use crate::listen::state::use_listen;
use crate::listen::view::ListenButton;
use crate::paths::ways_in::WaysIn;
use crate::settings::view::{ReadingSettingsPanel, SettingsWords};

/// The page's title, what aHSCT is in a line, the ways into the page, and a
/// way to the notice from the very top.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let labels = &use_content().labels;
    view! {
        <a class="skip-link" href="#main">{labels.skip_link}</a>
        <header class="site-header">
            <LanguageSwitcher/>
            <div class="site-header__inner">
                <h1 class="site-header__title">{labels.site_title}</h1>
                <p class="site-header__tagline">{labels.site_tagline}</p>
                <WaysIn/>
                <div class="site-header__tools">
                    <a class="site-header__notice-link" href="#notice">{labels.notice_link}</a>
                    <ReadingSettingsPanel words=settings_words()/>
                    <div class="site-header__listen" data-listen=listen_words()>
                        <ListenButton
                            name="page".to_owned()
                            label=labels.listen.page.to_owned()
                            about=None
                            says_when_no_voice=true
                        />
                    </div>
                </div>
            </div>
        </header>
    }
}

fn settings_words() -> SettingsWords {
    let labels = &use_content().labels.settings;
    SettingsWords {
        open: labels.open.to_owned(),
        text_size: labels.text_size.to_owned(),
        sizes: labels.sizes.iter().map(|size| (*size).to_owned()).collect(),
        more_line_spacing: labels.more_line_spacing.to_owned(),
        reset: labels.reset.to_owned(),
        kept_here: labels.kept_here.to_owned(),
        not_kept: labels.not_kept.to_owned(),
    }
}

/// The listen controls' words, carried once for every control
/// (`view::LISTEN_DATA_ATTRIBUTE`).
fn listen_words() -> String {
    serde_json::to_string(use_listen().words()).unwrap_or_default()
}
