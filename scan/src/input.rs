//! The responses to scan, one at a time and in order, from folders of `.json` files, single
//! files and NDJSON (files or standard input), read as a stream: a line is held only until it
//! is scanned (`crate::pipeline` bounds how much waits). What cannot be read becomes a unit
//! that says so; nothing stops the reading.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use mit_overblik::rules::text::for_staff;

/// A line or file larger than this is reported, not read: a response of that size is an
/// error of the supplier, and the scan keeps its memory bounded.
pub const MAX_RESPONSE_BYTES: usize = 64 << 20;

/// One response to scan, or why there is none.
#[derive(Debug)]
pub struct Unit {
    /// The file it came from, quoted for staff (`-` for standard input).
    pub source: Arc<str>,
    /// Its line, for NDJSON.
    pub line: Option<u64>,
    pub body: Result<String, String>,
}

/// Calls `each` with every unit of `inputs`, in order.
pub fn read(inputs: &[PathBuf], each: &mut dyn FnMut(Unit)) {
    for input in inputs {
        if input.as_os_str() == "-" {
            ndjson(Arc::from("-"), io::stdin().lock(), each);
        } else if input.is_dir() {
            folder(input, each);
        } else if input.extension().is_some_and(|e| e == "json") {
            whole(input, each);
        } else {
            match File::open(input) {
                Ok(file) => ndjson(name(input), BufReader::with_capacity(1 << 20, file), each),
                Err(e) => each(Unit { source: name(input), line: None, body: Err(e.to_string()) }),
            }
        }
    }
}

/// A file's name as reports quote it (a name may hold a CPR number): made once per file.
fn name(path: &Path) -> Arc<str> {
    Arc::from(for_staff(&path.to_string_lossy()))
}

/// The `.json` files of a folder, by name.
fn folder(dir: &Path, each: &mut dyn FnMut(Unit)) {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
            .collect(),
        Err(e) => return each(Unit { source: name(dir), line: None, body: Err(e.to_string()) }),
    };
    files.sort();
    for file in files {
        whole(&file, each);
    }
}

/// A file that is one response.
fn whole(path: &Path, each: &mut dyn FnMut(Unit)) {
    let body = File::open(path).map_err(|e| e.to_string()).and_then(|file| {
        let mut bytes = Vec::new();
        file.take(MAX_RESPONSE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
        if bytes.len() > MAX_RESPONSE_BYTES {
            return Err(too_large());
        }
        String::from_utf8(bytes).map_err(|_| "not UTF-8".to_owned())
    });
    each(Unit { source: name(path), line: None, body });
}

fn too_large() -> String {
    format!("larger than {} MB", MAX_RESPONSE_BYTES >> 20)
}

/// One response a line; blank lines are skipped. A line over the limit is read past, not held.
fn ndjson(source: Arc<str>, mut reader: impl BufRead, each: &mut dyn FnMut(Unit)) {
    let mut line = 0;
    loop {
        line += 1;
        let mut bytes = Vec::new();
        let (read, whole) = match read_line(&mut reader, &mut bytes) {
            Ok(result) => result,
            Err(e) => return each(Unit { source, line: Some(line), body: Err(e.to_string()) }),
        };
        if read == 0 {
            return;
        }
        let body = if !whole {
            Err(too_large())
        } else {
            while bytes.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                bytes.pop();
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            String::from_utf8(bytes).map_err(|_| "not UTF-8".to_owned())
        };
        each(Unit { source: source.clone(), line: Some(line), body });
    }
}

/// Reads one line into `bytes` (up to the limit; past it, the rest of the line is skipped):
/// the bytes read and whether the line fit.
fn read_line(reader: &mut impl BufRead, bytes: &mut Vec<u8>) -> io::Result<(usize, bool)> {
    let mut read = 0;
    let mut fits = true;
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok((read, fits));
        }
        let (chunk, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (&buffer[..=at], true),
            None => (buffer, false),
        };
        let n = chunk.len();
        if fits && bytes.len() + n <= MAX_RESPONSE_BYTES + 2 {
            bytes.extend_from_slice(chunk);
        } else {
            fits = false;
            bytes.clear();
        }
        reader.consume(n);
        read += n;
        if done {
            return Ok((read, fits));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &[u8]) -> Vec<(Option<u64>, Result<String, String>)> {
        let mut out = Vec::new();
        ndjson(Arc::from("t"), io::Cursor::new(text.to_vec()), &mut |u| out.push((u.line, u.body)));
        out
    }

    #[test]
    fn ndjson_lines_with_their_numbers_blank_lines_skipped_bad_ones_reported() {
        let got = units(b"{\"a\":1}\r\n\n  \n{\"b\":2}\n\xff\xfe\n{\"c\":3}");
        assert_eq!(
            got,
            vec![
                (Some(1), Ok("{\"a\":1}".into())),
                (Some(4), Ok("{\"b\":2}".into())),
                (Some(5), Err("not UTF-8".into())),
                (Some(6), Ok("{\"c\":3}".into())),
            ]
        );
    }

    #[test]
    fn a_line_over_the_limit_is_reported_and_the_next_is_read() {
        let mut text = vec![b'x'; MAX_RESPONSE_BYTES + 10];
        text.extend_from_slice(b"\n{}\n");
        let got = units(&text);
        assert_eq!(got.len(), 2);
        assert!(got[0].1.as_ref().is_err_and(|e| e.contains("larger than")));
        assert_eq!(got[1], (Some(2), Ok("{}".into())));
    }
}
