//! The vocabulary of the language: keywords, builtins, type, method and math names in 17 human
//! languages, and the per-language lexicon the lexer and checker consult. The spellings are data
//! (`table.rs`, generated); nothing after the lexer knows which human language a file uses.

mod table;
#[cfg(test)]
mod table_tests;

pub use table::{ALL_LANGS, Builtin, Keyword, Lang, MathFn, Method};

use std::collections::HashMap;
use std::sync::OnceLock;

/// Words that only the word-order variants use (`範囲(4) 内の 各 i に対して:`, `مدى(4) ضمن لكل i:`).
pub mod surface {
    /// Japanese: "within" before the loop target.
    pub const JA_WITHIN: &str = "内の";
    /// Japanese: "each" before the loop target.
    pub const JA_EACH: &str = "各";
    /// Japanese: "for" after the loop target.
    pub const JA_FOR: &str = "に対して";
    /// Arabic: "within" before the `for` keyword.
    pub const AR_WITHIN: &str = "ضمن";
}

/// The spellings of one human language, ready for lookup.
#[derive(Debug)]
pub struct Lexicon {
    /// The language.
    pub lang: Lang,
    keywords: HashMap<&'static str, Keyword>,
    builtins: HashMap<&'static str, Builtin>,
    methods: HashMap<&'static str, Method>,
    math: HashMap<&'static str, MathFn>,
    /// The largest number of words in one keyword spelling.
    pub max_keyword_words: usize,
}

impl Lexicon {
    /// The lexicon of `lang` (built once per process).
    pub fn of(lang: Lang) -> &'static Lexicon {
        static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
        let all = ALL.get_or_init(|| ALL_LANGS.iter().map(|&l| Lexicon::build(l)).collect());
        let index = ALL_LANGS.iter().position(|&l| l == lang).unwrap_or(0);
        &all[index]
    }

    fn build(lang: Lang) -> Lexicon {
        let mut keywords = HashMap::new();
        let mut max_keyword_words = 1;
        for &(l, k, s) in table::KEYWORDS {
            if l == lang && reserved_in_kernels(k) {
                keywords.entry(s).or_insert(k);
                max_keyword_words = max_keyword_words.max(s.split(' ').count());
            }
        }
        let mut builtins = HashMap::new();
        for &b in table::ALL_BUILTINS {
            builtins.insert(b.python_name(), b);
        }
        for &(l, b, s) in table::BUILTIN_ALIASES {
            if l == lang {
                builtins.insert(s, b);
            }
        }
        let mut methods = HashMap::new();
        for &m in table::ALL_METHODS {
            methods.insert(m.python_name(), m);
        }
        for &(l, m, s) in table::METHOD_ALIASES {
            if l == lang {
                methods.entry(s).or_insert(m);
            }
        }
        let mut math = HashMap::new();
        for &m in table::ALL_MATH_FNS {
            math.insert(m.python_name(), m);
        }
        for &(l, m, s) in table::MATH_ALIASES {
            if l == lang {
                math.entry(s).or_insert(m);
            }
        }
        Lexicon {
            lang,
            keywords,
            builtins,
            methods,
            math,
            max_keyword_words,
        }
    }

    /// The keyword spelled `phrase` (words joined by one space), if any.
    pub fn keyword(&self, phrase: &str) -> Option<Keyword> {
        self.keywords.get(phrase).copied()
    }

    /// The builtin a name refers to: its localized alias or its English name.
    pub fn builtin(&self, name: &str) -> Option<Builtin> {
        self.builtins.get(name).copied().or_else(|| {
            // Type and print keywords name builtins too (`entier(x)`, `afficher(...)`).
            self.keyword(name).and_then(crate::parser::keyword_builtin)
        })
    }

    /// The list or string method a name after `.` refers to.
    pub fn method(&self, name: &str) -> Option<Method> {
        self.methods.get(name).copied()
    }

    /// The math function a name after `math.` refers to.
    pub fn math_fn(&self, name: &str) -> Option<MathFn> {
        self.math.get(name).copied()
    }

    /// The spellings of a keyword in this language, canonical first.
    pub fn spellings(&self, keyword: Keyword) -> Vec<&'static str> {
        table::KEYWORDS
            .iter()
            .filter(|&&(l, k, _)| l == self.lang && k == keyword)
            .map(|&(_, _, s)| s)
            .collect()
    }
}

/// Keywords of concepts that kernels never use (AI, concurrency, placement, observability, UI)
/// stay ordinary names, so that words like `cost`, `memory` or Danish `start` remain usable.
fn reserved_in_kernels(k: Keyword) -> bool {
    !matches!(
        k.category(),
        "ai" | "concurrency" | "observability" | "placement" | "agents"
    ) && !matches!(
        k,
        Keyword::Observe
            | Keyword::OnChange
            | Keyword::Canvas
            | Keyword::Render
            | Keyword::Bind
            | Keyword::Local
    )
}

/// The languages (other than `except`) in which `word` is a keyword, with the keyword.
pub fn keyword_elsewhere(word: &str, except: Lang) -> Vec<(Lang, Keyword)> {
    ALL_LANGS
        .iter()
        .filter(|&&l| l != except)
        .filter_map(|&l| Lexicon::of(l).keyword(word).map(|k| (l, k)))
        .collect()
}

/// Guesses the language of a file from its words: each word that is a keyword in exactly one
/// language is a vote for it. `Err` carries the tied candidates (empty when nothing matched).
pub fn detect_language<'a>(words: impl IntoIterator<Item = &'a str>) -> Result<Lang, Vec<Lang>> {
    let mut votes = [0usize; 17];
    let mut shared = [0usize; 17];
    for word in words {
        let owners: Vec<usize> = ALL_LANGS
            .iter()
            .enumerate()
            .filter(|(_, l)| Lexicon::of(**l).keyword(word).is_some())
            .map(|(i, _)| i)
            .collect();
        if owners.len() == 1 {
            votes[owners[0]] += 1;
        }
        for i in owners {
            shared[i] += 1;
        }
    }
    let pick = |counts: &[usize; 17]| -> Option<Result<Lang, Vec<Lang>>> {
        let best = *counts.iter().max()?;
        if best == 0 {
            return None;
        }
        let winners: Vec<Lang> = (0..17)
            .filter(|&i| counts[i] == best)
            .map(|i| ALL_LANGS[i])
            .collect();
        Some(if winners.len() == 1 {
            Ok(winners[0])
        } else {
            Err(winners)
        })
    };
    match pick(&votes) {
        Some(Ok(l)) => Ok(l),
        Some(Err(tied)) => {
            // Break a tie between the vote leaders with the shared keywords.
            let mut best: Vec<Lang> = Vec::new();
            let mut best_count = 0;
            for l in tied {
                let i = ALL_LANGS.iter().position(|&x| x == l).unwrap_or(0);
                match shared[i].cmp(&best_count) {
                    std::cmp::Ordering::Greater => {
                        best_count = shared[i];
                        best = vec![l];
                    }
                    std::cmp::Ordering::Equal => best.push(l),
                    std::cmp::Ordering::Less => {}
                }
            }
            if best.len() == 1 {
                Ok(best[0])
            } else {
                Err(best)
            }
        }
        None => pick(&shared).unwrap_or(Err(Vec::new())),
    }
}
