use crate::support::Rng;
