//! Lists of tuples across the boundary: `&[(String, i64)]` in, `Vec<(String, i64)>` out, the
//! same on the native path, the wasm path and through the dispatcher.

mod ranking {
    multilingual_runtime::include_ml!("examples/kernels/ranking_en.ml");
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

#[test]
fn zipped_pairs_cross_both_ways() -> Result<(), multilingual_runtime::Error> {
    let names = strings(&["ada", "grace", "linus"]);
    let scores = [3, 9, 4];
    let pairs = ranking::native::pair_up(&names, &scores);
    assert_eq!(
        pairs,
        vec![("ada".into(), 3), ("grace".into(), 9), ("linus".into(), 4)]
    );
    assert_eq!(ranking::wasm::pair_up(&names, &scores)?, pairs);
    assert_eq!(ranking::native::leader(&pairs), ("grace".into(), 9));
    assert_eq!(ranking::wasm::leader(&pairs)?, ("grace".into(), 9));
    assert_eq!(ranking::leader(&pairs), ("grace".into(), 9));
    // `zip` stops at the shorter list.
    assert_eq!(ranking::wasm::pair_up(&names, &scores[..1])?.len(), 1);
    Ok(())
}

#[test]
fn float_pairs_and_numbered_words() -> Result<(), multilingual_runtime::Error> {
    let points = [(0.5, -1.0), (2.0, 3.25)];
    let moved = vec![(1.0, -3.0), (2.5, 1.25)];
    assert_eq!(ranking::native::shifted(&points, 0.5, -2.0), moved);
    assert_eq!(ranking::wasm::shifted(&points, 0.5, -2.0)?, moved);
    let words = strings(&["ein", "", "drei"]);
    let want: Vec<(i64, String)> = vec![(1, "EIN".into()), (3, "DREI".into())];
    assert_eq!(ranking::native::numbered(&words), want);
    assert_eq!(ranking::wasm::numbered(&words)?, want);
    Ok(())
}

#[test]
fn an_empty_list_raises_the_same_error_on_both_paths() {
    let wasm = ranking::wasm::leader(&[]).expect_err("IndexError");
    let native = std::panic::catch_unwind(|| ranking::native::leader(&[])).expect_err("IndexError");
    let native = native
        .downcast_ref::<multilingual_runtime::Error>()
        .map(ToString::to_string)
        .or_else(|| native.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    assert_eq!(wasm.to_string(), native);
    assert!(native.contains("IndexError"), "{native}");
    assert!(native.contains("ranking_en.ml:8"), "{native}");
}
