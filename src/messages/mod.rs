//! Short messages people read (diagnostic messages, labels, code-lens and
//! inlay texts, command-line messages), in every language, from data.
//!
//! Each file `data/messages/AREA.toml` holds messages by id:
//!
//! ```toml
//! [class-mismatch]
//! doc = "A reply code and an enhanced code of different classes."
//! en = "reply {reply} is class {reply_class}, its enhanced code {code} class {class}"
//! fr = "la réponse {reply} est de classe {reply_class}, son code étendu {code} de classe {class}"
//! ```
//!
//! The test `messages::tests::generated_messages_are_fresh` compiles them
//! into `generated/AREA.rs`: one type per message, named after its id
//! (`messages::AREA::ClassMismatch`), with one field per `{placeholder}`.
//! A message is got with its placeholders filled, checked by the compiler:
//!
//! ```ignore
//! messages::codes::ClassMismatch { reply: &reply, reply_class: &4, code: &code, class: &5 }.get(lang)
//! messages::codes::NoCodeGiven.get(lang) // no placeholder: a &'static str
//! ```
//!
//! The same test fails when a message lacks a language, when its languages
//! do not use the same placeholders, or when a `{` is not a placeholder
//! (write `{{` and `}}` for braces). Nothing can fail at run time.

#[rustfmt::skip]
mod generated;

#[allow(unused_imports)]
pub(crate) use generated::*;

/// Wraps `text` at `width` columns for a terminal, breaking at ASCII
/// spaces only: never at a no-break space (U+00A0, U+202F), which French
/// typography puts before `:` `;` `!` `?` and inside « ».
pub(crate) fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (index, paragraph_line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let mut line_len = 0;
        for word in paragraph_line.split(' ').filter(|word| !word.is_empty()) {
            let len = word.chars().count();
            if line_len > 0 && line_len + 1 + len > width {
                out.push('\n');
                line_len = 0;
            }
            if line_len > 0 {
                out.push(' ');
                line_len += 1;
            }
            out.push_str(word);
            line_len += len;
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod typography;
