//! What can go wrong when fetching the overview, and what the citizen is told and offered.

use crate::api::DecodeError;
use crate::i18n::Lang;

/// Why there is no (new) overview.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// 401: no session or it expired.
    Unauthorized,
    /// 403: logged in, but not allowed this view.
    Forbidden,
    /// 404.
    NotFound,
    /// 429, with the `Retry-After` seconds when given.
    RateLimited { retry_after_s: Option<u32> },
    /// 500, 502, 503, 504 and any other unexpected status.
    Server { status: u16 },
    /// No answer within the time limit.
    Timeout,
    /// The browser says it is offline.
    Offline,
    /// The connection failed (reset, refused, DNS).
    Network,
    /// An answer that is not an overview.
    Unreadable(DecodeError),
}

impl Failure {
    /// The failure's class, a word for the host's statistics (`super::events`).
    pub fn class(&self) -> &'static str {
        match self {
            Self::Unauthorized => "session-expired",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not-found",
            Self::RateLimited { .. } => "busy",
            Self::Server { .. } => "server",
            Self::Timeout => "timeout",
            Self::Offline => "offline",
            Self::Network => "network",
            Self::Unreadable(_) => "unreadable",
        }
    }

    /// Whether trying again may help: not while the citizen is logged out or not allowed.
    pub fn offers_retry(&self) -> bool {
        !matches!(self, Self::Unauthorized | Self::Forbidden)
    }

    /// The failure for an HTTP status other than 200.
    pub fn from_status(status: u16, retry_after: Option<&str>) -> Self {
        match status {
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            404 => Self::NotFound,
            429 => Self::RateLimited { retry_after_s: retry_after.and_then(|s| s.trim().parse().ok()) },
            _ => Self::Server { status },
        }
    }

    /// Why an answer cannot be used, judged from its status and headers; `None` when it can.
    pub fn of_answer(status: u16, retry_after: Option<&str>, content_type: Option<&str>) -> Option<Self> {
        if status != 200 {
            return Some(Self::from_status(status, retry_after));
        }
        // A proxy's error page comes as HTML with status 200 more often than one would hope.
        let json = content_type.is_none_or(|t| crate::search::find(&t.to_ascii_lowercase(), "json").is_some());
        (!json).then_some(Self::Unreadable(DecodeError::NotJson))
    }
}

/// How long to wait before trying again by itself, after `attempt` automatic retries.
/// `None`: do not retry automatically (the citizen may still press the button where offered).
pub fn retry_delay_ms(failure: &Failure, attempt: u32) -> Option<u32> {
    const MAX_AUTOMATIC: u32 = 3;
    if attempt >= MAX_AUTOMATIC {
        return None;
    }
    match failure {
        // Honour the server's wish, within reason.
        Failure::RateLimited { retry_after_s } => Some(rate_limited_wait_s(*retry_after_s) * 1000),
        Failure::Server { status: 500 | 502 | 503 | 504 } | Failure::Timeout | Failure::Network => {
            Some(1000 << attempt)
        }
        _ => None,
    }
}

/// The seconds to wait when the server is busy: its `Retry-After`, within reason, or 5.
fn rate_limited_wait_s(retry_after_s: Option<u32>) -> u32 {
    retry_after_s.unwrap_or(5).clamp(1, 120)
}

/// What the citizen sees for a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailureMessage {
    pub title: &'static str,
    pub body: String,
    /// Offer "Prøv igen".
    pub retry: bool,
    /// Offer "Log ind igen".
    pub log_in: bool,
}

