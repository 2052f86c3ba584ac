//! The report's JSON, written by hand: exactly the bytes
//! `serde_json::to_string(&report)` produces, appended to a `String`.
//!
//! Why by hand: the report always has the same shape, so every key and
//! bracket between two values is one precomputed literal, and a span is two
//! integers between literals. Going through `serde::Serializer` dispatched on
//! every field and scanned every key for characters to escape; serde_json
//! (a dev-dependency only) also looks up every byte of the mostly Arabic,
//! never escaped text one at a time. The report's JSON is about twice the
//! size of the article, so that was a tenth of the whole extraction's cost.
//!
//! Byte-for-byte what serde_json writes: no spaces; fields in declaration
//! order; `None` as `null`; enum variants as their snake_case names; dates
//! as chrono's `Display`; in strings `"` `\` and the bytes below 0x20
//! escaped (`\b \t \n \f \r` by name, the others as `\u00xx` with lowercase
//! hex), nothing else (not 0x7F, not U+2028). Each writer destructures its
//! struct whole, so a field added to the model does not compile until it is
//! written here too; `tests/json.rs` compares with serde_json.

use chrono::{Datelike, NaiveDate};

use crate::model::{
    Actor, ActorKind, Casualty, Ceasefire, CeasefireKind, Count, Mode, Outcome, Qualifier, Report, Source, Span,
    Statement, StatementKind, Victims,
};

/// Append `r` as compact JSON to `out`.
pub(crate) fn report(r: &Report, out: &mut String) {
    let Report { source: src, actors, statements, ceasefires, casualties } = r;
    out.push_str("{\"source\":");
    source(src, out);
    out.push_str(",\"actors\":");
    list(out, actors, actor);
    out.push_str(",\"statements\":");
    list(out, statements, statement);
    out.push_str(",\"ceasefires\":");
    list(out, ceasefires, ceasefire);
    out.push_str(",\"casualties\":");
    list(out, casualties, casualty);
    out.push('}');
}

/// `[a,b,…]`, each item by `item`.
#[inline]
fn list<T>(out: &mut String, items: &[T], item: impl Fn(&T, &mut String)) {
    out.push('[');
    if let Some((first, rest)) = items.split_first() {
        item(first, out);
        for x in rest {
            out.push(',');
            item(x, out);
        }
    }
    out.push(']');
}

/// A list of strings (actor ids, agencies).
fn strings(out: &mut String, items: &[String]) {
    list(out, items, |s, out| string_into(out, s));
}

/// A string or `null`.
#[inline]
fn opt_string(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => string_into(out, s),
        None => out.push_str("null"),
    }
}

/// A date as chrono writes it (`2024-05-14`), or `null`. Four-digit years
/// are written here; any other goes through chrono's `Display`, which is
/// what serde uses.
fn opt_date(out: &mut String, d: Option<NaiveDate>) {
    let Some(d) = d else {
        out.push_str("null");
        return;
    };
    out.push('"');
    match u64::try_from(d.year()) {
        Ok(y @ 1000..=9999) => {
            quad::<4>(out, y);
            out.push('-');
            quad::<2>(out, d.month().into());
            out.push('-');
            quad::<2>(out, d.day().into());
        }
        _ => {
            use std::fmt::Write;
            // chrono's own digits, sign and padding; never anything to escape
            let _ = write!(out, "{d}");
        }
    }
    out.push('"');
}

/// A number or `null`.
#[inline]
fn opt_u64(out: &mut String, n: Option<u64>) {
    match n {
        Some(n) => u64_into(out, n),
        None => out.push_str("null"),
    }
}

/// `true` or `false`.
#[inline]
fn boolean(out: &mut String, b: bool) {
    out.push_str(if b { "true" } else { "false" });
}

/// `{"start":…,"end":…}`: most of a report's values are spans.
#[inline]
fn span(s: &Span, out: &mut String) {
    let Span { start, end } = *s;
    out.push_str("{\"start\":");
    u64_into(out, start as u64);
    out.push_str(",\"end\":");
    u64_into(out, end as u64);
    out.push('}');
}

fn source(s: &Source, out: &mut String) {
    let Source { outlet, published, dateline, agencies, cited, headline } = s;
    out.push_str("{\"outlet\":");
    opt_string(out, outlet.as_deref());
    out.push_str(",\"published\":");
    opt_date(out, *published);
    out.push_str(",\"dateline\":");
    opt_string(out, dateline.as_deref());
    out.push_str(",\"agencies\":");
    strings(out, agencies);
    out.push_str(",\"cited\":");
    strings(out, cited);
    out.push_str(",\"headline\":");
    opt_string(out, headline.as_deref());
    out.push('}');
}

