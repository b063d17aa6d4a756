//! The loader (`public/embed.js`) does a few things before the WebAssembly is there: it
//! reads the embedding options, makes the first request and draws the loading state, with a
//! copy of a few of the widget's texts. Each must be what the widget does, or the request,
//! the heading or the time limit would change when the widget takes over: the texts are
//! compared with `src/i18n`, the options read by both on the same inputs, and the
//! placeholder's blocks and classes compared with `src/widget/placeholder.rs`.

use mit_overblik::i18n::Lang;

fn loader() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/embed.js"))
        .expect("public/embed.js is readable")
}

/// The value of `key: "…"` inside the loader's `code: { … }` block of texts.
fn loader_text(source: &str, code: &str, key: &str) -> String {
    let block = source.split(&format!("  {code}: {{")).nth(1).expect("a block per language");
    let block = &block[..block.find("},").expect("the block ends")];
    let line = block.lines().find(|l| l.trim_start().starts_with(&format!("{key}:"))).expect("the key is there");
    line.split('"').nth(1).expect("a quoted text").to_owned()
}

#[test]
fn the_loaders_texts_are_the_widgets() {
    let source = loader();
    for lang in [Lang::Da, Lang::En] {
        let t = lang.texts();
        assert_eq!(loader_text(&source, lang.code(), "region"), t.region, "{lang:?} region");
        assert_eq!(loader_text(&source, lang.code(), "loading"), t.loading, "{lang:?} loading");
    }
}

/// The loader reads the embedding options itself (it makes the first request and draws the
/// placeholder before the WebAssembly is there); it must read each as `src/client/options.rs`
/// does, or the first request, the placeholder's heading or the time limit would differ from
/// the widget's. Node runs the loader's own functions on the same inputs.
#[test]
fn the_loader_reads_every_option_as_the_widget_does() {
    use mit_overblik::client::Options;
    let values: &[(&str, &[&str])] = &[
        ("lang", &["da", "en", "EN", "en-GB", "en_US", " en ", "eng", "english", "de", "", "e"]),
        ("heading-level", &["1", "3", "6", "7", "0", "255", "256", "+3", "03", "0010", " 4 ", "-1", "2.0", "x", ""]),
        (
            "timeout-ms",
            &[
                "1",
                "999",
                "1000",
                "15000",
                "120000",
                "120001",
                "4294967295",
                "4294967296",
                "+5000",
                " 5000 ",
                "05000",
                "-5",
                "1e4",
                "",
            ],
        ),
        (
            "api-base",
            &[
                "/api",
                "/mit-overblik/api/",
                "https://api.example.dk",
                "https://api.example.dk/x/",
                "//evil.example",
                "/a b",
                "/a\\b",
                "/a<b",
                "http://api.example.dk",
                "javascript:alert(1)",
                "https://u@api.example.dk",
                "",
                " /api ",
            ],
        ),
        ("view", &["citizen", "verification", "Verification", " verification ", "other", ""]),
        ("subject", &["stor", " a b&c=ø~* ", ""]),
    ];
    let cases: Vec<(&str, Option<&str>)> = values
        .iter()
        .flat_map(|(name, vs)| std::iter::once((*name, None)).chain(vs.iter().map(move |v| (*name, Some(*v)))))
        .collect();

    let script = r#"
        const cases = input;
        // The same value given three ways: the div's data-* attribute, <mit-overblik>'s plain
        // attribute, mountWidget's camelCase option. All three must read alike.
        const ways = [
          (name, value) => [{ getAttribute: (n) => (n === `data-${name}` ? value : null) }, {}],
          (name, value) => [{ localName: "mit-overblik", getAttribute: (n) => (n === name ? value : null) }, {}],
          (name, value) => [{ getAttribute: () => null }, { [name.replace(/-(.)/g, (_, c) => c.toUpperCase())]: value ?? undefined }],
        ];
        console.log(JSON.stringify(cases.map(([name, value]) => {
          const read = ways.map((way) => {
            const [e, o] = way(name, value);
            return [loader.language(e, o), loader.headingLevel(e, o), loader.timeLimit(e, o), loader.overviewUrl(e, o) ?? null];
          });
          if (read.some((r) => JSON.stringify(r) !== JSON.stringify(read[0]))) throw new Error(`${name} = ${value}: read differently: ${JSON.stringify(read)}`);
          return read[0];
        })));
    "#;
    let loader: Vec<(String, u8, u32, String)> =
        run_loader("language, headingLevel, timeLimit, overviewUrl", script, &cases);

    for ((name, value), (lang, level, timeout, url)) in cases.iter().zip(loader) {
        let widget = Options::read(|n| (n == *name).then(|| value.map(str::to_owned)).flatten());
        let case = format!("{name} = {value:?}");
        assert_eq!(lang, widget.lang.code(), "language, {case}");
        assert_eq!(level, widget.heading_level.get(), "heading level, {case}");
        assert_eq!(timeout, widget.timeout_ms, "time limit, {case}");
        assert_eq!(url, widget.overview_url(), "address, {case}");
    }
}

