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

#[cfg(test)]
mod tests {
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
}
