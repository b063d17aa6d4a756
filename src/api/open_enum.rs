//! String enums that keep values they do not know.
//!
//! The API aggregates many suppliers' systems; a new status value from one of them must not
//! make the whole overview fail. Every contract enum therefore has an `Unknown(String)` arm.

/// Declares a contract enum with known wire values and an `Unknown` fallback.
macro_rules! open_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value the contract does not name, kept as sent.
            Unknown(String),
        }

        impl $name {
            pub fn from_wire(value: &str) -> Self {
                match value {
                    $($wire => Self::$variant,)+
                    other => Self::Unknown(other.to_owned()),
                }
            }

            /// The value as the API spells it.
            pub fn wire(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)+
                    Self::Unknown(other) => other,
                }
            }

            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        /// Only a placeholder for a field that failed to read.
        impl Default for $name {
            fn default() -> Self {
                Self::Unknown(String::new())
            }
        }

        impl $crate::api::read::FromJson for $name {
            fn from_json(value: &$crate::api::json::Json) -> Result<Self, $crate::api::read::Error> {
                $crate::api::read::str_of(value).map(Self::from_wire)
            }
        }
    };
}

pub(crate) use open_enum;
