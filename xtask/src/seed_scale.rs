//! `cargo xtask seed-scale [--persist-to DIR] [--residents N] [--seed N] [--today YYYY-MM-DD]`: a
//! local D1 the size of the real agency, to measure reads at scale (`scripts/bench-scale.mjs`).
//!
//! Into a fresh wrangler state folder (default `target/scale-state`): the migrations, the demo
//! seed, then 117 more locations (120 in all), 70,000 residents with activation states and move
//! histories over three years, staff and trainers at every location, content in 12 languages,
//! activities with sign-ups, learning progress for a fifth of the residents, and a year of audit
//! lines. Deterministic for a given `--seed` and `--today` (a xorshift generator; times are
//! relative to `--today`, default the current UTC day, so sessions, sign-ups and due dates
//! stay current).
//!
//! Credentials: hashing 70,000 PINs would take half an hour, so every scale resident with a PIN
//! shares one of the demo residents' argon2 hashes (even resident numbers Amal's PIN, odd ones
//! Dawit's), every scale staff member the demo staff member Sanne's password and TOTP secret,
//! every scale trainer the demo trainer Tara's (see `edge-api/seed/demo-accounts.json`).
//! `<DIR>/scale-manifest.json` names accounts per location with what they sign in with.
//!
//! Loading: migrations and the demo seed through wrangler; the generated rows (multi-row INSERTs
//! under D1's 100 KB statement limit) through `seed_scale/load.mjs`, which hands them to the same
//! local D1 and batch API that `wrangler d1 execute` uses, minus its SQL splitter (see there).

mod activities;
mod audit;
mod centre;
mod content;
mod learning;
mod people;
mod places;
mod sql;
mod state;

use std::path::{Path, PathBuf};
use std::time::Instant;

use wegwijs_shared::calendar::LocalDate;

use sql::{Rng, Rows};

pub const AGENCY: &str = "agency-demo";
pub const DAY: i64 = 86_400_000;

pub struct Options {
    pub persist: PathBuf,
    pub residents: usize,
    pub seed: u64,
    pub today: LocalDate,
}

impl Options {
    pub fn parse(root: &Path, args: &[String]) -> Result<Options, String> {
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_err(|e| e.to_string())?
            .as_millis() as f64;
        let mut options = Options {
            persist: root.join("target/scale-state"),
            residents: 70_000,
            seed: 15,
            today: LocalDate::from_utc_ms(now_ms),
        };
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
            let bad = |e: &dyn std::fmt::Display| format!("{flag} {value}: {e}");
            match flag.as_str() {
                "--persist-to" => options.persist = root.join(value),
                "--residents" => options.residents = value.parse().map_err(|e| bad(&e))?,
                "--seed" => options.seed = value.parse().map_err(|e| bad(&e))?,
                "--today" => {
                    options.today = LocalDate::parse(value).ok_or_else(|| bad(&"not YYYY-MM-DD"))?
                }
                _ => return Err(format!("unknown option {flag}")),
            }
        }
        Ok(options)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Active,
    Disabled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Active => "active",
            Status::Disabled => "disabled",
        }
    }
}

pub struct Location {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub municipality: String,
    pub capacity: i64,
    pub demo: bool,
    pub staff: Vec<String>,
    pub trainers: Vec<String>,
    /// Indices into `World::residents` of those who live here now.
    pub residents: Vec<usize>,
}

impl Location {
    pub fn new(
        id: &str,
        name: &str,
        kind: &'static str,
        municipality: &str,
        capacity: i64,
        demo: bool,
    ) -> Self {
        Location {
            id: id.into(),
            name: name.into(),
            kind,
            municipality: municipality.into(),
            capacity,
            demo,
            staff: Vec::new(),
            trainers: Vec::new(),
            residents: Vec::new(),
        }
    }
}

pub struct Resident {
    pub id: String,
    pub number: String,
    pub language: &'static str,
    pub location: usize,
    pub status: Status,
    pub arrival_ms: i64,
    pub activated_ms: Option<i64>,
    pub name: String,
}

/// One audit line before it gets its time and request id.
pub struct Audit {
    actor: Option<String>,
    role: Option<&'static str>,
    event: &'static str,
    resident: Option<String>,
    subject: Option<String>,
    detail: Option<String>,
}

impl Audit {
    pub fn by(actor: &str, role: &'static str, event: &'static str) -> Self {
        Audit {
            actor: Some(actor.into()),
            role: Some(role),
            ..Audit::anonymous(event)
        }
    }

    /// Nobody signed in (a failed sign-in, a lock-out).
    pub fn anonymous(event: &'static str) -> Self {
        Audit {
            actor: None,
            role: None,
            event,
            resident: None,
            subject: None,
            detail: None,
        }
    }

