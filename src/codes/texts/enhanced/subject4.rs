//! Texts for the detail codes X.4.D, sorted by detail.

use crate::codes::texts::DetailText;

pub static TEXTS: &[DetailText] = &[];
