//! Reading the contract's types from the JSON tree, field by field, by hand.
//!
//! Why not serde's derive: it makes a field visitor, a map visitor and formatted errors for
//! every type, about 8 KB of the citizen's compressed download for a dozen structs. Here each
//! type reads its fields through [`Object`], and an error keeps its message in the preview
//! build only (staff read it among the findings; a citizen never sees it).
//!
//! The rules are serde's, so that a response reads as it always did: unknown fields are
//! ignored, a field given twice is an error, a missing field is an error unless it has a
//! default, and `null` is "none" only where a field is optional or a list.

use std::borrow::Cow;
use std::cell::Cell;

use super::json::Json;

/// Why a value is not of the contract's shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    #[cfg(feature = "preview")]
    message: String,
}

impl Error {
    /// An error whose words are made only where they are kept (the preview build).
    pub(crate) fn new(_message: impl FnOnce() -> String) -> Self {
        Error {
            #[cfg(feature = "preview")]
            message: _message(),
        }
    }

    /// The same error, said to be about `field`.
    fn in_field(self, _field: &str) -> Self {
        Error {
            #[cfg(feature = "preview")]
            message: format!("{_field}: {}", self.message),
        }
    }

    /// What staff are told (the preview build).
    #[cfg(feature = "preview")]
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// A type the contract sends, read from its JSON value.
pub trait FromJson: Sized {
    fn from_json(value: &Json) -> Result<Self, Error>;
}

/// The members of one JSON object, read by name. Each field is read whether or not an earlier
/// one failed, and the first failure is kept for [`Object::finish`]: a type's reader is then
/// straight-line code, without an exit (and the dropping of what was read) after each field.
pub struct Object<'t, 'a> {
    entries: &'t [(Cow<'a, str>, Json<'a>)],
    failure: Cell<Option<Error>>,
}

impl<'t, 'a> Object<'t, 'a> {
    /// The object `value` is; an error for anything else.
    pub fn of(value: &'t Json<'a>) -> Result<Self, Error> {
        match value {
            Json::Object(entries) => Ok(Self { entries, failure: Cell::new(None) }),
            _ => Err(Error::new(|| "not an object".to_owned())),
        }
    }

    /// The value of `key`, if given; an error if it is given twice.
    fn get(&self, key: &str) -> Result<Option<&'t Json<'a>>, Error> {
        let mut found = self.entries.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
        let first = found.next();
        if first.is_some() && found.next().is_some() {
            return Err(Error::new(|| format!("{key} is given twice")));
        }
        Ok(first)
    }

    /// A field that must be there.
    pub fn field<T: FromJson + Default>(&self, key: &str) -> T {
        match self.get(key) {
            Ok(Some(value)) => self.read(value, key),
            Ok(None) => self.fail(Error::new(|| format!("{key} is missing"))),
            Err(error) => self.fail(error),
        }
    }

    /// A field that may be left out, then `default` (`null` is read as the type reads it:
    /// "none" for an `Option` or a list, an error for anything else).
    pub fn field_or<T: FromJson + Default>(&self, key: &str, default: T) -> T {
        match self.get(key) {
            Ok(Some(value)) => self.read(value, key),
            Ok(None) => default,
            Err(error) => self.fail(error),
        }
    }

    /// `value` when every field read, else the first failure.
    pub fn finish<T>(&self, value: T) -> Result<T, Error> {
        match self.failure.take() {
            None => Ok(value),
            Some(error) => Err(error),
        }
    }

    fn read<T: FromJson + Default>(&self, value: &Json, key: &str) -> T {
        T::from_json(value).unwrap_or_else(|error| self.fail(error.in_field(key)))
    }

