//! The test citizens in `public/fixtures/`, decoded and presented as the widget would.

use chrono::NaiveDate;
use mit_overblik::api::View;
use mit_overblik::i18n::Lang;
use mit_overblik::present::filters::PaymentPeriod;
use mit_overblik::present::{alike_in_both_views, present, Context, Presentation, Target};
use mit_overblik::rules::claims::ClaimStatus;
use mit_overblik::rules::findings::FindingKind;

mod support;

use support::fixture as load;

fn today() -> NaiveDate {
    support::fixtures_day()
}

fn show(id: &str, lang: Lang, view: View) -> Presentation {
    present(&load(id), Context { lang, view, today: today() })
}

fn citizen(id: &str) -> Presentation {
    show(id, Lang::Da, View::Citizen)
}

fn kinds(p: &Presentation) -> Vec<FindingKind> {
    p.findings.iter().map(|f| f.kind).collect()
}

/// The test citizens' entries in `public/fixtures/index.json`.
fn index() -> Vec<serde_json::Value> {
    let index = std::fs::read_to_string(support::root().join("public/fixtures/index.json")).expect("index");
    serde_json::from_str(&index).expect("index is JSON")
}

#[test]
fn every_fixture_in_the_index_decodes() {
    let entries = index();
    assert!(entries.len() >= 8, "at least eight test citizens");
    for entry in entries {
        let id = entry["id"].as_str().expect("id");
        assert!(!entry["description"].as_str().unwrap_or_default().is_empty(), "{id} has a description");
        for lang in [Lang::Da, Lang::En] {
            for view in [View::Citizen, View::Verification] {
                show(id, lang, view);
            }
        }
    }
}

#[test]
fn a_citizen_with_nothing() {
    let p = citizen("tom");
    assert!(p.cases.is_empty() && p.benefits.is_empty() && p.claims.is_empty());
    assert_eq!(p.updated.as_deref(), Some("Opdateret 23. november 2026 kl. 09.14"));
    assert_eq!(p.not_shown, None);
}

#[test]
fn cash_benefit_for_three_years() {
    let p = citizen("kontanthjaelp");
    let benefit = &p.benefits[0];
    assert_eq!(benefit.name, "Kontanthjælp");
    // Contract 1.1: the payment of 29 November is planned (today is the 23rd): the next
    // payment, in no year's history and no total.
    assert_eq!(benefit.payments.len(), 35);
    let all = benefit.history(PaymentPeriod::All).expect("every period has a history");
    assert_eq!(all.count, 35);
    assert_eq!(all.years.iter().map(|y| y.year).collect::<Vec<_>>(), [2026, 2025, 2024, 2023]);
    assert_eq!(benefit.lines(&all.years[0])[0].date, "30. oktober 2026", "newest paid first");
    assert_eq!(all.years[0].total, "I alt 77.577,50 kr.");
    assert_eq!(benefit.next_payment.as_deref(), Some("29. november 2026, 7.765,50 kr."));
    assert_eq!(benefit.period, "Fra 1. december 2023");
    assert!(all.years[1].total.starts_with("I alt ") && all.years[1].total.ends_with(" kr."));
    // Contract 1.1: the benefit's topic gives its link, with the grant's case number, and
    // its contact and breach reporting.
    let link = benefit.self_service.as_ref().map(|l| (l.href.as_str(), l.text.as_str()));
    assert_eq!(
        link,
        Some(("https://selvbetjening.aarhus.dk/ydelser/2023-0417", "Gå til selvbetjening for Kontanthjælp"))
    );
    assert_eq!(benefit.case_number.as_deref(), Some("2023-0417"));
    assert!(benefit.contact.is_some() && benefit.breach.is_some());

    let titles: Vec<&str> = p.cases.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Klage: Hjælp til forsørgelse (kontanthjælp mv.)",
            "Jobafklaringsforløb",
            "Hjælp til forsørgelse (kontanthjælp mv.)"
        ]
    );
    let decided = &p.cases[2];
    assert_eq!(decided.state_label, "Afgjort");
    assert!(decided.active);
    assert_eq!(
        decided.self_service.as_ref().map(|l| l.href.as_str()),
        Some("https://selvbetjening.aarhus.dk/ydelser/2023-0417")
    );
    assert_eq!(
        decided.access_to_records.as_ref().map(|l| l.text.as_str()),
        Some("Søg aktindsigt i Hjælp til forsørgelse (kontanthjælp mv.)")
    );
    assert_eq!(decided.documents.len(), 2);
    let contact = decided.contact.as_ref().expect("contact");
    assert_eq!(
        contact.phone.as_ref().map(|l| (l.text.as_str(), l.href.as_str())),
        Some(("+45\u{a0}89\u{a0}40\u{a0}20\u{a0}00", "tel:+4589402000"))
    );
    assert!(!p.cases[1].active, "the closed case");
}

