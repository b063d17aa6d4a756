//! The loader (`public/embed.js`) draws the widget's loading state before the WebAssembly is
//! there, so it carries a copy of a few of the widget's texts. They must say what `src/i18n`
//! says, or the heading would change under the citizen's eyes when the widget takes over.

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
