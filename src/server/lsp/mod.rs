//! The conversion layer: LSP positions and types on one side, the core's
//! byte offsets on the other. Handlers convert only through here.
//!
//! - `encoding`: the negotiated position encoding and the rope's
//!   line/column primitives (every position clamped, never a panic).
//! - `from_proto`: params read from a frame's bytes; positions to offsets;
//!   `didChange` texts located in place.
//! - `to_proto`: offsets to positions through one `LineIndex`; diagnostics,
//!   completion items, symbols, semantic token deltas.

pub(crate) mod encoding;
pub(crate) mod from_proto;
pub(crate) mod to_proto;
