//! Texts for the class rows, the subject rows and (one file per subject,
//! under `enhanced/`) the detail rows of the enhanced-code registry.

use super::{ClassText, DetailText, SubjectText};

mod subject0;
mod subject1;
mod subject2;
mod subject3;
mod subject4;
mod subject5;
mod subject6;
mod subject7;

/// Detail texts indexed by subject, each slice sorted by detail.
pub static DETAIL_TEXTS: [&[DetailText]; 8] = [
    subject0::TEXTS,
    subject1::TEXTS,
    subject2::TEXTS,
    subject3::TEXTS,
    subject4::TEXTS,
    subject5::TEXTS,
    subject6::TEXTS,
    subject7::TEXTS,
];

/// Sorted by class: 2, 4, 5.
pub static CLASS_TEXTS: &[ClassText] = &[];

/// Sorted by subject: 0 .. 7.
pub static SUBJECT_TEXTS: &[SubjectText] = &[];
