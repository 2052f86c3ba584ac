//! # rasad — رصد
//!
//! Reads Arabic news reports about armed conflicts and returns typed,
//! verifiable facts: the actors, who said what, which ceasefires were called
//! for, agreed, breached or failed, how many people were killed or wounded,
//! and where the report comes from. Every fact carries the byte [`Span`] of
//! the text that states it.
//!
//! ```
//! let text = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعو إلى وقف فوري لإطلاق النار.";
//! let report = rasad::parse(text).unwrap();
//! assert!(report.actors.iter().any(|a| a.id == "RUS"));
//! for st in &report.statements {
//!     println!("{} ({:?}): {}", st.speaker, st.kind, st.text);
//! }
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod actors;
mod casualties;
mod ceasefires;
mod doc;
mod error;
mod extract;
mod gazetteer;
mod model;
mod parser;
mod source;
mod statements;

pub mod dates;
pub mod numbers;

pub mod text;

pub use error::Error;
pub use model::{
    Actor, ActorKind, Casualty, Ceasefire, CeasefireKind, Count, Mode, Outcome, Qualifier, Report, Source, Span,
    Statement, StatementKind, Victims,
};
pub use parser::Parser;

/// Parse one article with the default [`Parser`].
///
/// ```
/// let report = rasad::parse("أعلنت أرمينيا التعبئة العامة.").unwrap();
/// assert_eq!(report.actors[0].id, "ARM");
/// assert!(rasad::parse("").is_err());
/// ```
pub fn parse(text: &str) -> Result<Report, Error> {
    parser::DEFAULT.parse(text)
}
