//! The words of the scan's reports, for municipal staff and suppliers, in Danish and English.
//! (The finding kinds' own words are the preview's, in `mit_overblik::i18n`.)

use mit_overblik::i18n::Lang;

pub struct Words {
    pub title: &'static str,
    pub intro: &'static str,
    pub files: &'static str,
    pub responses: &'static str,
    pub items: &'static str,
    pub findings: &'static str,
    pub read: &'static str,
    pub by_kind: &'static str,
    pub chart: &'static str,
    pub by_place: &'static str,
    pub kind: &'static str,
    pub authority: &'static str,
    pub emne: &'static str,
    pub count: &'static str,
    pub examples: &'static str,
    pub none: &'static str,
    pub no_findings: &'static str,
    pub watch_words: &'static str,
    pub unusable_watch_line: &'static str,
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Da => &DA,
        Lang::En => &EN,
    }
}

static DA: Words = Words {
    title: "Mit Overblik: fund i API-svar",
    intro: "Reglerne og de overvågede ord er de samme som forhåndsvisningens, i både borger- og verifikationsvisningen. CPR-lignende numre er skjult i alt, der citeres.",
    files: "Filer læst",
    responses: "Svar",
    items: "Elementer",
    findings: "Fund",
    read: "Læst",
    by_kind: "Fund efter slags",
    chart: "Søjlediagram: antal fund efter slags",
    by_place: "Fund efter slags, myndighed og KLE-emne",
    kind: "Slags",
    authority: "Myndighed",
    emne: "KLE-emne",
    count: "Antal",
    examples: "Eksempler",
    none: "(ingen)",
    no_findings: "Ingen fund.",
    watch_words: "overvågede ord",
    unusable_watch_line: "linje {line} i listen over overvågede ord har intet ord og bruges ikke",
};

static EN: Words = Words {
    title: "Mit Overblik: findings in API responses",
    intro: "The rules and the watch words are the preview's, in both the citizen and the verification view. CPR-like numbers are masked in everything quoted.",
    files: "Files read",
    responses: "Responses",
    items: "Items",
    findings: "Findings",
    read: "Read",
    by_kind: "Findings by kind",
    chart: "Bar chart: findings by kind",
    by_place: "Findings by kind, authority and KLE emne",
    kind: "Kind",
    authority: "Authority",
    emne: "KLE emne",
    count: "Count",
    examples: "Examples",
    none: "(none)",
    no_findings: "No findings.",
    watch_words: "watch words",
    unusable_watch_line: "line {line} of the watch-word list has no word and is not used",
};