/// Runs the loader's `isApiBase` on `bases` (each as given, before trimming).
fn loader_accepts(bases: &[&str]) -> Vec<bool> {
    let script = r#"
        const bases = input;
        // As the element gives it: read (and trimmed) by the loader's option reader.
        const read = (base) => loader.overviewUrl({ getAttribute: (n) => (n === "data-api-base" ? base : null) }, {});
        console.log(JSON.stringify(bases.map((base) => read(base) !== "/api/v1/overview?view=citizen" || base.trim() === "/api")));
    "#;
    run_loader("overviewUrl", script, bases)
}

/// One table of API bases, each accepted or refused by the loader and the widget alike: the
/// loader's first request goes exactly where the widget's would (a refused base gives the
/// default, `/api`, in both).
#[test]
fn the_loader_and_the_widget_refuse_the_same_api_bases() {
    use mit_overblik::client::Options;
    let table: &[(&str, bool)] = &[
        // Paths on the embedding site.
        ("/api", true),
        ("/mit-overblik/api/", true),
        (" /api ", true),
        ("//evil.example", false),
        ("/a b", false),
        ("/a\\b", false),
        ("/a<b", false),
        ("/api?x=1", false),
        ("/api#x", false),
        ("/%C3%B8", true),
        ("/ø", false),
        // https: with a host name.
        ("https://api.example.dk", true),
        ("https://api.example.dk/x/", true),
        ("HTTPS://API.EXAMPLE.DK", true),
        ("https://api.example.dk.", true),
        ("https://api.example.dk:8443/x", true),
        ("https://api.example.dk:65535", true),
        ("https://api.example.dk:65536", false),
        ("https://api.example.dk:", false),
        ("https://api.example.dk:80a", false),
        ("https://api..example.dk", false),
        ("https://-api.example.dk", false),
        ("https://intranet", false),
        ("https://æ.example.dk", false),
        ("https://u@api.example.dk", false),
        ("https://api.example.dk/?x=1", false),
        ("https:/api.example.dk", false),
        ("https://", false),
        ("https://:443", false),
        // http: only on this machine.
        ("http://localhost", true),
        ("http://localhost:8080/api", true),
        ("http://LOCALHOST:8080", true),
        ("http://127.0.0.1:8080", true),
        ("http://[::1]:8080/api", true),
        ("http://[::1]", true),
        ("https://localhost/api", true),
        ("http://localhost.", false),
        ("http://[::1]x", false),
        ("http://api.example.dk", false),
        ("http://127.0.0.2", false),
        // Not addresses at all.
        ("javascript:alert(1)", false),
        ("data:text/plain,x", false),
        ("ftp://api.example.dk", false),
        ("api.example.dk", false),
        ("", false),
        ("\u{feff}https://api.example.dk", false),
    ];
    let bases: Vec<&str> = table.iter().map(|(base, _)| *base).collect();
    for ((base, expected), loader) in table.iter().zip(loader_accepts(&bases)) {
        let widget = Options::read(|n| (n == "api-base").then(|| (*base).to_owned()));
        let accepted = widget.api_base != "/api" || base.trim() == "/api";
        assert_eq!(accepted, *expected, "the widget on {base:?}");
        assert_eq!(loader, *expected, "the loader on {base:?}");
    }
}

