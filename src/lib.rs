//! # rasad — رصد
//!
//! Reads Arabic news reports about armed conflicts and returns typed,
//! verifiable facts: the actors, who said what, which ceasefires were called
//! for, offered, agreed, breached or failed, how many people were killed,
//! wounded, missing or captured, and where the report comes from. Every fact
//! carries the byte [`Span`] of the text that states it, so a person can check
//! it against the article in one click.
//!
//! ```
//! let text = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعو إلى وقف فوري لإطلاق النار.";
//! let report = rasad::parse(text).unwrap();
//! assert!(report.actors.iter().any(|a| a.id == "RUS"));
//! for st in &report.statements {
//!     println!("{} ({:?}): {}", st.speaker, st.kind, st.text);
//! }
//! ```
//!
//! ## What it does and does not do
//!
//! It **does** read one article as a page or a feed gave it — headline,
//! dateline, captions, "اقرأ أيضا" lines, reader comments and all — set aside
//! what is not the article's own reporting (comments, related-article lists,
//! page furniture, repeated lines), and extract five kinds of facts with
//! hand-written rules and tables: no model files, no network, no clock, no
//! `unsafe`, linear time in the length of the input.
//!
//! It **does not** decide what is true: a figure is what the article says
//! someone reported, with who reported it. It does not merge events across
//! articles, geocode places (places that are only places are not actors),
//! translate, summarize, or read languages other than Arabic. It does not
//! guess: a date the page does not print is `None`, a speaker it cannot name
//! gives no statement. It is rule-based, so it misses what its rules and
//! tables do not cover; [`manual`] lists how each extractor decides and where
//! it fails.
//!
//! ## The model
//!
//! [`parse`] (or a configured [`Parser`]) turns one article into a
//! [`Report`]; its serde form is the JSON the `extract` example prints (the
//! contract is `spec/REPORT.md`). Every list is in text order.
//!
//! | part | type | one item is |
//! |---|---|---|
//! | `source` | [`Source`] | outlet, publication date, dateline city, credited wires, agencies the body cites, headline |
//! | `actors` | [`Actor`] | a state (ISO 3166-1 alpha-3 id), organization, state institution, person or armed group, with every mention |
//! | `statements` | [`Statement`] | one speech act of a named speaker: [`StatementKind`], [`Mode`] (quoted or reported), text, targets, date |
//! | `ceasefires` | [`Ceasefire`] | one clause about a ceasefire: [`CeasefireKind`], initiators, parties, mediators, immediate, humanitarian, effective date, ordinal |
//! | `casualties` | [`Casualty`] | one reported figure: [`Outcome`], [`Count`] with its [`Qualifier`], [`Victims`], side, running total or not, who reports it, date |
//!
//! Actors are referred to by id everywhere else (`speaker`, `targets`,
//! `initiators`, `side`, `reported_by`, `affiliation`); [`Report::actor`]
//! looks one up. Ids from the gazetteer (`RUS`, `UN`, `guterres`, `rsf`) are
//! stable across articles; an id the crate makes up for an unlisted name is
//! unique only within its report.
//!
//! ## A worked example
//!
//! A short article written for this manual, as a site would print it: headline,
//! dateline with the wire credit, date line, then the body.
//!
//! ```text
//! الأمم المتحدة تدعو إلى هدنة إنسانية في الفاشر
//! الخرطوم - وكالات
//! الأربعاء 15 أيار/مايو 2024
//! قتل 15 مدنيا على الأقل وأصيب العشرات، الثلاثاء، في قصف استهدف سوقا شعبية في مدينة الفاشر، بحسب ما أعلنت وزارة الصحة السودانية.
//! ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش طرفي النزاع في السودان إلى هدنة إنسانية فورية.
//! وقال غوتيريش في بيان: "المدنيون يدفعون ثمن هذه الحرب، ولا حل عسكريا لها".
//! ```
//!
//! What comes out (the `extract` example's JSON, one item a line, mentions
//! and spans left out; the evidence each span covers is shown after `#`):
//!
//! ```text
//! source:  {"outlet": null, "published": "2024-05-15", "dateline": "الخرطوم", "agencies": ["وكالات"],
//!           "cited": [], "headline": "الأمم المتحدة تدعو إلى هدنة إنسانية في الفاشر"}
//! actors:  {"id": "UN", "kind": "organization", "name": "الأمم المتحدة", "affiliation": null, "role": null}
//!          {"id": "SDN", "kind": "state", "name": "السودان", "affiliation": null, "role": null}
//!          {"id": "SDN_MOH", "kind": "institution", "name": "وزارة الصحة السودانية", "affiliation": "SDN", "role": null}
//!          {"id": "guterres", "kind": "person", "name": "أنطونيو غوتيريش", "affiliation": "UN", "role": "الأمين العام"}
//! statements:
//!          {"speaker": "UN", "kind": "appeal", "mode": "indirect", "text": "إلى هدنة إنسانية في الفاشر", "targets": [], "date": null}
//!            # الأمم المتحدة تدعو إلى هدنة إنسانية في الفاشر
//!          {"speaker": "guterres", "kind": "appeal", "mode": "indirect",
//!           "text": "طرفي النزاع في السودان إلى هدنة إنسانية فورية", "targets": ["SDN"], "date": null}
//!            # ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش طرفي النزاع في السودان إلى هدنة إنسانية فورية
//!          {"speaker": "guterres", "kind": "assertion", "mode": "direct",
//!           "text": "المدنيون يدفعون ثمن هذه الحرب، ولا حل عسكريا لها", "targets": [], "date": null}
//! ceasefires:
//!          {"kind": "call", "initiators": ["guterres"], "parties": [], "mediators": [], "immediate": true,
//!           "humanitarian": true, "effective": null, "ordinal": null}
//! casualties:
//!          {"outcome": "killed", "count": {"value": 15, "qualifier": "at_least", "upper": null},
//!           "victims": "civilians", "side": null, "cumulative": false, "reported_by": "SDN_MOH", "date": "2024-05-14"}
//!            # قتل 15 مدنيا على الأقل
//!          {"outcome": "wounded", "count": {"value": 20, "qualifier": "at_least", "upper": null},
//!           "victims": "people", "side": null, "cumulative": false, "reported_by": "SDN_MOH", "date": "2024-05-14"}
//!            # وأصيب العشرات
//! ```
//!
//! Read it the way an analyst would:
//!
//! - The date line gives `published`; `الثلاثاء` in the body is the Tuesday on
//!   or before it, 2024-05-14, and `بحسب ما أعلنت وزارة الصحة السودانية` makes
//!   the ministry the reporter of both figures.
//! - `على الأقل` after the noun makes 15 a lower bound; `العشرات` (tens) is read
//!   as *at least 20*, the smallest plural of ten.
//! - The title and name resolve to one person with role and affiliation; the
//!   bare surname in the last line joins that person.
//! - The headline's `تدعو` is an appeal by the UN; the body's `دعا … إلى هدنة
//!   إنسانية فورية` is both an appeal statement and a ceasefire call, immediate
//!   and humanitarian. Its `parties` stay empty: `طرفي النزاع` (the two sides)
//!   are not named in the article, and rasad does not guess them.
//!
//! The same as a test:
//!
//! ```
//! use rasad::{CeasefireKind, Mode, Outcome, Qualifier, StatementKind, Victims};
//! let article = "الأمم المتحدة تدعو إلى هدنة إنسانية في الفاشر
//! الخرطوم - وكالات
//! الأربعاء 15 أيار/مايو 2024
//! قتل 15 مدنيا على الأقل وأصيب العشرات، الثلاثاء، في قصف استهدف سوقا شعبية في مدينة الفاشر، بحسب ما أعلنت وزارة الصحة السودانية.
//! ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش طرفي النزاع في السودان إلى هدنة إنسانية فورية.
//! وقال غوتيريش في بيان: \"المدنيون يدفعون ثمن هذه الحرب، ولا حل عسكريا لها\".
//! ";
//! let report = rasad::parse(article)?;
//! let day = |s: &str| s.parse::<chrono::NaiveDate>().ok();
//!
//! // Source
//! assert_eq!(report.source.dateline.as_deref(), Some("الخرطوم"));
//! assert_eq!(report.source.published, day("2024-05-15"));
//! assert_eq!(report.source.agencies, ["وكالات"]);
//!
//! // Actors
//! let guterres = report.actor("guterres").unwrap();
//! assert_eq!(guterres.role.as_deref(), Some("الأمين العام"));
//! assert_eq!(guterres.affiliation.as_deref(), Some("UN"));
//! assert_eq!(report.actor("SDN_MOH").unwrap().affiliation.as_deref(), Some("SDN"));
//!
//! // Statements: the quote, without its quote marks
//! let quote = report.statements.iter().find(|s| s.mode == Mode::Direct).unwrap();
//! assert_eq!((quote.speaker.as_str(), quote.kind), ("guterres", StatementKind::Assertion));
//! assert_eq!(quote.text, "المدنيون يدفعون ثمن هذه الحرب، ولا حل عسكريا لها");
//!
//! // Ceasefires: the call
//! let [call] = report.ceasefires.as_slice() else { panic!("one ceasefire item") };
//! assert_eq!(call.kind, CeasefireKind::Call);
//! assert_eq!(call.initiators, ["guterres"]);
//! assert!(call.immediate && call.humanitarian);
//!
//! // Casualties: the figure, how exact it is, who gives it, and its evidence
//! let killed = &report.casualties[0];
//! assert_eq!(killed.outcome, Outcome::Killed);
//! assert_eq!(killed.count.map(|c| (c.value, c.qualifier)), Some((15, Qualifier::AtLeast)));
//! assert_eq!(killed.victims, Victims::Civilians);
//! assert_eq!(killed.reported_by.as_deref(), Some("SDN_MOH"));
//! assert_eq!(killed.date, day("2024-05-14"));
//! assert_eq!(killed.span.text(article), Some("قتل 15 مدنيا على الأقل"));
//! let wounded = &report.casualties[1];
//! assert_eq!(wounded.count.map(|c| (c.value, c.qualifier)), Some((20, Qualifier::AtLeast)));
//! # Ok::<(), rasad::Error>(())
//! ```
//!
//! ## Where to go next
//!
//! - [`manual`]: how each extractor decides, with example sentences; known
//!   limits and failure modes; how the output maps to ACLED, UCDP GED, CAMEO
//!   and the ETH/PRIO Civil Conflict Ceasefire dataset.
//! - [`numbers`] and [`dates`]: the readers for counts (`ثلاثة آلاف`,
//!   `عشرات`, `بين 10 و15`) and days (`27 أيلول/سبتمبر 2020`, `أمس`), usable
//!   on their own.
//! - [`Parser`]: a reference date for articles that print none, an input
//!   size limit; [`Error`]: what makes an input refused.
//! - The examples (`cargo run --release --example NAME -- PATH...`):
//!   `extract` (JSON Lines), `casualties_csv` (one CSV row per figure, for
//!   pandas or R), `who_said_what` (statements by speaker),
//!   `ceasefire_timeline` (ceasefire items across articles by date) and
//!   `readers` (what the number and date readers make of an expression).
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod actors;
mod casualties;
mod ceasefires;
mod doc;
mod error;
mod extract;
mod gazetteer;
mod json;
mod model;
mod parser;
mod source;
mod statements;

#[doc(hidden)]
#[path = "stages.rs"]
pub mod __stages;
pub mod dates;
pub mod manual;
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
