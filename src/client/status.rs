//! What the widget's one live region says: where the load stands, why it failed and whether
//! what is on screen is the last overview fetched, or what the citizen's last choice left in
//! view.

use crate::i18n::Lang;

use super::{Failure, FailureMessage};

/// Where the load stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Status<'a> {
    /// Fetching, or presenting what came (until every card is made).
    Loading,
    /// No (new) overview; `kept` when the last one is still on screen.
    Failed { failure: &'a Failure, kept: bool },
    /// An overview is shown: when it was made, and what a filter just left in view.
    Shown { updated: Option<&'a str>, choice: Option<&'a str> },
}

impl Status<'_> {
    /// The live region's words.
    pub fn words(self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            Self::Loading => t.loading.to_owned(),
            Self::Failed { failure, kept } => {
                let FailureMessage { title, body, .. } = FailureMessage::of(failure, lang);
                if kept {
                    format!("{title}. {body} {}", t.error_kept)
                } else {
                    format!("{title}. {body}")
                }
            }
            Self::Shown { choice: Some(words), .. } => words.to_owned(),
            Self::Shown { updated, choice: None } => updated.unwrap_or_default().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_live_region_says() {
        let timeout = Failure::Timeout;
        let table = [
            (Status::Loading, Lang::Da, "Henter dit overblik …"),
            (Status::Loading, Lang::En, "Fetching your overview …"),
            (
                Status::Failed { failure: &timeout, kept: false },
                Lang::Da,
                "Vi kan ikke vise dit overblik lige nu. Det tog for lang tid at hente dit overblik. Prøv igen om lidt.",
            ),
            (
                Status::Failed { failure: &timeout, kept: true },
                Lang::Da,
                "Vi kan ikke vise dit overblik lige nu. Det tog for lang tid at hente dit overblik. Prøv igen om lidt. \
                 Du ser de oplysninger, vi hentede sidst.",
            ),
            (Status::Shown { updated: Some("Opdateret i dag"), choice: None }, Lang::Da, "Opdateret i dag"),
            (
                Status::Shown { updated: Some("Opdateret i dag"), choice: Some("Sager: 1 af 3 passer til dit valg.") },
                Lang::Da,
                "Sager: 1 af 3 passer til dit valg.",
            ),
            (Status::Shown { updated: None, choice: None }, Lang::Da, ""),
        ];
        for (status, lang, words) in table {
            assert_eq!(status.words(lang), words, "{status:?}");
        }
    }
}
