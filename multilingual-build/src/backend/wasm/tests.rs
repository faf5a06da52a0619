//! Tests: every module validates and is deterministic.
