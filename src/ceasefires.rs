//! Ceasefire calls, offers, agreements, violations and failures. (Stub.)

use crate::Ceasefire;
use crate::actors::Actors;
use crate::doc::Doc;
use crate::statements::Found;

pub(crate) fn extract(_doc: &Doc, _actors: &Actors, _statements: &[Found]) -> Vec<Ceasefire> {
    Vec::new()
}
