//! The queue's rules, one answer at a time.

use super::*;

fn entry(seq: u64) -> QueuedWrite {
    let mut e = QueuedWrite::new(
        format!("key-{seq}"),
        "POST",
        "/api/client-errors",
        r#"{"route":"/","message":"m"}"#.into(),
        "pending-what-client-error",
        ANONYMOUS.into(),
        1.0,
    );
    e.seq = Some(seq);
    e
}

fn owned(seq: u64, owner: &str) -> QueuedWrite {
    let mut e = entry(seq);
    e.owner = owner_scope(Some(owner));
    e
}

fn status(status: u16, kind: Option<ProblemKind>) -> Answer {
    Answer::Status {
        status,
        problem: kind.map(Problem::new),
    }
}

#[test]
fn a_2xx_or_a_replay_is_done() {
    for code in [200, 201, 204] {
        let mut e = entry(1);
        e.start_sending();
        assert_eq!(e.after(status(code, None)), Next::Done);
    }
}

#[test]
fn no_answer_keeps_the_key_and_backs_off() {
    let mut e = entry(1);
    let key = e.id.clone();
    let mut delays = Vec::new();
    for _ in 0..9 {
        e.start_sending();
        match e.after(Answer::NoAnswer) {
            Next::RetryAfter(ms) => delays.push(ms),
            other => panic!("{other:?}"),
        }
        assert_eq!(e.state, EntryState::Waiting);
    }
    assert_eq!(e.id, key);
    assert_eq!(
        delays,
        [
            1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000
        ]
    );
}

#[test]
fn server_faults_and_throttling_are_retried_not_rejected() {
    for code in [500, 502, 503, 408, 429] {
        let mut e = entry(1);
        e.start_sending();
        assert!(
            matches!(e.after(status(code, None)), Next::RetryAfter(_)),
            "{code}"
        );
        assert_eq!(e.state, EntryState::Waiting);
        assert_eq!(e.problem, None);
    }
}

#[test]
fn request_in_progress_is_retried_shortly_with_the_same_key() {
    let mut e = entry(1);
    e.start_sending();
    let next = e.after(status(409, Some(ProblemKind::RequestInProgress)));
    assert_eq!(next, Next::RetryAfter(IN_PROGRESS_DELAY_MS));
    assert_eq!(e.id, "key-1");
    assert_eq!(e.state, EntryState::Waiting);
}

#[test]
fn other_4xx_are_rejected_with_their_problem() {
    let mut e = entry(1);
    e.start_sending();
    let next = e.after(status(422, Some(ProblemKind::ValidationFailed)));
    assert_eq!(next, Next::Rejected);
    assert_eq!(e.state, EntryState::Rejected);
    assert_eq!(
        e.problem.as_ref().and_then(Problem::known_kind),
        Some(ProblemKind::ValidationFailed)
    );

    // A 4xx without a problem document still records why.
    let mut bare = entry(2);
    bare.start_sending();
    assert_eq!(bare.after(status(404, None)), Next::Rejected);
    assert_eq!(bare.problem.unwrap().status, 404);

    // A 409 that is not "in progress" is a real conflict.
    let mut conflict = entry(3);
    conflict.start_sending();
    assert_eq!(conflict.after(status(409, None)), Next::Rejected);
}

#[test]
fn try_again_takes_a_fresh_key() {
    let mut e = entry(1);
    e.start_sending();
    e.after(status(401, Some(ProblemKind::Unauthenticated)));
    e.retry_with_key("key-new".into());
    assert_eq!(e.id, "key-new");
    assert_eq!(e.state, EntryState::Waiting);
    assert_eq!(e.attempts, 0);
    assert_eq!(e.problem, None);
}

#[test]
fn interrupted_sends_are_recovered_as_waiting() {
    let mut e = entry(1);
    e.start_sending();
    assert!(e.recover());
    assert_eq!(e.state, EntryState::Waiting);
    assert!(!e.recover());
}

#[test]
fn sends_oldest_first_and_skips_rejected() {
    let mut entries = vec![entry(3), entry(1), entry(2)];
    assert_eq!(next_to_send(&entries, ANONYMOUS).unwrap().seq, Some(1));
    entries[1].state = EntryState::Rejected;
    assert_eq!(next_to_send(&entries, ANONYMOUS).unwrap().seq, Some(2));
    assert_eq!(
        summarize(&entries, ANONYMOUS),
        Summary {
            waiting: 2,
            rejected: 1,
            held: 0,
        }
    );
    for e in &mut entries {
        e.state = EntryState::Rejected;
    }
    assert_eq!(next_to_send(&entries, ANONYMOUS), None);
}

