//! Where the article comes from. (Stub: first body line as headline; see issue 8.)

use crate::Source;
use crate::doc::Doc;

/// Fill the source fields, and set `doc.headline` and, when a publication
/// date is found, `doc.reference`.
pub(crate) fn extract(doc: &mut Doc) -> Source {
    let headline = doc.lines.iter().position(|l| l.kind == crate::text::segment::LineKind::Body);
    doc.headline = headline;
    Source {
        headline: headline.map(|i| {
            doc.input[doc.span(doc.lines[i].range.clone()).start..doc.span(doc.lines[i].range.clone()).end].to_string()
        }),
        ..Source::default()
    }
}
