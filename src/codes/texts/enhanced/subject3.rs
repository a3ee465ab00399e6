//! Texts for the detail codes X.3.D, sorted by detail.

use crate::codes::texts::DetailText;

pub static TEXTS: &[DetailText] = &[];