    pub fn resident(mut self, id: &str) -> Self {
        self.resident = Some(id.into());
        self
    }

    pub fn subject(mut self, subject: &str) -> Self {
        self.subject = Some(subject.into());
        self
    }

    pub fn detail(mut self, detail: String) -> Self {
        self.detail = Some(detail);
        self
    }
}

/// The demo accounts' hashes the scale accounts share, with what they stand for.
pub struct Hashes {
    /// (argon2 PHC string, PIN), even resident numbers first.
    pub resident_pins: [(String, String); 2],
    pub staff_password: String,
    pub staff_totp: String,
    pub trainer_password: String,
    pub trainer_totp: String,
}

pub struct World {
    /// The start of the seed's "today" (UTC midnight).
    pub anchor_ms: i64,
    pub rng: Rng,
    pub rows: Rows,
    pub audit: Vec<(i64, Audit, String)>,
    pub locations: Vec<Location>,
    pub residents: Vec<Resident>,
    pub admins: Vec<String>,
    pub items: Vec<content::Item>,
    pub hashes: Hashes,
}

impl World {
    /// Keeps `line` if it falls in the last year, as its own request.
    pub fn audit_at(&mut self, at: i64, line: Audit) {
        let request = self.rng.hex(16);
        self.audit_in(at, line, &request);
    }

    /// Keeps `line` if it falls in the last year, as part of `request` (a list read writes one
    /// line per person shown).
    pub fn audit_in(&mut self, at: i64, line: Audit, request: &str) {
        if at >= self.anchor_ms - 365 * DAY && at < self.anchor_ms {
            self.audit.push((at, line, request.to_owned()));
        }
    }
}

/// Office hours (08:00–16:00 UTC): what residents and staff do happens on the same local day.
pub fn day_time(rng: &mut Rng) -> i64 {
    rng.range(8 * 3600, 16 * 3600) * 1000
}

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let options = Options::parse(root, args)?;
    let started = Instant::now();
    state::prepare(&options.persist)?;
    let hashes = state::demo_hashes(root)?;
    let pins = hashes.resident_pins.clone();
    let modules = crate::learning_seed::load(root)?;
    let mut w = World {
        anchor_ms: options.today.utc_midnight_ms() as i64,
        rng: Rng::new(options.seed),
        rows: Rows::default(),
        audit: Vec::new(),
        locations: Vec::new(),
        residents: Vec::new(),
        admins: Vec::new(),
        items: Vec::new(),
        hashes,
    };
    places::locations(&mut w);
    places::employees(&mut w);
    people::residents(&mut w, options.residents);
    content::items(&mut w);
    content::favourites_and_news(&mut w);
    centre::centre(&mut w);
    activities::activities(&mut w);
    let learners = learning::progress(&mut w, &modules);
    learning::groups(&mut w, &modules, &learners);
    audit::traffic(&mut w);
    audit::write(&mut w);
    let manifest = state::manifest(&w, &learners, &pins)?;
    let sql_dir = options.persist.join("sql");
    std::fs::create_dir_all(&sql_dir).map_err(|e| format!("{}: {e}", sql_dir.display()))?;
    let files = std::mem::take(&mut w.rows).write(&sql_dir)?;
    let demo = sql_dir.join("demo.sql");
    std::fs::write(&demo, state::demo_seed(root)?)
        .map_err(|e| format!("{}: {e}", demo.display()))?;
    println!(
        "generated {} batches in {:.1} s",
        files.len(),
        started.elapsed().as_secs_f64()
    );

    let persist = options.persist.to_string_lossy().into_owned();
    let step = Instant::now();
    state::wrangler(
        root,
        &[
            "d1",
            "migrations",
            "apply",
            "DB",
            "--local",
            "--persist-to",
            &persist,
        ],
    )?;
    println!(
        "migrations applied in {:.1} s",
        step.elapsed().as_secs_f64()
    );
    let step = Instant::now();
    state::wrangler(
        root,
        &[
            "d1",
            "execute",
            "DB",
            "--local",
            "--persist-to",
            &persist,
            "--file",
            &demo.to_string_lossy(),
        ],
    )?;
    println!("demo seed loaded in {:.1} s", step.elapsed().as_secs_f64());
    let counts = state::load(root, &options.persist, &files)?;
    std::fs::remove_dir_all(&sql_dir).map_err(|e| format!("{}: {e}", sql_dir.display()))?;
    let path = options.persist.join("scale-manifest.json");
    std::fs::write(&path, manifest).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("{counts}");
    println!(
        "seed-scale: {} in {:.1} s (who signs in with what: {})",
        options.persist.display(),
        started.elapsed().as_secs_f64(),
        path.display()
    );
    Ok(())
}
