//! What the page carries for the browser as JSON: the data the entry reads
//! once into the shared state (the timeline's steps, the suggested
//! questions, the dates' words), and the shape words take there.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The JSON that the first element with `attribute` carries, read as `T`;
/// `None` where the page lacks it or it is malformed.
#[cfg(target_arch = "wasm32")]
pub fn read<T: serde::de::DeserializeOwned>(attribute: &str) -> Option<T> {
    let element = crate::platform::dom::document()?.query_selector(&format!("[{attribute}]")).ok()??;
    serde_json::from_str(&element.get_attribute(attribute)?).ok()
}

/// A feature's words as the page carries them: a JSON object of names and
/// texts. A words struct (declared with `words_struct!`, below) is read
/// through it rather than by serde's derived reader, which is about 0.6 KB
/// of WebAssembly for each field of each struct; this reader is shared.
#[derive(Debug, Deserialize)]
#[serde(transparent)]
pub struct WordMap(BTreeMap<String, String>);

impl WordMap {
    /// The text of this name; a page without it is malformed.
    pub fn take(&mut self, name: &str) -> Result<String, String> {
        self.0.remove(name).ok_or_else(|| format!("the words lack \"{name}\""))
    }
}

/// Declares a feature's words: a struct of texts that the page carries as one
/// JSON object, read through the shared `WordMap`, each text under its
/// field's name. The fields are listed once; a page without one of them is
/// malformed.
macro_rules! words_struct {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $($(#[$field_meta:meta])* $field_vis:vis $field:ident: String),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "crate::platform::page_data::WordMap")]
        $vis struct $name {
            $($(#[$field_meta])* $field_vis $field: String),+
        }

        impl TryFrom<crate::platform::page_data::WordMap> for $name {
            type Error = String;

            fn try_from(mut words: crate::platform::page_data::WordMap) -> Result<Self, String> {
                Ok(Self { $($field: words.take(stringify!($field))?),+ })
            }
        }
    };
}
pub(crate) use words_struct;
