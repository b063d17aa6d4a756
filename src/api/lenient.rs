//! Lists that survive bad entries.
//!
//! One supplier's broken payment line must not take the whole benefit with it, so nested
//! lists decode entry by entry and keep count of what they left out.

use serde::de::{DeserializeOwned, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

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

impl<'de, T: DeserializeOwned> Deserialize<'de> for Items<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ItemsVisitor<T>(PhantomData<T>);

        impl<'de, T: DeserializeOwned> Visitor<'de> for ItemsVisitor<T> {
            type Value = Items<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }

            // The overview's reader (`api::json`) consumes an element that fails, so the
            // next one can still be read.
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Items<T>, A::Error> {
                let mut out = Items::default();
                loop {
                    match seq.next_element::<T>() {
                        Ok(Some(item)) => out.items.push(item),
                        Ok(None) => return Ok(out),
                        // A reader that cannot say how many are left might not have moved on.
                        Err(error) if seq.size_hint().is_none() => return Err(error),
                        Err(_) => out.skipped += 1,
                    }
                }
            }

            // `null` for a list is read as an empty list: suppliers send it for "none".
            fn visit_unit<E: serde::de::Error>(self) -> Result<Items<T>, E> {
                Ok(Items::default())
            }
        }

        deserializer.deserialize_any(ItemsVisitor(PhantomData))
    }
}
