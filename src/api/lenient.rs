//! Lists that survive bad entries.
//!
//! One supplier's broken payment line must not take the whole benefit with it, so nested
//! lists decode entry by entry and keep count of what they left out.

use std::ops::Deref;

use super::json::Json;
use super::read::{Error, FromJson};

/// The entries of a JSON array that decoded as `T`, and how many did not.
#[derive(Debug, Clone, PartialEq)]
pub struct Items<T> {
    pub items: Vec<T>,
    pub skipped: usize,
}

impl<T> Default for Items<T> {
    fn default() -> Self {
        Self { items: Vec::new(), skipped: 0 }
    }
}

impl<T> Deref for Items<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.items
    }
}

impl<T: FromJson> FromJson for Items<T> {
    fn from_json(value: &Json) -> Result<Self, Error> {
        match value {
            Json::Array(entries) => {
                let mut out = Items { items: Vec::with_capacity(entries.len()), skipped: 0 };
                for entry in entries {
                    match T::from_json(entry) {
                        Ok(item) => out.items.push(item),
                        Err(_) => out.skipped += 1,
                    }
                }
                Ok(out)
            }
            // Suppliers send `null` for "none".
            Json::Null => Ok(Items::default()),
            _ => Err(Error::new(|| "not a list".to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::json::parse;

    #[test]
    fn keeps_what_reads_and_counts_the_rest() {
        let read = |text| Items::<i64>::from_json(&parse(text).expect("test JSON")).ok();
        assert_eq!(read("[1, \"x\", 2.5, 3]"), Some(Items { items: vec![1, 3], skipped: 2 }));
        assert_eq!(read("null"), Some(Items::default()));
        assert_eq!(read("[]"), Some(Items::default()));
        assert_eq!(read("{}"), None);
        assert_eq!(read("7"), None);
    }
}
