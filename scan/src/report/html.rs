//! A self-contained HTML report (no external files): the totals, the findings by kind as a
//! table and an inline SVG bar chart, and by kind × authority × KLE emne with examples.
//! Every text is escaped; the page is checked with axe (`tests/browser/scan-report.test.mjs`).

use std::fmt::Write;

use mit_overblik::i18n::Lang;

use crate::counts::Counts;
use crate::words::words;

pub fn html(counts: &Counts, lang: Lang) -> String {
    let w = words(lang);
    let mut out = String::new();
    let code = lang.code();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n<p>{}</p>\n",
        esc(w.title),
        esc(w.title),
        esc(w.intro)
    );
    let _ = write!(out, "<dl class=\"totals\">");
    for (term, value) in [
        (w.files, counts.files),
        (w.responses, counts.responses),
        (w.items, counts.items),
        (w.findings, counts.findings()),
    ] {
        let _ = write!(out, "<div><dt>{}</dt><dd>{value}</dd></div>", esc(term));
    }
    let _ = writeln!(out, "</dl>");

    let _ = writeln!(out, "<h2>{}</h2>", esc(w.by_kind));
    if counts.by_kind.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(w.no_findings));
    } else {
        chart(&mut out, counts, lang);
        let _ = write!(out, "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead>\n<tbody>\n", esc(w.kind), esc(w.count));
        for (kind, count) in &counts.by_kind {
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\">{} <code>{}</code></th><td class=\"n\">{count}</td></tr>",
                esc(kind.label(lang)),
                kind.key()
            );
        }
        let _ = writeln!(out, "</tbody>\n</table>");

        let _ = writeln!(out, "<h2>{}</h2>", esc(w.by_place));
        let _ = write!(
            out,
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            esc(w.kind),
            esc(w.authority),
            esc(w.emne),
            esc(w.count),
            esc(w.examples)
        );
        let or_none = |s: &str| if s.is_empty() { w.none.to_owned() } else { s.to_owned() };
        for (kind, authority, kle, cell) in counts.each_cell() {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td><ul>",
                esc(kind.label(lang)),
                esc(&or_none(authority)),
                esc(&or_none(kle)),
                cell.count
            );
            for row in &cell.examples {
                let line = row.line.map(|l| format!(":{l}")).unwrap_or_default();
                let item = if row.item_id.is_empty() {
                    row.item_kind.to_owned()
                } else {
                    format!("{} {}", row.item_kind, row.item_id)
                };
                let _ = write!(
                    out,
                    "<li><span class=\"where\">{}{} · {}</span> {}</li>",
                    esc(&row.source),
                    line,
                    esc(&item),
                    esc(&row.quote)
                );
            }
            let _ = writeln!(out, "</ul></td></tr>");
        }
        let _ = writeln!(out, "</tbody>\n</table>");
    }
    let _ = writeln!(out, "</main>\n</body>\n</html>");
    out
}

/// Horizontal bars, one per kind, labelled; the table below carries the same numbers for
/// those who do not see the chart.
fn chart(out: &mut String, counts: &Counts, lang: Lang) {
    let w = words(lang);
    let max = counts.by_kind.values().copied().max().unwrap_or(1).max(1) as f64;
    let (label, bar, row) = (330.0, 300.0, 26.0);
    let height = row * counts.by_kind.len() as f64 + 8.0;
    let _ = write!(
        out,
        "<figure><svg role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"chart-title\">{}</title>",
        label + bar + 80.0,
        esc(w.chart)
    );
    for (i, (kind, count)) in counts.by_kind.iter().enumerate() {
        let y = 4.0 + row * i as f64;
        let width = (bar * *count as f64 / max).max(1.0);
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"{}\" y=\"{}\" width=\"{width:.1}\" height=\"{}\" fill=\"#0059b3\"/><text x=\"{}\" y=\"{}\">{count}</text>",
            label - 8.0,
            y + 17.0,
            esc(kind.label(lang)),
            label,
            y + 3.0,
            row - 8.0,
            label + width + 6.0,
            y + 17.0
        );
    }
    let _ = writeln!(out, "</svg></figure>");
}

/// Text for HTML: the five characters that could open markup or an attribute, escaped.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:1rem/1.5 system-ui,Arial,sans-serif;color:#1a1a1a;margin:0}\
main{max-width:70rem;margin:0 auto;padding:1rem}\
table{border-collapse:collapse;width:100%;margin:0 0 2rem}\
th,td{border-bottom:1px solid #c8c8c8;padding:.4rem .6rem;text-align:left;vertical-align:top}\
.n{text-align:right}ul{margin:0;padding-left:1.2rem}\
.where{color:#4a4a4a;font-size:.9em}code{font-size:.85em}\
.totals{display:flex;flex-wrap:wrap;gap:2rem;margin:1rem 0 2rem}.totals dt{color:#4a4a4a}.totals dd{margin:0;font-size:1.5rem;font-weight:600}\
figure{margin:0 0 1rem;max-width:46rem}svg text{font:13px system-ui,Arial,sans-serif;fill:#1a1a1a}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_text_is_shown_as_text() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}

#[cfg(test)]
mod chart_tests {
    use super::*;
    use crate::kind::ScanKind;
    use crate::scan::{Row, Scanned};
    use mit_overblik::rules::findings::FindingKind;
    use std::sync::Arc;

    /// The bars' `(y, width)`, in the chart's order.
    fn bars(html: &str) -> Vec<(f64, f64)> {
        html.split("<rect ")
            .skip(1)
            .map(|rect| {
                let attr = |name: &str| -> f64 {
                    let from = rect.find(&format!("{name}=\"")).map_or(0, |i| i + name.len() + 2);
                    rect[from..].split('"').next().and_then(|v| v.parse().ok()).unwrap_or(f64::NAN)
                };
                (attr("y"), attr("width"))
            })
            .collect()
    }

    #[test]
    fn each_kind_has_a_bar_to_scale_one_under_another_in_a_box_that_holds_them() {
        let row = |kind| Row {
            source: Arc::from("a"),
            line: None,
            authority: String::new(),
            kle: String::new(),
            item_kind: "case",
            item_id: String::new(),
            kind: ScanKind::Rule(kind),
            quote: String::new(),
        };
        let mut rows = vec![row(FindingKind::MaskedCpr); 4];
        rows.extend(vec![row(FindingKind::UnsafeUrl); 2]);
        rows.push(row(FindingKind::WatchWord));
        let mut counts = Counts::new(1);
        counts.add(&Arc::from("a"), 0, &Scanned { response: true, items: 0, rows });
        let mut out = String::new();
        chart(&mut out, &counts, Lang::Da);
        // In the kinds' order: unsafe URL (2), masked CPR (4), watch word (1).
        assert_eq!(bars(&out), vec![(7.0, 150.0), (33.0, 300.0), (59.0, 75.0)]);
        assert!(out.contains("viewBox=\"0 0 710 86\""), "{out}");
        // Labels beside their bars, counts after them.
        assert!(out.contains("<text x=\"322\" y=\"21\" text-anchor=\"end\">Usikkert link fjernet</text>"), "{out}");
        assert!(out.contains("<text x=\"486\" y=\"21\">2</text>"), "{out}");
    }
}
