//! Who has a place in one occurrence and who waits. The Worker applies the same rules in SQL (one
//! `batch()` with conditional statements, since D1 has no transactions); this is the reference
//! they are tested against.
//!
//! - A sign-up gets a place when a place is free and nobody waits already (no queue jumping),
//!   else the end of the waiting list.
//! - Signing up twice changes nothing; cancelling when not signed up changes nothing.
//! - When a place frees up (a cancellation, a higher capacity) the longest-waiting person gets it.
//! - A lower capacity never takes a confirmed place away: the surplus melts as people cancel.

use serde::{Deserialize, Serialize};

/// One person's standing in an occurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum MyStatus {
    None,
    Confirmed,
    /// `position` 1 is next in line.
    Waiting {
        position: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Confirmed,
    Waiting,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roster {
    pub capacity: u32,
    /// In sign-up order.
    pub entries: Vec<(String, Standing)>,
}

impl Roster {
    pub fn new(capacity: u32) -> Self {
        Self {
            capacity,
            entries: Vec::new(),
        }
    }

    pub fn confirmed(&self) -> u32 {
        self.count(Standing::Confirmed)
    }

    pub fn waiting(&self) -> u32 {
        self.count(Standing::Waiting)
    }

    fn count(&self, standing: Standing) -> u32 {
        self.entries.iter().filter(|(_, s)| *s == standing).count() as u32
    }

    pub fn status(&self, who: &str) -> MyStatus {
        let mut position = 0;
        for (id, standing) in &self.entries {
            if *standing == Standing::Waiting {
                position += 1;
            }
            if id == who {
                return match standing {
                    Standing::Confirmed => MyStatus::Confirmed,
                    Standing::Waiting => MyStatus::Waiting { position },
                };
            }
        }
        MyStatus::None
    }

    pub fn sign_up(&mut self, who: &str) -> MyStatus {
        if self.status(who) == MyStatus::None {
            let standing = if self.confirmed() < self.capacity && self.waiting() == 0 {
                Standing::Confirmed
            } else {
                Standing::Waiting
            };
            self.entries.push((who.to_owned(), standing));
        }
        self.status(who)
    }

    /// Returns who was promoted to a place.
    pub fn cancel(&mut self, who: &str) -> Vec<String> {
        self.entries.retain(|(id, _)| id != who);
        self.fill()
    }

    /// Returns who was promoted to a place.
    pub fn set_capacity(&mut self, capacity: u32) -> Vec<String> {
        self.capacity = capacity;
        self.fill()
    }

    fn fill(&mut self) -> Vec<String> {
        let free = self.capacity.saturating_sub(self.confirmed()) as usize;
        let mut promoted = Vec::new();
        for (id, standing) in self.entries.iter_mut() {
            if promoted.len() == free {
                break;
            }
            if *standing == Standing::Waiting {
                *standing = Standing::Confirmed;
                promoted.push(id.clone());
            }
        }
        promoted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waiting(position: u32) -> MyStatus {
        MyStatus::Waiting { position }
    }

    #[test]
    fn places_then_waiting_list_in_order() {
        let mut r = Roster::new(2);
        assert_eq!(r.sign_up("a"), MyStatus::Confirmed);
        assert_eq!(r.sign_up("b"), MyStatus::Confirmed);
        assert_eq!(r.sign_up("c"), waiting(1));
        assert_eq!(r.sign_up("d"), waiting(2));
        assert_eq!((r.confirmed(), r.waiting()), (2, 2));
    }

    #[test]
    fn cancelling_a_place_promotes_the_longest_waiting() {
        let mut r = Roster::new(1);
        for who in ["a", "b", "c"] {
            r.sign_up(who);
        }
        assert_eq!(r.cancel("a"), ["b"]);
        assert_eq!(r.status("b"), MyStatus::Confirmed);
        assert_eq!(r.status("c"), waiting(1));
        // Leaving the waiting list promotes nobody but moves the others up.
        r.sign_up("d");
        assert_eq!(r.status("d"), waiting(2));
        assert!(r.cancel("c").is_empty());
        assert_eq!(r.status("d"), waiting(1));
    }

    #[test]
    fn replays_and_no_ops() {
        let mut r = Roster::new(1);
        r.sign_up("a");
        r.sign_up("b");
        let before = r.clone();
        assert_eq!(r.sign_up("a"), MyStatus::Confirmed);
        assert_eq!(r.sign_up("b"), waiting(1));
        assert_eq!(r, before, "signing up twice changes nothing");
        assert!(r.cancel("nobody").is_empty());
        assert_eq!(r, before, "cancelling when not signed up changes nothing");
        assert_eq!(r.status("nobody"), MyStatus::None);
    }

    #[test]
    fn capacity_changes() {
        let mut r = Roster::new(1);
        for who in ["a", "b", "c", "d"] {
            r.sign_up(who);
        }
        assert_eq!(r.set_capacity(3), ["b", "c"]);
        assert_eq!(r.status("d"), waiting(1));
        // Lowering keeps everyone's place; the next cancellation promotes nobody.
        assert!(r.set_capacity(1).is_empty());
        assert_eq!(r.confirmed(), 3);
        assert!(r.cancel("a").is_empty());
        assert_eq!(r.status("d"), waiting(1));
        assert_eq!(r.sign_up("e"), waiting(2));
        r.cancel("b");
        assert_eq!(r.cancel("c"), ["d"]);
    }

    #[test]
    fn a_free_place_never_goes_past_the_waiting_list() {
        // Capacity lowered, then one cancels: still full, so a newcomer waits behind others.
        let mut r = Roster::new(2);
        for who in ["a", "b", "c"] {
            r.sign_up(who);
        }
        r.set_capacity(1);
        r.cancel("a");
        assert_eq!(r.sign_up("z"), waiting(2));
    }

    #[test]
    fn status_serialises_with_a_state_tag() {
        assert_eq!(
            serde_json::to_string(&waiting(2)).unwrap(),
            r#"{"state":"waiting","position":2}"#
        );
        assert_eq!(
            serde_json::to_string(&MyStatus::None).unwrap(),
            r#"{"state":"none"}"#
        );
    }
}