#[test]
fn caseworker_never_reaches_the_presentation() {
    for id in ["kontanthjaelp", "fjendtlig"] {
        let p = citizen(id);
        let all = format!("{p:?}");
        assert!(!all.contains("Sagsbehandler") && !all.contains("Jens Jensen"), "{id}");
    }
}

#[test]
fn property_owner_building_cases() {
    let p = citizen("grundejer");
    let by_id = |id: &str| p.cases.iter().find(|c| c.id == id).expect(id);
    assert_eq!(by_id("bom-771").title, "Byggetilladelse, Vestergade 12, 8000 Aarhus C");
    assert_eq!(
        by_id("bom-771").self_service.as_ref().map(|l| l.href.as_str()),
        Some("https://www.bygogmiljoe.dk/sag/BOM%202026%2F771"),
        "the link for the case's own IT system, case number encoded"
    );
    assert_eq!(by_id("bom-412").title, "Anmodning om aktindsigt: Byggetilladelse, Skovvej 3, 8260 Viby J");
    assert_eq!(by_id("sbsys-88").title, "Nedrivning af carport og udhus, Skovvej 3, 8260 Viby J");
    assert_eq!(
        by_id("sbsys-88").self_service.as_ref().map(|l| l.href.as_str()),
        Some("https://aarhus.dk/byggeri/nedrivning")
    );
    assert_eq!(by_id("maal-5").title, "Aflæsning af målere, Vestergade 12, 8000 Aarhus C", "the API's kleTitle wins");
    assert!(p.findings.iter().any(|f| f.kind == FindingKind::NoBreachReporting));
}

#[test]
fn claims_in_every_status_action_first() {
    let p = citizen("betalinger");
    let statuses: Vec<ClaimStatus> = p.claims.iter().map(|c| c.status).collect();
    use ClaimStatus::*;
    assert_eq!(statuses, [Overdue, Upcoming, Unknown, SentToDebtCollection, Paid]);
    let labels: Vec<&str> = p.claims.iter().map(|c| c.status_label).collect();
    assert_eq!(
        labels,
        ["Betalingsdatoen er overskredet", "Kommende betaling", "Status ukendt", "Sendt til Gældsstyrelsen", "Betalt"]
    );
    let overdue = &p.claims[0];
    assert_eq!(overdue.title, "Biblioteksgebyr, overskredet lånetid", "claim type ids match without case");
    assert_eq!(overdue.amount, "180,00 kr.");
    assert_eq!(overdue.due_date.as_deref(), Some("1. oktober 2026"));
    assert_eq!(overdue.pay.as_ref().map(|l| l.href.as_str()), Some("https://bibliotek.kk.dk/betal"));
    let unknown = &p.claims[2];
    assert_eq!(unknown.due_date, None);
    assert_eq!(
        unknown.note.as_deref(),
        Some("Vi kender ikke betalingsfristen. Kontakt Københavns Kommune, hvis du har spørgsmål.")
    );
    assert_eq!(p.claims[3].outstanding, "8.450,50 kr.");
    assert_eq!(p.claims[3].pay, None, "Gældsstyrelsen collects it now");
    let notes: Vec<bool> = p.claims.iter().map(|c| c.note.is_some()).collect();
    assert_eq!(notes, [false, false, true, true, false], "a note where the status needs one");
    assert!(p.claims[3].note.as_deref().is_some_and(|n| n.contains("Gældsstyrelsen")), "{:?}", p.claims[3].note);
    assert_eq!(p.claims[4].pay, None, "nothing to pay");

    let en = show("betalinger", Lang::En, View::Citizen);
    assert_eq!(en.claims[0].status_label, "Payment date has passed");
    assert_eq!(en.claims[0].amount, "DKK 180.00");
}