fn actor(a: &Actor, out: &mut String) {
    let Actor { id, kind, name, affiliation, role, mentions } = a;
    out.push_str("{\"id\":");
    string_into(out, id);
    out.push_str(",\"kind\":");
    out.push_str(actor_kind(*kind));
    out.push_str(",\"name\":");
    string_into(out, name);
    out.push_str(",\"affiliation\":");
    opt_string(out, affiliation.as_deref());
    out.push_str(",\"role\":");
    opt_string(out, role.as_deref());
    out.push_str(",\"mentions\":");
    list(out, mentions, span);
    out.push('}');
}

fn statement(s: &Statement, out: &mut String) {
    let Statement { speaker, kind, mode, text, targets, date, span: sp } = s;
    out.push_str("{\"speaker\":");
    string_into(out, speaker);
    out.push_str(",\"kind\":");
    out.push_str(statement_kind(*kind));
    out.push_str(",\"mode\":");
    out.push_str(mode_name(*mode));
    out.push_str(",\"text\":");
    string_into(out, text);
    out.push_str(",\"targets\":");
    strings(out, targets);
    out.push_str(",\"date\":");
    opt_date(out, *date);
    out.push_str(",\"span\":");
    span(sp, out);
    out.push('}');
}

fn ceasefire(c: &Ceasefire, out: &mut String) {
    let Ceasefire { kind, initiators, parties, mediators, immediate, humanitarian, effective, ordinal, span: sp } = c;
    out.push_str("{\"kind\":");
    out.push_str(ceasefire_kind(*kind));
    out.push_str(",\"initiators\":");
    strings(out, initiators);
    out.push_str(",\"parties\":");
    strings(out, parties);
    out.push_str(",\"mediators\":");
    strings(out, mediators);
    out.push_str(",\"immediate\":");
    boolean(out, *immediate);
    out.push_str(",\"humanitarian\":");
    boolean(out, *humanitarian);
    out.push_str(",\"effective\":");
    opt_date(out, *effective);
    out.push_str(",\"ordinal\":");
    opt_u64(out, ordinal.map(u64::from));
    out.push_str(",\"span\":");
    span(sp, out);
    out.push('}');
}

fn casualty(c: &Casualty, out: &mut String) {
    let Casualty { outcome, count, victims, side, cumulative, reported_by, date, span: sp } = c;
    out.push_str("{\"outcome\":");
    out.push_str(outcome_name(*outcome));
    out.push_str(",\"count\":");
    match count {
        Some(Count { value, qualifier, upper }) => {
            out.push_str("{\"value\":");
            u64_into(out, *value);
            out.push_str(",\"qualifier\":");
            out.push_str(qualifier_name(*qualifier));
            out.push_str(",\"upper\":");
            opt_u64(out, *upper);
            out.push('}');
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"victims\":");
    out.push_str(victims_name(*victims));
    out.push_str(",\"side\":");
    opt_string(out, side.as_deref());
    out.push_str(",\"cumulative\":");
    boolean(out, *cumulative);
    out.push_str(",\"reported_by\":");
    opt_string(out, reported_by.as_deref());
    out.push_str(",\"date\":");
    opt_date(out, *date);
    out.push_str(",\"span\":");
    span(sp, out);
    out.push('}');
}

// Each enum's serde name (`rename_all = "snake_case"`), quotes included; a
// unit test checks every variant against serde_json.

fn actor_kind(k: ActorKind) -> &'static str {
    match k {
        ActorKind::State => "\"state\"",
        ActorKind::Organization => "\"organization\"",
        ActorKind::Institution => "\"institution\"",
        ActorKind::Person => "\"person\"",
        ActorKind::Group => "\"group\"",
    }
}

fn statement_kind(k: StatementKind) -> &'static str {
    match k {
        StatementKind::Assertion => "\"assertion\"",
        StatementKind::Appeal => "\"appeal\"",
        StatementKind::Condemnation => "\"condemnation\"",
        StatementKind::Concern => "\"concern\"",
        StatementKind::Denial => "\"denial\"",
        StatementKind::Accusation => "\"accusation\"",
        StatementKind::Warning => "\"warning\"",
        StatementKind::Support => "\"support\"",
    }
}

fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Direct => "\"direct\"",
        Mode::Indirect => "\"indirect\"",
    }
}

fn ceasefire_kind(k: CeasefireKind) -> &'static str {
    match k {
        CeasefireKind::Call => "\"call\"",
        CeasefireKind::Agreement => "\"agreement\"",
        CeasefireKind::Violation => "\"violation\"",
        CeasefireKind::Offer => "\"offer\"",
        CeasefireKind::Failure => "\"failure\"",
    }
}

fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Killed => "\"killed\"",
        Outcome::Wounded => "\"wounded\"",
        Outcome::KilledOrWounded => "\"killed_or_wounded\"",
        Outcome::Missing => "\"missing\"",
        Outcome::Captured => "\"captured\"",
    }
}

fn victims_name(v: Victims) -> &'static str {
    match v {
        Victims::Civilians => "\"civilians\"",
        Victims::Military => "\"military\"",
        Victims::Fighters => "\"fighters\"",
        Victims::Children => "\"children\"",
        Victims::Women => "\"women\"",
        Victims::People => "\"people\"",
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "\"exact\"",
        Qualifier::AtLeast => "\"at_least\"",
        Qualifier::AtMost => "\"at_most\"",
        Qualifier::Approximate => "\"approximate\"",
        Qualifier::Range => "\"range\"",
    }
}

/// What follows a backslash for each byte that needs escaping: 0 for none,
/// `u` for `\u00xx`. The same table as serde_json's.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0A] = b'n';
    t[0x0C] = b'f';
    t[0x0D] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` (little-endian) that may need escaping.
/// The lowest set bit is exact (the first such byte); bits above it may be
/// false alarms from the subtraction's borrow, which is all a search needs.
#[inline]
fn escape_mask(x: u64) -> u64 {
    // xor 0x02 swaps `"` (0x22) into 0x20 and keeps 0..0x1F below 0x20:
    // one "below 0x21" test finds the control bytes and the quote
    let quote_or_control = x ^ (LO * 0x02);
    let backslash = x ^ (LO * b'\\' as u64);
    ((quote_or_control.wrapping_sub(LO * 0x21) & !quote_or_control) | (backslash.wrapping_sub(LO) & !backslash)) & HI
}

/// Index of the first byte of `bytes` that needs escaping: eight bytes at a
/// time, then the tail (most strings, keys and ids, are all tail).
#[inline]
fn first_escape(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        let m = escape_mask(c.try_into().map_or(0, u64::from_le_bytes));
        if m != 0 {
            return Some(at + (m.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&b| ESCAPE[b as usize] != 0).map(|i| at + i)
}

/// `s` as a JSON string, quotes included. The common case, nothing to
/// escape, is one scan and one copy.
#[inline]
fn string_into(out: &mut String, s: &str) {
    out.push('"');
    escape_into(out, s);
    out.push('"');
}

/// `s` escaped as serde_json escapes string contents, without the quotes.
#[inline]
fn escape_into(out: &mut String, s: &str) {
    match first_escape(s.as_bytes()) {
        None => out.push_str(s),
        Some(i) => escape_from(out, s, i),
    }
}

/// `s` escaped, its first byte to escape at `i`: copy each plain run whole,
/// then the escape.
#[inline(never)]
fn escape_from(out: &mut String, s: &str, mut i: usize) {
    let bytes = s.as_bytes();
    let mut start = 0;
    loop {
        // every byte that needs escaping is ASCII, so `i` is a char boundary
        out.push_str(s.get(start..i).unwrap_or_default());
        let b = bytes.get(i).copied().unwrap_or_default();
        match ESCAPE[b as usize] {
            b'u' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(b >> 4) as usize]));
                out.push(char::from(HEX[(b & 0xF) as usize]));
            }
            e => {
                out.push('\\');
                out.push(char::from(e));
            }
        }
        start = i + 1;
        match bytes.get(start..).and_then(first_escape) {
            Some(j) => i = start + j,
            None => break,
        }
    }
    out.push_str(s.get(start..).unwrap_or_default());
}

/// Every group of four digits, `0000` to `9999`, in order: the digits of
/// `n < 10_000` are one slice of it, of a length fixed in each branch of
/// [`u64_into`], so pushing them is a bounds check and one small store
/// instead of a division and a push per digit.
static QUADS: &str = {
    static BYTES: [u8; 40_000] = {
        let mut t = [0u8; 40_000];
        let mut i = 0;
        while i < 10_000 {
            t[4 * i] = b'0' + (i / 1000) as u8;
            t[4 * i + 1] = b'0' + (i / 100 % 10) as u8;
            t[4 * i + 2] = b'0' + (i / 10 % 10) as u8;
            t[4 * i + 3] = b'0' + (i % 10) as u8;
            i += 1;
        }
        t
    };
    match std::str::from_utf8(&BYTES) {
        Ok(s) => s,
        Err(_) => panic!("digits are ASCII"),
    }
};

/// The last `K` of the four digits of `n < 10_000`.
#[inline(always)]
fn quad<const K: usize>(out: &mut String, n: u64) {
    let end = 4 * n as usize + 4;
    out.push_str(QUADS.get(end - K..end).unwrap_or_default());
}

