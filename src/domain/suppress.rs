//! Small-count suppression for statistics (design principle 1: exports hide small counts).
//!
//! Primary suppression hides every count from 1 to K-1 (shown as `<K`). Complementary
//! suppression then makes sure no hidden count can be recovered by subtraction: in every group
//! whose members add up to a shown total (the breakdowns of a measure, the municipalities of a
//! joint cell), a lone hidden member takes a second member with it — the smallest non-zero
//! one — or, when there is none, the total. Two or more small hidden members can still give
//! themselves away through their sum (5 = 3 + ? + ?, each at least 1, so both are 1), so such a
//! group also hides a larger member, or the total. Every hidden figure shows as `<K`, also one
//! hidden to protect another, so that the marks themselves tell nothing.

/// One figure of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    pub value: i64,
    /// Counts are suppressed; rates and the like are not.
    pub count: bool,
    pub suppressed: bool,
}

impl Figure {
    pub fn count(value: i64) -> Figure {
        Figure {
            value,
            count: true,
            suppressed: false,
        }
    }

    pub fn rate(value: i64) -> Figure {
        Figure {
            value,
            count: false,
            suppressed: false,
        }
    }

    /// The figure as shown: the number, or `<K` when hidden.
    pub fn shown(&self, k: i64) -> String {
        if self.suppressed {
            format!("<{k}")
        } else {
            self.value.to_string()
        }
    }
}

/// Members (indexes into the figures) that add up to `total`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub total: usize,
    pub members: Vec<usize>,
}

/// Applies primary and complementary suppression with threshold `k` (counts below k hidden).
pub fn apply(figures: &mut [Figure], groups: &[Group], k: i64) {
    for f in figures.iter_mut() {
        if f.count && f.value > 0 && f.value < k {
            f.suppressed = true;
        }
    }
    // Each pass hides at least one more figure or stops; figures are finite.
    for _ in 0..=figures.len() {
        let mut changed = false;
        for g in groups {
            if figures[g.total].suppressed {
                continue;
            }
            let hidden: Vec<usize> = g
                .members
                .iter()
                .copied()
                .filter(|i| figures[*i].suppressed)
                .collect();
            if !pinned(figures, g, &hidden, k) {
                continue;
            }
            let partner = g
                .members
                .iter()
                .copied()
                .filter(|i| !figures[*i].suppressed && figures[*i].count && figures[*i].value > 0)
                .min_by_key(|i| (figures[*i].value, *i));
            match partner {
                Some(i) => figures[i].suppressed = true,
                None => figures[g.total].suppressed = true,
            }
            changed = true;
        }
        if !changed {
            break;
        }
    }
}

/// Whether the hidden members of a group with a shown total can be worked out: a lone hidden
/// member is the total minus the rest; several members hidden only for being small (each
/// between 1 and K-1, since zeros are shown) are pinned when their sum, the total minus the
/// shown members, leaves one choice: all 1, or all K-1.
fn pinned(figures: &[Figure], g: &Group, hidden: &[usize], k: i64) -> bool {
    if figures[g.total].suppressed || hidden.is_empty() {
        return false;
    }
    if hidden.len() == 1 {
        return true;
    }
    if hidden
        .iter()
        .any(|i| figures[*i].value >= k || !figures[*i].count)
    {
        return false;
    }
    let sum: i64 = hidden.iter().map(|i| figures[*i].value).sum();
    let h = hidden.len() as i64;
    sum == h || sum == h * (k - 1)
}

/// True when some hidden member of some group can be worked out from the shown figures. Used by
/// tests.
pub fn leaks(figures: &[Figure], groups: &[Group], k: i64) -> bool {
    groups.iter().any(|g| {
        let hidden: Vec<usize> = g
            .members
            .iter()
            .copied()
            .filter(|i| figures[*i].suppressed)
            .collect();
        pinned(figures, g, &hidden, k)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(values: &[i64]) -> Vec<Figure> {
        values.iter().map(|v| Figure::count(*v)).collect()
    }

    #[test]
    fn small_counts_are_hidden_zero_and_large_are_shown() {
        let mut f = figs(&[0, 1, 2, 3, 10]);
        apply(&mut f, &[], 3);
        let shown: Vec<String> = f.iter().map(|x| x.shown(3)).collect();
        assert_eq!(shown, ["0", "<3", "<3", "3", "10"]);
    }

    #[test]
    fn a_lone_hidden_member_takes_the_smallest_other_with_it() {
        // total 15 = 1 + 4 + 10: hiding only the 1 would leave 15 - 4 - 10 = 1.
        let mut f = figs(&[15, 1, 4, 10]);
        let g = [Group {
            total: 0,
            members: vec![1, 2, 3],
        }];
        apply(&mut f, &g, 3);
        assert!(f[1].suppressed && f[2].suppressed);
        assert!(!f[0].suppressed && !f[3].suppressed);
        assert!(!leaks(&f, &g, 3));
    }

    #[test]
    fn with_only_zeros_beside_it_the_total_goes() {
        let mut f = figs(&[4, 0, 4, 0]);
        // 4 = 0 + 4 + 0: not small. Make one member 2 and the total 2.
        f[0].value = 2;
        f[2].value = 2;
        apply(
            &mut f,
            &[Group {
                total: 0,
                members: vec![1, 2, 3],
            }],
            3,
        );
        assert!(f[0].suppressed && f[2].suppressed);
        let mut f = figs(&[7, 0, 1, 6]);
        f[3].count = false; // a rate cannot be a partner
        apply(
            &mut f,
            &[Group {
                total: 0,
                members: vec![1, 2, 3],
            }],
            3,
        );
        assert!(f[2].suppressed && f[0].suppressed);
    }

    #[test]
    fn two_small_hidden_members_take_a_larger_one_with_them() {
        // 5 = 3 + 1 + 1: hiding the two 1s alone leaves 5 - 3 = 2 = 1 + 1.
        let mut f = figs(&[5, 3, 1, 1, 0]);
        let g = [Group {
            total: 0,
            members: vec![1, 2, 3, 4],
        }];
        apply(&mut f, &g, 3);
        assert!(f[1].suppressed && f[2].suppressed && f[3].suppressed);
        assert!(!f[4].suppressed);
        assert!(!leaks(&f, &g, 3));
    }

    #[test]
    fn groups_chain_across_rows_and_columns() {
        // Two municipalities × two phenomena, with row totals and column totals.
        //        p1  p2 | total
        // m1      1   5 |   6
        // m2      4   4 |   8
        // cell    5   9 |  14
        let mut f = figs(&[1, 5, 6, 4, 4, 8, 5, 9, 14]);
        let groups = [
            Group {
                total: 2,
                members: vec![0, 1],
            },
            Group {
                total: 5,
                members: vec![3, 4],
            },
            Group {
                total: 8,
                members: vec![6, 7],
            },
            Group {
                total: 6,
                members: vec![0, 3],
            },
            Group {
                total: 7,
                members: vec![1, 4],
            },
            Group {
                total: 8,
                members: vec![2, 5],
            },
        ];
        apply(&mut f, &groups, 3);
        assert!(f[0].suppressed);
        assert!(!leaks(&f, &groups, 3), "{f:?}");
    }
}
