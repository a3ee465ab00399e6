use super::{ClassText, DetailText, SubjectText};

pub static CLASS_TEXTS: &[ClassText] = &[];
pub static SUBJECT_TEXTS: &[SubjectText] = &[];
pub static DETAIL_TEXTS: &[DetailText] = &[];
