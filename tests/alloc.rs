//! The readers allocate nothing per call beyond their result: `parse` and
//! `ordinal` nothing at all, `find` only the growth of the vector it
//! returns (it folds its input a token at a time, never copying it whole).
//!
//! A counting allocator wraps the system one. It counts per thread, so tests
//! running in parallel do not disturb each other's counts.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use chrono::NaiveDate;
use rasad::{dates, numbers};

struct Counting;

thread_local! {
    static ALLOCS: Cell<usize> = const { Cell::new(0) };
}

fn bump() {
    let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
}

// SAFETY: every call is passed on unchanged to `System`; counting touches
// only a thread-local `Cell`, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump();
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump();
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump();
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made on this thread while `f` runs, and its result.
fn allocs<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCS.with(Cell::get);
    let out = f();
    (ALLOCS.with(Cell::get) - before, out)
}

/// Allocations a `Vec` makes growing one push at a time to `n` items
/// (capacities 4, 8, 16, ...).
fn growth(n: usize) -> usize {
    let (mut cap, mut times) = (0, 0);
    while cap < n {
        cap = (cap * 2).max(4);
        times += 1;
    }
    times
}

const COUNTS: &[&str] = &[
    "21",
    "٢١",
    "1,250,000",
    "1.5 مليون",
    "ثلاثة",
    "مئة وخمسة وعشرون",
    "ألفين",
    "ما لا يقل عن عشرين",
    "بين 10 و15",
    "نحو ثلاثين",
    "عشرات",
    "جنديين",
    "10:27",
    "ليس عددا",
    "  ٣ آلاف  ",
    "",
];

const ORDINALS: &[&str] = &["الثالث", "الأولى", "الحادية عشرة", "الخامس والعشرين", "ثلاثة"];

const DATES: &[&str] = &[
    "2020-09-27",
    "27 أيلول/سبتمبر 2020",
    "٠٦-١٠-٢٠٢٠",
    "الثامن من تشرين الثاني 2019",
    "15 رمضان 1445 هـ",
    "أمس",
    "الثلاثاء الماضي",
    "27 أيلول",
    "عام 1994",
    "نص بلا تاريخ",
    "",
];

#[test]
fn parse_and_ordinal_allocate_nothing() {
    let day = NaiveDate::from_ymd_opt(2020, 9, 29);
    // The tables are built once, on first use: not per call.
    for s in COUNTS {
        numbers::parse(s);
    }
    for s in ORDINALS {
        numbers::ordinal(s);
    }
    for s in DATES {
        dates::parse(s, day);
    }
    for s in COUNTS {
        let (n, got) = allocs(|| numbers::parse(s));
        assert_eq!(n, 0, "numbers::parse({s:?}) = {got:?} allocated {n} times");
    }
    for s in ORDINALS {
        let (n, got) = allocs(|| numbers::ordinal(s));
        assert_eq!(n, 0, "numbers::ordinal({s:?}) = {got:?} allocated {n} times");
    }
    for s in DATES {
        let (n, got) = allocs(|| dates::parse(s, day));
        assert_eq!(n, 0, "dates::parse({s:?}) = {got:?} allocated {n} times");
    }
}

#[test]
fn find_allocates_only_its_result() {
    let day = NaiveDate::from_ymd_opt(2020, 10, 1);
    let mut text = String::from("قال مسؤول إن ");
    for k in 1..=40 {
        text.push_str(&format!("{k} جنديا قتلوا في {k} أيلول 2020 وأصيب نحو عشرين آخرين، "));
    }
    let none = "نص طويل لا عدد فيه ولا تاريخ، يتكرر. ".repeat(50);
    // diacritics, tatweel, marks and Arabic-Indic digits are folded on the fly
    let marked = "قُتِلَ ٢١ جنديًّا في ٢٧ أيلول\u{200f}/سبتمبر ٢٠٢٠، وأُصيـــب نحو ١٬٢٠٠ آخرين. ".repeat(20);
    let long = format!("{} 5 {}", "ب".repeat(100), "\u{64e}".repeat(100));
    for s in [&text, &none, &marked, &long] {
        numbers::find(s);
        dates::find(s, day);
    }
    for s in [&text, &none, &marked, &long] {
        let (n, found) = allocs(|| numbers::find(s));
        assert_eq!(n, growth(found.len()), "numbers::find: {n} allocations for {} results", found.len());
        let (n, found) = allocs(|| dates::find(s, day));
        assert_eq!(n, growth(found.len()), "dates::find: {n} allocations for {} results", found.len());
    }
    let (n, found) = allocs(|| numbers::find(&none));
    assert!(found.is_empty() && n == 0, "{n}");
    let (n, found) = allocs(|| dates::find(&none, day));
    assert!(found.is_empty() && n == 0, "{n}");
    // and the scan itself does not grow with the text
    let (n, found) = allocs(|| numbers::find(&text));
    assert!(found.len() >= 80 && n == growth(found.len()), "{n} for {}", found.len());
    let (n, found) = allocs(|| dates::find(&marked, day));
    assert!(found.len() >= 20 && n == growth(found.len()), "{n} for {}", found.len());
}
