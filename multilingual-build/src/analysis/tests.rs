//! Tests of the range analysis.
