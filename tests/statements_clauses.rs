//! Who speaks when the verb of saying stands in a clause of a longer
//! sentence: after `إذ`، `فيما`، `بينما`، `أما … فـ`, after a clause whose
//! subject the next `وقال` continues, after a title with a pronoun
//! (`ممثله`، `مبعوثها`), and a participle after a long apposition.
//! All sentences are written for these tests.

use rasad::Mode::{Direct, Indirect};
use rasad::Statement;
use rasad::StatementKind::{Accusation, Appeal, Assertion, Support};

fn st(text: &str) -> Vec<Statement> {
    rasad::parse(text).expect("parse").statements
}

fn speakers(text: &str) -> Vec<String> {
    st(text).into_iter().map(|s| s.speaker).collect()
}

// ------------------------------------------ a clause opened by إذ / حيث

#[test]
fn verb_after_idh_has_its_own_subject() {
    let s = st("غير أن الهدنة لم تصمد طويلا، إذ اتهم وزير الخارجية الروسي سيرغي لافروف القوات الأوكرانية بخرقها.");
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(s[0].speaker, "lavrov");
    assert_eq!(s[0].kind, Accusation);
}

#[test]
fn verb_after_idh_feminine_and_continued() {
    let s = speakers(
        "وتعثرت المفاوضات مجددا، إذ أكدت الحكومة الفرنسية أن الشروط غير مقبولة، وقالت: \"لن نوقع على أي نص\".",
    );
    assert_eq!(s, ["FRA", "FRA"]);
}

// ---------------------------------- فيما / بينما / في حين with a capital

#[test]
fn capital_after_fima_speaks_not_the_lisan_of_the_clause_before() {
    let s = st("ودعت باريس، على لسان الرئيس الفرنسي إيمانويل ماكرون، إلى التهدئة، فيما أعلنت أنقرة دعمها للوساطة.");
    let who: Vec<&str> = s.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(who, ["macron", "TUR"], "{s:#?}");
    assert_eq!(s[1].kind, Support);
}

#[test]
fn capital_after_baynama_and_fi_hin() {
    let s = speakers("وحذر الرئيس الفرنسي إيمانويل ماكرون من التصعيد، بينما أكدت موسكو أنها لن تتراجع.");
    assert_eq!(s, ["macron", "RUS"]);
    let s = speakers("ورحب وزير الخارجية الأميركي أنتوني بلينكن بالخطوة، في حين نفت طهران أي دور لها في الهجوم.");
    assert_eq!(s, ["blinken", "IRN"]);
}

#[test]
fn lisan_in_its_own_clause_still_speaks() {
    let s = st("ودعت فرنسا، على لسان الرئيس إيمانويل ماكرون، الطرفين إلى ضبط النفس.");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].speaker, "macron");
    assert_eq!(s[0].kind, Appeal);
}

// ------------------------------------------ a title with a pronoun suffix

#[test]
fn title_with_a_pronoun_reads_on_to_the_name() {
    let s = speakers(
        "وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن قلقه، فيما دعا مبعوثه الخاص هانس غروندبرغ الأطراف إلى الحوار.",
    );
    assert_eq!(s, ["guterres", "grundberg"]);
    let s = speakers("رحبت الأمم المتحدة بالاتفاق، وقال ممثلها نيكولاي ملادينوف إن الطرفين التزما بوقف القتال.");
    assert_eq!(s, ["UN", "mladenov"]);
}

#[test]
fn title_with_a_pronoun_and_no_name_is_nobody_new() {
    // no name after the title: not the UN, and not a wrong person
    let s = speakers("رحبت الأمم المتحدة بالاتفاق، وقال ممثلها الخاص في المنطقة إن الطرفين التزما بوقف القتال.");
    assert!(!s.iter().any(|x| x == "mladenov"), "{s:?}");
}

// ------------------------------- the subject of the clause before وقال

#[test]
fn wa_qala_continues_the_subject_of_the_clause_before() {
    let s = st("قال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.\n\
         وزار الرئيس الفرنسي إيمانويل ماكرون مخيما للنازحين، وقال في كلمة مقتضبة: \"الوضع لا يحتمل الانتظار\".");
    let who: Vec<&str> = s.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(who, ["lavrov", "macron"], "{s:#?}");
    assert_eq!(s[1].mode, Direct);
}