#[test]
fn several_authorities_one_unavailable() {
    let p = citizen("flere-myndigheder");
    assert_eq!(
        p.unavailable,
        ["Vi kan ikke hente oplysninger fra Odense Kommune lige nu. Resten af dit overblik er vist."]
    );
    let groups = mit_overblik::present::by_authority(&p.benefits[..]);
    assert_eq!(groups.len(), 1);
    let authorities: Vec<&str> =
        mit_overblik::present::by_authority(&p.cases[..]).iter().map(|g| g.authority).collect();
    assert_eq!(authorities, ["Københavns Kommune", "Udbetaling Danmark"]);
    let pension = p.benefits.iter().find(|b| b.id == "udk-fp").expect("pension");
    assert_eq!(pension.period, "Fra 1. marts 2024", "9999-12-31 means no end");
    assert_eq!(pension.self_service.as_ref().map(|l| l.text.as_str()), Some("Gå til selvbetjening for Folkepension"));
    let housing = p.benefits.iter().find(|b| b.id == "udk-bs").expect("housing");
    assert_eq!(housing.repayable, Some("Du kan blive bedt om at betale ydelsen tilbage."));
}

#[test]
fn document_titles_per_view() {
    let docs = |p: &Presentation, id: &str| -> Vec<(String, bool)> {
        p.cases
            .iter()
            .find(|c| c.id == id)
            .expect(id)
            .documents
            .iter()
            .map(|d| (d.title.clone(), d.verification_only))
            .collect()
    };
    let citizen_view = citizen("dokumenter");
    let verification = show("dokumenter", Lang::Da, View::Verification);
    // Contract 1.1: an internal note is never the citizen's to see, whatever the topic says;
    // the verification view shows it, marked as internal.
    assert_eq!(
        docs(&citizen_view, "od-syg-1"),
        [("Lægeerklæring".to_owned(), false), ("Indkaldelse til opfølgningssamtale".to_owned(), false)]
    );
    let internal = verification.cases.iter().find(|c| c.id == "od-syg-1").map(|c| c.documents[1].clone());
    assert_eq!(
        internal.map(|d| (d.title, d.direction)),
        Some(("Sagsbehandlers notat om arbejdsevne".into(), Some("Internt")))
    );
    assert_eq!(docs(&citizen_view, "od-sps-2"), []);
    assert_eq!(docs(&verification, "od-sps-2"), [("Notat fra visitationsmøde".to_owned(), true)]);
    assert_eq!(docs(&verification, "od-syg-1")[0], ("Lægeerklæring".to_owned(), false));
    assert_eq!(docs(&citizen_view, "od-enk-3"), []);
    assert_eq!(docs(&verification, "od-enk-3"), []);
}

/// The scanning command and the preview present an overview once when
/// `alike_in_both_views` says so: on every test citizen it is said exactly where the two
/// views are the same, in both languages (the citizens with documents only the verification
/// view shows differ; the others are alike).
#[test]
fn alike_in_both_views_where_the_views_are_the_same() {
    let mut differ = Vec::new();
    for entry in index() {
        let id = entry["id"].as_str().expect("id");
        let alike = alike_in_both_views(&load(id));
        for lang in [Lang::Da, Lang::En] {
            let same = show(id, lang, View::Citizen) == show(id, lang, View::Verification);
            assert_eq!(alike, same, "{id} {lang:?}: said alike {alike}, the same {same}");
        }
        if !alike {
            differ.push(id.to_owned());
        }
    }
    assert_eq!(differ, ["dokumenter", "fjendtlig"]);
}