impl FailureMessage {
    pub fn of(failure: &Failure, lang: Lang) -> Self {
        let t = lang.texts();
        let (title, body, log_in) = match failure {
            Failure::Unauthorized => (t.unauthorized_title, t.unauthorized_body.to_owned(), true),
            Failure::Forbidden => (t.forbidden_title, t.forbidden_body.to_owned(), false),
            Failure::NotFound => (t.error_title, t.error_not_found.to_owned(), false),
            Failure::RateLimited { retry_after_s } => {
                let wait = rate_limited_wait_s(*retry_after_s) as usize;
                (t.error_title, format!("{} {}", t.error_rate_limited, t.retrying_in.of(wait)), false)
            }
            Failure::Server { .. } => (t.error_title, t.error_server.to_owned(), false),
            Failure::Network => (t.error_title, t.error_network.to_owned(), false),
            Failure::Timeout => (t.error_title, t.error_timeout.to_owned(), false),
            Failure::Offline => (t.error_title, t.error_offline.to_owned(), false),
            Failure::Unreadable(_) => (t.error_title, t.error_unreadable.to_owned(), false),
        };
        Self { title, body, retry: failure.offers_retry(), log_in }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        let table = [
            (401, None, Failure::Unauthorized),
            (403, None, Failure::Forbidden),
            (404, None, Failure::NotFound),
            (429, Some("30"), Failure::RateLimited { retry_after_s: Some(30) }),
            (429, Some("Wed, 21 Oct 2026 07:28:00 GMT"), Failure::RateLimited { retry_after_s: None }),
            (503, None, Failure::Server { status: 503 }),
            (418, None, Failure::Server { status: 418 }),
        ];
        for (status, header, expected) in table {
            assert_eq!(Failure::from_status(status, header), expected, "{status}");
        }
    }

    #[test]
    fn answers_judged_before_their_body() {
        assert_eq!(Failure::of_answer(200, None, Some("application/json; charset=utf-8")), None);
        assert_eq!(Failure::of_answer(200, None, None), None, "no content type: try to read it");
        assert_eq!(Failure::of_answer(200, None, Some("text/html")), Some(Failure::Unreadable(DecodeError::NotJson)));
        assert_eq!(
            Failure::of_answer(429, Some("3"), Some("text/html")),
            Some(Failure::RateLimited { retry_after_s: Some(3) })
        );
    }

    /// Every failure, and the wait before each automatic retry: the promise of `docs/api.md`'s
    /// table of answers, row by row (the browser's `tests/browser/faults.test.mjs` runs the
    /// same rows on the page's clock).
    #[test]
    fn which_failures_are_retried_by_themselves_and_when() {
        let backoff = [Some(1000), Some(2000), Some(4000), None];
        let table: [(Failure, [Option<u32>; 4]); 16] = [
            (Failure::Server { status: 500 }, backoff),
            (Failure::Server { status: 502 }, backoff),
            (Failure::Server { status: 503 }, backoff),
            (Failure::Server { status: 504 }, backoff),
            (Failure::Timeout, backoff),
            (Failure::Network, backoff),
            (Failure::RateLimited { retry_after_s: Some(7) }, [Some(7000), Some(7000), Some(7000), None]),
            (Failure::RateLimited { retry_after_s: None }, [Some(5000), Some(5000), Some(5000), None]),
            (Failure::RateLimited { retry_after_s: Some(0) }, [Some(1000), Some(1000), Some(1000), None]),
            (Failure::RateLimited { retry_after_s: Some(3600) }, [Some(120_000), Some(120_000), Some(120_000), None]),
            // Back online, it is tried again (the widget listens for it), not on a timer.
            (Failure::Offline, [None; 4]),
            (Failure::Unauthorized, [None; 4]),
            (Failure::Forbidden, [None; 4]),
            (Failure::NotFound, [None; 4]),
            (Failure::Server { status: 501 }, [None; 4]),
            (Failure::Unreadable(DecodeError::NotJson), [None; 4]),
        ];
        for (failure, waits) in table {
            assert_eq!([0, 1, 2, 3].map(|attempt| retry_delay_ms(&failure, attempt)), waits, "{failure:?}");
        }
    }

    #[test]
    fn what_the_citizen_is_offered() {
        let v = FailureMessage::of(&Failure::Unauthorized, Lang::Da);
        assert_eq!((v.title, v.retry, v.log_in), ("Du er ikke længere logget ind", false, true));
        let v = FailureMessage::of(&Failure::Forbidden, Lang::Da);
        assert!(!v.retry && !v.log_in);
        let v = FailureMessage::of(&Failure::RateLimited { retry_after_s: Some(20) }, Lang::Da);
        assert_eq!(v.body, "Der er mange, der bruger Mit Overblik lige nu. Vi prøver automatisk igen om 20 sekunder.");
        assert!(FailureMessage::of(&Failure::Timeout, Lang::En).retry);
    }
}
