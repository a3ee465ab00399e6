//! Postfix: main.cf, master.cf, and lookup/pattern tables, one file each;
//! `values` checks and completes parameter values and table actions,
//! `parameters` says what a parameter name is.

mod main_cf;
mod master_cf;
mod parameters;
mod table;
mod values;

pub(crate) use main_cf::{Entry, main_cf, main_completion, main_hover, parse_main, references};
pub(crate) use master_cf::{master_cf, master_completion, master_fields, master_hover, overrides};
pub(crate) use table::{table, table_completion, table_value};
