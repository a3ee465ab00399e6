//! Vendor codes and notes. Sorted by code. Each row names its public source.

use super::{VendorCode, VendorNote};

pub static VENDOR_CODES: &[VendorCode] = &[];

pub static VENDOR_NOTES: &[VendorNote] = &[];
