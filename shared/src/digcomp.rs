//! The EU Digital Competence Framework for Citizens, DigComp 2.2 (JRC, 2022): 5 areas, 21
//! competences. Learning modules carry competence codes from this table; validation of those codes
//! and the trainer area's overview both read it.

#[derive(Debug, PartialEq, Eq)]
pub struct Competence {
    /// `"4.2"`: area number, dot, competence number.
    pub code: &'static str,
    pub title: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Area {
    pub number: u8,
    pub title: &'static str,
    pub competences: &'static [Competence],
}

const fn c(code: &'static str, title: &'static str) -> Competence {
    Competence { code, title }
}

pub const AREAS: [Area; 5] = [
    Area {
        number: 1,
        title: "Information and data literacy",
        competences: &[
            c(
                "1.1",
                "Browsing, searching and filtering data, information and digital content",
            ),
            c("1.2", "Evaluating data, information and digital content"),
            c("1.3", "Managing data, information and digital content"),
        ],
    },
    Area {
        number: 2,
        title: "Communication and collaboration",
        competences: &[
            c("2.1", "Interacting through digital technologies"),
            c("2.2", "Sharing through digital technologies"),
            c(
                "2.3",
                "Engaging in citizenship through digital technologies",
            ),
            c("2.4", "Collaborating through digital technologies"),
            c("2.5", "Netiquette"),
            c("2.6", "Managing digital identity"),
        ],
    },
    Area {
        number: 3,
        title: "Digital content creation",
        competences: &[
            c("3.1", "Developing digital content"),
            c("3.2", "Integrating and re-elaborating digital content"),
            c("3.3", "Copyright and licences"),
            c("3.4", "Programming"),
        ],
    },
    Area {
        number: 4,
        title: "Safety",
        competences: &[
            c("4.1", "Protecting devices"),
            c("4.2", "Protecting personal data and privacy"),
            c("4.3", "Protecting health and well-being"),
            c("4.4", "Protecting the environment"),
        ],
    },
    Area {
        number: 5,
        title: "Problem solving",
        competences: &[
            c("5.1", "Solving technical problems"),
            c("5.2", "Identifying needs and technological responses"),
            c("5.3", "Creatively using digital technologies"),
            c("5.4", "Identifying digital competence gaps"),
        ],
    },
];

/// Looks a competence up by its code, e.g. `"4.2"`.
pub fn competence(code: &str) -> Option<&'static Competence> {
    AREAS
        .iter()
        .flat_map(|a| a.competences.iter())
        .find(|c| c.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framework_has_five_areas_and_21_competences() {
        assert_eq!(AREAS.len(), 5);
        assert_eq!(AREAS.iter().map(|a| a.competences.len()).sum::<usize>(), 21);
    }

    #[test]
    fn codes_start_with_their_area_number_and_are_unique() {
        let mut codes = Vec::new();
        for area in &AREAS {
            for competence in area.competences {
                assert!(competence.code.starts_with(&format!("{}.", area.number)));
                codes.push(competence.code);
            }
        }
        let total = codes.len();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), total);
    }

    #[test]
    fn lookup_by_code() {
        assert_eq!(
            competence("4.2").unwrap().title,
            "Protecting personal data and privacy"
        );
        assert!(competence("6.1").is_none());
    }
}
