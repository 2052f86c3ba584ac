//! The report and everything in it: plain data whose serde form is the JSON
//! contract of `spec/REPORT.md`.
//!
//! Every list in a [`Report`] is ordered by position in the text, and every
//! item carries a [`Span`] of byte offsets into the original input.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Byte offsets `start..end` into the original input, on UTF-8 character
/// boundaries, with `start < end`.
///
/// ```
/// use rasad::Span;
/// let text = "قال الوزير";
/// let span = Span { start: 0, end: 6 };
/// assert_eq!(span.text(text), Some("قال"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the evidence.
    pub start: usize,
    /// One past the last byte of the evidence.
    pub end: usize,
}

impl Span {
    /// The text this span covers in `input`, or `None` if it is out of bounds
    /// or not on character boundaries (a span from another input).
    ///
    /// ```
    /// # use rasad::Span;
    /// assert_eq!(Span { start: 0, end: 1 }.text("ق"), None); // splits a character
    /// ```
    pub fn text<'a>(&self, input: &'a str) -> Option<&'a str> {
        input.get(self.start..self.end)
    }

    /// Length in bytes.
    ///
    /// ```
    /// # use rasad::Span;
    /// assert_eq!(Span { start: 4, end: 10 }.len(), 6);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes (never the case in a report).
    ///
    /// ```
    /// # use rasad::Span;
    /// assert!(!Span { start: 4, end: 10 }.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// Everything extracted from one article.
///
/// ```
/// let report = rasad::parse("دعت روسيا إلى وقف فوري لإطلاق النار.").unwrap();
/// assert!(report.actors.iter().any(|a| a.id == "RUS"));
/// let json = serde_json::to_string(&report).unwrap();
/// assert!(json.starts_with("{\"source\":"));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Report {
    /// Where the article comes from.
    pub source: Source,
    /// Who takes part: states, organizations, institutions, persons, groups.
    pub actors: Vec<Actor>,
    /// Who said what.
    pub statements: Vec<Statement>,
    /// Calls for, offers of, agreements on, violations and failures of ceasefires.
    pub ceasefires: Vec<Ceasefire>,
    /// People killed, wounded, missing or captured.
    pub casualties: Vec<Casualty>,
}

impl Report {
    /// The actor with this id, if the report has one.
    ///
    /// ```
    /// let report = rasad::parse("أعلنت أرمينيا التعبئة العامة.").unwrap();
    /// assert_eq!(report.actor("ARM").map(|a| a.name.as_str()), Some("أرمينيا"));
    /// ```
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The report as one line of compact JSON, byte-identical to
    /// `serde_json::to_string(&report)` (the contract of `spec/REPORT.md`),
    /// without a serde_json dependency. See [`write_json`](Self::write_json)
    /// to reuse a buffer.
    ///
    /// ```
    /// let report = rasad::parse("دعت روسيا إلى وقف فوري لإطلاق النار.").unwrap();
    /// let json = report.to_json();
    /// assert!(json.starts_with("{\"source\":"));
    /// assert_eq!(json, serde_json::to_string(&report).unwrap());
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// Append the report to `out` as one compact JSON object, with no
    /// newline: the bytes of [`to_json`](Self::to_json), byte-identical to
    /// `serde_json::to_string(&report)`. For JSON Lines, reuse one buffer:
    ///
    /// ```
    /// let mut line = String::new();
    /// let mut jsonl = Vec::new();
    /// for text in ["قتل جندي في قصف.", "دعت فرنسا إلى التهدئة."] {
    ///     let report = rasad::parse(text).unwrap();
    ///     line.clear();
    ///     report.write_json(&mut line);
    ///     line.push('\n');
    ///     jsonl.extend_from_slice(line.as_bytes()); // or write it to a file
    /// }
    /// assert_eq!(jsonl.iter().filter(|&&b| b == b'\n').count(), 2);
    /// ```
    pub fn write_json(&self, out: &mut String) {
        crate::json::report(self, out);
    }
}

