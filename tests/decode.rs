//! The decoder on whole responses: what is an error, what is left out, what stands.

use mit_overblik::api::{decode, Collection, DecodeError, Decoding, DropReason, ProgressCode};

fn body(extra: &str) -> String {
    format!(r#"{{"schemaVersion":"1.0","generatedAt":"2026-11-23T09:14:00+01:00","authorities":[]{extra}}}"#)
}

const CASE: &str =
    r#"{"id":"c1","authorityId":"0101","kle":"32.24.04","facet":"G01","caseNumber":"1","created":"2026-01-01"}"#;

#[test]
fn bodies_that_are_not_an_overview() {
    let table: [(&str, DecodeError); 8] = [
        ("", DecodeError::Truncated),
        ("<html>502 Bad Gateway</html>", DecodeError::NotJson),
        (r#"{"schemaVersion":"1.0","cases":["#, DecodeError::Truncated),
        ("[1,2,3]", DecodeError::NotContract("the body is not a JSON object")),
        ("null", DecodeError::NotContract("the body is not a JSON object")),
        (r#"{"cases":[]}"#, DecodeError::NotContract("schemaVersion is missing")),
        (r#"{"schemaVersion":"2.0","cases":[]}"#, DecodeError::UnsupportedVersion("2.0".into())),
        (r#"{"schemaVersion":"1.3"}"#, DecodeError::NotContract("it has none of the overview's lists")),
    ];
    for (input, expected) in table {
        assert_eq!(decode(input), Err(expected), "{input:?}");
    }
}

#[test]
fn unknown_fields_are_ignored_and_minor_versions_accepted() {
    let input = format!(
        r#"{{"schemaVersion":"1.7","future":{{"x":[1,2]}},"authorities":[{{"id":"0101","name":"K","kind":"region","status":"ok","logo":"x"}}],"cases":[{}]}}"#,
        CASE.replace(
            "\"G01\"",
            "\"G01\",\"caseworker\":\"Jens\",\"progress\":[{\"code\":\"Pauset\",\"at\":\"2026-01-02T10:00:00+01:00\"}]"
        )
    );
    let overview = decode(&input).expect("decodes");
    assert_eq!(overview.authorities[0].name, "K");
    assert_eq!(overview.cases[0].progress[0].code, ProgressCode::Unknown("Pauset".into()));
    assert!(overview.dropped.is_empty());
    assert_eq!(overview.generated_at, None);
}

#[test]
fn one_bad_item_is_left_out_and_counted() {
    // `None`: malformed (serde's message is the preview's only).
    let table: [(&str, Option<DropReason>); 7] = [
        (r#"{"id":"x"}"#, None),
        (r#"42"#, None),
        (&CASE.replace("\"2026-01-01\"", "\"2026-02-30\""), None),
        (&CASE.replace("\"2026-01-01\"", "\"1066-10-14\""), Some(DropReason::Invalid("created is out of range"))),
        (&CASE.replace("\"c1\"", "\"\""), Some(DropReason::Invalid("id is empty"))),
        (&CASE.replace("\"caseNumber\":\"1\"", "\"caseNumber\":1"), None),
        (CASE, Some(DropReason::DuplicateId)),
    ];
    for (bad, expected) in table {
        let input = body(&format!(r#","cases":[{CASE},{bad}]"#));
        let overview = decode(&input).expect("the response stands");
        assert_eq!(overview.cases.len(), 1, "{bad}");
        assert_eq!(overview.dropped.len(), 1, "{bad}");
        let dropped = &overview.dropped[0];
        assert_eq!((dropped.collection, dropped.index), (Collection::Cases, Some(1)));
        match (&dropped.reason, &expected) {
            (DropReason::Malformed { .. }, None) => {}
            (got, want) => assert_eq!(Some(got), want.as_ref(), "{bad}"),
        }
    }
}

#[test]
fn a_list_that_is_not_a_list_is_lost_alone() {
    let overview = decode(&body(&format!(r#","claims":"oops","cases":[{CASE}],"benefits":null"#))).expect("stands");
    assert_eq!(overview.cases.len(), 1);
    assert_eq!(overview.dropped.len(), 1);
    assert_eq!(overview.dropped[0].reason, DropReason::NotAList);
    assert_eq!(overview.dropped[0].collection, Collection::Claims);
}

#[test]
fn amounts_must_be_believable() {
    let claim = |amount: &str| {
        format!(
            r#"{{"id":"k","authorityId":"0101","claimTypeId":"t","amountOre":{amount},"outstandingOre":0,"created":"2026-01-01","sentToDebtCollection":false}}"#
        )
    };
    for (amount, kept) in [
        ("100", true),
        ("0", true),
        ("-1", false),
        ("10000000000001", false),
        ("1e3", false),
        ("99999999999999999999", false),
        ("1.5", false),
    ] {
        let overview = decode(&body(&format!(r#","claims":[{}]"#, claim(amount)))).expect("stands");
        assert_eq!(overview.claims.len() == 1, kept, "{amount}");
    }
}

#[test]
fn deep_nesting_is_refused_without_a_crash() {
    let deep = format!(r#"{{"schemaVersion":"1.0","cases":[{}{}]}}"#, "[".repeat(10_000), "]".repeat(10_000));
    // Deeper than the reader goes (512 levels): refused as not JSON, never a stack overflow.
    assert_eq!(decode(&deep), Err(DecodeError::NotJson));
}

#[test]
fn decoding_in_slices_gives_what_decoding_at_once_gives() {
    // The widget decodes a few items per task; the result must not depend on the slices.
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/public/fixtures");
    let mut bodies: Vec<String> = ["stor", "fjendtlig", "flere-myndigheder"]
        .iter()
        .map(|id| std::fs::read_to_string(format!("{fixtures}/{id}.json")).expect("fixture"))
        .collect();
    bodies.push(body(&format!(r#","claims":"oops","cases":[{CASE},{CASE},42],"benefits":null"#)));
    for body in &bodies {
        let at_once = decode(body).expect("an overview");
        for slice in [1, 7] {
            let mut decoding = Decoding::start(body);
            let mut steps = 0;
            while !decoding.step(slice).expect("an overview") {
                steps += 1;
            }
            assert_eq!(decoding.finish(), at_once, "slices of {slice}");
            // Each list's items are read, then decoded, `slice` at a time.
            assert!(slice > 1 || steps >= 2 * at_once.cases.len(), "one item a step");
        }
    }
}

#[test]
fn a_body_that_is_not_an_overview_is_refused_in_slices_as_at_once() {
    // Read a list's item at a time, a broken body is refused for what it is, whichever step
    // finds it, and a broken end is found before anything is decoded.
    let items = format!("[{}]", [CASE; 5].join(","));
    let table = [
        (format!(r#"{{"schemaVersion":"1.0","cases":{items}"#), DecodeError::Truncated),
        (format!(r#"{{"schemaVersion":"1.0","cases":{items},}}"#), DecodeError::NotJson),
        (format!(r#"{{"cases":{items}}}"#), DecodeError::NotContract("schemaVersion is missing")),
        (format!(r#"{{"cases":{items},"schemaVersion":"2.0"}}"#), DecodeError::UnsupportedVersion("2.0".into())),
        (format!(r#"[{items}]"#), DecodeError::NotContract("the body is not a JSON object")),
    ];
    for (body, expected) in table {
        assert_eq!(decode(&body), Err(expected.clone()), "{body}");
        let mut decoding = Decoding::start(&body);
        let outcome = loop {
            match decoding.step(1) {
                Ok(true) => break Ok(()),
                Ok(false) => {}
                Err(error) => break Err(error),
            }
        };
        assert_eq!(outcome, Err(expected), "in slices: {body}");
    }
}

#[test]
fn a_left_out_item_is_named_by_its_id_when_it_has_a_readable_one() {
    let long = "x".repeat(65);
    let table = [
        (r#"{"id":"c-9","kle":7}"#.to_string(), Some("c-9".to_string())),
        (format!(r#"{{"id":"{}","kle":7}}"#, "y".repeat(64)), Some("y".repeat(64))),
        (format!(r#"{{"id":"{long}","kle":7}}"#), None),
        (r#"{"id":"","kle":7}"#.to_string(), None),
        (r#"{"id":9,"kle":7}"#.to_string(), None),
        (r#"{"kle":7}"#.to_string(), None),
        ("42".to_string(), None),
    ];
    for (bad, id) in table {
        let overview = decode(&body(&format!(r#","cases":[{bad}]"#))).expect("the response stands");
        assert_eq!(overview.dropped.len(), 1, "{bad}");
        assert_eq!(overview.dropped[0].id, id, "{bad}");
    }
}

#[test]
fn a_contact_text_too_long_leaves_out_its_topic_or_claim_type() {
    let long = "1".repeat(2001);
    for field in ["phone", "openingHours", "email", "url"] {
        let topic =
            |value: &str| format!(r#"{{"authorityId":"0101","kle":"32.24.04","contact":{{"{field}":"{value}"}}}}"#);
        let claim_type = |value: &str| {
            format!(r#"{{"authorityId":"0101","id":"T1","name":"Gebyr","contact":{{"{field}":"{value}"}}}}"#)
        };
        let input = body(&format!(
            r#","topics":[{},{}],"claimTypes":[{},{}],"cases":[]"#,
            topic("kort"),
            topic(&long).replace("32.24.04", "32.24.05"),
            claim_type("kort"),
            claim_type(&long).replace("T1", "T2")
        ));
        let overview = decode(&input).expect("the response stands");
        assert_eq!((overview.topics.len(), overview.claim_types.len()), (1, 1), "{field}");
        let reasons: Vec<_> = overview.dropped.iter().map(|d| (d.collection, d.reason.clone())).collect();
        assert_eq!(
            reasons,
            [
                (Collection::Topics, DropReason::Invalid("a contact text is too long")),
                (Collection::ClaimTypes, DropReason::Invalid("a contact text is too long"))
            ],
            "{field}"
        );
    }
}

#[test]
fn only_cases_benefits_and_claims_are_what_a_citizen_would_have_seen() {
    use Collection::*;
    for (collection, citizens) in
        [(Authorities, false), (Topics, false), (ClaimTypes, false), (Cases, true), (Benefits, true), (Claims, true)]
    {
        assert_eq!(collection.is_citizen_item(), citizens, "{collection:?}");
    }
}

#[test]
fn why_a_body_is_refused_in_words_for_staff() {
    let table = [
        (DecodeError::NotJson, "the body is not JSON"),
        (DecodeError::Truncated, "the body ends too early"),
        (DecodeError::NotContract("schemaVersion is missing"), "not an overview: schemaVersion is missing"),
        (DecodeError::UnsupportedVersion("2.0".into()), "unsupported schemaVersion \"2.0\""),
    ];
    for (error, words) in table {
        assert_eq!(error.to_string(), words);
    }
}

#[test]
fn each_kind_of_item_is_checked_for_what_it_alone_holds() {
    let long = "x".repeat(2001);
    let authority =
        |id: &str, name: &str| format!(r#"{{"id":"{id}","name":"{name}","kind":"municipality","status":"ok"}}"#);
    let claim_type = |id: &str, name: &str| format!(r#"{{"authorityId":"0101","id":"{id}","name":"{name}"}}"#);
    let document = |title: &str, date: &str| {
        CASE.replace(
            r#""created":"2026-01-01""#,
            &format!(
                r#""created":"2026-01-01","documents":[{{"title":"{title}","date":"{date}","direction":"incoming"}}]"#
            ),
        )
    };
    let benefit = |to: &str| {
        format!(
            r#"{{"id":"b1","authorityId":"0101","kle":"32.30.04","name":"Sygedagpenge","status":"Aktiv","from":"2025-03-01"{to},"payments":[]}}"#
        )
    };
    let table = [
        ("authorities", authority(" ", "K"), "id is empty"),
        ("authorities", authority("0101", &long), "name is too long"),
        ("claimTypes", claim_type(" ", "Gebyr"), "id is empty"),
        ("claimTypes", claim_type("T1", &long), "name is too long"),
        ("cases", document(&long, "2026-01-02"), "a document is out of range"),
        ("cases", document("Brev", "1066-10-14"), "a document is out of range"),
        ("benefits", benefit(r#","to":"1899-12-31""#), "period is out of range"),
        ("benefits", benefit(r#","to":"2025-02-28""#), "period ends before it starts"),
    ];
    for (list, item, why) in table {
        let overview = decode(&body(&format!(r#","{list}":[{item}]"#)).replacen(
            r#""authorities":[],"#,
            "",
            usize::from(list == "authorities"),
        ))
        .expect("stands");
        let reasons: Vec<_> = overview.dropped.iter().map(|d| d.reason.clone()).collect();
        assert_eq!(reasons, [DropReason::Invalid(why)], "{list}: {why}");
    }
    // And what is within the limits stands.
    for (list, item) in [
        ("authorities", authority("0101", "K")),
        ("claimTypes", claim_type("T1", "Gebyr")),
        ("cases", document("Brev", "2026-01-02")),
        ("benefits", benefit("")),
    ] {
        let overview = decode(&body(&format!(r#","{list}":[{item}]"#)).replacen(
            r#""authorities":[],"#,
            "",
            usize::from(list == "authorities"),
        ))
        .expect("stands");
        assert!(overview.dropped.is_empty(), "{list}: {:?}", overview.dropped);
    }
}
