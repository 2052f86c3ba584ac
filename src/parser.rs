//! The [`Parser`]: options, input checks, and the extraction pipeline.

use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::doc::Doc;
use crate::{Error, Report};

pub(crate) static DEFAULT: LazyLock<Parser> = LazyLock::new(Parser::new);

/// Extracts [`Report`]s. Build one, configure it, and reuse it from any
/// number of threads: it is `Send + Sync` and holds no per-call state.
///
/// ```
/// use chrono::NaiveDate;
/// let parser = rasad::Parser::new()
///     .reference_date(NaiveDate::from_ymd_opt(2020, 10, 6).unwrap())
///     .max_input_bytes(1 << 20);
/// let report = parser.parse("وقال وزير الدفاع التركي أمس إن بلاده تدعم أذربيجان.").unwrap();
/// assert!(report.actors.iter().any(|a| a.id == "TUR"));
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    reference: Option<NaiveDate>,
    max_bytes: usize,
}

impl Default for Parser {
    fn default() -> Self {
        Self::new()
    }
}

impl Parser {
    /// The default input limit: 8 MiB, far above any news article.
    ///
    /// ```
    /// assert_eq!(rasad::Parser::DEFAULT_MAX_INPUT_BYTES, 8 * 1024 * 1024);
    /// ```
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 8 << 20;

    /// A parser with no reference date and the default input limit.
    ///
    /// ```
    /// let p = rasad::Parser::new();
    /// assert!(p.parse("قال الرئيس إن الحرب انتهت.").is_ok());
    /// ```
    pub fn new() -> Self {
        Parser { reference: None, max_bytes: Self::DEFAULT_MAX_INPUT_BYTES }
    }

    /// The date relative day words (`أمس`, `الثلاثاء`) resolve against when
    /// the article prints no publication date of its own.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2020, 10, 6).unwrap();
    /// let p = rasad::Parser::new().reference_date(d);
    /// assert_eq!(p.reference(), Some(d));
    /// ```
    pub fn reference_date(mut self, date: NaiveDate) -> Self {
        self.reference = Some(date);
        self
    }

    /// The reference date set with [`reference_date`](Self::reference_date).
    ///
    /// ```
    /// assert_eq!(rasad::Parser::new().reference(), None);
    /// ```
    pub fn reference(&self) -> Option<NaiveDate> {
        self.reference
    }

    /// Refuse inputs larger than `bytes` with [`Error::TooLarge`].
    ///
    /// ```
    /// let p = rasad::Parser::new().max_input_bytes(10);
    /// assert!(matches!(p.parse("نص عربي أطول من عشرة بايتات"), Err(rasad::Error::TooLarge { .. })));
    /// ```
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_bytes = bytes;
        self
    }

    /// Parse raw bytes: checks they are UTF-8 (reporting the offset of the
    /// first bad sequence) and then parses as [`parse`](Self::parse).
    ///
    /// ```
    /// let p = rasad::Parser::new();
    /// assert!(p.parse_bytes("قتل جندي.".as_bytes()).is_ok());
    /// assert_eq!(p.parse_bytes(b"\xd9\x82\xc0"), Err(rasad::Error::InvalidUtf8 { offset: 2 }));
    /// ```
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Report, Error> {
        if bytes.len() > self.max_bytes {
            return Err(Error::TooLarge { size: bytes.len(), limit: self.max_bytes });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 { offset: e.valid_up_to() })?;
        self.parse(text)
    }

    /// Parse one article.
    ///
    /// ```
    /// let report = rasad::Parser::new().parse("وأعلنت وزارة الدفاع الأرمينية مقتل 3 جنود.").unwrap();
    /// assert_eq!(report.casualties.len(), 1);
    /// ```
    pub fn parse(&self, text: &str) -> Result<Report, Error> {
        if text.len() > self.max_bytes {
            return Err(Error::TooLarge { size: text.len(), limit: self.max_bytes });
        }
        if text.trim().is_empty() {
            return Err(Error::Empty);
        }
        if !text
            .chars()
            .any(|c| matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}'))
        {
            return Err(Error::NotArabic);
        }
        let doc = Doc::new(text, self.reference);
        Ok(crate::extract::run(doc))
    }
}