/// The placeholder the loader draws is the widget's loading state, block for block and class
/// for class (`src/widget/placeholder.rs`, `src/widget/style.rs`), so that nothing moves when
/// the widget takes over. The loader's adds only its unseen lines in the overview's font faces
/// (`.mo-faces`, `style/placeholder.module.css`), which take no room.
#[test]
fn the_loaders_placeholder_is_the_widgets() {
    let source = |file: &str| {
        std::fs::read_to_string(format!("{}/src/widget/{file}", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_else(|_| panic!("{file} is readable"))
    };
    let (rust, style) = (source("placeholder.rs"), source("style.rs"));
    // The quoted words of the list that opens with `open` after `after`.
    let quoted = |text: &str, after: &str, open: &str| -> Vec<String> {
        let rest = &text[text.find(after).unwrap_or_else(|| panic!("{after} is there"))..];
        let rest = &rest[rest.find(open).expect("the list") + open.len()..];
        let list = &rest[..rest.find(']').expect("its end")];
        list.split(',').map(|s| s.trim().trim_matches('"').to_owned()).filter(|s| !s.is_empty()).collect()
    };
    assert_eq!(quoted(&loader(), "for (const kind of", "of ["), quoted(&rust, "pub const BONES", "= ["));
    for (constant, class) in [
        ("REGION", "mo-region"),
        ("TITLE", "mo-title"),
        ("VISUALLY_HIDDEN", "mo-visually-hidden"),
        ("SKELETON", "mo-skeleton"),
        ("BONE", "mo-bone"),
    ] {
        assert!(style.contains(&format!("pub const {constant}: &str = \"{class}\";")), "{constant} is {class}");
        assert!(
            loader().contains(&format!("\"{class}\"")) || loader().contains(&format!("`{class} ")),
            "the loader uses {class}"
        );
    }
    assert!(rust.contains(".class(SKELETON)") && rust.contains("\"{BONE} {BONE}-{kind}\""));
}

/// Runs `script` in node over `public/embed.js` with `exports` of its module scope exported
/// as `loader`, a browser's globals stubbed (the loader only defines its element at import),
/// and `input` as JSON in `input`; returns what the script prints, read as JSON.
fn run_loader<T: serde::de::DeserializeOwned>(
    exports: &str,
    script: &str,
    input: &(impl serde::Serialize + ?Sized),
) -> T {
    let prelude = format!(
        r#"
        import {{ readFileSync }} from "node:fs";
        globalThis.document = {{ querySelectorAll: () => [] }};
        globalThis.addEventListener = () => {{}};
        globalThis.HTMLElement = class {{}};
        globalThis.customElements = {{ get: () => undefined, define: () => {{}} }};
        const source = readFileSync(process.argv[1], "utf8") + "\nexport {{ {exports} }};";
        const loader = await import("data:text/javascript;base64," + Buffer.from(source).toString("base64"));
        const input = JSON.parse(readFileSync(0, "utf8"));
"#
    );
    let mut node = std::process::Command::new("node")
        .args([
            "--input-type=module",
            "-e",
            &(prelude + script),
            concat!(env!("CARGO_MANIFEST_DIR"), "/public/embed.js"),
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("node runs (scripts/setup installs it with the browser tests' tools)");
    {
        use std::io::Write;
        let input = serde_json::to_string(input).expect("input as JSON");
        node.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("input written");
    }
    let output = node.wait_with_output().expect("node ends");
    assert!(output.status.success(), "node: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("node's answer")
}