    /// Keeps the first failure; the field reads as its default, which [`Object::finish`]
    /// never lets out.
    fn fail<T: Default>(&self, error: Error) -> T {
        let first = self.failure.take().unwrap_or(error);
        self.failure.set(Some(first));
        T::default()
    }
}

impl FromJson for String {
    fn from_json(value: &Json) -> Result<Self, Error> {
        str_of(value).map(str::to_owned)
    }
}

/// The text of a JSON string; an error for anything else.
pub fn str_of<'t>(value: &'t Json) -> Result<&'t str, Error> {
    match value {
        Json::String(text) => Ok(text),
        _ => Err(Error::new(|| "not a string".to_owned())),
    }
}

/// The contract's amounts are whole numbers of øre.
impl FromJson for i64 {
    fn from_json(value: &Json) -> Result<Self, Error> {
        match value {
            Json::Number(text) => text.parse().map_err(|_| Error::new(|| format!("{text} is not a whole number"))),
            _ => Err(Error::new(|| "not a number".to_owned())),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: &Json) -> Result<Self, Error> {
        match value {
            Json::Bool(b) => Ok(*b),
            _ => Err(Error::new(|| "not true or false".to_owned())),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Json) -> Result<Self, Error> {
        match value {
            Json::Null => Ok(None),
            value => T::from_json(value).map(Some),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::json::parse;

    #[derive(Debug, PartialEq)]
    struct Thing {
        amount_ore: i64,
        name: Option<String>,
        flag: bool,
    }

    impl FromJson for Thing {
        fn from_json(value: &Json) -> Result<Self, Error> {
            let o = Object::of(value)?;
            let thing = Thing {
                amount_ore: o.field("amountOre"),
                name: o.field_or("name", None),
                flag: o.field_or("flag", false),
            };
            o.finish(thing)
        }
    }

    fn read(text: &str) -> Result<Thing, Error> {
        Thing::from_json(&parse(text).expect("test JSON"))
    }

    #[test]
    fn reads_fields_as_serde_did() {
        let thing = |amount_ore, name: Option<&str>, flag| Thing { amount_ore, name: name.map(str::to_owned), flag };
        let table: [(&str, Option<Thing>); 16] = [
            (r#"{"amountOre": -5, "name": null, "unknown": [1.5]}"#, Some(thing(-5, None, false))),
            (r#"{"amountOre": 7, "name": "x", "flag": true}"#, Some(thing(7, Some("x"), true))),
            (r#"{"amountOre": 0}"#, Some(thing(0, None, false))),
            (r#"{"amountOre": -0}"#, Some(thing(0, None, false))),
            (r#"{"amountOre": 9223372036854775807}"#, Some(thing(i64::MAX, None, false))),
            (r#"{"amountOre": 9223372036854775808}"#, None),
            (r#"{"amountOre": 1.5}"#, None),
            (r#"{"amountOre": 1e3}"#, None),
            (r#"{"amountOre": "5"}"#, None),
            (r#"{"amountOre": null}"#, None),
            (r#"{"name": "x"}"#, None),
            (r#"{"amountOre": 1, "amountOre": 2}"#, None),
            (r#"{"amountOre": 1, "name": 5}"#, None),
            (r#"{"amountOre": 1, "flag": null}"#, None),
            (r#"[5, "x", false]"#, None),
            (r#""amountOre""#, None),
        ];
        for (text, expected) in table {
            assert_eq!(read(text).ok(), expected, "{text}");
        }
    }

    #[cfg(feature = "preview")]
    #[test]
    fn staff_are_told_which_field() {
        let message = |text| read(text).expect_err("an error").message().to_owned();
        assert_eq!(message(r#"{"name": "x"}"#), "amountOre is missing");
        assert_eq!(message(r#"{"amountOre": 1.5}"#), "amountOre: 1.5 is not a whole number");
        assert_eq!(message(r#"{"amountOre": 1, "name": 5}"#), "name: not a string");
        assert_eq!(message(r#"{"amountOre": 1, "amountOre": 2}"#), "amountOre is given twice");
        assert_eq!(message("[]"), "not an object");
        assert_eq!(message(r#"{"amountOre": "1", "name": 5}"#), "amountOre: not a number", "the first failure");
    }
}