#[test]
fn hostile_data_is_shown_safely_or_left_out() {
    let p = citizen("fjendtlig");
    let h1 = p.cases.iter().find(|c| c.id == "h-1").expect("h-1 stands");
    assert_eq!(h1.title, "Akuttilbud til xxxxxx-xxxx");
    assert_eq!(h1.authority, "Københavns Kommune");
    assert_eq!(h1.self_service, None);
    assert_eq!(h1.access_to_records, None);
    assert_eq!(h1.state_label, "Anden status", "an unknown progress code is shown neutrally, never as a step");
    assert_eq!(h1.documents[0].title, "Brev til xxxxxx-xxxx om alert('x') akuttilbud");
    assert_eq!(h1.documents.len(), 1, "no numeric title, and no document of an unknown direction");
    let staff = show("fjendtlig", Lang::Da, View::Verification);
    let h1 = staff.cases.iter().find(|c| c.id == "h-1").expect("h-1 stands");
    assert_eq!(h1.documents[0].title, "Ukendt retning", "newest first, in the verification view");
    assert_eq!(h1.documents[0].direction, None, "an unknown direction is not named");
    assert_eq!(h1.contact, None, "no usable contact detail");
    assert_eq!(h1.breach, None, "http: is not https:");

    let h2 = p.cases.iter().find(|c| c.id == "h-2").expect("h-2");
    assert_eq!(h2.title, "Sag hos Københavns Kommune");
    let h3 = p.cases.iter().find(|c| c.id == "h-3").expect("h-3");
    assert_eq!(h3.authority, "Ukendt myndighed");
    assert_eq!(h3.state_label, "Status ukendt");

    assert_eq!(p.cases.len(), 3, "duplicate, broken and non-object cases are left out");
    assert_eq!(p.benefits.len(), 1, "a period that ends before it starts is left out");
    assert_eq!(p.benefits[0].name, "Ydelse med skjulte tegn");
    assert_eq!(p.benefits[0].status_label, "Status ukendt");
    assert_eq!(p.benefits[0].payments.len(), 1);
    assert_eq!(p.claims.len(), 2, "negative and enormous amounts are left out");
    assert_eq!(
        p.claims.iter().find(|c| c.id == "hc-2").map(|c| c.title.as_str()),
        Some("Betaling til Københavns Kommune")
    );
    assert!(p.claims.iter().all(|c| c.pay.is_none()), "a URL with a user name is refused");
    assert_eq!(p.not_shown.as_deref(), Some("6 oplysninger kan ikke vises, fordi de har en fejl."));

    let found = kinds(&p);
    for kind in [
        FindingKind::UnsafeUrl,
        FindingKind::MaskedCpr,
        FindingKind::RemovedMarkup,
        FindingKind::RemovedHiddenCharacters,
        FindingKind::MalformedItem,
        FindingKind::MalformedEntries,
        FindingKind::UnknownKle,
        FindingKind::MissingProgress,
        FindingKind::NoContact,
        FindingKind::NoBreachReporting,
        FindingKind::UnknownReference,
        FindingKind::UnknownValue,
        FindingKind::UnusableContact,
    ] {
        assert!(found.contains(&kind), "{kind:?} reported");
    }
    let everything = format!("{p:?}");
    assert!(
        !everything.contains("010190-1234") && !everything.contains("0101901234"),
        "no CPR anywhere, findings included"
    );
    assert!(
        p.findings.iter().any(|f| f.kind == FindingKind::UnsafeUrl && f.detail.contains("javascript:alert")),
        "the javascript: link is refused and staff are told which"
    );
    assert!(
        !format!("{:?}", (&p.cases, &p.benefits, &p.claims)).contains("javascript:"),
        "no refused URL in what is shown"
    );
}

#[test]
fn the_large_overview() {
    let overview = load("stor");
    assert_eq!((overview.cases.len(), overview.benefits.len(), overview.claims.len()), (500, 60, 300));
    assert!(overview.benefits.iter().all(|b| b.payments.len() == 36));
    let p = citizen("stor");
    assert!(p.cases.windows(2).all(|w| w[0].date >= w[1].date), "newest first");
    assert!(p.claims.windows(2).all(|w| w[0].status <= w[1].status), "action first");
    assert_eq!(p.not_shown, None);
}

