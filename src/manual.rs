//! # The manual: how rasad decides, where it fails, and how its output maps to datasets you know
//!
//! This module holds documentation only. The example sentences are written
//! for this manual; the ones in code blocks are tested.
//!
//! - [How the text is read](#how-the-text-is-read)
//! - [Source](#source) · [Actors](#actors) · [Statements](#statements) ·
//!   [Ceasefires](#ceasefires) · [Casualties](#casualties) ·
//!   [Numbers](#numbers) · [Dates](#dates)
//! - [Known limits and failure modes](#known-limits-and-failure-modes)
//! - [Mapping to ACLED, UCDP GED, CAMEO and ETH/PRIO CF](#mapping-to-datasets-you-know)
//!
//! ## How the text is read
//!
//! All matching runs on a *folded* copy of the text ([`crate::text::fold`]):
//! diacritics dropped; `أ إ آ` → `ا`; `ى` → `ي`; `ة` → `ه`; `ؤ` → `و`;
//! Arabic-Indic and Persian digits → ASCII; curly quotes → `"`; dashes → `-`.
//! So `مدنيًّا` and `مدنيا`, `٢١` and `21` are the same to every rule. A byte
//! map leads every match back to the original, which is what spans index.
//!
//! The page is cut into lines, and each line is classed as body, furniture
//! (`زر الذهاب إلى الأعلى`, share buttons, `حجم الخط`), related articles
//! (`اقرأ أيضا: …`), reader comments (everything after `التعليقات (2)` and
//! the like) or a repeat of an earlier line. Only body lines yield facts, and
//! a sentence printed twice yields its facts once.
//!
//! ## Source
//!
//! Pages come in many layouts, so the source extractor reads the *shape* of
//! lines rather than one site's markup.
//!
//! - **Headline**: the first body line that is not a section label, a date
//!   line, a byline or a caption. A first line of more than 35 words is a
//!   lede: the page then has no headline.
//! - **Header and footer**: lines before the first paragraph and after the
//!   last. Bylines and date lines are only read there (and in the lead, for
//!   `بيروت (رويترز) -`), so a date in the story is never the publication date.
//! - **Published**: in order of trust, a line with a publication cue (`نشر
//!   في`, `تاريخ النشر`), a date in a byline, a date line of its own in the
//!   header (`الأربعاء 15 أيار/مايو 2024`), an update line (`آخر تحديث`), a
//!   date line in the footer. Relative words are never a publication date.
//! - **Bylines**: `الخرطوم - وكالات` is split at separators; a known agency or
//!   `وكالات` is a credited wire (`agencies`), an unknown first part of one or
//!   two words is the `dateline`; behind `المصدر:` the unknown part is the
//!   `outlet`.
//! - **Cited**: agencies named in the body with a citing cue (`بحسب ما نقلت
//!   وكالة رويترز`, `في تصريح للأناضول`). Names that are also ordinary words
//!   (`الجزيرة`, `الأناضول`) need the cue right before them.
//!
//! ## Actors
//!
//! - **Gazetteer**: the tables in `src/gazetteer/` (states with names,
//!   demonyms in every form and capitals; organizations, institutions and
//!   armed groups; known persons with role and affiliation) are matched in
//!   one pass, with the clitics `و ف ب ل ك` allowed before a name.
//! - **Capitals**: `موسكو` is Russia's government in `قالت موسكو`, but a city
//!   after `في`, `إلى`, `من`, `مدينة`, `العاصمة`, and then no actor at all.
//! - **Institutions**: a head noun before a state mention makes a state body:
//!   `وزارة الدفاع الروسية` → `RUS_MOD`, `الجيش الأوكراني` → `UKR_MIL`.
//!   `الحكومة الكندية` is the state itself.
//! - **Titled persons**: a title with what qualifies it and a name next to it
//!   is a person with that role and affiliation:
//!
//! ```
//! let r = rasad::parse("وقال وزير الخارجية التركي مولود جاويش أوغلو إن الحل سياسي.")?;
//! let p = r.actor("cavusoglu").unwrap();
//! assert_eq!((p.role.as_deref(), p.affiliation.as_deref()), (Some("وزير الخارجية"), Some("TUR")));
//! # Ok::<(), rasad::Error>(())
//! ```
//!
//! - **Later mentions**: a bare surname, or a title with no name (`الأمين
//!   العام`, `الوزير`), joins the last person named with it:
//!
//! ```
//! let r = rasad::parse("وقال غوتيريش إن الحرب يجب أن تنتهي. وأكد الأمين العام أن الحل سياسي.")?;
//! assert!(r.statements.iter().all(|s| s.speaker == "guterres"));
//! assert_eq!(r.statements.len(), 2);
//! # Ok::<(), rasad::Error>(())
//! ```
//!
//! - **Separatists**: `الانفصاليين` and the authorities of a region resolve to
//!   the de facto entity of the region the article is about.
//!
//! ## Statements
//!
//! - **Cue**: a reporting verb from a table (`قال، أضاف، أكد، أعلن، دعا، ناشد،
//!   أدان، ندد، نفى، اتهم، حذر، أعرب عن، كتب…`) in past, present or participle
//!   form. A verb inside a quotation belongs to that quotation.
//! - **Speaker**: the actor right after the verb (Arabic puts the subject
//!   there), else the one right before it, else `على لسان X`; with `نقل عن X`
//!   it is X. A verb with no subject of its own (`وأضاف`، `وتابع`) continues
//!   the last speaker. **Unnamed sources give no statement**: `قال مصدر`,
//!   `أفادت مصادر محلية`, `ذكرت وكالة` — a wrong name is worse than none.
//! - **Mode and text**: *direct* when the content is quoted (`"…"`, `«…»`);
//!   the text is then the words inside the marks, over several sentences if
//!   need be. Otherwise *indirect*, and the text is the reported clause after
//!   `إن`/`أن`.
//! - **Kind**: from the verb — `دعا`/`ناشد`/`طالب` appeal, `أدان`/`ندد`
//!   condemnation, `نفى` denial, `اتهم` accusation, `حذر` warning — refined by
//!   the content for plain verbs of saying (`أعرب عن قلقه` concern, `أعرب عن
//!   تضامنه` support, a quote starting `ندين` condemnation).
//!
//! ```
//! let r = rasad::parse("وأعرب الاتحاد الأوروبي عن قلقه إزاء التصعيد.")?;
//! assert_eq!((r.statements[0].speaker.as_str(), r.statements[0].kind), ("EU", rasad::StatementKind::Concern));
//! let r = rasad::parse("وأفادت مصادر محلية بمقتل 7 أشخاص.")?;
//! assert!(r.statements.is_empty()); // an unnamed source: no statement…
//! assert_eq!(r.casualties[0].reported_by, None); // …and no reporter for the figure
//! # Ok::<(), rasad::Error>(())
//! ```
//!
//! ## Ceasefires
//!
//! - **Cue**: a cessation word with what is stopped (`وقف إطلاق النار`,
//!   `وقف الأعمال العدائية`, `إنهاء الحرب`, `وقف القتال`) or a truce noun
//!   (`هدنة`, `تهدئة`). A peace agreement (`اتفاق سلام`) or settlement
//!   (`تسوية`) is not a ceasefire.
//! - **Clauses**: a sentence is cut at contrastive links (`في حين`, `بينما`,
//!   `لكن`, `؛`); each clause with a cue gives one item.
//! - **Kind**: from trigger words around the cue; when several are present
//!   the first in this list wins: violation (`خرق`, `انتهك`), failure (`فشل`,
//!   `أخفق`, a negated agreement), call (`دعا`, `طالب`, `حث`), offer
//!   (`مستعد`, `اقترح`), agreement (`توصل إلى اتفاق`, `أعلن`, `دخل حيز
//!   التنفيذ`, a historical `اتفاق وقف إطلاق النار لعام 1994`).
//! - **Who**: initiators are the subject of the trigger verb, or of the
//!   reporting verb that governs the clause, or the speaker of the enclosing
//!   statement; for a violation, who breaches. Parties are the belligerents
//!   named as objects (`دعا أذربيجان وأرمينيا إلى…`) or after `بين`; mediators
//!   come from `بوساطة` (`بوساطة قطرية` → `QAT`) and are never parties.
//! - **Flags**: `فوري`, `فورا`, `على الفور` make it immediate (`عاجل` does
//!   not); `إنسانية`, `لأهداف إنسانية` humanitarian; `الثالث من نوعه` gives the
//!   ordinal 3; a date with `يدخل حيز التنفيذ` or `اعتبارا من` is `effective`.
//!
//! ```
//! use rasad::CeasefireKind::*;
//! let kind = |s| rasad::parse(s).unwrap().ceasefires[0].kind;
//! assert_eq!(kind("وأعلن الحوثيون استعدادهم لهدنة."), Offer);
//! assert_eq!(kind("فشلت المفاوضات في التوصل إلى وقف لإطلاق النار."), Failure);
//! let r = rasad::parse("وقالت أوكرانيا إن روسيا خرقت وقف إطلاق النار.")?;
//! assert_eq!((r.ceasefires[0].kind, r.ceasefires[0].initiators.as_slice()), (Violation, &["RUS".to_string()][..]));
//! let r = rasad::parse(
//!     "وتوصل الطرفان إلى اتفاق لوقف إطلاق النار بوساطة قطرية يدخل حيز التنفيذ في 10 تشرين الأول 2023.",
//! )?;
//! let cf = &r.ceasefires[0];
//! assert_eq!((cf.kind, cf.mediators.as_slice()), (Agreement, &["QAT".to_string()][..]));
//! assert_eq!(cf.effective.map(|d| d.to_string()).as_deref(), Some("2023-10-10"));
//! # Ok::<(), rasad::Error>(())
//! ```
//!
//! ## Casualties
//!
//! A figure is a count standing in a fixed place next to a word that says
//! what happened; a number anywhere else counts something else. The places:
//!
//! - after an event noun or verb: `مقتل 21 جنديا`, `أصيب 11 شخصا`, `اعتقلت
//!   القوات 12 شخصا` (captured);
//! - before a noun that carries the outcome: `21 قتيلا`, `60 قتيلا وجريحا`
//!   (one figure for both: `killed_or_wounded`);
//! - before a verb after the counted people: `مدنيين قتلا` (a dual: 2);
//! - at the end of a total: `ارتفع عدد القتلى إلى 244` — a running total,
//!   `cumulative`, as are `حصيلة` and `منذ بدء` totals.
//!
//! **Victims** come from the counted noun (`مدنيين` civilians, `جنود`
//! military, `مسلحين`/`مقاتلين` fighters, `أطفال`, `نساء`, else people);
//! **side** from a state or group named with them (`من حركة الشباب`) or
//! from the army that announces its own losses; **reported
//! by** from the reporting verb or `بحسب`/`وفقا لـ` around the figure; **date**
//! from a day word in the same sentence (`الثلاثاء`, `أمس`).
//!
//! ```
//! use rasad::{Outcome, Qualifier, Victims};
//! let r = rasad::parse("أعلن الجيش الأوكراني مقتل جنديين.")?;
//! let c = &r.casualties[0];
//! assert_eq!((c.count.unwrap().value, c.victims), (2, Victims::Military));
//! assert_eq!((c.side.as_deref(), c.reported_by.as_deref()), (Some("UKR"), Some("UKR_MIL")));
//!
//! let c = &rasad::parse("قتل نحو 30 مسلحا من حركة الشباب.")?.casualties[0];
//! assert_eq!((c.count.unwrap().qualifier, c.victims, c.side.as_deref()), (Qualifier::Approximate, Victims::Fighters, Some("shabaab")));
//!
//! assert!(rasad::parse("ارتفع عدد القتلى منذ بدء الحرب إلى 244 شخصا.")?.casualties[0].cumulative);
//! assert_eq!(rasad::parse("سقط 60 قتيلا وجريحا في الغارة.")?.casualties[0].outcome, Outcome::KilledOrWounded);
//! assert!(rasad::parse("وصل 2000 مقاتل إلى المدينة.")?.casualties.is_empty()); // arrived, not hurt
//! # Ok::<(), rasad::Error>(())
//! ```
//!
//! ## Numbers
//!
//! [`crate::numbers`] reads digits in any script with thousands separators
//! and scale words (`1.5 مليون`, `3 آلاف`), number words in both genders and
//! all cases (`ثلاثة`، `إحدى عشرة`، `مئة وخمسة وعشرون`، `ألفين`), duals of
//! person nouns (`قتيلان`، `جنديين`), and vague plurals as lower bounds:
//! `عشرات` (tens) → at least 20, `مئات` → at least 200, `آلاف` → at least
//! 2000, lower bounds as the output contract fixes them. Qualifiers around
//! the number set
//! [`Qualifier`](crate::Qualifier): `نحو`، `حوالي`، `قرابة` approximate;
//! `ما لا يقل عن`، `أكثر من`، `على الأقل` at least; `ما يصل إلى` at most;
//! `بين 10 و15` a range. Dates, times, years after `عام` and ordinals are not
//! counts. Try it with `cargo run --example readers -- "بين 10 و15 قتيلا"`.
//!
//! ## Dates
//!
//! [`crate::dates`] reads month names of every region (`أيلول`, `سبتمبر`,
//! `شتنبر`, `جانفي`, paired as `أيلول/سبتمبر`), numeric dates (`28/9/2020`,
//! day first), Hijri dates with a year (tabular calendar: may be a day off
//! the observed one), ordinal days (`الثامن من تشرين الثاني`) and relative
//! days (`اليوم`, `أمس`, weekday names: `الثلاثاء` is the latest Tuesday on or
//! before the reference date). The reference date is the article's
//! publication date, else [`Parser::reference_date`](crate::Parser::reference_date).
//! **rasad never reads a date the page does not print and never looks at the
//! clock**: with no reference, relative words give `None`. A bare year, a
//! month without a day and a week (`الأسبوع الماضي`) are not days.
//!
//! ## Known limits and failure modes
//!
//! rasad is a set of hand-written rules and tables. It is fast, predictable
//! and explainable — every fact has its evidence — but it only knows what
//! its rules and tables cover. Expect these failures, and check the spans:
//!
//! - **Gazetteer coverage.** An actor not in the tables is found only through
//!   a title next to a name (`المتحدث باسم الجيش X`) or a head noun with a
//!   state (`وزارة الدفاع الروسية`). Unlisted armed groups, local militias,
//!   tribal leaders and most mid-level officials are missed, and with them
//!   the statements and figures they give. Bare `الجيش` with no state named
//!   is not an actor. Add lines to `src/gazetteer/*.tsv` for your conflict.
//! - **No coreference beyond titles and surnames.** Pronouns (`وأكد أن…`
//!   after another actor was named), `الطرفان` / `طرفي النزاع` when the
//!   article does not name the sides, and descriptions (`الحركة`, `التنظيم`)
//!   are not resolved; the slot stays empty rather than guessed.
//! - **Unnamed sources are skipped.** `قال مصدر عسكري`, `أفادت مصادر`,
//!   `قال مسؤول كبير` and unnamed spokespeople of a body (`المتحدث باسم
//!   الخارجية الروسية` with no name) give no statement; figures they give
//!   have `reported_by: null`.
//! - **Clause structure is shallow.** A second verb that shares its subject
//!   with the first can take its object for the subject: in `نفت قوات الدعم
//!   السريع مسؤوليتها، واتهمت الجيش السوداني بالقصف` the accusation is
//!   attributed to the army. A trigger word in an unexpected form can leave
//!   a ceasefire item with its default kind (`اتهمت روسيا أوكرانيا بخرق وقف
//!   إطلاق النار` comes out as an agreement, not a violation), and a warning
//!   about collapse (`حذر من انهيار الهدنة`) reads as a failure.
//! - **Spans are clauses or sentences**, not minimal phrases; the indirect
//!   `text` of a statement can keep a trailing fragment or a leading
//!   preposition.
//! - **One article at a time.** The same figure in two articles is two
//!   records; cumulative totals and incident figures sit side by side
//!   (filter on `cumulative`); there is no event merging or deduplication
//!   across reports.
//! - **Vague counts are lower bounds**, and [`Count`](crate::Count) does not
//!   record whether `at_least 20` came from `عشرات` or from `أكثر من 20`:
//!   read the evidence when that matters.
//! - **Dates** depend on a printed publication date or `--date`; without
//!   either, relative days give `null`. Hijri dates may be a day off.
//! - **Genre.** The rules were written for news reports. Opinion pieces,
//!   transcripts, poetry and social-media posts will give less and worse.
//!
//! The project's scorer reports precision and recall per area on hand-made
//! gold; see the README for the current figures and how they were measured.
//!
//! ## Mapping to datasets you know
//!
//! rasad extracts *reported facts from one article*; the datasets below code
//! *events* from many sources with human judgment. The tables say where a
//! rasad field can fill a dataset's variable, and where it cannot. Codes and
//! variable names were checked against the datasets' published codebooks or
//! code lists where noted; where they could not be checked, this says so.
//!
//! ### ACLED (Armed Conflict Location & Event Data)
//!
//! ACLED event types are *Battles*, *Explosions/Remote violence*, *Violence
//! against civilians*, *Protests*, *Riots* and *Strategic developments* (with
//! sub-event types such as *Armed clash*, *Air/drone strike*, *Attack*,
//! *Abduction/forced disappearance*, *Agreement*, *Arrests*).
//!
//! | ACLED | rasad | note |
//! |---|---|---|
//! | `event_type`, `sub_event_type` | — | rasad does not classify violent events; it reports figures and statements about them |
//! | *Strategic developments: Agreement* | `ceasefires` with `kind: agreement` | ACLED's sub-event covers all agreements; rasad only ceasefires (not peace deals) |
//! | `actor1`, `actor2`, inter codes (1 state forces … 8 external/other) | `actors` with `kind` | `institution` (army, police) ≈ inter 1; `group` covers rebels and militias (inter 2–4) without telling them apart; `civilians` victims ≈ inter 7 |
//! | `fatalities` | `casualties` with `outcome: killed`, `cumulative: false`, `count.value` | ACLED records no injuries (`wounded`, `killed_or_wounded` have no ACLED column) and does not split fatalities by side (`side` goes in `notes`) |
//! | `event_date` | `date`, else `source.published` | ACLED's `time_precision` has no rasad counterpart |
//! | `source`, `notes` | `source.outlet`, `source.agencies`, `reported_by`, span text | |
//!
//! **Vague figures.** ACLED uses the most conservative estimate and, for
//! vague reports, codes 10 for "tens", 12 for "dozens" and 100 for
//! "hundreds" (ACLED's fatality FAQ). rasad reads `عشرات` as *at least 20*
//! and `مئات` as *at least 200* (the Arabic plural). English reports usually
//! render `عشرات` as "dozens", so an ACLED coder working from a translation
//! would write 12 where rasad gives 20. To follow ACLED, replace a vague
//! plural's value by ACLED's number (the evidence text tells you which it
//! was). ACLED's rule for deaths reported with no number was not checked
//! here; rasad gives `count: null` for them.
//!
//! ### UCDP GED (Georeferenced Event Dataset)
//!
//! GED records events of organized violence with at least one death,
//! `type_of_violence` 1 (state-based), 2 (non-state) or 3 (one-sided), a
//! `best`, `low` and `high` estimate of deaths, and deaths split into
//! `deaths_a` (side A), `deaths_b` (side B), `deaths_civilians` and
//! `deaths_unknown`.
//!
//! | GED | rasad | note |
//! |---|---|---|
//! | `best`, `low`, `high` | `count` | `exact`: best = low = high = value; `range`: low = value, high = upper; `at_least`: low = value; `at_most`: high = value; `approximate`: best = value. GED's estimates weigh many sources; rasad gives one report's figure |
//! | `deaths_civilians` | `victims`: `civilians`, `children`, `women` | UCDP's civilians are unarmed people who are not members of state forces or armed groups |
//! | `deaths_a`, `deaths_b` | `victims`: `military`/`fighters` with `side` | which side is A or B is the dyad's order, which rasad does not know |
//! | `deaths_unknown` | `victims: people`, or `side: null` | |
//! | `side_a`, `side_b`, `type_of_violence` | — | no dyads: rasad does not decide who fought whom |
//! | `date_start`, `date_end` | `date` | one day at most |
//! | `source_article`, `source_office` | `source.headline`, `source.outlet`, `source.agencies` | |
//!
//! Only `outcome: killed` and `cumulative: false` figures fit GED's event
//! counts; GED has no column for wounded, missing or captured.
//!
//! ### CAMEO event codes
//!
//! Checked against the CAMEO code list (version 0.7b5, 2007, with the ICEWS
//! label variants). CAMEO codes a source, a target and an event; rasad's
//! statements and ceasefire items give the source (`speaker`,
//! `initiators`) and targets (`targets`, `parties`).
//!
//! | rasad | CAMEO | note |
//! |---|---|---|
//! | statement `assertion` | 010 Make statement | |
//! | statement `appeal` | 02 APPEAL (020 Make an appeal or request) | a demand (`طالب`) may be 10 DEMAND |
//! | statement `condemnation` | 111 Criticize or denounce | |
//! | statement `accusation` | 112 Accuse (1123 Accuse of aggression, 1124 of war crimes…) | |
//! | statement `denial` | 016 Deny responsibility | only when it denies responsibility; rasad's denial is any denial |
//! | statement `concern` | closest: 012 Make pessimistic comment | no exact code |
//! | statement `support` | 051 Praise or endorse, 053 Rally support, 018 Make empathetic comment | depends on the content |
//! | statement `warning` | no exact code | 13 THREATEN applies only when the speaker threatens its own action |
//! | ceasefire `call` | 0256 Appeal for de-escalation of military engagement | ICEWS labels it "Demand de-escalation…"; a demand is 1056 Demand de-escalation of military engagement |
//! | ceasefire `offer` | 0356 Express intent to de-escalate military engagement | |
//! | ceasefire `agreement` | 0871 Declare truce, ceasefire | a signed text may also be 057 Sign formal agreement |
//! | ceasefire `violation` | 196 Violate ceasefire | |
//! | ceasefire `failure` | no exact code | a refusal is 1246 Decline to de-escalate military engagement |
//! | casualties | — | CAMEO codes the violent act (18 ASSAULT, 19 FIGHT, 20 mass violence), not its toll |
//!
//! ### ETH/PRIO Civil Conflict Ceasefire dataset (CF)
//!
//! CF (Clayton et al., *Journal of Conflict Resolution*, 2022) lists
//! ceasefires in civil conflicts from 1989 — unilateral, bilateral and
//! multilateral, from verbal declarations to written agreements — with the
//! actors, the class, purpose and coverage of each ceasefire, and when it
//! ended. The exact variable names and value lists could not be checked for
//! this manual: read them in CF's codebook.
//!
//! | CF | rasad | note |
//! |---|---|---|
//! | a ceasefire (declared or agreed) | `agreement` items; `offer` when a party declares it will cease fire | `call`, `violation` and `failure` items are not CF ceasefires, but are evidence about one |
//! | actors declaring | `initiators` | one party initiating ≈ unilateral, both ≈ bilateral; rasad does not label this |
//! | parties | `parties` | rasad's parties may include states outside the conflict |
//! | mediation or third parties | `mediators` | |
//! | purpose | `humanitarian` | rasad only flags the humanitarian purpose |
//! | start date | `effective` | only when the article states it |
//! | written or verbal, coverage, end date | — | rasad does not read them; a `violation` or `failure` item does not set an end date |
//! | — | `immediate`, `ordinal` | no CF counterpart |
