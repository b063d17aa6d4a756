//! The templates' placeholders filled: `{}` in order, named ones (`{d}`), and a count's
//! singular or plural form.

/// Fills the first `{}` of a template.
pub fn fill(template: &str, value: &str) -> String {
    fill_all(template, &[value])
}

/// Fills the `{}` of a template in order, in one pass: a `{}` that is part of a value (data
/// from the API) stays as it is.
pub fn fill_all(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|v| v.len()).sum::<usize>());
    let mut rest = template;
    for value in values {
        let Some((before, after)) = crate::search::split_once(rest, "{}") else { break };
        out.push_str(before);
        out.push_str(value);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Fills named placeholders (`{d}`, `{month}`) in one pass; a name not given stays as written.
pub fn fill_named(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let named = after.split_once('}').and_then(|(name, closed)| {
            values.iter().find(|(given, _)| *given == name).map(|(_, value)| (value, closed))
        });
        match named {
            Some((value, closed)) => {
                out.push_str(value);
                rest = closed;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A text with a singular and a plural form; `{}` is the count.
pub struct Plural {
    pub one: &'static str,
    pub many: &'static str,
}

impl Plural {
    pub fn of(&self, count: usize) -> String {
        fill(self.pick(count), &count.to_string())
    }

    /// The form for `count`, for templates with named placeholders.
    pub fn pick(&self, count: usize) -> &'static str {
        if count == 1 {
            self.one
        } else {
            self.many
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_once_each() {
        // A `{}` in a value from the API is the citizen's text, not a placeholder.
        assert_eq!(fill_all("{} hos {}", &["Sag {}", "Aarhus Kommune"]), "Sag {} hos Aarhus Kommune");
        assert_eq!(fill_all("{} og {}", &["a"]), "a og {}", "a placeholder without a value stays");
        assert_eq!(fill("Klage: {}", "{x}"), "Klage: {x}");
        assert_eq!(
            fill_named("{d}. {month} {year}", &[("d", "5"), ("month", "{year}"), ("year", "2026")]),
            "5. {year} 2026"
        );
        assert_eq!(fill_named("{a} {b", &[("a", "1")]), "1 {b");
    }
}
