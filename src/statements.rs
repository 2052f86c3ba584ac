//! Who said what. (Stub.)

use crate::Statement;
use crate::actors::Actors;
use crate::doc::Doc;

/// A statement with what other extractors need to know of it.
pub(crate) struct Found {
    pub item: Statement,
    /// Folded range of the sentence.
    pub range: std::ops::Range<usize>,
}

pub(crate) fn extract(_doc: &Doc, _actors: &Actors) -> Vec<Found> {
    Vec::new()
}
