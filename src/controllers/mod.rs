//! Controllers: the reader's interactive state and its invariants, which views change only
//! through their methods.

pub mod cards;
pub mod evidence;
