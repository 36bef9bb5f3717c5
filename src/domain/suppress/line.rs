//! What a hidden component's relations leave free: the directions its solutions may move in
//! from the true values.
//!
//! The true values `v` of the hidden figures satisfy every relation, so the solutions of the
//! relations are `v + N t`, `N` the null space of their coefficients. When `N` is empty the
//! relations pin every hidden figure to its value. When it is one direction `d`, the
//! solutions that keep every hidden figure at least 1 are `v + d t` for `t` in an interval,
//! and any linear objective is best at one end of it: ranges come without a program. With two
//! or more directions a program finds a range, but moving along them often decides a figure
//! first (`Bounds::walk`).
//!
//! The null space is found by exact integer elimination (the coefficients are whole); a
//! system whose values do not satisfy it, or whose numbers grow large, is left to the
//! program.

/// What the relations leave free around the true values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Freedom {
    /// Every hidden figure is pinned to its value.
    Pinned,
    /// One direction (by position among the hidden figures), whole numbers with no common
    /// factor.
    Line(Vec<i64>),
    /// Two or more directions: a basis of them, each as in `Line`.
    Plane(Vec<Vec<i64>>),
    /// A system this module does not answer: a program decides.
    Unknown,
}

impl Freedom {
    /// The directions the solutions may move in from the true values (none when pinned);
    /// `None` when unknown.
    pub(super) fn basis(&self) -> Option<&[Vec<i64>]> {
        match self {
            Freedom::Pinned => Some(&[]),
            Freedom::Line(d) => Some(std::slice::from_ref(d)),
            Freedom::Plane(basis) => Some(basis),
            Freedom::Unknown => None,
        }
    }
}

/// The freedom of the system `rows` over the hidden figures `hidden` (sorted), whose true
/// values are `values` (by position).
pub(super) fn freedom(
    hidden: &[usize],
    rows: &[(Vec<(usize, f64)>, f64)],
    values: &[i64],
) -> Freedom {
    eliminate(hidden, rows, values).unwrap_or(Freedom::Unknown)
}

/// Numbers of the elimination stay below this (far from overflow in any step).
const LARGE: i64 = 1 << 40;

/// `x` as a whole number, when it is one and not large.
fn whole(x: f64) -> Option<i64> {
    (x.fract() == 0.0 && x.abs() < LARGE as f64).then_some(x as i64)
}

fn eliminate(
    hidden: &[usize],
    rows: &[(Vec<(usize, f64)>, f64)],
    values: &[i64],
) -> Option<Freedom> {
    let n = hidden.len();
    // (Larger components are cut by `Bounds::split`; their elimination would cost more than
    // the programs it spares.)
    if n > 100 || values.len() != n || values.iter().any(|v| *v < 1) {
        return None;
    }
    // The relations' coefficients, checked against the true values: row `r` is
    // `m[r * n..(r + 1) * n]` (one block, not a vector per row).
    let mut m = vec![0i64; rows.len() * n];
    for (r, (terms, rhs)) in rows.iter().enumerate() {
        let row = &mut m[r * n..(r + 1) * n];
        let mut sum = 0i64;
        for (x, c) in terms {
            let at = hidden.binary_search(x).ok()?;
            let c = whole(*c)?;
            row[at] = row[at]
                .checked_add(c)
                .filter(|x| x.unsigned_abs() < LARGE as u64)?;
            sum = sum.checked_add(c.checked_mul(values[at])?)?;
        }
        if sum != whole(*rhs)? {
            return None;
        }
    }
    let rows = rows.len();
    // Gauss–Jordan without fractions: each pivot column ends with its pivot alone.
    let mut pivots: Vec<usize> = Vec::new();
    let mut pivot = vec![0i64; n];
    for col in 0..n {
        let rank = pivots.len();
        if let Some(p) = (rank..rows).find(|r| m[r * n + col] != 0) {
            if p != rank {
                let (above, below) = m.split_at_mut(p * n);
                above[rank * n..(rank + 1) * n].swap_with_slice(&mut below[..n]);
            }
            pivot.copy_from_slice(&m[rank * n..(rank + 1) * n]);
            let a = pivot[col];
            for (r, row) in m.chunks_exact_mut(n).enumerate() {
                let e = row[col];
                if r == rank || e == 0 {
                    continue;
                }
                if a.abs() == 1 {
                    // row - (e / a) pivot, whole as it is.
                    let f = e * a;
                    for (cell, p) in row.iter_mut().zip(&pivot) {
                        if *p != 0 {
                            *cell = cell.checked_sub(f.checked_mul(*p)?)?;
                            if cell.unsigned_abs() >= LARGE as u64 {
                                return None;
                            }
                        }
                    }
                } else {
                    for (cell, p) in row.iter_mut().zip(&pivot) {
                        *cell = a.checked_mul(*cell)?.checked_sub(e.checked_mul(*p)?)?;
                        if cell.unsigned_abs() >= LARGE as u64 {
                            return None;
                        }
                    }
                    reduce(row);
                }
            }
            pivots.push(col);
        }
    }
    let mut basis = Vec::new();
    for free in (0..n).filter(|c| !pivots.contains(c)) {
        // Row r: a_r x_{p_r} + the free columns' terms = 0, so with this free column at L
        // and the other free ones at 0, x_{p_r} = -e_r L / a_r.
        let mut l = 1i64;
        for (r, p) in pivots.iter().enumerate() {
            if m[r * n + free] != 0 {
                let a = m[r * n + p].abs();
                l = (l / gcd(l, a)).checked_mul(a).filter(|l| *l < LARGE)?;
            }
        }
        let mut d = vec![0i64; n];
        d[free] = l;
        for (r, p) in pivots.iter().enumerate() {
            d[*p] = (-m[r * n + free])
                .checked_mul(l / m[r * n + p])
                .filter(|x| x.unsigned_abs() < LARGE as u64)?;
        }
        reduce(&mut d);
        basis.push(d);
    }
    Some(match basis.len() {
        0 => Freedom::Pinned,
        1 => Freedom::Line(basis.pop().expect("one direction")),
        _ => Freedom::Plane(basis),
    })
}

