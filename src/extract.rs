//! The pipeline: source first (it fixes the reference date), then actors,
//! then the extractors that name actors.

use crate::doc::Doc;
use crate::{Report, actors, casualties, ceasefires, source, statements};

pub(crate) fn run(mut doc: Doc) -> Report {
    let source = source::extract(&mut doc);
    let actors = actors::resolve(&doc);
    let statements = statements::extract(&doc, &actors);
    let ceasefires = ceasefires::extract(&doc, &actors, &statements);
    let casualties = casualties::extract(&doc, &actors, &statements);
    Report {
        source,
        actors: actors.into_report(&doc),
        statements: statements.into_iter().map(|s| s.item).collect(),
        ceasefires,
        casualties,
    }
}