#[test]
fn entries_round_trip_through_json_with_the_body_bytes_intact() {
    let mut e = entry(7);
    e.body = r#"{"z":1,"a":2}"#.into();
    e.start_sending();
    e.after(status(400, Some(ProblemKind::MalformedBody)));
    let json = serde_json::to_string(&e).unwrap();
    let back: QueuedWrite = serde_json::from_str(&json).unwrap();
    assert_eq!(back, e);
    assert_eq!(back.body, r#"{"z":1,"a":2}"#);
    // A new entry has no seq yet, so the store assigns one.
    let fresh = serde_json::to_value(entry(1)).unwrap();
    assert!(fresh.get("seq").is_some());
    let mut unsaved = entry(1);
    unsaved.seq = None;
    assert!(serde_json::to_value(unsaved).unwrap().get("seq").is_none());
}

#[test]
fn only_the_owner_or_anyone_for_anonymous_entries_sends() {
    let (amal, dawit) = (owner_scope(Some("amal")), owner_scope(Some("dawit")));
    let entries = vec![owned(1, "amal"), entry(2), owned(3, "dawit")];
    // Signed out: only the anonymous one, though Amal's is older.
    assert_eq!(next_to_send(&entries, ANONYMOUS).unwrap().seq, Some(2));
    assert_eq!(next_to_send(&entries, &amal).unwrap().seq, Some(1));
    assert_eq!(next_to_send(&entries, &dawit).unwrap().seq, Some(2));
    let only_amals = vec![owned(1, "amal")];
    assert_eq!(next_to_send(&only_amals, &dawit), None);
    assert_eq!(next_to_send(&only_amals, ANONYMOUS), None);
    assert_eq!(
        summarize(&entries, &dawit),
        Summary {
            waiting: 2,
            rejected: 0,
            held: 1
        }
    );
    assert_eq!(summarize(&entries, ANONYMOUS).held, 2);
}

#[test]
fn sign_out_counts_only_the_persons_own_unsent_changes() {
    let mut entries = vec![
        owned(1, "amal"),
        entry(2),
        owned(3, "dawit"),
        owned(4, "amal"),
    ];
    entries[3].state = EntryState::Rejected;
    assert_eq!(unsent_of(&entries, &owner_scope(Some("amal"))), 2);
    assert_eq!(unsent_of(&entries, &owner_scope(Some("dawit"))), 1);
    assert_eq!(unsent_of(&entries, ANONYMOUS), 0);
    assert_eq!(unsent_of(&entries, &owner_scope(Some("tara"))), 0);
}

#[test]
fn a_401_on_an_owned_entry_waits_for_its_owner() {
    let mut e = owned(1, "amal");
    let key = e.id.clone();
    e.start_sending();
    assert_eq!(
        e.after(status(401, Some(ProblemKind::Unauthenticated))),
        Next::AwaitOwner
    );
    assert_eq!(e.state, EntryState::Waiting);
    assert_eq!(
        e.id, key,
        "sent again under the same key when the owner is back"
    );
    assert_eq!(e.problem, None);
    // An anonymous entry has no owner to wait for: a 401 there is a refusal.
    let mut public = entry(2);
    public.start_sending();
    assert_eq!(public.after(status(401, None)), Next::Rejected);
}

#[test]
fn entries_saved_before_owners_existed_are_anonymous() {
    let old = r#"{"seq":3,"id":"k","method":"POST","path":"/api/client-errors","body":"{}",
        "what":"pending-what-client-error","created_at":1.0,"state":"waiting"}"#;
    let e: QueuedWrite = serde_json::from_str(old).unwrap();
    assert_eq!(e.owner, ANONYMOUS);
    assert_eq!(owner_scope(None), ANONYMOUS);
    assert_ne!(owner_scope(Some("anonymous")), ANONYMOUS);
}

#[test]
fn uuid_v4_has_the_version_and_variant() {
    let id = uuid_v4([0xff; 16]);
    assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
    let zero = uuid_v4([0; 16]);
    assert_eq!(zero, "00000000-0000-4000-8000-000000000000");
    assert_eq!(id.len(), 36);
}
