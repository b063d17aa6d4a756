//! What a scan counts: files, responses, items, findings by kind, and by kind × authority ×
//! KLE emne with the first few examples of each.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::kind::ScanKind;
use crate::scan::{Row, Scanned};

/// Findings of one kind at one authority under one emne.
#[derive(Debug, Default)]
pub struct Cell {
    pub count: u64,
    pub examples: Vec<Row>,
}

#[derive(Debug, Default)]
pub struct Counts {
    pub files: u64,
    pub responses: u64,
    pub items: u64,
    pub bytes: u64,
    pub by_kind: BTreeMap<ScanKind, u64>,
    /// By kind, then authority, then KLE emne.
    pub cells: BTreeMap<ScanKind, BTreeMap<String, BTreeMap<String, Cell>>>,
    examples: usize,
    last_source: Option<Arc<str>>,
}

impl Counts {
    pub fn new(examples: usize) -> Self {
        Self { examples, ..Self::default() }
    }

    /// Counts a unit (`bytes` of it read) and its findings.
    pub fn add(&mut self, source: &Arc<str>, bytes: usize, scanned: &Scanned) {
        if !self.last_source.as_ref().is_some_and(|last| Arc::ptr_eq(last, source)) {
            self.files += 1;
            self.last_source = Some(source.clone());
        }
        self.bytes += bytes as u64;
        self.responses += u64::from(scanned.response);
        self.items += scanned.items as u64;
        for row in &scanned.rows {
            *self.by_kind.entry(row.kind).or_default() += 1;
            let authorities = self.cells.entry(row.kind).or_default();
            // Looked up before a key is made: most rows join a cell that is there.
            let emner = match authorities.get_mut(&row.authority) {
                Some(emner) => emner,
                None => authorities.entry(row.authority.clone()).or_default(),
            };
            let cell = match emner.get_mut(&row.kle) {
                Some(cell) => cell,
                None => emner.entry(row.kle.clone()).or_default(),
            };
            cell.count += 1;
            if cell.examples.len() < self.examples {
                cell.examples.push(row.clone());
            }
        }
    }

    /// Every cell: kind, authority, emne.
    pub fn each_cell(&self) -> impl Iterator<Item = (ScanKind, &str, &str, &Cell)> {
        self.cells.iter().flat_map(|(kind, authorities)| {
            authorities.iter().flat_map(move |(authority, emner)| {
                emner.iter().map(move |(kle, cell)| (*kind, authority.as_str(), kle.as_str(), cell))
            })
        })
    }

    pub fn findings(&self) -> u64 {
        self.by_kind.values().sum()
    }
}