#[test]
fn what_needs_the_citizen_first() {
    let p = citizen("opmaerksom");
    let lines: Vec<(&str, Option<&str>)> =
        p.attention.iter().map(|l| (l.text.as_str(), l.pay.as_ref().map(|pay| pay.href.as_str()))).collect();
    assert_eq!(
        lines,
        [
            (
                "Betalingsdatoen for 2 betalinger på 240,00 kr. i alt er overskredet.",
                Some("https://bibliotek.kk.dk/betal")
            ),
            (
                "1 betaling på 1.250,00 kr. skal betales senest 1. december 2026.",
                Some("https://www.kk.dk/betal-tilbage")
            ),
            ("Din næste udbetaling er Boligstøtte på 2.175,00 kr. den 27. november 2026.", None),
            ("Du har 2 aktive sager.", None),
        ]
    );
    assert_eq!(p.attention[0].pay.as_ref().map(|l| l.text.as_str()), Some("Gå til betaling"), "shared by two");
    assert_eq!(p.attention[0].target, Target::Claims { status: ClaimStatus::Overdue, first: "opm-gebyr-1".into() });
    assert_eq!(p.attention[1].target, Target::Claims { status: ClaimStatus::Upcoming, first: "opm-tilbage".into() });
    assert_eq!(p.attention[2].target, Target::Benefit("opm-boligstoette".into()));
    assert_eq!(p.attention[3].target, Target::ActiveCases { first: "opm-ukendt-trin".into() });

    let english: Vec<String> =
        show("opmaerksom", Lang::En, View::Verification).attention.into_iter().map(|l| l.text).collect();
    assert_eq!(
        english,
        [
            "2 payments of DKK 240.00 in total are overdue.",
            "1 payment of DKK 1,250.00 is due by 1 December 2026.",
            "Your next payment is Boligstøtte of DKK 2,175.00 on 27 November 2026.",
            "You have 2 open cases.",
        ]
    );

    // An unknown step is said to be unknown, never guessed.
    let unknown = p.cases.iter().find(|c| c.id == "opm-ukendt-trin").expect("the case");
    assert_eq!(unknown.state_label, "Anden status");
    assert_eq!(
        unknown.next,
        "Sagen har en status, vi ikke kan vise her. Kontakt Københavns Kommune, hvis du vil vide, hvor sagen er."
    );
    let known = p.cases.iter().find(|c| c.id == "opm-hjemmehjaelp").expect("the case");
    let meanings: Vec<&str> = known.timeline.iter().map(|l| l.meaning).collect();
    assert_eq!(
        meanings,
        [
            "Sagen er oprettet.",
            "Oplysningerne er samlet.",
            "Der bliver truffet en afgørelse.",
            "Sagen bliver afsluttet."
        ]
    );
    assert!(known.next.starts_with("Sagen bliver vurderet"), "{}", known.next);

    assert!(citizen("tom").attention.is_empty(), "nothing to say, nothing shown");
}

#[test]
fn benefits_under_contract_1_1() {
    let p = show("ydelser", Lang::Da, View::Verification);
    let links: Vec<(&str, Option<&str>)> =
        p.benefits.iter().map(|b| (b.id.as_str(), b.self_service.as_ref().map(|l| l.href.as_str()))).collect();
    assert_eq!(
        links,
        [
            ("yd-sygedagpenge", Some("https://momentum.aarhus.dk/sag/SD-2025-118")),
            ("yd-uden-sagsnummer", None),
            ("yd-ledighed", Some("https://selvbetjening.aarhus.dk/ydelser/LY-2024-07")),
        ]
    );
    assert!(p.benefits.iter().all(|b| b.contact.is_some() && b.breach.is_some()), "contact as a case has it");
    let hours: Vec<Option<&str>> =
        p.benefits.iter().map(|b| b.contact.as_ref().and_then(|c| c.opening_hours.as_deref())).collect();
    assert!(hours.iter().all(|h| h.is_some_and(|h| !h.is_empty())), "the topic's opening hours: {hours:?}");
    let active: Vec<(&str, bool, &str)> =
        p.benefits.iter().map(|b| (b.id.as_str(), b.active, b.status_label)).collect();
    assert_eq!(
        active,
        [("yd-sygedagpenge", true, "Aktiv"), ("yd-uden-sagsnummer", true, "Aktiv"), ("yd-ledighed", false, "Inaktiv")]
    );
    let found = findings(&p);
    assert!(found.contains(&(FindingKind::MissingCaseNumber, "yd-uden-sagsnummer".into())), "{found:?}");
    assert!(found.contains(&(FindingKind::FarPlannedPayment, "yd-uden-sagsnummer".into())), "{found:?}");
    assert!(found.contains(&(FindingKind::KleNotForCitizens, "yd-fagsystem".into())), "{found:?}");
    assert!(!kinds(&p).contains(&FindingKind::UnsafeUrl), "a safe template is not unsafe");
    assert_eq!(p.cases[0].title, "Sag hos Aarhus Kommune", "a fagsystememne is no title for a citizen");

    // Payment periods: never the planned payment, totals of what is in the period.
    let sick = &p.benefits[0];
    let history = |period| sick.history(period).expect("every period");
    assert_eq!(history(PaymentPeriod::All).count, 20);
    assert_eq!(history(PaymentPeriod::LastThreeMonths).count, 3, "30 August to 30 October");
    assert_eq!(history(PaymentPeriod::ThisYear).count, 10);
    assert_eq!(history(PaymentPeriod::LastYear).count, 10);
    let totals: Vec<(&str, &str)> =
        history(PaymentPeriod::LastThreeMonths).totals.iter().map(|(t, v)| (*t, v.as_str())).collect();
    assert_eq!(
        totals,
        [
            ("Udbetalt i alt", "26.063,25 kr."),
            ("Før skat i alt", "42.037,50 kr."),
            ("Efter skat i alt", "26.063,25 kr.")
        ]
    );
    let ledighed = p.benefits.iter().find(|b| b.id == "yd-ledighed").expect("ledighedsydelse");
    assert_eq!(ledighed.history(PaymentPeriod::ThisYear).map(|h| h.count), Some(0));
    assert!(ledighed.history(PaymentPeriod::ThisYear).is_some_and(|h| h.totals.is_empty() && h.years.is_empty()));
}