fn gcd(mut a: i64, mut b: i64) -> i64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs()
}

/// Divides a row by the common factor of its entries.
fn reduce(row: &mut [i64]) {
    let g = row.iter().fold(0, |g, x| gcd(g, *x));
    if g > 1 {
        for x in row.iter_mut() {
            *x /= g;
        }
    }
}

/// The interval of `t` for which `values + d t` keeps every figure at least 1 (each end
/// infinite when nothing bounds it).
pub(super) fn interval(values: &[i64], d: &[i64]) -> (f64, f64) {
    let mut span = (f64::NEG_INFINITY, f64::INFINITY);
    for (v, dj) in values.iter().zip(d) {
        narrow(&mut span, *v, *dj, 1.0, f64::INFINITY);
    }
    span
}

/// Narrows `span` to the `t` for which `value + dj t` lies between `low` and `high` (nothing
/// to narrow when `dj` is 0: the figure does not move).
pub(super) fn narrow(span: &mut (f64, f64), value: i64, dj: i64, low: f64, high: f64) {
    if dj == 0 {
        return;
    }
    let (value, dj) = (value as f64, dj as f64);
    let (a, b) = ((low - value) / dj, (high - value) / dj);
    let (a, b) = if dj > 0.0 { (a, b) } else { (b, a) };
    span.0 = span.0.max(a);
    span.1 = span.1.min(b);
}

/// The largest (`max`) or least value of figure `at` for `t` in `span`: `None` when unbounded.
pub(super) fn optimum(
    values: &[i64],
    d: &[i64],
    at: usize,
    max: bool,
    span: (f64, f64),
) -> Option<f64> {
    let t = match d[at] {
        0 => return Some(values[at] as f64),
        dj if (dj > 0) == max => span.1,
        _ => span.0,
    };
    t.is_finite().then(|| values[at] as f64 + d[at] as f64 * t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(r: &[&[(usize, f64)]], rhs: &[f64]) -> Vec<(Vec<(usize, f64)>, f64)> {
        r.iter().zip(rhs).map(|(t, b)| (t.to_vec(), *b)).collect()
    }

    #[test]
    fn a_determined_system_is_pinned_and_one_free_direction_is_a_line() {
        // x0 + x1 = 5 and x0 - x2 = 0 with x2 = 2: pinned.
        let r = rows(
            &[&[(0, 1.0), (1, 1.0)], &[(0, 1.0), (2, -1.0)], &[(2, 1.0)]],
            &[5.0, 0.0, 2.0],
        );
        assert_eq!(freedom(&[0, 1, 2], &r, &[2, 3, 2]), Freedom::Pinned);
        // x0 + x1 = 5 alone: the line (1, -1), x0 from 1 to 4.
        let r = rows(&[&[(0, 1.0), (1, 1.0)]], &[5.0]);
        let Freedom::Line(d) = freedom(&[0, 1], &r, &[2, 3]) else {
            panic!("a line")
        };
        assert_eq!(d[0], -d[1]);
        let span = interval(&[2, 3], &d);
        assert_eq!(optimum(&[2, 3], &d, 0, true, span), Some(4.0));
        assert_eq!(optimum(&[2, 3], &d, 0, false, span), Some(1.0));
        // x0 + x1 - x2 = 0: two directions.
        let r = rows(&[&[(0, 1.0), (1, 1.0), (2, -1.0)]], &[0.0]);
        let Freedom::Plane(basis) = freedom(&[0, 1, 2], &r, &[1, 1, 2]) else {
            panic!("a plane")
        };
        assert_eq!(basis.len(), 2);
        for d in &basis {
            assert_eq!(d[0] + d[1], d[2]);
        }
        // x0 - x1 = 0: unbounded above.
        let r = rows(&[&[(0, 1.0), (1, -1.0)]], &[0.0]);
        let Freedom::Line(d) = freedom(&[0, 1], &r, &[3, 3]) else {
            panic!("a line")
        };
        let span = interval(&[3, 3], &d);
        assert_eq!(optimum(&[3, 3], &d, 1, true, span), None);
        assert_eq!(optimum(&[3, 3], &d, 1, false, span), Some(1.0));
    }

    #[test]
    fn values_that_do_not_satisfy_the_system_are_left_to_the_program() {
        let r = rows(&[&[(0, 1.0), (1, 1.0)]], &[5.0]);
        assert_eq!(freedom(&[0, 1], &r, &[2, 2]), Freedom::Unknown);
        // A hidden figure of 0 is no true hidden count.
        let r = rows(&[&[(0, 1.0), (1, 1.0)]], &[5.0]);
        assert_eq!(freedom(&[0, 1], &r, &[0, 5]), Freedom::Unknown);
        // A figure outside the hidden ones, a fractional coefficient.
        assert_eq!(
            freedom(&[0, 1], &rows(&[&[(7, 1.0)]], &[1.0]), &[1, 1]),
            Freedom::Unknown
        );
        assert_eq!(
            freedom(&[0], &rows(&[&[(0, 0.5)]], &[1.0]), &[2]),
            Freedom::Unknown
        );
    }
}