/// Where an article comes from: publisher, dates, wires and headline.
///
/// ```
/// let report = rasad::parse("إسطنبول ـ وكالات\nدعت تركيا إلى التهدئة.").unwrap();
/// assert_eq!(report.source.dateline.as_deref(), Some("إسطنبول"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Source {
    /// The publisher, when the text names it as the publisher.
    pub outlet: Option<String>,
    /// The publication date the page prints for this article.
    pub published: Option<NaiveDate>,
    /// The city of the dateline.
    pub dateline: Option<String>,
    /// Wire services credited for the article in a byline or source line.
    pub agencies: Vec<String>,
    /// News agencies the body cites for a particular claim.
    pub cited: Vec<String>,
    /// The article's title.
    pub headline: Option<String>,
}

/// What kind of participant an [`Actor`] is.
///
/// ```
/// use rasad::ActorKind;
/// assert_eq!(serde_json::to_string(&ActorKind::Institution).unwrap(), "\"institution\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A state (ISO 3166-1 alpha-3 id), also when named by its capital or a demonym.
    State,
    /// An international or non-governmental organization.
    Organization,
    /// A state body: ministry, army, presidency, intelligence service, parliament.
    Institution,
    /// A named person.
    Person,
    /// A non-state armed or political group.
    Group,
}

/// A participant: a state, organization, institution, person or group.
///
/// ```
/// let report = rasad::parse("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.").unwrap();
/// let lavrov = report.actors.iter().find(|a| a.kind == rasad::ActorKind::Person).unwrap();
/// assert_eq!(lavrov.affiliation.as_deref(), Some("RUS"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable id: ISO alpha-3 for states, the `actors.tsv` code for listed
    /// organizations, otherwise an id unique in the report.
    pub id: String,
    /// What kind of actor this is.
    pub kind: ActorKind,
    /// Canonical Arabic name.
    pub name: String,
    /// For persons and institutions: the id of the state or organization they belong to.
    pub affiliation: Option<String>,
    /// Title as printed (`وزير الخارجية`), for persons.
    pub role: Option<String>,
    /// Every place the text refers to this actor.
    pub mentions: Vec<Span>,
}

/// The speech act a [`Statement`] performs.
///
/// ```
/// use rasad::StatementKind;
/// assert_eq!(serde_json::to_string(&StatementKind::Appeal).unwrap(), "\"appeal\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// Anything said that is none of the others.
    Assertion,
    /// Calls, urges, appeals, demands.
    Appeal,
    /// Condemns or denounces.
    Condemnation,
    /// Expresses concern or worry.
    Concern,
    /// Denies.
    Denial,
    /// Accuses.
    Accusation,
    /// Warns.
    Warning,
    /// Solidarity, backing, congratulation.
    Support,
}

/// Whether a statement quotes the words or reports them.
///
/// ```
/// use rasad::Mode;
/// assert_eq!(serde_json::to_string(&Mode::Direct).unwrap(), "\"direct\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The words are inside quote marks.
    Direct,
    /// The content is reported (`قال إن …`).
    Indirect,
}

/// Who said what.
///
/// ```
/// let report = rasad::parse("وقال وزير الخارجية الروسي سيرغي لافروف: \"الحل سياسي\".").unwrap();
/// let st = &report.statements[0];
/// assert_eq!(st.mode, rasad::Mode::Direct);
/// assert_eq!(st.text, "الحل سياسي");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// Actor id of the speaker.
    pub speaker: String,
    /// The speech act.
    pub kind: StatementKind,
    /// Quoted or reported.
    pub mode: Mode,
    /// The quoted words (direct) or the reported clause (indirect).
    pub text: String,
    /// Actor ids the statement is addressed to or about.
    pub targets: Vec<String>,
    /// The day it was said, when the text gives one.
    pub date: Option<NaiveDate>,
    /// The sentence.
    pub span: Span,
}

/// What happens to a ceasefire in a [`Ceasefire`] item.
///
/// ```
/// use rasad::CeasefireKind;
/// assert_eq!(serde_json::to_string(&CeasefireKind::Violation).unwrap(), "\"violation\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CeasefireKind {
    /// Someone calls for a ceasefire or an end to hostilities.
    Call,
    /// A ceasefire reached, announced, in force or historical.
    Agreement,
    /// A ceasefire breached.
    Violation,
    /// A party says it is ready for, or proposes, a ceasefire.
    Offer,
    /// Talks failed to reach a ceasefire, or one collapsed.
    Failure,
}