/// Each finding's kind and the id of its item.
fn findings(p: &Presentation) -> Vec<(FindingKind, String)> {
    use mit_overblik::rules::findings::ItemRef;
    p.findings
        .iter()
        .map(|f| {
            let id = match &f.item {
                ItemRef::Case(id) | ItemRef::Benefit(id) | ItemRef::Claim(id) => id.clone(),
                other => format!("{other:?}"),
            };
            (f.kind, id)
        })
        .collect()
}

/// Each test citizen's findings, counted by kind: what staff are told, no more (a finding made
/// where nothing is wrong is noise that hides the real ones) and no less.
#[test]
fn every_test_citizens_findings_counted_by_kind() {
    use FindingKind::*;
    let table: [(&str, &[(FindingKind, usize)]); 10] = [
        ("tom", &[]),
        ("kontanthjaelp", &[]),
        ("grundejer", &[(NoBreachReporting, 1)]),
        ("betalinger", &[]),
        ("flere-myndigheder", &[(AuthorityUnavailable, 1)]),
        ("dokumenter", &[]),
        (
            "fjendtlig",
            &[
                (UnsafeUrl, 5),
                (MaskedCpr, 2),
                (RemovedMarkup, 5),
                (RemovedHiddenCharacters, 2),
                (MalformedItem, 6),
                (MalformedEntries, 2),
                (UnknownKle, 1),
                (MissingProgress, 2),
                (NoContact, 2),
                (NoBreachReporting, 2),
                (UnknownReference, 3),
                (UnknownValue, 5),
                (UnusableContact, 2),
            ],
        ),
        ("opmaerksom", &[(UnknownValue, 1)]),
        ("ydelser", &[(FarPlannedPayment, 1), (KleNotForCitizens, 1), (MissingCaseNumber, 1)]),
        ("stor", &[(BuildingCaseBasis, 63), (MissingCaseNumber, 60)]),
    ];
    for (id, expected) in table {
        let found = kinds(&show(id, Lang::Da, View::Verification));
        let mut counted: Vec<(FindingKind, usize)> = Vec::new();
        for kind in found {
            match counted.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, n)) => *n += 1,
                None => counted.push((kind, 1)),
            }
        }
        let mut expected = expected.to_vec();
        let key = |(k, _): &(FindingKind, usize)| format!("{k:?}");
        counted.sort_by_key(key);
        expected.sort_by_key(key);
        assert_eq!(counted, expected, "{id}");
    }
}

/// A period's payments are one stretch of the card's list, split by year without a gap: each
/// year's lines are dated in that year, and together they are the period's count.
#[test]
fn each_periods_years_hold_its_own_lines() {
    let mut later_years = 0;
    for id in ["kontanthjaelp", "ydelser", "opmaerksom", "stor"] {
        for benefit in citizen(id).benefits.iter() {
            for history in &benefit.histories {
                let lines: Vec<_> = history.years.iter().flat_map(|y| y.lines.clone()).collect();
                assert_eq!(lines.len(), history.count, "{id} {}: {:?}", benefit.id, history.period);
                assert!(lines.windows(2).all(|w| w[1] == w[0] + 1), "{id} {}: one stretch", benefit.id);
                for year in &history.years {
                    later_years += usize::from(year.lines.start > 0);
                    for line in &benefit.payments[year.lines.clone()] {
                        assert!(line.date.ends_with(&year.year.to_string()), "{id}: {} in {}", line.date, year.year);
                    }
                }
            }
        }
    }
    assert!(later_years > 0, "some year starts after the first line");
}
