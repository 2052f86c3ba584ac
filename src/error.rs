//! What can go wrong before extraction starts.

/// Why an input was refused. Anything that passes these checks yields a
/// [`Report`](crate::Report), however odd the text.
///
/// ```
/// use rasad::Error;
/// assert_eq!(rasad::parse("  \n"), Err(Error::Empty));
/// assert!(matches!(rasad::parse("hello"), Err(Error::NotArabic)));
/// let bytes = [0xd9, 0x82, 0xff];
/// assert_eq!(rasad::Parser::new().parse_bytes(&bytes), Err(Error::InvalidUtf8 { offset: 2 }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is empty or only whitespace.
    #[error("input is empty or only whitespace")]
    Empty,
    /// The input has no Arabic letters at all.
    #[error("input has no Arabic letters: not an Arabic text")]
    NotArabic,
    /// The bytes are not UTF-8.
    #[error("input is not valid UTF-8: invalid byte sequence at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The input is larger than the parser's limit.
    #[error("input is {size} bytes, over the limit of {limit} bytes (see Parser::max_input_bytes)")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
}
