//! Shared helpers of the examples, integration tests and benchmarks.
