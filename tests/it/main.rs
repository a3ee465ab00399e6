//! One integration-test binary (see ARCHITECTURE.md).

mod cli;
mod corpora;
