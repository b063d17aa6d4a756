//! Grouping cards by authority, for sections that span more than one.

use super::cards::Card;

/// The cards of one authority, in the order they came.
#[derive(Debug, PartialEq, Eq)]
pub struct AuthorityGroup<'a, T> {
    pub authority: &'a str,
    pub cards: Vec<&'a T>,
}

/// Groups cards by authority in order of first appearance. With one authority (or none) there
/// is a single group, which a view shows without an authority heading.
pub fn by_authority<'a, T: Card>(cards: impl IntoIterator<Item = &'a T>) -> Vec<AuthorityGroup<'a, T>> {
    let mut groups: Vec<AuthorityGroup<'a, T>> = Vec::new();
    for card in cards {
        match groups.iter_mut().find(|g| g.authority == card.authority()) {
            Some(group) => group.cards.push(card),
            None => groups.push(AuthorityGroup { authority: card.authority(), cards: vec![card] }),
        }
    }
    groups
}
