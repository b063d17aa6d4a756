//! Lists that survive bad entries.
//!
//! One supplier's broken payment line must not take the whole benefit with it, so nested
//! lists decode entry by entry and keep count of what they left out.

use serde::de::{DeserializeOwned, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
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

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Items<T>, A::Error> {
                let mut out = Items::default();
                while let Some(raw) = seq.next_element::<&'de RawValue>()? {
                    match serde_json::from_str(raw.get()) {
                        Ok(item) => out.items.push(item),
                        Err(_) => out.skipped += 1,
                    }
                }
                Ok(out)
            }

            // `null` for a list is read as an empty list: suppliers send it for "none".
            fn visit_unit<E: serde::de::Error>(self) -> Result<Items<T>, E> {
                Ok(Items::default())
            }
        }

        deserializer.deserialize_any(ItemsVisitor(PhantomData))
    }
}
