//! Display settings a person chooses on their own device: text size and high contrast. Remembered
//! in localStorage under the keys below and shown as attributes on `<html>` (`data-text-size`,
//! `data-contrast`), which the stylesheet turns into a root font size and a colour scheme.
//! `frontend/display.js` applies them before the first paint (a native test in xtask checks that
//! it uses these same keys and values); the settings page reads and writes them.

/// localStorage key and `<html>` attribute for the text size.
pub const TEXT_SIZE_KEY: &str = "wegwijs.text-size";
pub const TEXT_SIZE_ATTRIBUTE: &str = "data-text-size";
/// localStorage key and `<html>` attribute for the contrast.
pub const CONTRAST_KEY: &str = "wegwijs.contrast";
pub const CONTRAST_ATTRIBUTE: &str = "data-contrast";

/// The root font size. Everything is sized in rem, so this scales the whole page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    /// The stored value and attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }

    /// The root font size in percent of the browser's own default (which keeps the person's
    /// browser text-size setting working on top of this one). Must match `style.css`.
    pub fn percent(self) -> u16 {
        match self {
            TextSize::Normal => 100,
            TextSize::Large => 125,
            TextSize::Larger => 150,
        }
    }

    /// A stored value; anything unknown (an older version's value, a hand edit) is normal.
    pub fn parse(stored: Option<&str>) -> TextSize {
        let stored = stored.map(str::trim).unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == stored)
            .unwrap_or_default()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Contrast {
    #[default]
    Normal,
    High,
}

impl Contrast {
    pub const ALL: [Contrast; 2] = [Contrast::Normal, Contrast::High];

    pub fn as_str(self) -> &'static str {
        match self {
            Contrast::Normal => "normal",
            Contrast::High => "high",
        }
    }

    pub fn parse(stored: Option<&str>) -> Contrast {
        match stored.map(str::trim) {
            Some("high") => Contrast::High,
            _ => Contrast::Normal,
        }
    }
}

/// What goes on `<html>`: `None` removes the attribute (the default look needs none, so a page
/// without any stored choice carries no attribute at all).
pub fn text_size_attribute(size: TextSize) -> Option<&'static str> {
    (size != TextSize::Normal).then(|| size.as_str())
}

pub fn contrast_attribute(contrast: Contrast) -> Option<&'static str> {
    (contrast == Contrast::High).then_some("high")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_round_trips_and_unknown_is_normal() {
        for size in TextSize::ALL {
            assert_eq!(TextSize::parse(Some(size.as_str())), size);
        }
        assert_eq!(TextSize::parse(None), TextSize::Normal);
        assert_eq!(TextSize::parse(Some("huge")), TextSize::Normal);
        assert_eq!(TextSize::parse(Some("")), TextSize::Normal);
        assert_eq!(TextSize::parse(Some(" large ")), TextSize::Large);
        assert_eq!(TextSize::parse(Some("LARGE")), TextSize::Normal);
    }

    #[test]
    fn sizes_grow() {
        let percents: Vec<u16> = TextSize::ALL.iter().map(|s| s.percent()).collect();
        assert_eq!(percents, [100, 125, 150]);
    }

    #[test]
    fn contrast_round_trips_and_unknown_is_normal() {
        for contrast in Contrast::ALL {
            assert_eq!(Contrast::parse(Some(contrast.as_str())), contrast);
        }
        assert_eq!(Contrast::parse(None), Contrast::Normal);
        assert_eq!(Contrast::parse(Some("on")), Contrast::Normal);
    }

    #[test]
    fn defaults_put_no_attribute_on_the_page() {
        assert_eq!(text_size_attribute(TextSize::Normal), None);
        assert_eq!(text_size_attribute(TextSize::Larger), Some("larger"));
        assert_eq!(contrast_attribute(Contrast::Normal), None);
        assert_eq!(contrast_attribute(Contrast::High), Some("high"));
    }
}