/// `n` in decimal, straight into `out` from the first digit: no buffer and
/// no UTF-8 check; a number below 10,000 (most byte offsets into an
/// article) is one push of its digits from [`QUADS`].
#[inline]
fn u64_into(out: &mut String, n: u64) {
    if n < 10_000 {
        below_10k(out, n);
    } else {
        above_10k(out, n);
    }
}

#[inline(always)]
fn below_10k(out: &mut String, n: u64) {
    if n >= 1000 {
        quad::<4>(out, n);
    } else if n >= 100 {
        quad::<3>(out, n);
    } else if n >= 10 {
        quad::<2>(out, n);
    } else {
        quad::<1>(out, n);
    }
}

/// `n >= 10_000`: the leading digits, then groups of four.
#[inline(never)]
fn above_10k(out: &mut String, n: u64) {
    let high = n / 10_000;
    if high < 10_000 {
        below_10k(out, high);
    } else {
        above_10k(out, high);
    }
    quad::<4>(out, n % 10_000);
}

/// The general `serde::Serializer` this module was before the report got
/// its own writer: kept for its tests, which pin down serde_json's bytes for
/// every shape serde has (the escaper and integer writer above are shared).
#[cfg(test)]
mod serde_writer {
    use super::{escape_into, string_into, u64_into};
    use std::fmt;

    use serde::Serialize;
    use serde::ser::{self, Impossible};

    /// Why a value could not be written: a float, or a map key serde_json
    /// would refuse too. Never happens for a [`crate::Report`].
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub(super) struct Error(String);

    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for Error {}

    impl ser::Error for Error {
        fn custom<T: fmt::Display>(msg: T) -> Self {
            Error(msg.to_string())
        }
    }

    fn unsupported(what: &str) -> Error {
        Error(format!("the compact JSON writer does not write {what}"))
    }

    /// Append `value` as compact JSON to `out`. On error `out` is left as it
    /// was.
    pub(super) fn write<T: Serialize + ?Sized>(value: &T, out: &mut String) -> Result {
        let len = out.len();
        // the writer owns the buffer while it writes: one indirection less on
        // every push
        let mut w = Writer { out: std::mem::take(out) };
        let r = value.serialize(&mut w);
        *out = w.out;
        if r.is_err() {
            out.truncate(len);
        }
        r
    }

    /// `n` in decimal (the rare 128-bit case: the plain loop).
    pub(super) fn u128_into(out: &mut String, n: u128) {
        match u64::try_from(n) {
            Ok(small) => u64_into(out, small),
            Err(_) => {
                let mut buf = [0u8; 39];
                let (mut i, mut n) = (buf.len(), n);
                while n > 0 {
                    i -= 1;
                    buf[i] = b'0' + (n % 10) as u8;
                    n /= 10;
                }
                for &b in &buf[i..] {
                    out.push(b as char);
                }
            }
        }
    }

    pub(super) fn i64_into(out: &mut String, n: i64) {
        if n < 0 {
            out.push('-');
        }
        u64_into(out, n.unsigned_abs());
    }

    pub(super) fn i128_into(out: &mut String, n: i128) {
        if n < 0 {
            out.push('-');
        }
        u128_into(out, n.unsigned_abs());
    }

    /// The serializer: everything goes straight into `out`.
    struct Writer {
        out: String,
    }

