//! What every component knows about where it renders, given once through Leptos context
//! instead of as a prop on each: the language, the level its headings take, and the widget's
//! one live region, and whether it is being printed.

use leptos::context::Provider;
use leptos::prelude::*;

use crate::client::HeadingLevel;
use crate::i18n::{Lang, Texts};

/// The level of the headings rendered here. The host decides the widget's own; each part
/// that heads what it contains renders that [`Below`] itself.
#[derive(Clone, Copy)]
struct Level(HeadingLevel);

/// Gives the language and the top heading level to everything rendered in this owner.
pub fn provide(lang: Lang, level: HeadingLevel) {
    provide_context(lang);
    provide_context(Level(level));
}

/// What the widget's live region says of the citizen's last choice (what a filter left in
/// view). One region for the whole widget, so that announcements never talk over each other.
#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<Option<String>>);

impl Announcer {
    /// Gives the live region's words to everything rendered in this owner.
    pub fn provide(words: RwSignal<Option<String>>) {
        provide_context(Self(words));
    }

    /// The live region's, if there is one here (the components page has none).
    pub fn here() -> Option<Self> {
        use_context()
    }

    pub fn say(self, text: String) {
        self.0.set(Some(text));
    }
}

/// Whether the widget is being printed: every disclosure open, every chosen card in view.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

impl Printing {
    pub fn provide(printing: RwSignal<bool>) {
        provide_context(Self(printing));
    }

    /// Tracked: `false` where nothing prints (the components page).
    pub fn now() -> Signal<bool> {
        let printing = use_context::<Self>();
        Signal::derive(move || printing.is_some_and(|p| p.0.get()))
    }
}

pub fn lang() -> Lang {
    use_context().unwrap_or_default()
}

pub fn texts() -> &'static Texts {
    lang().texts()
}

pub fn heading_level() -> HeadingLevel {
    use_context::<Level>().map_or(HeadingLevel::DEFAULT, |l| l.0)
}

/// Renders `children` with their headings `steps` levels below the current ones.
#[component]
pub fn Below(#[prop(default = 1)] steps: u8, children: Children) -> impl IntoView {
    let level = Level(heading_level().below(steps));
    view! { <Provider value=level>{children()}</Provider> }
}
