//! Compiles the KLE title catalogue (`data/kle-titles.csv`) into one sorted static text.

#[path = "src/kle/number.rs"]
#[allow(dead_code)]
mod number;

use std::{env, fs, path::Path};

fn main() {
    let source = "data/kle-titles.csv";
    println!("cargo:rerun-if-changed={source}");
    let csv = fs::read_to_string(source).expect("data/kle-titles.csv is readable");
    let mut rows: Vec<(u32, String, String)> = Vec::new();
    for (line_no, line) in csv.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let (number, title) =
            line.split_once(';').unwrap_or_else(|| panic!("{source}:{}: expected number;title", line_no + 1));
        let parsed = number::KleNumber::parse(number)
            .unwrap_or_else(|| panic!("{source}:{}: bad KLE number {number:?}", line_no + 1));
        rows.push((parsed.key(), parsed.to_string(), title.trim().to_owned()));
    }
    rows.sort_by_key(|row| row.0);
    if let Some(pair) = rows.windows(2).find(|w| w[0].0 == w[1].0) {
        panic!("{source}: {} appears twice", pair[0].1);
    }
    // One text, a line `number;title` per number: it compresses better than a table of
    // keys and pointers (src/kle/mod.rs searches it).
    let lines: Vec<String> = rows.iter().map(|(_, number, title)| format!("{number};{title}")).collect();
    let out = format!(
        "/// The KLE titles, a line `number;title` each, sorted by `KleNumber::key`.\npub(super) static TITLES: &str = {:?};\n",
        lines.join("\n")
    );
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("kle_titles.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