    /// A sequence, map or struct being written; `first` until an item is.
    struct Compound<'w> {
        w: &'w mut Writer,
        first: bool,
    }

    impl Compound<'_> {
        #[inline]
        fn comma(&mut self) {
            if self.first {
                self.first = false;
            } else {
                self.w.out.push(',');
            }
        }

        /// `"key":` (after a comma unless first). Inlined into every field: a
        /// report has hundreds of keys, each a few bytes.
        #[inline(always)]
        fn key(&mut self, key: &str) {
            let out = &mut self.w.out;
            if self.first {
                self.first = false;
                out.push('"');
            } else {
                out.push_str(",\"");
            }
            escape_into(out, key);
            out.push_str("\":");
        }
    }

    type Result<T = ()> = std::result::Result<T, Error>;

    impl<'w> ser::Serializer for &'w mut Writer {
        type Ok = ();
        type Error = Error;
        type SerializeSeq = Compound<'w>;
        type SerializeTuple = Compound<'w>;
        type SerializeTupleStruct = Compound<'w>;
        type SerializeTupleVariant = Compound<'w>;
        type SerializeMap = Compound<'w>;
        type SerializeStruct = Compound<'w>;
        type SerializeStructVariant = Compound<'w>;

        fn serialize_bool(self, v: bool) -> Result {
            self.out.push_str(if v { "true" } else { "false" });
            Ok(())
        }
        fn serialize_i8(self, v: i8) -> Result {
            self.serialize_i64(v.into())
        }
        fn serialize_i16(self, v: i16) -> Result {
            self.serialize_i64(v.into())
        }
        fn serialize_i32(self, v: i32) -> Result {
            self.serialize_i64(v.into())
        }
        fn serialize_i64(self, v: i64) -> Result {
            i64_into(&mut self.out, v);
            Ok(())
        }
        fn serialize_i128(self, v: i128) -> Result {
            i128_into(&mut self.out, v);
            Ok(())
        }
        fn serialize_u8(self, v: u8) -> Result {
            self.serialize_u64(v.into())
        }
        fn serialize_u16(self, v: u16) -> Result {
            self.serialize_u64(v.into())
        }
        fn serialize_u32(self, v: u32) -> Result {
            self.serialize_u64(v.into())
        }
        fn serialize_u64(self, v: u64) -> Result {
            u64_into(&mut self.out, v);
            Ok(())
        }
        fn serialize_u128(self, v: u128) -> Result {
            u128_into(&mut self.out, v);
            Ok(())
        }
        fn serialize_f32(self, _: f32) -> Result {
            Err(unsupported("floats"))
        }
        fn serialize_f64(self, _: f64) -> Result {
            Err(unsupported("floats"))
        }
        fn serialize_char(self, v: char) -> Result {
            string_into(&mut self.out, v.encode_utf8(&mut [0; 4]));
            Ok(())
        }
        fn serialize_str(self, v: &str) -> Result {
            string_into(&mut self.out, v);
            Ok(())
        }
        /// An array of numbers, as serde_json writes bytes.
        fn serialize_bytes(self, v: &[u8]) -> Result {
            self.out.push('[');
            for (i, &b) in v.iter().enumerate() {
                if i > 0 {
                    self.out.push(',');
                }
                u64_into(&mut self.out, b.into());
            }
            self.out.push(']');
            Ok(())
        }
        fn serialize_none(self) -> Result {
            self.serialize_unit()
        }
        fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
            value.serialize(self)
        }
        fn serialize_unit(self) -> Result {
            self.out.push_str("null");
            Ok(())
        }
        fn serialize_unit_struct(self, _: &'static str) -> Result {
            self.serialize_unit()
        }
        fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
            string_into(&mut self.out, variant);
            Ok(())
        }
        fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
            value.serialize(self)
        }
        /// `{"variant":value}`.
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            variant: &'static str,
            value: &T,
        ) -> Result {
            self.out.push('{');
            string_into(&mut self.out, variant);
            self.out.push(':');
            value.serialize(&mut *self)?;
            self.out.push('}');
            Ok(())
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'w>> {
            self.out.push('[');
            Ok(Compound { w: self, first: true })
        }
        fn serialize_tuple(self, len: usize) -> Result<Compound<'w>> {
            self.serialize_seq(Some(len))
        }
        fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'w>> {
            self.serialize_seq(Some(len))
        }
        /// `{"variant":[...]}`.
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            variant: &'static str,
            _: usize,
        ) -> Result<Compound<'w>> {
            self.out.push('{');
            string_into(&mut self.out, variant);
            self.out.push_str(":[");
            Ok(Compound { w: self, first: true })
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Compound<'w>> {
            self.out.push('{');
            Ok(Compound { w: self, first: true })
        }
        fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'w>> {
            self.out.push('{');
            Ok(Compound { w: self, first: true })
        }
        /// `{"variant":{...}}`.
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            variant: &'static str,
            _: usize,
        ) -> Result<Compound<'w>> {
            self.out.push('{');
            string_into(&mut self.out, variant);
            self.out.push_str(":{");
            Ok(Compound { w: self, first: true })
        }
        /// Escapes the `Display` output piece by piece, with no string built
        /// (dates go this way).
        fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result {
            struct Escaping<'o>(&'o mut String);
            impl fmt::Write for Escaping<'_> {
                fn write_str(&mut self, s: &str) -> fmt::Result {
                    escape_into(self.0, s);
                    Ok(())
                }
                // dates come a digit or two at a time
                fn write_char(&mut self, c: char) -> fmt::Result {
                    match c {
                        '"' | '\\' | '\0'..='\u{1f}' => escape_into(self.0, c.encode_utf8(&mut [0; 4])),
                        _ => self.0.push(c),
                    }
                    Ok(())
                }
            }
            self.out.push('"');
            fmt::write(&mut Escaping(&mut self.out), format_args!("{value}")).map_err(ser::Error::custom)?;
            self.out.push('"');
            Ok(())
        }
    }

    impl ser::SerializeSeq for Compound<'_> {
        type Ok = ();
        type Error = Error;
        fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
            self.comma();
            value.serialize(&mut *self.w)
        }
        fn end(self) -> Result {
            self.w.out.push(']');
            Ok(())
        }
    }

    impl ser::SerializeTuple for Compound<'_> {
        type Ok = ();
        type Error = Error;
        fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
            ser::SerializeSeq::serialize_element(self, value)
        }
        fn end(self) -> Result {
            ser::SerializeSeq::end(self)
        }
    }

    impl ser::SerializeTupleStruct for Compound<'_> {
        type Ok = ();
        type Error = Error;
        fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
            ser::SerializeSeq::serialize_element(self, value)
        }
        fn end(self) -> Result {
            ser::SerializeSeq::end(self)
        }
    }

    impl ser::SerializeTupleVariant for Compound<'_> {
        type Ok = ();
        type Error = Error;
        fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
            ser::SerializeSeq::serialize_element(self, value)
        }
        fn end(self) -> Result {
            self.w.out.push_str("]}");
            Ok(())
        }
    }

    impl ser::SerializeMap for Compound<'_> {
        type Ok = ();
        type Error = Error;
        fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
            self.comma();
            key.serialize(KeyWriter(&mut *self.w))?;
            self.w.out.push(':');
            Ok(())
        }
        fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
            value.serialize(&mut *self.w)
        }
        fn end(self) -> Result {
            self.w.out.push('}');
            Ok(())
        }
    }

    impl ser::SerializeStruct for Compound<'_> {
        type Ok = ();
        type Error = Error;
        fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
            self.key(key);
            value.serialize(&mut *self.w)
        }
        fn end(self) -> Result {
            self.w.out.push('}');
            Ok(())
        }
    }

    impl ser::SerializeStructVariant for Compound<'_> {
        type Ok = ();
        type Error = Error;
        fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
            self.key(key);
            value.serialize(&mut *self.w)
        }
        fn end(self) -> Result {
            self.w.out.push_str("}}");
            Ok(())
        }
    }

    /// A map key: strings as they are, integers and booleans quoted, anything
    /// else refused, as serde_json does.
    struct KeyWriter<'w>(&'w mut Writer);

    impl KeyWriter<'_> {
        fn quoted(self, write: impl FnOnce(&mut String)) -> Result {
            self.0.out.push('"');
            write(&mut self.0.out);
            self.0.out.push('"');
            Ok(())
        }
    }

    impl ser::Serializer for KeyWriter<'_> {
        type Ok = ();
        type Error = Error;
        type SerializeSeq = Impossible<(), Error>;
        type SerializeTuple = Impossible<(), Error>;
        type SerializeTupleStruct = Impossible<(), Error>;
        type SerializeTupleVariant = Impossible<(), Error>;
        type SerializeMap = Impossible<(), Error>;
        type SerializeStruct = Impossible<(), Error>;
        type SerializeStructVariant = Impossible<(), Error>;

        fn serialize_str(self, v: &str) -> Result {
            self.0.serialize_str(v)
        }
        fn serialize_char(self, v: char) -> Result {
            self.0.serialize_char(v)
        }
        fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
            self.0.serialize_str(variant)
        }
        fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
            value.serialize(self)
        }
        fn serialize_bool(self, v: bool) -> Result {
            self.quoted(|out| out.push_str(if v { "true" } else { "false" }))
        }
        fn serialize_i8(self, v: i8) -> Result {
            self.quoted(|out| i64_into(out, v.into()))
        }
        fn serialize_i16(self, v: i16) -> Result {
            self.quoted(|out| i64_into(out, v.into()))
        }
        fn serialize_i32(self, v: i32) -> Result {
            self.quoted(|out| i64_into(out, v.into()))
        }
        fn serialize_i64(self, v: i64) -> Result {
            self.quoted(|out| i64_into(out, v))
        }
        fn serialize_i128(self, v: i128) -> Result {
            self.quoted(|out| i128_into(out, v))
        }
        fn serialize_u8(self, v: u8) -> Result {
            self.quoted(|out| u64_into(out, v.into()))
        }
        fn serialize_u16(self, v: u16) -> Result {
            self.quoted(|out| u64_into(out, v.into()))
        }
        fn serialize_u32(self, v: u32) -> Result {
            self.quoted(|out| u64_into(out, v.into()))
        }
        fn serialize_u64(self, v: u64) -> Result {
            self.quoted(|out| u64_into(out, v))
        }
        fn serialize_u128(self, v: u128) -> Result {
            self.quoted(|out| u128_into(out, v))
        }
        fn serialize_f32(self, _: f32) -> Result {
            Err(unsupported("floats"))
        }
        fn serialize_f64(self, _: f64) -> Result {
            Err(unsupported("floats"))
        }
        fn serialize_bytes(self, _: &[u8]) -> Result {
            Err(key_must_be_a_string())
        }
        fn serialize_none(self) -> Result {
            Err(key_must_be_a_string())
        }
        fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result {
            Err(key_must_be_a_string())
        }
        fn serialize_unit(self) -> Result {
            Err(key_must_be_a_string())
        }
        fn serialize_unit_struct(self, _: &'static str) -> Result {
            Err(key_must_be_a_string())
        }
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result {
            Err(key_must_be_a_string())
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Impossible<(), Error>> {
            Err(key_must_be_a_string())
        }
        fn serialize_tuple(self, _: usize) -> Result<Impossible<(), Error>> {
            Err(key_must_be_a_string())
        }
        fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Impossible<(), Error>> {
            Err(key_must_be_a_string())
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Impossible<(), Error>> {
            Err(key_must_be_a_string())
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Impossible<(), Error>> {
            Err(key_must_be_a_string())
        }
        fn serialize_struct(self, _: &'static str, _: usize) -> Result<Impossible<(), Error>> {
            Err(key_must_be_a_string())
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Impossible<(), Error>> {
            Err(key_must_be_a_string())
        }
        fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result {
            self.0.collect_str(value)
        }
    }

    fn key_must_be_a_string() -> Error {
        Error("key must be a string".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::serde_writer::*;
    use super::*;
    use serde::Serialize;

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        string_into(&mut out, s);
        out
    }

    fn digits(n: u64) -> String {
        let mut out = String::new();
        u64_into(&mut out, n);
        out
    }

    /// Every variant of every enum, against serde's name for it.
    #[test]
    fn enum_names_are_serdes() {
        use crate::model::*;
        fn same<T: Serialize>(v: T, name: &str) {
            assert_eq!(serde_json::to_string(&v).unwrap(), name);
        }
        use ActorKind as A;
        for k in [A::State, A::Organization, A::Institution, A::Person, A::Group] {
            same(k, actor_kind(k));
        }
        use StatementKind as S;
        for k in
            [S::Assertion, S::Appeal, S::Condemnation, S::Concern, S::Denial, S::Accusation, S::Warning, S::Support]
        {
            same(k, statement_kind(k));
        }
        same(Mode::Direct, mode_name(Mode::Direct));
        same(Mode::Indirect, mode_name(Mode::Indirect));
        use CeasefireKind as C;
        for k in [C::Call, C::Agreement, C::Violation, C::Offer, C::Failure] {
            same(k, ceasefire_kind(k));
        }
        use Outcome as O;
        for o in [O::Killed, O::Wounded, O::KilledOrWounded, O::Missing, O::Captured] {
            same(o, outcome_name(o));
        }
        use Victims as V;
        for v in [V::Civilians, V::Military, V::Fighters, V::Children, V::Women, V::People] {
            same(v, victims_name(v));
        }
        use Qualifier as Q;
        for q in [Q::Exact, Q::AtLeast, Q::AtMost, Q::Approximate, Q::Range] {
            same(q, qualifier_name(q));
        }
    }

    /// Dates of every width chrono writes: four-digit years by hand, the
    /// others through `Display`.
    #[test]
    fn dates_like_serde_json() {
        for (y, m, d) in [
            (2024, 5, 14),
            (1000, 1, 1),
            (9999, 12, 31),
            (999, 2, 3),
            (0, 1, 1),
            (-1, 6, 30),
            (10_000, 1, 9),
            (-262_000, 1, 1),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d);
            assert!(day.is_some(), "{y}");
            let mut out = String::new();
            opt_date(&mut out, day);
            assert_eq!(out, serde_json::to_string(&day).unwrap());
        }
        let mut out = String::new();
        opt_date(&mut out, None);
        assert_eq!(out, "null");
    }

    #[test]
    fn escapes_like_serde_json() {
        assert_eq!(escaped(""), r#""""#);
        assert_eq!(escaped("قال \"لا\""), r#""قال \"لا\"""#);
        assert_eq!(escaped("a\\b"), r#""a\\b""#);
        assert_eq!(escaped("\n\r\t\u{8}\u{c}"), r#""\n\r\t\b\f""#);
        assert_eq!(escaped("\u{0}\u{1}\u{1f}\u{b}"), r#""\u0000\u0001\u001f\u000b""#);
        // not escaped: DEL, U+2028, astral characters, `/`
        assert_eq!(escaped("\u{7f}\u{2028}𝄞/"), "\"\u{7f}\u{2028}𝄞/\"");
    }

    #[test]
    fn escapes_at_every_position_of_a_word() {
        // a byte to escape at each offset of the 8-byte words and the tail
        for len in 0..40 {
            for at in 0..len {
                for c in ['"', '\\', '\n', '\u{1}', '\u{1f}'] {
                    let mut s: String = "ب".repeat(len / 2) + &"x".repeat(len % 2);
                    let pos = s.char_indices().map(|(i, _)| i).nth(at / 2).unwrap_or(s.len());
                    s.insert(pos, c);
                    let mut want = String::from('"');
                    for ch in s.chars() {
                        match ch {
                            '"' => want.push_str("\\\""),
                            '\\' => want.push_str("\\\\"),
                            '\n' => want.push_str("\\n"),
                            c if (c as u32) < 0x20 => want.push_str(&format!("\\u{:04x}", c as u32)),
                            c => want.push(c),
                        }
                    }
                    want.push('"');
                    assert_eq!(escaped(&s), want, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn mask_flags_only_bytes_to_escape() {
        for b in 0..=255u8 {
            let word = u64::from_le_bytes([b'a', b'a', b'a', b, b'a', b'a', b'a', b'a']);
            assert_eq!(escape_mask(word) != 0, ESCAPE[b as usize] != 0, "{b:#x}");
            if escape_mask(word) != 0 {
                assert_eq!(escape_mask(word).trailing_zeros() / 8, 3);
            }
        }
        // a borrow may flag bytes after the first, never before it
        let word = u64::from_le_bytes([0x61, 0x00, 0x01, 0x61, 0x61, 0x61, 0x61, 0x61]);
        assert_eq!(escape_mask(word).trailing_zeros() / 8, 1);
    }

    #[test]
    fn digits_like_display() {
        let mut cases = vec![0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_535, u64::MAX, u64::MAX - 1];
        let mut p = 1u64;
        while let Some(next) = p.checked_mul(10) {
            cases.extend([p - 1, p, p + 1]);
            p = next;
        }
        for n in cases {
            assert_eq!(digits(n), n.to_string());
        }
        for n in 0..100_000 {
            assert_eq!(digits(n), n.to_string());
        }
    }

    #[test]
    fn signed_and_wide_integers() {
        let mut out = String::new();
        for n in [i64::MIN, -1, 0, 7, i64::MAX] {
            out.clear();
            i64_into(&mut out, n);
            assert_eq!(out, n.to_string());
        }
        for n in [i128::MIN, -1, 0, i128::from(u64::MAX) + 1, i128::MAX] {
            out.clear();
            i128_into(&mut out, n);
            assert_eq!(out, n.to_string());
        }
        out.clear();
        u128_into(&mut out, u128::MAX);
        assert_eq!(out, u128::MAX.to_string());
    }

    #[test]
    fn floats_are_refused_and_leave_the_buffer_alone() {
        let mut out = String::from("x");
        assert!(write(&(1, 2.5f64), &mut out).is_err());
        assert_eq!(out, "x");
    }

    #[test]
    fn shapes_like_serde_json() {
        use std::collections::BTreeMap;
        #[derive(Serialize)]
        struct Unit;
        #[derive(Serialize)]
        struct Newtype(u8);
        #[derive(Serialize)]
        struct Pair(i32, &'static str);
        #[derive(Serialize)]
        #[serde(rename_all = "snake_case")]
        enum Shape {
            Plain,
            Wrapped(i64),
            Tuple(u8, bool),
            Named { left: Option<u32>, right_side: char },
        }
        #[derive(Serialize)]
        struct All {
            unit: (),
            unit_struct: Unit,
            newtype: Newtype,
            pair: Pair,
            shapes: Vec<Shape>,
            none: Option<String>,
            some: Option<i16>,
            tuple: (bool, char, &'static str),
            empty: Vec<u8>,
            by_number: BTreeMap<u16, bool>,
            by_text: BTreeMap<&'static str, Vec<u8>>,
            day: chrono::NaiveDate,
            wide: (i128, u128),
            #[serde(with = "serde_bytes_like")]
            bytes: Vec<u8>,
        }
        mod serde_bytes_like {
            pub fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(v)
            }
        }
        let all = All {
            unit: (),
            unit_struct: Unit,
            newtype: Newtype(7),
            pair: Pair(-40, "x\ty"),
            shapes: vec![
                Shape::Plain,
                Shape::Wrapped(i64::MIN),
                Shape::Tuple(3, false),
                Shape::Named { left: None, right_side: '"' },
            ],
            none: None,
            some: Some(-1),
            tuple: (true, 'ق', "s"),
            empty: Vec::new(),
            by_number: [(1, true), (20, false)].into(),
            by_text: [("a\"", vec![1]), ("b", vec![])].into(),
            day: chrono::NaiveDate::from_ymd_opt(2024, 5, 14).unwrap_or_default(),
            wide: (i128::MIN, u128::MAX),
            bytes: vec![0, 255],
        };
        let mut out = String::new();
        write(&all, &mut out).unwrap();
        assert_eq!(out, serde_json::to_string(&all).unwrap());

        let bad: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into();
        assert!(write(&bad, &mut out).is_err());
        assert!(serde_json::to_string(&bad).is_err());
    }
}