/// A clause about a ceasefire, truce or cessation of hostilities.
///
/// ```
/// let report = rasad::parse("دعت فرنسا أذربيجان وأرمينيا إلى وقف فوري لإطلاق النار.").unwrap();
/// let cf = &report.ceasefires[0];
/// assert_eq!(cf.kind, rasad::CeasefireKind::Call);
/// assert!(cf.immediate);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ceasefire {
    /// Call, offer, agreement, violation or failure.
    pub kind: CeasefireKind,
    /// Who calls, offers, announces or agrees (for a violation: who breaches).
    pub initiators: Vec<String>,
    /// The belligerents it concerns.
    pub parties: Vec<String>,
    /// Who brokered it.
    pub mediators: Vec<String>,
    /// Immediate (`فوري`, `على الفور`).
    pub immediate: bool,
    /// Humanitarian (`هدنة إنسانية`, `لأهداف إنسانية`).
    pub humanitarian: bool,
    /// When it takes or took effect, if stated.
    pub effective: Option<NaiveDate>,
    /// `الثالث من نوعه` → 3.
    pub ordinal: Option<u32>,
    /// The sentence.
    pub span: Span,
}

/// What happened to the people a [`Casualty`] counts.
///
/// ```
/// use rasad::Outcome;
/// assert_eq!(serde_json::to_string(&Outcome::KilledOrWounded).unwrap(), "\"killed_or_wounded\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Killed.
    Killed,
    /// Wounded.
    Wounded,
    /// One figure for killed and wounded together.
    KilledOrWounded,
    /// Missing.
    Missing,
    /// Captured, detained or taken prisoner.
    Captured,
}

/// Who the people a [`Casualty`] counts are.
///
/// ```
/// use rasad::Victims;
/// assert_eq!(serde_json::to_string(&Victims::Civilians).unwrap(), "\"civilians\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Victims {
    /// Civilians.
    Civilians,
    /// Soldiers of a state army.
    Military,
    /// Non-state fighters: gunmen, militia, mercenaries.
    Fighters,
    /// Children.
    Children,
    /// Women.
    Women,
    /// Unspecified persons.
    People,
}

/// How exact a [`Count`] is.
///
/// ```
/// use rasad::Qualifier;
/// assert_eq!(serde_json::to_string(&Qualifier::AtLeast).unwrap(), "\"at_least\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The number as given.
    Exact,
    /// `ما لا يقل عن`, `أكثر من`, `عشرات`.
    AtLeast,
    /// `ما يصل إلى`.
    AtMost,
    /// `نحو`, `حوالي`, `قرابة`.
    Approximate,
    /// `بين 10 و15`: `value` to `upper`.
    Range,
}

/// A number of people, with how exact it is.
///
/// ```
/// use rasad::{Count, Qualifier};
/// let c = Count { value: 10, qualifier: Qualifier::Range, upper: Some(15) };
/// assert_eq!(serde_json::to_string(&c).unwrap(), r#"{"value":10,"qualifier":"range","upper":15}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Count {
    /// The number (the lower bound for ranges).
    pub value: u64,
    /// How exact it is.
    pub qualifier: Qualifier,
    /// The upper bound of a range.
    pub upper: Option<u64>,
}

impl Count {
    /// An exact count.
    ///
    /// ```
    /// assert_eq!(rasad::Count::exact(3).qualifier, rasad::Qualifier::Exact);
    /// ```
    pub fn exact(value: u64) -> Self {
        Count { value, qualifier: Qualifier::Exact, upper: None }
    }
}

/// A figure of people killed, wounded, missing or captured.
///
/// ```
/// let report = rasad::parse("وأعلن الجيش مقتل 21 جنديا في المعارك.").unwrap();
/// let c = &report.casualties[0];
/// assert_eq!(c.count.unwrap().value, 21);
/// assert_eq!(c.victims, rasad::Victims::Military);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Casualty {
    /// Killed, wounded, both, missing or captured.
    pub outcome: Outcome,
    /// How many; `None` when the text gives no number.
    pub count: Option<Count>,
    /// Who they are.
    pub victims: Victims,
    /// The side they belong to, where stated.
    pub side: Option<String>,
    /// A running total since a start rather than a new incident.
    pub cumulative: bool,
    /// Who gives the figure.
    pub reported_by: Option<String>,
    /// The day of the incident or report.
    pub date: Option<NaiveDate>,
    /// The sentence.
    pub span: Span,
}