#[test]
fn participle_continues_the_subject_of_the_clause_before() {
    let s = speakers(
        "قال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.\n\
         وتفقد الرئيس الأوكراني فولوديمير زيلينسكي مواقع قرب الجبهة، مؤكدا أن قواته لن تتراجع.",
    );
    assert_eq!(s, ["lavrov", "zelensky"]);
}

#[test]
fn feminine_verb_continues_a_feminine_subject() {
    let s = speakers(
        "قال الرئيس الفرنسي إيمانويل ماكرون إن الحل سياسي.\n\
         واستقبلت الحكومة السودانية وفدا من الوسطاء، وأكدت أنها مستعدة للتفاوض.",
    );
    assert_eq!(s, ["macron", "SDN"]);
}

#[test]
fn clause_without_a_named_subject_leaves_the_last_speaker() {
    let s = speakers(
        "قال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.\n\
         وتواصل القصف على المدينة طوال الليل، وأضاف أن موسكو لن تقبل بذلك.",
    );
    assert_eq!(s, ["lavrov", "lavrov"]);
}

#[test]
fn amma_fa_names_the_subject() {
    let s = st("قال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.\n\
         أما الرئيس الأوكراني فولوديمير زيلينسكي فرفض أي حديث عن هدنة، وقال إن قواته \"لن تلقي السلاح\".");
    let who: Vec<&str> = s.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(who, ["lavrov", "zelensky"], "{s:#?}");
    assert_eq!(s[1].kind, Assertion);
}

// ------------------------------- a participle after a long apposition

#[test]
fn participle_after_an_apposition_keeps_its_own_words() {
    let s = st("وقال وزير الخارجية الأميركي أنتوني بلينكن، القائم بأعمال المبعوث الخاص في غياب زميله، في بيان إن \
         واشنطن \"ستواصل دعم الحوار بين الطرفين\"، داعيا المدنيين إلى الابتعاد عن مناطق القتال.");
    assert_eq!(s.len(), 2, "{s:#?}");
    assert!(s.iter().all(|s| s.speaker == "blinken"));
    assert_eq!(s[0].mode, Direct);
    assert_eq!(s[0].text, "ستواصل دعم الحوار بين الطرفين");
    assert_eq!(s[1].kind, Appeal);
    assert_eq!(s[1].mode, Indirect);
    assert!(s[1].text.contains("المدنيين إلى الابتعاد"), "{s:#?}");
}

// ------------------------------------------------ قائلا after another act

#[test]
fn qailan_after_a_denial_with_its_object_is_a_statement_of_its_own() {
    let s = st("فيما نفت حركة حماس في بيان استهداف المدنيين، قائلة إنها تستهدف \"مواقع عسكرية فقط\".");
    assert_eq!(s.len(), 2, "{s:#?}");
    assert!(s.iter().all(|s| s.speaker == "hamas"), "{s:#?}");
    assert_eq!(s[0].kind, rasad::StatementKind::Denial);
    assert_eq!(s[1].mode, Direct);
    assert_eq!(s[1].text, "مواقع عسكرية فقط");
}

#[test]
fn qailan_after_a_verb_of_saying_gives_its_words() {
    let s = st("وصرح وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي مع نظيره، قائلا إن الحل سياسي.");
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(s[0].speaker, "lavrov");
    assert_eq!(s[0].text, "الحل سياسي");
}

// ------------------------------------- a quoted body's name inside a title

#[test]
fn quoted_name_inside_a_title_reads_on_to_the_person() {
    let s = speakers(
        "قال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.\n\
         وتبنى القيادي في حركة \"حماس\" خليل الحية العملية، وقال في تسجيل مصور: \"هذا ردنا\".",
    );
    assert_eq!(s, ["lavrov", "al_hayya"], "{s:?}");
    let s = speakers("وقال القيادي في حركة «حماس» خليل الحية إن الحركة لن تتراجع.");
    assert_eq!(s, ["al_hayya"]);
}

#[test]
fn a_name_inside_the_words_said_is_not_the_speaker() {
    // the quote opens what was said: the name in it does not speak
    let s = speakers("قال المتحدث باسم الحكومة \"لافروف لم يقل ذلك\".");
    assert!(!s.iter().any(|x| x == "lavrov"), "{s:?}");
}
