//! Texts for the detail codes X.6.D, sorted by detail.

use crate::codes::texts::DetailText;

pub static TEXTS: &[DetailText] = &[];
