//! People killed, wounded, missing or captured. (Stub.)

use crate::Casualty;
use crate::actors::Actors;
use crate::doc::Doc;
use crate::statements::Found;

pub(crate) fn extract(_doc: &Doc, _actors: &Actors, _statements: &[Found]) -> Vec<Casualty> {
    Vec::new()
}
