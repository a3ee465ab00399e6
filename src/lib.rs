//! mail-lsp: SMTP codes explained where they stand, in mail logs and
//! mail-server configuration files.
//!
//! - [`codes`]: the knowledge base (pure).
//! - [`analysis`]: text in, findings with byte ranges out (pure).
//! - [`server`]: the language server (the only place that names LSP types).
//! - [`cli`]: `explain`, `check` and `summary`.
//! - `messages`: short messages people read, en + fr, from `data/messages/`.

pub mod analysis;
pub mod cli;
pub mod codes;
pub(crate) mod messages;
pub mod server;

#[cfg(test)]
mod editor_files;
