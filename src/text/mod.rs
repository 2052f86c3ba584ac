//! The text layer: folding for matching with a map back to original byte
//! offsets, and segmentation into lines and sentences with page furniture,
//! related-article lines and reader comments set aside.

mod normalize;
pub(crate) mod segment;

pub use normalize::{Normalized, fold};
