use super::ReplyText;

pub static REPLY_TEXTS: &[ReplyText] = &[];
