//! Disclosure control for statistics (design principle 1: exports hide small counts).
//!
//! A table is a list of figures and the additive relations between them ([`Group`]: a total
//! and the members that add up to it). Every published figure is its true value or hidden;
//! a hidden figure carries one neutral mark ([`MARK`]) whatever the reason it was hidden.
//!
//! The rule, met for every hidden figure of a table: from the shown figures, the relations and
//! what a reader knows besides (counts are whole and not negative, and zeros are always shown,
//! so a hidden figure is at least 1) a reader cannot work the figure out exactly, and for a
//! small count (1 to K-1) the largest value the reader cannot rule out is K or more.
//!
//! How: primary suppression hides every small count. Then each hidden figure's range is
//! computed with a linear program over all the relations it takes part in at once (a total is
//! an unknown like its members, and a figure in several relations is bound by all of them). A
//! figure whose range is too narrow takes one more figure with it: the smallest shown non-zero
//! count, of the relations around it, that makes it safe (or the smallest one when no single
//! one does), and that figure is checked in turn. Hiding a figure only widens the others'
//! ranges, so a figure found safe stays safe, and as every step hides one more non-zero figure
//! the work ends. When every non-zero figure around a hidden one is hidden, the hidden ones can
//! all be scaled up together, so they are safe: the process always reaches a safe table.
//!
//! Most ranges need no program: a component's relations leave its hidden figures free to move
//! from their true values only along the directions of their null space ([`line`]). With none
//! the figures are pinned; with one the range is worked out exactly; with more, moving along
//! them often settles a figure (a solution that reaches the value that makes it safe, or none
//! that moves it at all), and programs decide the rest. A large component that one relation
//! cuts into parts (the year total joining the months of an annual report) is worked out part
//! by part.
//!
//! The ranges are those of the linear relaxation, rounded inwards to whole numbers. Zeros are
//! never hidden: a true zero is not a small count, and a hidden zero would not protect anything
//! the scaling argument does not.

use std::sync::{Mutex, OnceLock, PoisonError};

use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

use microlp::{ComparisonOp, Error as LpError, OptimizationDirection, Problem};

mod line;

use line::Freedom;

/// How the programs are solved: without presolve, which costs more than it saves on systems of
/// a few dozen figures (a tenth of an annual report's instructions).
fn solve_options() -> microlp::SolveOptions {
    let mut options = microlp::SolveOptions::default();
    options.presolve = false;
    options
}

/// A linear program as [`Bounds`] builds it, by everything that makes it (numbers by their
/// bits): its unknowns, its relations, what it optimises and the bound on one unknown. Two
/// programs with the same key are the same program, and the solver gives the same answer.
/// A figure is named by its place among the hidden figures, not by its index in the table (the
/// solver sees only places, and its answers are by place): a month's program asked again in
/// the year, where the month's figures come after the months before it, is the same program.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Program {
    /// The number of unknowns.
    unknowns: usize,
    rows: Vec<(Vec<(usize, u64)>, u64)>,
    /// The figure optimised and the direction (1 to maximise), or each capped figure and its
    /// cap.
    goal: Vec<(usize, i64)>,
    bound: Option<(usize, u64, u64)>,
}

impl Program {
    fn new(system: &Bounds, goal: Vec<(usize, i64)>, bound: Option<(usize, f64, f64)>) -> Program {
        // A figure that is not an unknown (the program leaves it out) has no place.
        let place = |x: usize| system.hidden.binary_search(&x).unwrap_or(usize::MAX);
        Program {
            unknowns: system.hidden.len(),
            rows: system
                .rows
                .iter()
                .map(|(terms, rhs)| {
                    let terms = terms
                        .iter()
                        .map(|(x, c)| (place(*x), c.to_bits()))
                        .collect();
                    (terms, rhs.to_bits())
                })
                .collect(),
            goal: goal.into_iter().map(|(x, g)| (place(x), g)).collect(),
            bound: bound.map(|(x, low, high)| (place(x), low.to_bits(), high.to_bits())),
        }
    }

    /// About the bytes the key holds.
    fn weight(&self) -> usize {
        let rows: usize = self
            .rows
            .iter()
            .map(|(terms, _)| 32 + terms.len() * 16)
            .sum();
        64 + rows + self.goal.len() * 16
    }
}

/// The answers of the programs solved in this run, by program, and about the bytes they hold.
/// The checks ask the same question more than once: each candidate's trial re-solves the parts
/// of the component its figure does not touch, each round of a year's check re-solves the
/// months the figure hidden last left as they were, and the year asks again some of the
/// programs its months solved (a program is keyed by places, not by indices).
type Memo<T> = Mutex<(usize, BTreeMap<Program, T>)>;

static OPTIMA: Memo<Option<Option<f64>>> = Mutex::new((0, BTreeMap::new()));
static POINTS: Memo<Option<Vec<f64>>> = Mutex::new((0, BTreeMap::new()));

/// The answer `memo` keeps for `key`, else `solve`'s, kept; `weight` is about the bytes an
/// answer holds. The memo is emptied when it holds a quarter of a megabyte (each key is a copy
/// of its system, and a point a value per unknown: a year of a large joint cell at a high
/// threshold fills it more than once; the programs asked again are those of one check).
fn remembered<T: Clone>(
    memo: &Memo<T>,
    key: Program,
    weight: impl Fn(&T) -> usize,
    solve: impl FnOnce() -> T,
) -> T {
    const KEPT: usize = 1 << 18;
    let lock = || memo.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(answer) = lock().1.get(&key) {
        return answer.clone();
    }
    // Solved without the lock: the other thread's programs go on meanwhile.
    let answer = solve();
    let added = key.weight() + weight(&answer);
    let mut kept = lock();
    if kept.0 + added > KEPT {
        kept.1.clear();
        kept.0 = 0;
    }
    if kept.1.insert(key, answer.clone()).is_none() {
        kept.0 += added;
    }
    answer
}

/// What a hidden figure shows in documents (explained by a legend).
pub const MARK: &str = "x";

/// One figure of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    pub value: i64,
    /// Counts take part in disclosure control; rates and the like do not (they belong to no
    /// relation and are never hidden).
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

    /// The figure as published: its value, or `None` when hidden.
    pub fn published(&self) -> Option<i64> {
        (!self.suppressed).then_some(self.value)
    }

    /// The figure as shown in a document: the number, or [`MARK`] when hidden.
    pub fn shown(&self) -> String {
        match self.published() {
            Some(v) => v.to_string(),
            None => MARK.to_string(),
        }
    }
}

/// Members (indexes into the figures) that add up to `total`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub total: usize,
    pub members: Vec<usize>,
}

impl Group {
    /// The same relation with every figure index moved by `by` (a table appended after `by`
    /// figures of another).
    pub fn shifted(&self, by: usize) -> Group {
        Group {
            total: self.total + by,
            members: self.members.iter().map(|m| m + by).collect(),
        }
    }
}

/// Applies primary suppression (counts from 1 to `k`-1) and then complementary suppression
/// until every hidden figure is safe.
pub fn apply(figures: &mut [Figure], groups: &[Group], k: i64) {
    primary(figures, k);
    let fixed = vec![false; figures.len()];
    protect(figures, groups, k, &fixed);
}

/// Hides every small count (1 to `k`-1).
pub fn primary(figures: &mut [Figure], k: i64) {
    for f in figures.iter_mut() {
        if f.count && f.value > 0 && f.value < k {
            f.suppressed = true;
        }
    }
}

/// The hidden figures already settled before any check: a fixed hidden figure whose relations
/// hold only fixed figures is as safe as where it was published (hiding more later only widens
/// its range). The figures of a component share its relations.
fn settled(t: &Table, figures: &[Figure], fixed: &[bool]) -> Vec<bool> {
    let mut out = vec![false; figures.len()];
    for (hidden, relations) in t.components(figures).1 {
        let all_fixed = relations
            .iter()
            .flat_map(|g| t.figures_of(*g))
            .all(|x| fixed[x]);
        for x in hidden {
            out[x] = all_fixed && fixed[x];
        }
    }
    out
}

/// A hidden component: its hidden figures and its relations, both sorted.
type Part = (Vec<usize>, Vec<usize>);

/// The systems of the hidden components of a table in one state, each built once, when first
/// asked for: every figure of a component has the same system ([`Table::system`]). Valid until
/// a figure is hidden or shown.
struct Systems {
    /// The component of each figure (`usize::MAX` for a shown one).
    label: Vec<usize>,
    /// Each component's hidden figures and relations, both sorted.
    parts: Vec<Part>,
    built: Vec<Option<System>>,
}

impl Systems {
    fn new(t: &Table, figures: &[Figure]) -> Systems {
        let (label, parts) = t.components(figures);
        let built = parts.iter().map(|_| None).collect();
        Systems {
            label,
            parts,
            built,
        }
    }

    /// The system of hidden figure `i`.
    fn of(&mut self, t: &Table, figures: &[Figure], i: usize) -> &System {
        self.component(t, figures, self.label[i])
    }

    /// The system of component `c`.
    fn component(&mut self, t: &Table, figures: &[Figure], c: usize) -> &System {
        let (hidden, relations) = &self.parts[c];
        self.built[c].get_or_insert_with(|| t.system_of(figures, hidden.clone(), relations))
    }
}

/// Complementary suppression: hides more figures until every hidden one is safe. Figures
/// marked in `fixed` were published elsewhere already (the months under an annual report):
/// they keep their state and are never taken as complements.
pub fn protect(figures: &mut [Figure], groups: &[Group], k: i64, fixed: &[bool]) {
    let t = Table::new(figures.len(), groups);
    let mut checked = settled(&t, figures, fixed);
    // Figures proven safe by a feasible point of a joint program (see `Table::certify`): they
    // stay safe as more figures are hidden.
    let mut certified = vec![false; figures.len()];
    // The round of hiding in which each figure last took part in a joint program: one program
    // per component and round (it would find the same point again).
    let mut round = 0u32;
    let mut batched = vec![u32::MAX; figures.len()];
    // The verdict on the figure just given a complement, when the trial already computed it
    // in the very state the next pass starts from.
    let mut known: Option<(usize, bool)> = None;
    // The systems of the current round (a figure hidden starts a new one).
    let mut systems: Option<(u32, Systems)> = None;
    // Under figures published elsewhere (a year's months), the components to check are
    // certified at once, on every core, before the first pass, as the passes would certify
    // each on reaching it in this state, but together instead of one component after another
    // (the year's totals join a dozen months each, and one component's programs left a core
    // idle). A figure certified stays so as more are hidden, and is one `is_safe` finds safe,
    // so the verdicts are the passes' own; this may run programs on a component whose figures
    // the directions alone would decide. A month's own check does not: most of its components
    // are decided without a program.
    if fixed.contains(&true) {
        let mut first = Systems::new(&t, figures);
        let open: Vec<usize> = (0..first.parts.len())
            .filter(|c| first.parts[*c].0.iter().any(|x| !checked[*x]))
            .collect();
        for c in &open {
            first.component(&t, figures, *c);
        }
        let programs: Vec<&Bounds> = open
            .iter()
            .filter_map(|c| first.built[*c].as_ref().and_then(certifying))
            .collect();
        let found: Vec<Vec<usize>> = programs
            .par_iter()
            .with_max_len(1)
            .map(|b| t.certifiable(figures, k, fixed, &checked, &certified, b))
            .collect();
        for (b, found) in programs.iter().zip(found) {
            batch(b, found, &mut certified, &mut batched, round);
        }
        systems = Some((round, first));
    }
    // Every figure before `from` is shown or checked: a figure is checked for good, and the
    // only figure a pass hides is its complement, from which the next pass looks again.
    let mut from = 0;
    while let Some(i) = (from..figures.len()).find(|i| figures[*i].suppressed && !checked[*i]) {
        from = i;
        let safe = match known.take() {
            Some((j, verdict)) if j == i => verdict,
            _ => {
                if systems.as_ref().is_none_or(|(r, _)| *r != round) {
                    systems = Some((round, Systems::new(&t, figures)));
                }
                let (_, systems) = systems.as_mut().expect("made above");
                let system = systems.of(&t, figures, i);
                // The directions of the component decide most figures without a program.
                let walked = if certified[i] {
                    Some(true)
                } else {
                    system.walk(i, k)
                };
                match walked {
                    Some(verdict) => verdict,
                    None => {
                        if batched[i] != round {
                            t.certify(
                                figures,
                                k,
                                fixed,
                                &checked,
                                &mut certified,
                                &mut batched,
                                round,
                                system,
                            );
                        }
                        certified[i]
                            || (!t.capped_below(figures, i, k)
                                && t.is_safe_in(figures, i, k, system))
                    }
                }
            }
        };
        if safe {
            checked[i] = true;
            continue;
        }
        let candidates = t.candidates(figures, i, fixed);
        // Hiding more only widens a range, so if a small count is unsafe with every candidate
        // hidden at once, it is unsafe with any one of them: one program instead of a trial
        // each (a small count is safe exactly when its maximum reaches `k`).
        let hopeless = figures[i].value < k && candidates.len() > 1 && {
            for c in &candidates {
                figures[*c].suppressed = true;
            }
            let safe = t.is_safe(figures, i, k);
            for c in &candidates {
                figures[*c].suppressed = false;
            }
            !safe
        };
        let trial = if hopeless {
            None
        } else {
            candidates.iter().copied().find(|c| {
                figures[*c].suppressed = true;
                let ok = t.is_safe(figures, i, k);
                figures[*c].suppressed = false;
                ok
            })
        };
        let pick = trial.or_else(|| candidates.first().copied());
        match pick {
            Some(c) => {
                figures[c].suppressed = true;
                from = from.min(c);
                round += 1;
                // The trial of `c` decided `i` in exactly this state.
                known = Some((i, trial.is_some()));
            }
            // Nothing left to hide around it: every non-zero figure of its relations is hidden
            // (then it is safe, see the module comment) or was published elsewhere.
            None => checked[i] = true,
        }
    }
}

/// The whole-number range `[min, max]` (`max` `None` when unbounded) a reader can deduce for
/// figure `i` from the shown figures and the relations, knowing every hidden figure is at
/// least 1. For a shown figure it is its value.
pub fn range(figures: &[Figure], groups: &[Group], i: usize) -> (i64, Option<i64>) {
    Table::new(figures.len(), groups).range(figures, i)
}

/// Whether a hidden figure with this range is safe: it cannot be worked out exactly, and a
/// small count's range reaches `k`.
pub fn range_is_safe(value: i64, (min, max): (i64, Option<i64>), k: i64) -> bool {
    match max {
        None => true,
        Some(max) => min < max && (value >= k || max >= k),
    }
}

/// What bounds a figure: nothing (shown), nothing above (every relation around it holds only
/// hidden figures and zeros), or a linear system.
enum System {
    Shown,
    Free,
    Bound(Box<Bounds>),
}

impl System {
    /// [`Bounds::walk`] of a bound system.
    fn walk(&self, i: usize, k: i64) -> Option<bool> {
        match self {
            System::Bound(b) => b.walk(i, k),
            _ => None,
        }
    }
}

/// The system whose figures [`Table::certify`] proves safe with programs: a bound one that is
/// not plain (without programs to spare, `is_safe` decides each figure directly).
fn certifying(system: &System) -> Option<&Bounds> {
    match system {
        System::Bound(b) if !b.is_plain() => Some(b),
        _ => None,
    }
}

/// Records [`Table::certify`] on `system` in `round`: its figures batched, `found` certified.
fn batch(
    system: &Bounds,
    found: Vec<usize>,
    certified: &mut [bool],
    batched: &mut [u32],
    round: u32,
) {
    for x in &system.hidden {
        batched[*x] = round;
    }
    for x in found {
        certified[x] = true;
    }
}

/// The hidden figures of a component (sorted) and its relations as (terms, right-hand side).
struct Bounds {
    hidden: Vec<usize>,
    rows: Vec<(Vec<(usize, f64)>, f64)>,
    /// The true value of each hidden figure (by position in `hidden`).
    values: Vec<i64>,
    /// What the relations leave free around `values` ([`line::freedom`]), found when first
    /// asked for.
    freedom: OnceLock<Freedom>,
    /// [`Self::split`], found when first asked for.
    split: OnceLock<Option<Split>>,
    /// The interval of `t` of each direction of [`Freedom::basis`] ([`line::interval`]),
    /// found when first asked for.
    spans: OnceLock<Vec<(f64, f64)>>,
    /// The relation (group) of each row, when the system was built from a table's relations
    /// (empty for a system built from rows alone).
    relations: Vec<usize>,
}

impl Bounds {
    fn new(hidden: Vec<usize>, rows: Vec<(Vec<(usize, f64)>, f64)>, values: Vec<i64>) -> Bounds {
        Bounds {
            hidden,
            rows,
            values,
            freedom: OnceLock::new(),
            split: OnceLock::new(),
            spans: OnceLock::new(),
            relations: Vec::new(),
        }
    }

    /// Whether the true values satisfy every relation (true figures always do).
    fn holds(&self) -> bool {
        self.rows.iter().all(|(terms, rhs)| {
            let sum: f64 = terms
                .iter()
                .map(|(x, c)| match self.hidden.binary_search(x) {
                    Ok(at) => c * self.values[at] as f64,
                    Err(_) => f64::NAN,
                })
                .sum();
            (sum - rhs).abs() < 1e-9
        })
    }

    /// [`Self::split`], worked out once.
    fn cut(&self) -> Option<&Split> {
        self.split.get_or_init(|| self.split()).as_ref()
    }

    fn freedom(&self) -> &Freedom {
        self.freedom
            .get_or_init(|| line::freedom(&self.hidden, &self.rows, &self.values))
    }

    /// The optimum of figure `i` in `direction`: `Some(None)` when unbounded, `None` when the
    /// solver fails. Worked out directly for the shapes of [`Self::plain_range`] and for the
    /// components whose solutions are a point or a line ([`line`]), through its parts for a
    /// large component that [`Self::split`] cuts, by a linear program for any other.
    fn optimum(&self, i: usize, direction: OptimizationDirection) -> Option<Option<f64>> {
        let max = direction == OptimizationDirection::Maximize;
        if let Some((min, most)) = self.plain_range(i) {
            return Some(if max { most } else { Some(min) });
        }
        if let Some(found) = self.cut().and_then(|split| split.optimum(i, direction)) {
            return found;
        }
        self.optimum_within(i, direction, None)
    }

    /// [`Self::optimum`] without the shortcuts of shape and cut, figure `x` of `bound`
    /// `(x, low, high)` also between `low` and `high`.
    fn optimum_within(
        &self,
        i: usize,
        direction: OptimizationDirection,
        bound: Option<(usize, f64, f64)>,
    ) -> Option<Option<f64>> {
        let max = direction == OptimizationDirection::Maximize;
        let at = self.hidden.binary_search(&i).ok();
        let Some(span) = self.span(bound) else {
            // With more directions, they still settle the ends they reach: no bound above, or
            // the bound a relation alone puts on the figure (every point reached is a
            // solution, and no solution passes that bound), or its value when none moves it.
            let settled = match self.reach(i, bound) {
                Some(None) => at.map(|at| Some(self.values[at] as f64)),
                Some(Some((_, most))) if max && most == f64::INFINITY => Some(None),
                Some(Some((least, most))) => {
                    let (low, high) = self.row_bounds(i, bound);
                    match max {
                        true if most >= high - 1e-9 => Some(Some(high)),
                        false if least <= low + 1e-9 => Some(Some(low)),
                        _ => None,
                    }
                }
                None => None,
            };
            return settled.or_else(|| self.lp_optimum_within(i, direction, bound));
        };
        match (self.freedom(), at) {
            (Freedom::Pinned, Some(at)) => Some(Some(self.values[at] as f64)),
            (Freedom::Line(d), Some(at)) => Some(line::optimum(&self.values, d, at, max, span)),
            _ => self.lp_optimum_within(i, direction, bound),
        }
    }

    /// The least and greatest value each relation alone allows hidden figure `i`, every other
    /// hidden figure at least 1 (and `i` within `bound` when it is the bound's figure): no
    /// solution lies outside them, so a point that reaches one is an optimum. A relation
    /// `sum(c_y y) = rhs` bounds `x_i` above when every other coefficient has the sign of
    /// `c_i` (the others take at least their coefficients' sum), below when every other has
    /// the opposite sign; `f64::INFINITY` above when none does.
    fn row_bounds(&self, i: usize, bound: Option<(usize, f64, f64)>) -> (f64, f64) {
        let (mut least, mut most) = match bound {
            Some((x, low, high)) if x == i => (low.max(1.0), high),
            _ => (1.0, f64::INFINITY),
        };
        for (terms, rhs) in &self.rows {
            let Some(ci) = terms
                .iter()
                .find(|(x, c)| *x == i && *c != 0.0)
                .map(|(_, c)| *c)
            else {
                continue;
            };
            let others = || terms.iter().filter(|(x, _)| *x != i);
            if others().any(|(x, c)| *c == 0.0 || self.hidden.binary_search(x).is_err()) {
                continue;
            }
            // `c_i x_i = rhs - sum(c_y y)`, each other `y` at least 1.
            let at_least_one = rhs - others().map(|(_, c)| c).sum::<f64>();
            let sign = ci.signum();
            if others().all(|(_, c)| c.signum() == sign) {
                most = most.min(at_least_one / ci);
            }
            if others().all(|(_, c)| c.signum() == -sign) {
                least = least.max(at_least_one / ci);
            }
        }
        (least, most)
    }

    /// Decides hidden figure `i` without a program where the directions of
    /// [`Freedom::basis`] do ([`Self::reach`]): `Some(false)` when none moves it (its range is
    /// its value), `Some(true)` when one takes it to the least maximum that makes it safe (its
    /// value plus one, and at least `k` for a small count) or, for a count of at least `k`, to
    /// one below its value; `None` when they do not decide (a program does). Each point
    /// reached is a solution, so a figure found safe here is safe by [`Table::is_safe`] too.
    fn walk(&self, i: usize, k: i64) -> Option<bool> {
        let value = self.values[self.hidden.binary_search(&i).ok()?];
        let cap = if value >= k { value + 1 } else { k };
        match self.reach(i, None)? {
            None => Some(false),
            Some((least, most)) => (most >= cap as f64 - 1e-9
                || (value >= k && least <= (value - 1) as f64 + 1e-9))
                .then_some(true),
        }
    }

    /// The least and greatest value of hidden figure `i` along each direction of
    /// [`Freedom::basis`] from the true values, as far as every figure stays at least 1 and
    /// within `bound` (`f64::INFINITY` when nothing stops it): `Some(None)` when no direction
    /// moves it, `None` when the directions are unknown.
    fn reach(&self, i: usize, bound: Option<(usize, f64, f64)>) -> Option<Option<(f64, f64)>> {
        let basis = self.freedom().basis()?;
        let at = self.hidden.binary_search(&i).ok()?;
        let bound = match bound {
            Some((x, low, high)) => Some((self.hidden.binary_search(&x).ok()?, low, high)),
            None => None,
        };
        // The walk starts from the true values: a bound that leaves out its figure's true
        // value is not walked (the program says whether anything is left).
        if let Some((b, low, high)) = bound {
            let value = self.values[b] as f64;
            if value < low - 1e-9 || value > high + 1e-9 {
                return None;
            }
        }
        let spans = self.spans.get_or_init(|| {
            basis
                .iter()
                .map(|d| line::interval(&self.values, d))
                .collect()
        });
        let mut reached: Option<(f64, f64)> = None;
        for (d, span) in basis.iter().zip(spans).filter(|(d, _)| d[at] != 0) {
            let mut span = *span;
            if let Some((b, low, high)) = bound {
                line::narrow(&mut span, self.values[b], d[b], low, high);
            }
            let (least, most) = if span.0 <= span.1 {
                let most = line::optimum(&self.values, d, at, true, span);
                let least = line::optimum(&self.values, d, at, false, span);
                (
                    least.unwrap_or(f64::NEG_INFINITY),
                    most.unwrap_or(f64::INFINITY),
                )
            } else {
                let value = self.values[at] as f64;
                (value, value)
            };
            reached = Some(reached.map_or((least, most), |(l, m)| (l.min(least), m.max(most))));
        }
        Some(reached)
    }

    /// The interval of `t` on the line of [`Freedom::Line`] (the whole line for
    /// [`Freedom::Pinned`]) within `bound`; `None` for more directions or none known, and when the bound
    /// leaves nothing (the program then says so).
    fn span(&self, bound: Option<(usize, f64, f64)>) -> Option<(f64, f64)> {
        let d = match self.freedom() {
            Freedom::Line(d) => d.as_slice(),
            Freedom::Pinned => &[],
            Freedom::Plane(_) | Freedom::Unknown => return None,
        };
        let mut span = if d.is_empty() {
            (f64::NEG_INFINITY, f64::INFINITY)
        } else {
            line::interval(&self.values, d)
        };
        if let Some((x, low, high)) = bound {
            let at = self.hidden.binary_search(&x).ok()?;
            let value = self.values[at];
            match d.get(at) {
                Some(dj) if *dj != 0 => line::narrow(&mut span, value, *dj, low, high),
                _ if (value as f64) < low - 1e-9 || value as f64 > high + 1e-9 => return None,
                _ => {}
            }
        }
        (span.0 <= span.1).then_some(span)
    }

    /// Whether every figure's range has the shape [`Self::plain_range`] works out.
    fn is_plain(&self) -> bool {
        self.plain_range(self.hidden[0]).is_some()
    }

    /// The range `(min, max)` (`max` `None` when unbounded) of the linear relaxation for
    /// hidden figure `i`, worked out without a program when the component has one of the two
    /// shapes most components of a monthly table have; `None` for any other shape (and for a
    /// system no whole counts of at least 1 satisfy, which true figures never give). With
    /// every hidden figure at least 1:
    /// - one relation and its total shown: the `h` hidden members add up to `r`, so each is
    ///   `r` when alone, else between 1 and `r - (h - 1)`;
    /// - one hidden total `T` shared by every relation, each hidden member in one relation
    ///   only: relation `j` says `T = s_j + (its hidden members)`, `s_j` its shown members.
    ///   A relation without hidden members pins `T` to its `s_j`, and each other relation is
    ///   then the first shape with `r = T - s_j`. Otherwise `T` is at least the largest
    ///   `s_j + h_j` and unbounded above, as is every member; a member alone in its relation
    ///   is `T - s_j`, so at least that largest sum less `s_j`, and one beside others is at
    ///   least 1.
    ///
    /// The test `plain_ranges_are_the_programs_ranges` compares these with the programs'.
    fn plain_range(&self, i: usize) -> Option<(f64, Option<f64>)> {
        let at = |x: usize| self.hidden.binary_search(&x).ok();
        let mut as_member = vec![0u32; self.hidden.len()];
        let mut as_total = vec![0u32; self.hidden.len()];
        for (terms, _) in &self.rows {
            for (x, coef) in terms {
                let n = at(*x)?;
                if *coef > 0.0 {
                    as_member[n] += 1;
                } else {
                    as_total[n] += 1;
                }
            }
        }
        if as_member.iter().any(|m| *m > 1) {
            return None;
        }
        // The relation of member `i` among `rows`: (shown side, number of hidden members).
        let own = |rows: &[(Vec<(usize, f64)>, f64)]| {
            rows.iter()
                .find(|(terms, _)| terms.iter().any(|(x, c)| *x == i && *c > 0.0))
                .map(|(terms, rhs)| (*rhs, terms.iter().filter(|(_, c)| *c > 0.0).count()))
        };
        // `h` hidden members adding up to `sum`.
        let members = |sum: f64, h: usize| -> Option<(f64, Option<f64>)> {
            let max = sum - (h as f64 - 1.0);
            if max < 1.0 {
                return None;
            }
            Some(if h == 1 {
                (sum, Some(sum))
            } else {
                (1.0, Some(max))
            })
        };
        let totals: Vec<usize> = (0..self.hidden.len())
            .filter(|n| as_total[*n] > 0)
            .collect();
        match totals.as_slice() {
            [] => {
                let (sum, h) = own(&self.rows)?;
                members(sum, h)
            }
            [t] if as_member[*t] == 0 && as_total[*t] as usize == self.rows.len() => {
                let total = self.hidden[*t];
                // (s_j, h_j) of each relation: sum(members) - T = rhs, so s_j = -rhs.
                let shown_and_hidden = |(terms, rhs): &(Vec<(usize, f64)>, f64)| {
                    (-*rhs, terms.iter().filter(|(_, c)| *c > 0.0).count())
                };
                let pinned = self
                    .rows
                    .iter()
                    .map(shown_and_hidden)
                    .find(|(_, h)| *h == 0)
                    .map(|(s, _)| s);
                if let Some(value) = pinned {
                    // The pinned total is at least 1, as every hidden figure, and every
                    // relation must agree with it.
                    let fits = value >= 1.0
                        && self.rows.iter().map(shown_and_hidden).all(|(s, h)| {
                            if h == 0 {
                                s == value
                            } else {
                                value - s >= h as f64
                            }
                        });
                    if !fits {
                        return None;
                    }
                    if i == total {
                        return Some((value, Some(value)));
                    }
                    let (rhs, h) = own(&self.rows)?;
                    return members(value + rhs, h);
                }
                let least = self
                    .rows
                    .iter()
                    .map(shown_and_hidden)
                    .map(|(s, h)| s + h as f64)
                    .fold(f64::NEG_INFINITY, f64::max);
                if i == total {
                    return Some((least, None));
                }
                let (rhs, h) = own(&self.rows)?;
                Some(if h == 1 {
                    (least + rhs, None)
                } else {
                    (1.0, None)
                })
            }
            _ => None,
        }
    }

    /// [`Self::optimum`] by a linear program, whatever the shape (the tests' reference).
    #[cfg(test)]
    fn lp_optimum(&self, i: usize, direction: OptimizationDirection) -> Option<Option<f64>> {
        self.lp_optimum_within(i, direction, None)
    }

    /// [`Self::optimum_within`] by a linear program.
    fn lp_optimum_within(
        &self,
        i: usize,
        direction: OptimizationDirection,
        bound: Option<(usize, f64, f64)>,
    ) -> Option<Option<f64>> {
        let max = direction == OptimizationDirection::Maximize;
        let key = Program::new(self, vec![(i, i64::from(max))], bound);
        remembered(
            &OPTIMA,
            key,
            |_| 16,
            || self.solve_optimum(i, direction, bound),
        )
    }

    /// [`Self::lp_optimum_within`], solved.
    fn solve_optimum(
        &self,
        i: usize,
        direction: OptimizationDirection,
        bound: Option<(usize, f64, f64)>,
    ) -> Option<Option<f64>> {
        let mut p = Problem::new(direction);
        let vars: Vec<_> = self
            .hidden
            .iter()
            .map(|x| {
                let (low, high) = match bound {
                    Some((b, low, high)) if b == *x => (low.max(1.0), high),
                    _ => (1.0, f64::INFINITY),
                };
                p.add_var(if *x == i { 1.0 } else { 0.0 }, (low, high))
            })
            .collect();
        let var = |x: usize| self.hidden.binary_search(&x).ok().map(|n| vars[n]);
        for (terms, rhs) in &self.rows {
            let expr: Vec<_> = terms
                .iter()
                .filter_map(|(x, c)| var(*x).map(|v| (v, *c)))
                .collect();
            p.add_constraint(expr, ComparisonOp::Eq, *rhs);
        }
        match p.solve_with(solve_options()) {
            Ok(outcome) => outcome
                .solution()
                .map(|s| s.objective())
                .filter(|o| o.is_finite())
                .map(Some),
            Err(LpError::Unbounded) => Some(None),
            Err(_) => None,
        }
    }

    /// A point of the system maximising the sum of the figures `open` (sorted), each capped by
    /// `cap`: the value of every hidden figure, in the order of `hidden`; `None` when the solver
    /// fails.
    /// With `bound` `(x, low, high)`, figure `x` also lies between `low` and `high`.
    fn capped_point(
        &self,
        open: &[usize],
        cap: impl Fn(usize) -> i64,
        bound: Option<(usize, f64, f64)>,
    ) -> Option<Vec<f64>> {
        match self.freedom() {
            Freedom::Pinned => return self.span(bound).and_then(|_| self.point_at(0.0, &[])),
            Freedom::Line(d) => return self.line_point(d, open, cap, bound),
            Freedom::Plane(_) | Freedom::Unknown => {}
        }
        let goal = open.iter().map(|x| (*x, cap(*x))).collect();
        let key = Program::new(self, goal, bound);
        let weight = |point: &Option<Vec<f64>>| point.as_ref().map_or(8, |p| 24 + p.len() * 8);
        remembered(&POINTS, key, weight, || self.solve_capped(open, cap, bound))
    }

    /// [`Self::capped_point`] by a linear program.
    fn solve_capped(
        &self,
        open: &[usize],
        cap: impl Fn(usize) -> i64,
        bound: Option<(usize, f64, f64)>,
    ) -> Option<Vec<f64>> {
        let mut p = Problem::new(OptimizationDirection::Maximize);
        let mut vars = Vec::with_capacity(self.hidden.len());
        for x in &self.hidden {
            let (objective, mut low, mut high): (f64, f64, f64) = match open.binary_search(x) {
                Ok(_) => (1.0, 1.0, cap(*x) as f64),
                Err(_) => (0.0, 1.0, f64::INFINITY),
            };
            if let Some((_, l, h)) = bound.filter(|(b, _, _)| b == x) {
                low = low.max(l);
                high = high.min(h);
            }
            if low > high {
                return None;
            }
            vars.push(p.add_var(objective, (low, high)));
        }
        let var = |x: usize| self.hidden.binary_search(&x).ok().map(|n| vars[n]);
        for (terms, rhs) in &self.rows {
            let expr: Vec<_> = terms
                .iter()
                .filter_map(|(x, c)| var(*x).map(|v| (v, *c)))
                .collect();
            p.add_constraint(expr, ComparisonOp::Eq, *rhs);
        }
        let solution = p.solve_with(solve_options()).ok()?;
        let solution = solution.solution()?;
        Some(vars.iter().map(|v| solution.var_value(*v)).collect())
    }
}

impl Bounds {
    /// [`Self::capped_point`] on a line `values + d t`: the objective changes with `t` by the
    /// sum of the open figures' `d`, so the point is at the end of the interval of `t` that the
    /// caps, the bound and every figure's least value 1 leave, where that sum points (the
    /// values themselves when it is 0).
    fn line_point(
        &self,
        d: &[i64],
        open: &[usize],
        cap: impl Fn(usize) -> i64,
        bound: Option<(usize, f64, f64)>,
    ) -> Option<Vec<f64>> {
        let mut span = self.span(bound)?;
        let mut slope = 0;
        for x in open {
            let at = self.hidden.binary_search(x).ok()?;
            slope += d[at];
            let cap = cap(*x) as f64;
            line::narrow(&mut span, self.values[at], d[at], f64::NEG_INFINITY, cap);
        }
        let (lo, hi) = span;
        if lo > hi {
            return None;
        }
        let t = match slope {
            0 => 0.0f64.clamp(lo, hi),
            s if s > 0 => hi,
            _ => lo,
        };
        t.is_finite().then(|| self.point_at(t, d))?
    }

    /// The point `values + d t` in the order of `hidden` (`d` empty for the values
    /// themselves).
    fn point_at(&self, t: f64, d: &[i64]) -> Option<Vec<f64>> {
        let at = |n: usize| d.get(n).map_or(0.0, |d| *d as f64 * t);
        Some(
            (0..self.values.len())
                .map(|n| self.values[n] as f64 + at(n))
                .collect(),
        )
    }
}

/// A component cut at one relation ([`Bounds::split`]): that relation's right-hand side, and
/// each part as its own system with its figure in the relation and that figure's coefficient
/// there.
struct Split {
    rhs: f64,
    parts: Vec<(Bounds, usize, f64)>,
    /// [`Self::ranges`], found when first asked for.
    ranges: OnceLock<Option<Vec<(f64, f64)>>>,
}

impl Split {
    /// The least and greatest value of each part's figure in the cut relation, within its
    /// part; `None` when a program fails.
    fn ranges(&self) -> Option<&[(f64, f64)]> {
        self.ranges
            .get_or_init(|| {
                // The parts are independent: each on whichever core is free (a part's
                // programs take from a few microseconds to a millisecond, so they are handed
                // out one by one, not in halves). Both ends of a part are found in one task: a
                // part large enough to be cut again finds its own ranges on the pool, and a
                // task of the same part taken while it waits would wait on it for ever.
                self.parts
                    .par_iter()
                    .with_max_len(1)
                    .map(|(part, v, _)| {
                        let Some(Some(low)) = part.optimum(*v, OptimizationDirection::Minimize)
                        else {
                            return None;
                        };
                        let high = part
                            .optimum(*v, OptimizationDirection::Maximize)?
                            .unwrap_or(f64::INFINITY);
                        Some((low, high))
                    })
                    .collect()
            })
            .as_deref()
    }

    /// The values of part `p`'s figure `v_p` that leave for the others' `a_q v_q` a sum their
    /// `ranges` reach. Cut at a relation `sum(a_j v_j) = rhs`, one `v_j` in each part, the
    /// parts share nothing else: each `v_j` takes any value of its own range whatever the
    /// others take, so a point of part `p` whose `v_p` lies here extends to a point of the
    /// whole component.
    fn allowed(&self, p: usize, ranges: &[(f64, f64)]) -> (f64, f64) {
        // The least and greatest sum of the others' `a_q v_q`.
        let (mut least, mut most) = (0.0, 0.0);
        for (q, ((_, _, b), (low, high))) in self.parts.iter().zip(ranges).enumerate() {
            if q != p {
                let (l, h) = if *b > 0.0 {
                    (b * low, b * high)
                } else {
                    (b * high, b * low)
                };
                least += l;
                most += h;
            }
        }
        let a = self.parts[p].2;
        if a > 0.0 {
            ((self.rhs - most) / a, (self.rhs - least) / a)
        } else {
            ((self.rhs - least) / a, (self.rhs - most) / a)
        }
    }

    /// [`Bounds::optimum`] of the whole component through its parts: `v_p` ranges over what
    /// its part and [`Self::allowed`] both leave, and any other figure of part `p` over what
    /// its part gives with `v_p` there. `None` when a program fails (the whole component's
    /// program then decides).
    fn optimum(&self, i: usize, direction: OptimizationDirection) -> Option<Option<Option<f64>>> {
        let ranges = self.ranges()?;
        let p = self
            .parts
            .iter()
            .position(|(part, _, _)| part.hidden.binary_search(&i).is_ok())?;
        let (part, v, _) = &self.parts[p];
        let (low, high) = self.allowed(p, ranges);
        // Round-off of the programs must not leave out the true values.
        let (low, high) = (low.max(ranges[p].0) - 1e-7, high.min(ranges[p].1) + 1e-7);
        if low > high {
            return None;
        }
        if i == *v {
            return Some(Some(match direction {
                OptimizationDirection::Maximize => high.is_finite().then_some(high),
                OptimizationDirection::Minimize => Some(low),
            }));
        }
        part.optimum_within(i, direction, Some((*v, low, high)))
            .map(Some)
    }
}

impl Bounds {
    /// The component cut at a relation whose hidden figures each lie in a different part of
    /// what the other relations join, every part holding one of them: the relation of a year
    /// total joins the months of an annual report, which share nothing else. Worth it only on
    /// large components; `None` when none of the few relations with most hidden figures cuts it
    /// so.
    fn split(&self) -> Option<Split> {
        // (The tests cut small components too, to try it on many shapes.)
        const LARGE: usize = if cfg!(test) { 4 } else { 40 };
        // The parts' ranges bound each other only through the true values: a system they do
        // not satisfy is left whole to the program.
        if self.hidden.len() < LARGE || !self.holds() {
            return None;
        }
        let at = |x: usize| self.hidden.binary_search(&x).ok();
        let mut order: Vec<usize> = (0..self.rows.len())
            .filter(|r| self.rows[*r].0.len() >= 2)
            .collect();
        order.sort_by_key(|r| std::cmp::Reverse(self.rows[*r].0.len()));
        for row in order.into_iter().take(3) {
            let mut parent: Vec<usize> = (0..self.hidden.len()).collect();
            fn root(parent: &mut [usize], mut x: usize) -> usize {
                while parent[x] != x {
                    parent[x] = parent[parent[x]];
                    x = parent[x];
                }
                x
            }
            for (r, (terms, _)) in self.rows.iter().enumerate() {
                if r == row {
                    continue;
                }
                let mut first = None;
                for (x, _) in terms {
                    let n = root(&mut parent, at(*x)?);
                    match first {
                        None => first = Some(n),
                        Some(f) => parent[n] = f,
                    }
                }
            }
            let coupling = &self.rows[row].0;
            let mut roots: Vec<usize> = Vec::with_capacity(coupling.len());
            for (x, _) in coupling {
                roots.push(root(&mut parent, at(*x)?));
            }
            let mut distinct = roots.clone();
            distinct.sort_unstable();
            distinct.dedup();
            let all: BTreeSet<usize> = (0..self.hidden.len())
                .map(|n| root(&mut parent, n))
                .collect();
            if distinct.len() != roots.len() || all.len() != roots.len() {
                continue;
            }
            let mut parts = Vec::with_capacity(roots.len());
            for ((x, coef), part) in coupling.iter().zip(&roots) {
                let hidden: Vec<usize> = (0..self.hidden.len())
                    .filter(|n| root(&mut parent, *n) == *part)
                    .map(|n| self.hidden[n])
                    .collect();
                let kept: Vec<usize> = (0..self.rows.len())
                    .filter(|r| *r != row && hidden.binary_search(&self.rows[*r].0[0].0).is_ok())
                    .collect();
                let rows = kept.iter().map(|r| self.rows[*r].clone()).collect();
                let values = hidden
                    .iter()
                    .map(|x| self.values[self.hidden.binary_search(x).expect("a part's figure")])
                    .collect();
                let mut part = Bounds::new(hidden, rows, values);
                if self.relations.len() == self.rows.len() {
                    part.relations = kept.iter().map(|r| self.relations[*r]).collect();
                }
                parts.push((part, *x, *coef));
            }
            return Some(Split {
                ranges: OnceLock::new(),
                rhs: self.rows[row].1,
                parts,
            });
        }
        None
    }
}

/// The relations of a table, indexed by figure.
struct Table<'a> {
    groups: &'a [Group],
    /// For each figure, the groups it is in (as total or member).
    of: Vec<Vec<usize>>,
}

impl<'a> Table<'a> {
    fn new(n: usize, groups: &'a [Group]) -> Table<'a> {
        let mut of = vec![Vec::new(); n];
        for (g, group) in groups.iter().enumerate() {
            of[group.total].push(g);
            for m in &group.members {
                of[*m].push(g);
            }
        }
        Table { groups, of }
    }

    fn figures_of(&self, g: usize) -> impl Iterator<Item = usize> + '_ {
        let group = &self.groups[g];
        std::iter::once(group.total).chain(group.members.iter().copied())
    }

    /// The hidden figures linked to `i` through relations that hold hidden figures, and the
    /// relations touching them, both sorted.
    fn component(&self, figures: &[Figure], i: usize) -> Part {
        let mut label = vec![usize::MAX; figures.len()];
        let mut seen_relation = vec![false; self.groups.len()];
        self.walk(figures, i, 0, &mut label, &mut seen_relation)
    }

    /// Every hidden component at once: the component of each figure (`usize::MAX` for a shown
    /// one) and each component ([`Self::component`]).
    fn components(&self, figures: &[Figure]) -> (Vec<usize>, Vec<Part>) {
        let mut label = vec![usize::MAX; figures.len()];
        let mut seen_relation = vec![false; self.groups.len()];
        let mut parts = Vec::new();
        for start in 0..figures.len() {
            if figures[start].suppressed && label[start] == usize::MAX {
                let part = self.walk(figures, start, parts.len(), &mut label, &mut seen_relation);
                parts.push(part);
            }
        }
        (label, parts)
    }

    /// The component from `start`, its figures labelled `c` in `label` (figures already
    /// labelled and relations already seen are not walked again).
    fn walk(
        &self,
        figures: &[Figure],
        start: usize,
        c: usize,
        label: &mut [usize],
        seen_relation: &mut [bool],
    ) -> Part {
        label[start] = c;
        let mut hidden = Vec::with_capacity(16);
        hidden.push(start);
        let mut relations = Vec::with_capacity(16);
        let mut at = 0;
        while let Some(&f) = hidden.get(at) {
            at += 1;
            for g in &self.of[f] {
                if std::mem::replace(&mut seen_relation[*g], true) {
                    continue;
                }
                relations.push(*g);
                for x in self.figures_of(*g) {
                    if figures[x].suppressed && label[x] == usize::MAX {
                        label[x] = c;
                        hidden.push(x);
                    }
                }
            }
        }
        hidden.sort_unstable();
        relations.sort_unstable();
        (hidden, relations)
    }

    /// Whether hidden figure `i` is safe: [`range_is_safe`] of its [`Self::range`], computed
    /// with one linear program where one decides it. The true values satisfy every relation, so
    /// the range always holds the figure's value: a maximum above it already proves the range
    /// is not a single point (the minimum is at most the value), and then only the maximum
    /// matters; the minimum is solved only when the maximum is the value itself.
    fn is_safe(&self, figures: &[Figure], i: usize, k: i64) -> bool {
        if self.capped_below(figures, i, k) {
            return false;
        }
        let system = self.system(figures, i);
        system
            .walk(i, k)
            .unwrap_or_else(|| self.is_safe_in(figures, i, k, &system))
    }

    /// Whether a small hidden count has a relation that alone bounds it below `k` (the
    /// program's maximum is never above any one relation's bound): then it is not safe.
    fn capped_below(&self, figures: &[Figure], i: usize, k: i64) -> bool {
        figures[i].suppressed
            && figures[i].value < k
            && self.row_bound(figures, i).is_some_and(|b| b < k)
    }

    /// [`Self::is_safe`] with `i`'s system given, once [`Self::capped_below`] and
    /// [`System::walk`] have not decided it: by its range.
    fn is_safe_in(&self, figures: &[Figure], i: usize, k: i64, system: &System) -> bool {
        let value = figures[i].value;
        let system = match system {
            System::Shown => return false,
            System::Free => return true,
            System::Bound(s) => s,
        };
        match system.optimum(i, OptimizationDirection::Maximize) {
            // A solver failure counts as "worked out" (the caller then hides more).
            None => false,
            Some(None) => true,
            Some(Some(max)) => {
                let max = (max + 1e-6).floor() as i64;
                if max > value {
                    return value >= k || max >= k;
                }
                match system.optimum(i, OptimizationDirection::Minimize) {
                    Some(Some(min)) => {
                        let min = (min - 1e-6).ceil() as i64;
                        range_is_safe(value, (min, Some(max)), k)
                    }
                    _ => false,
                }
            }
        }
    }

    /// Proves many hidden figures of `i`'s component safe at once ([`Self::certifiable`]) and
    /// marks them in `certified`, the component's figures in `batched` for this round. This
    /// only spares programs: a figure is certified only when [`Self::is_safe`] would find it
    /// safe through its maximum (a safe figure may still be left to `is_safe`).
    #[allow(clippy::too_many_arguments)]
    fn certify(
        &self,
        figures: &[Figure],
        k: i64,
        fixed: &[bool],
        checked: &[bool],
        certified: &mut [bool],
        batched: &mut [u32],
        round: u32,
        system: &System,
    ) {
        let Some(system) = certifying(system) else {
            return;
        };
        let found = self.certifiable(figures, k, fixed, checked, certified, system);
        batch(system, found, certified, batched, round);
    }

    /// The figures of `system` (not plain), among those neither `checked` nor `certified` yet,
    /// that its programs prove safe. One linear program over the component maximises the sum
    /// of those figures, each capped at the least maximum that makes it safe (its value plus
    /// one, and at least `k` for a small count); a figure that reaches its cap in the solution
    /// has a maximum at least that high, which is what [`Self::is_safe`] asks of it. Repeated
    /// on the rest while a program proves some; the others are left to `is_safe`.
    fn certifiable(
        &self,
        figures: &[Figure],
        k: i64,
        fixed: &[bool],
        checked: &[bool],
        certified: &[bool],
        system: &Bounds,
    ) -> Vec<usize> {
        let cap = |x: usize| {
            let value = figures[x].value;
            if value >= k { value + 1 } else { k }
        };
        let undecided = |x: &usize| !checked[*x] && !certified[*x];
        let Some(split) = system.cut() else {
            let open = system.hidden.iter().copied().filter(undecided).collect();
            return Self::certify_in(system, open, &cap, None);
        };
        // Cut at a relation `sum(a_j v_j) = rhs`, one `v_j` in each part: the parts share
        // nothing else, so each `v_j` takes any value of its own range in its part whatever the
        // others take, and a point of part `p` extends to a point of the whole component when
        // its `a_p v_p` leaves for the others a sum their ranges reach. Each part is certified
        // alone within that bound on its `v_p` (a point found there is a point of the whole),
        // the parts on every core.
        let opens: Vec<Vec<usize>> = split
            .parts
            .iter()
            .map(|(part, _, _)| part.hidden.iter().copied().filter(undecided).collect())
            .collect();
        let Some(ranges) = split.ranges() else {
            return Vec::new();
        };
        let found: Vec<Vec<usize>> = split
            .parts
            .par_iter()
            .with_max_len(1)
            .zip(opens)
            .enumerate()
            .map(|(p, ((part, v, _), open))| {
                let (low, high) = split.allowed(p, ranges);
                let (least, most) = ranges[p];
                // The others leave `v_p` its whole range: then every point of the part extends
                // to the whole component, and each figure of the part has the range it has in
                // the part alone. When the part and its relations are all figures published
                // elsewhere (the months under an annual report), that is the range it had
                // where it was published, where it was safe (see `settled`).
                if low <= least && high >= most && self.published(part, fixed) {
                    #[cfg(test)]
                    tests::PUBLISHED_PARTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    return open;
                }
                Self::certify_in(part, open, &cap, Some((*v, low, high)))
            })
            .collect();
        found.into_iter().flatten().collect()
    }

    /// Whether `part` is a system published elsewhere as it stands: its hidden figures and
    /// every figure of its relations are `fixed`, and its relations are known.
    fn published(&self, part: &Bounds, fixed: &[bool]) -> bool {
        !part.relations.is_empty()
            && part.relations.len() == part.rows.len()
            && part.hidden.iter().all(|x| fixed[*x])
            && part
                .relations
                .iter()
                .all(|g| self.figures_of(*g).all(|x| fixed[x]))
    }

    /// The programs of [`Self::certify`] on `system` for the figures `open` (sorted), with
    /// `bound` on one figure (see [`Bounds::capped_point`]): the figures certified.
    fn certify_in(
        system: &Bounds,
        mut open: Vec<usize>,
        cap: &impl Fn(usize) -> i64,
        bound: Option<(usize, f64, f64)>,
    ) -> Vec<usize> {
        let mut certified = Vec::new();
        // The component's directions certify some figures alone and show others pinned (no
        // point reaches their cap): the program is for the rest.
        open.retain(|x| match system.reach(*x, bound) {
            Some(None) => false,
            Some(Some((_, most))) if most >= cap(*x) as f64 - 1e-6 => {
                certified.push(*x);
                false
            }
            _ => true,
        });
        while open.len() >= 2 {
            let Some(point) = system.capped_point(&open, cap, bound) else {
                break;
            };
            let before = open.len();
            open.retain(|x| {
                let reached = system
                    .hidden
                    .binary_search(x)
                    .is_ok_and(|at| point[at] >= cap(*x) as f64 - 1e-6);
                if reached {
                    certified.push(*x);
                }
                !reached
            });
            if open.len() == before {
                break;
            }
        }
        certified
    }

    /// The least upper bound that a single relation puts on hidden figure `i`, knowing every
    /// hidden figure is at least 1: as a member beside a shown total, the total less the other
    /// members; as a total whose members are all shown, their sum. `None` when no relation
    /// bounds it alone.
    fn row_bound(&self, figures: &[Figure], i: usize) -> Option<i64> {
        self.of[i]
            .iter()
            .filter_map(|g| {
                let group = &self.groups[*g];
                let hidden = |x: &usize| figures[*x].suppressed;
                let shown: i64 = group
                    .members
                    .iter()
                    .filter(|x| !hidden(x))
                    .map(|x| figures[*x].value)
                    .sum();
                if group.total == i {
                    (!group.members.iter().any(hidden)).then_some(shown)
                } else if hidden(&group.total) {
                    None
                } else {
                    let others = group.members.iter().filter(|x| hidden(x)).count() as i64 - 1;
                    Some(figures[group.total].value - shown - others)
                }
            })
            .min()
    }

    /// The linear system that bounds hidden figure `i`: the relations of its hidden component.
    fn system(&self, figures: &[Figure], i: usize) -> System {
        if !figures[i].suppressed {
            return System::Shown;
        }
        let (hidden, relations) = self.component(figures, i);
        self.system_of(figures, hidden, &relations)
    }

    /// The system of a hidden component (its hidden figures and relations, sorted).
    fn system_of(&self, figures: &[Figure], hidden: Vec<usize>, relations: &[usize]) -> System {
        // relation: sum(hidden members) - hidden total = shown total - sum(shown members)
        let rows: Vec<(Vec<(usize, f64)>, f64)> = relations
            .iter()
            .map(|g| {
                let group = &self.groups[*g];
                let mut terms = Vec::with_capacity(group.members.len() + 1);
                let mut rhs = 0.0;
                for (x, sign) in self.figures_of(*g).map(|x| (x, x != group.total)) {
                    let coef = if sign { 1.0 } else { -1.0 };
                    if figures[x].suppressed {
                        terms.push((x, coef));
                    } else {
                        rhs -= coef * figures[x].value as f64;
                    }
                }
                (terms, rhs)
            })
            .collect();
        // All right-hand sides zero: the hidden figures scale up together without limit.
        if rows.iter().all(|(_, rhs)| *rhs == 0.0) {
            return System::Free;
        }
        let values = hidden.iter().map(|x| figures[*x].value).collect();
        let mut bounds = Bounds::new(hidden, rows, values);
        bounds.relations = relations.to_vec();
        System::Bound(Box::new(bounds))
    }

    fn range(&self, figures: &[Figure], i: usize) -> (i64, Option<i64>) {
        self.range_by(figures, i, Bounds::optimum)
    }

    /// [`Self::range`] with the optima given by `optimum` (the tests compare the ways).
    fn range_by(
        &self,
        figures: &[Figure],
        i: usize,
        optimum: impl Fn(&Bounds, usize, OptimizationDirection) -> Option<Option<f64>>,
    ) -> (i64, Option<i64>) {
        let system = match self.system(figures, i) {
            System::Shown => return (figures[i].value, Some(figures[i].value)),
            System::Free => return (1, None),
            System::Bound(s) => s,
        };
        // A solver failure counts as "worked out" (the caller then hides more), never as safe.
        let pinned = (figures[i].value, Some(figures[i].value));
        let Some(Some(min)) = optimum(&system, i, OptimizationDirection::Minimize) else {
            return pinned;
        };
        let Some(max) = optimum(&system, i, OptimizationDirection::Maximize) else {
            return pinned;
        };
        let min = (min - 1e-6).ceil() as i64;
        (min, max.map(|m| (m + 1e-6).floor() as i64))
    }

    /// Shown non-zero counts, not fixed, of the relations around `i`'s hidden component:
    /// first those of `i`'s own relations, each list smallest first.
    fn candidates(&self, figures: &[Figure], i: usize, fixed: &[bool]) -> Vec<usize> {
        let open = |x: &usize| {
            let f = &figures[*x];
            !f.suppressed && f.count && f.value > 0 && !fixed[*x]
        };
        let near: BTreeSet<usize> = self.of[i]
            .iter()
            .flat_map(|g| self.figures_of(*g))
            .filter(open)
            .collect();
        let (_, relations) = self.component(figures, i);
        let far: BTreeSet<usize> = relations
            .iter()
            .flat_map(|g| self.figures_of(*g))
            .filter(|x| open(x) && !near.contains(x))
            .collect();
        let by_size = |set: BTreeSet<usize>| {
            let mut v: Vec<usize> = set.into_iter().collect();
            v.sort_by_key(|x| (figures[*x].value, *x));
            v
        };
        let mut out = by_size(near);
        out.extend(by_size(far));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(values: &[i64]) -> Vec<Figure> {
        values.iter().map(|v| Figure::count(*v)).collect()
    }

    fn g(total: usize, members: &[usize]) -> Group {
        Group {
            total,
            members: members.to_vec(),
        }
    }

    /// Made-up numbers for the random tables: `next(n)` is in `0..n`, the same sequence for the
    /// same seed on every run.
    fn below(mut seed: u64) -> impl FnMut(i64) -> i64 {
        move |n: i64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as i64 % n
        }
    }

    fn all_safe(f: &[Figure], groups: &[Group], k: i64) -> bool {
        (0..f.len())
            .filter(|i| f[*i].suppressed)
            .all(|i| range_is_safe(f[i].value, range(f, groups, i), k))
    }

    #[test]
    fn the_safety_check_agrees_with_the_range() {
        // Two-way tables (rows, columns, their totals and the grand total) of small made-up
        // counts, every subset of figures hidden in turn: `is_safe` (one program where it
        // decides) says what the full range says.
        let mut next = below(12345);
        for _ in 0..8 {
            // Cells a, b / c, d; row totals 4, 5; column totals 6, 7; grand total 8.
            let cells: Vec<i64> = (0..4).map(|_| next(6)).collect();
            let v = [
                cells[0],
                cells[1],
                cells[2],
                cells[3],
                cells[0] + cells[1],
                cells[2] + cells[3],
                cells[0] + cells[2],
                cells[1] + cells[3],
                cells.iter().sum(),
            ];
            let groups = [
                g(4, &[0, 1]),
                g(5, &[2, 3]),
                g(6, &[0, 2]),
                g(7, &[1, 3]),
                g(8, &[4, 5]),
                g(8, &[6, 7]),
            ];
            let t = Table::new(v.len(), &groups);
            for mask in 0u32..512 {
                let mut f = figs(&v);
                for (n, x) in f.iter_mut().enumerate() {
                    x.suppressed = mask & (1 << n) != 0 && x.value > 0;
                }
                for i in (0..f.len()).filter(|i| f[*i].suppressed) {
                    for k in [1, 3] {
                        assert_eq!(
                            t.is_safe(&f, i, k),
                            range_is_safe(f[i].value, t.range(&f, i), k),
                            "{v:?} mask {mask:b} figure {i} k {k}"
                        );
                    }
                }
            }
        }
    }

    /// `apply` on the figures `v` hides what the reference method hides, and leaves every
    /// hidden figure safe.
    fn agrees_with_reference(v: &[i64], groups: &[Group], k: i64) {
        let mut fast = figs(v);
        apply(&mut fast, groups, k);
        let mut plain = figs(v);
        primary(&mut plain, k);
        reference_protect(&mut plain, groups, k, &vec![false; v.len()]);
        assert_eq!(fast, plain, "{v:?} k {k}");
        assert!(all_safe(&fast, groups, k));
    }

    /// Complementary suppression as it was before programs were spared (one program per
    /// question, no joint programs, no single-relation bound, no range worked out without a
    /// program): the reference the faster [`protect`] must agree with figure for figure.
    fn reference_protect(figures: &mut [Figure], groups: &[Group], k: i64, fixed: &[bool]) {
        let t = Table::new(figures.len(), groups);
        let full = |f: &[Figure], i: usize| {
            range_is_safe(f[i].value, t.range_by(f, i, Bounds::lp_optimum), k)
        };
        // Settled figures, one component walk per figure.
        let mut checked: Vec<bool> = (0..figures.len())
            .map(|i| {
                fixed[i] && figures[i].suppressed && {
                    let (_, relations) = t.component(figures, i);
                    relations
                        .iter()
                        .flat_map(|g| t.figures_of(*g))
                        .all(|x| fixed[x])
                }
            })
            .collect();
        while let Some(i) = (0..figures.len()).find(|i| figures[*i].suppressed && !checked[*i]) {
            if full(figures, i) {
                checked[i] = true;
                continue;
            }
            let candidates = t.candidates(figures, i, fixed);
            let pick = candidates
                .iter()
                .copied()
                .find(|c| {
                    figures[*c].suppressed = true;
                    let ok = full(figures, i);
                    figures[*c].suppressed = false;
                    ok
                })
                .or_else(|| candidates.first().copied());
            match pick {
                Some(c) => figures[c].suppressed = true,
                None => checked[i] = true,
            }
        }
    }

    #[test]
    fn a_relation_alone_bounds_a_figure_and_a_point_at_that_bound_is_its_optimum() {
        // x2 = x0 + x1 and x2 + x3 = 10, true values 2, 3, 5, 5, every figure at least 1.
        let rows = vec![
            (vec![(0, 1.0), (1, 1.0), (2, -1.0)], 0.0),
            (vec![(2, 1.0), (3, 1.0)], 10.0),
        ];
        let b = Bounds::new(vec![0, 1, 2, 3], rows, vec![2, 3, 5, 5]);
        // The total is at least its two members' least values and at most 10 less x3's 1.
        assert_eq!(b.row_bounds(2, None), (2.0, 9.0));
        // A member beside another member and a total: no relation bounds it above alone.
        assert_eq!(b.row_bounds(0, None), (1.0, f64::INFINITY));
        // x3 is at most 9 by its relation alone, though x2 is at least 2: the optimum (8) is
        // then the program's.
        assert_eq!(b.row_bounds(3, None), (1.0, 9.0));
        // A bound on the figure itself narrows what the relations leave.
        assert_eq!(b.row_bounds(2, Some((2, 3.0, 6.0))), (3.0, 6.0));
        assert_eq!(b.row_bounds(2, Some((3, 3.0, 6.0))), (2.0, 9.0));
        // The directions take x2 to 9 (x0 and x2 up, x3 down to 1): its maximum is settled
        // without a program. Wherever the directions reach those bounds the optimum is taken
        // so; either way it is the program's, with and without a bound.
        assert_eq!(b.reach(2, None).flatten().map(|(_, most)| most), Some(9.0));
        let mut compared = 0;
        for bound in [
            None,
            Some((2, 3.0, 6.0)),
            Some((3, 2.0, 7.0)),
            Some((0, 1.0, 2.0)),
        ] {
            for i in 0..4 {
                for direction in [
                    OptimizationDirection::Maximize,
                    OptimizationDirection::Minimize,
                ] {
                    let ours = b.optimum_within(i, direction, bound);
                    let program = b.lp_optimum_within(i, direction, bound);
                    assert!(
                        same_optimum(ours, program),
                        "{i} {direction:?} {bound:?}: {ours:?} {program:?}"
                    );
                    compared += 1;
                }
            }
        }
        assert_eq!(compared, 32);
    }

    #[test]
    fn plain_ranges_are_the_programs_ranges() {
        // Stars: a total and one to three families of one to four members adding up to it
        // (one measure of a monthly table), small values with zeros, random figures hidden:
        // wherever `plain_range` answers it gives the program's range to within rounding, it
        // answers for every single relation and every star, and `apply` hides what the
        // one-question-one-program method hides.
        let mut next = below(55555);
        let (mut answered, mut total_hidden) = (0, 0);
        for round in 0..3000 {
            let families = 1 + next(3) as usize;
            let total = next(4) * next(5);
            let mut v = vec![total];
            let mut groups = Vec::new();
            for _ in 0..families {
                let size = 1 + next(4) as usize;
                let mut parts = vec![0i64; size];
                for _ in 0..total {
                    parts[next(size as i64) as usize] += 1;
                }
                groups.push(g(0, &(v.len()..v.len() + size).collect::<Vec<_>>()));
                v.extend(parts);
            }
            let mut f = figs(&v);
            for x in f.iter_mut() {
                x.suppressed = x.value > 0 && next(2) == 0;
            }
            let t = Table::new(f.len(), &groups);
            for i in (0..f.len()).filter(|i| f[*i].suppressed) {
                let System::Bound(b) = t.system(&f, i) else {
                    continue;
                };
                total_hidden += 1;
                let Some((min, max)) = b.plain_range(i) else {
                    panic!("a star has a plain range: {v:?} {f:?} figure {i}");
                };
                answered += 1;
                let lp_min = b.lp_optimum(i, OptimizationDirection::Minimize);
                let lp_max = b.lp_optimum(i, OptimizationDirection::Maximize);
                let near = |a: f64, b: Option<Option<f64>>| matches!(b, Some(Some(b)) if (a - b).abs() < 1e-6);
                assert!(near(min, lp_min), "{v:?} {f:?} {i}: {min} {lp_min:?}");
                match max {
                    Some(max) => assert!(near(max, lp_max), "{v:?} {f:?} {i}: {max} {lp_max:?}"),
                    None => assert_eq!(lp_max, Some(None), "{v:?} {f:?} {i}"),
                }
            }
            let k = [2, 3, 5][round % 3];
            agrees_with_reference(&v, &groups, k);
        }
        assert!(
            answered > 1000 && answered == total_hidden,
            "{answered} of {total_hidden}"
        );
    }

    #[test]
    fn a_system_no_whole_counts_satisfy_gets_no_plain_range() {
        // Figures that are not true counts (a hidden total whose members, all shown, add up to
        // 0; a lone hidden member its shown total leaves at 0): no range is made up for them,
        // the program decides (and fails, which counts as worked out).
        let b = Bounds::new(vec![0], vec![(vec![(0, -1.0)], 0.0)], vec![3]);
        assert_eq!(b.plain_range(0), None);
        let b = Bounds::new(vec![1], vec![(vec![(1, 1.0)], 0.0)], vec![3]);
        assert_eq!(b.plain_range(1), None);
        // The same shapes with true counts have their exact value.
        let b = Bounds::new(vec![0], vec![(vec![(0, -1.0)], -3.0)], vec![3]);
        assert_eq!(b.plain_range(0), Some((3.0, Some(3.0))));
    }

    #[test]
    fn a_year_joined_by_its_total_is_certified_month_by_month_as_a_whole() {
        // Annual-shaped tables: twelve months of a joint cell (the cell and two municipalities,
        // a total and three members each, the cell's figures the sums of the municipalities'),
        // published as they are, and one year total over the months' cell totals. Where the
        // year's relation joins the months into one large component, it is cut into them
        // (`Bounds::split`), and `protect` still hides exactly what the one-question-one-program
        // method hides.
        let mut next = below(4242);
        let mut cut = 0;
        for round in 0..60 {
            let k = [3, 5][round % 2];
            let mut all: Vec<Figure> = Vec::new();
            let mut groups: Vec<Group> = Vec::new();
            let mut totals = Vec::new();
            for _ in 0..12 {
                // Municipality figures: [total, m1, m2, m3] each; the cell's their sums.
                let nis: Vec<Vec<i64>> = (0..2)
                    .map(|_| {
                        let members: Vec<i64> = (0..3).map(|_| next(3)).collect();
                        let mut f = vec![members.iter().sum()];
                        f.extend(members);
                        f
                    })
                    .collect();
                let cell: Vec<i64> = (0..4).map(|d| nis[0][d] + nis[1][d]).collect();
                let mut month = figs(&cell);
                month.extend(figs(&nis[0]));
                month.extend(figs(&nis[1]));
                let mut month_groups: Vec<Group> = (0..3)
                    .map(|u| g(u * 4, &[u * 4 + 1, u * 4 + 2, u * 4 + 3]))
                    .collect();
                month_groups.extend((0..4).map(|d| g(d, &[4 + d, 8 + d])));
                apply(&mut month, &month_groups, k);
                let offset = all.len();
                totals.push(offset);
                all.extend(month);
                groups.extend(month_groups.iter().map(|x| x.shifted(offset)));
            }
            let months = all.len();
            let mut fixed = vec![true; months];
            let value = totals.iter().map(|x| all[*x].value).sum();
            groups.push(Group {
                total: all.len(),
                members: totals.clone(),
            });
            all.push(Figure::count(value));
            fixed.push(false);
            primary(&mut all[months..], k);
            // Every figure certified through the cut is one the whole program finds safe.
            let t = Table::new(all.len(), &groups);
            if let Some(x) = totals.iter().find(|x| all[**x].suppressed)
                && let System::Bound(b) = t.system(&all, *x)
                && b.split().is_some()
            {
                cut += 1;
                let system = System::Bound(b);
                let mut certified = vec![false; all.len()];
                let mut batched = vec![u32::MAX; all.len()];
                let none = vec![false; all.len()];
                t.certify(
                    &all,
                    k,
                    &fixed,
                    &none,
                    &mut certified,
                    &mut batched,
                    0,
                    &system,
                );
                for y in (0..all.len()).filter(|y| certified[*y]) {
                    assert!(t.is_safe(&all, y, k), "round {round}: figure {y} certified");
                }
            }
            let mut plain = all.clone();
            protect(&mut all, &groups, k, &fixed);
            reference_protect(&mut plain, &groups, k, &fixed);
            assert_eq!(all, plain, "round {round} k {k}");
        }
        assert!(
            cut > 10,
            "the year was cut into months in {cut} rounds only"
        );
    }

    #[test]
    fn a_figure_certified_through_a_cut_is_safe_in_the_whole() {
        // Small stars (a hidden total and one to three hidden members) joined by a shown sum
        // of their totals, tight enough that the sum pins some of them: every figure the cut
        // certifies is one the program over the whole component finds safe, and `protect`
        // agrees with the one-question-one-program method.
        let mut next = below(777);
        let mut certified_some = 0;
        for round in 0..400 {
            let k = [2, 3, 4][round % 3];
            let mut f: Vec<Figure> = Vec::new();
            let mut groups = Vec::new();
            let mut totals = Vec::new();
            for _ in 0..2 + next(3) {
                let members: Vec<i64> = (0..1 + next(3)).map(|_| 1 + next(3)).collect();
                let total = f.len();
                totals.push(total);
                f.push(Figure::count(members.iter().sum()));
                let first = f.len();
                f.extend(figs(&members));
                groups.push(g(total, &(first..f.len()).collect::<Vec<_>>()));
            }
            let sum = totals.iter().map(|x| f[*x].value).sum();
            groups.push(g(f.len(), &totals));
            f.push(Figure::count(sum));
            let n = f.len();
            for x in f[..n - 1].iter_mut() {
                x.suppressed = true;
            }
            let t = Table::new(n, &groups);
            let System::Bound(b) = t.system(&f, 0) else {
                continue;
            };
            if b.split().is_none() {
                continue;
            }
            let system = System::Bound(b);
            let mut certified = vec![false; n];
            let mut batched = vec![u32::MAX; n];
            t.certify(
                &f,
                k,
                &vec![false; n],
                &vec![false; n],
                &mut certified,
                &mut batched,
                0,
                &system,
            );
            for y in (0..n).filter(|y| certified[*y]) {
                certified_some += 1;
                assert!(t.is_safe(&f, y, k), "round {round}: {f:?} figure {y} k {k}");
            }
            let fixed = vec![false; n];
            let mut fast = f.clone();
            protect(&mut fast, &groups, k, &fixed);
            let mut plain = f.clone();
            reference_protect(&mut plain, &groups, k, &fixed);
            assert_eq!(fast, plain, "round {round} k {k}");
        }
        assert!(certified_some > 100, "{certified_some}");
    }

    /// A three-by-three table's cells (row-major) followed by its row totals, its column totals
    /// and its grand total.
    fn with_totals(cells: &[i64]) -> Vec<i64> {
        let mut v = cells.to_vec();
        v.extend((0..3).map(|r| (0..3).map(|c| cells[r * 3 + c]).sum::<i64>()));
        v.extend((0..3).map(|c| (0..3).map(|r| cells[r * 3 + c]).sum::<i64>()));
        v.push(cells.iter().sum());
        v
    }

    #[test]
    fn sparing_programs_changes_no_published_figure() {
        // Random three-by-three tables with their row, column and grand totals (the shape of
        // a monthly table), and months fixed under year totals (the shape of an annual one):
        // `apply` / `protect` hide exactly what the plain one-question-one-program method
        // hides.
        let mut next = below(987654321);
        for round in 0..150 {
            let k = [2, 3, 5][round % 3];
            // Cells 0..9 (row-major), row totals 9..12, column totals 12..15, grand total 15.
            let cells: Vec<i64> = (0..9)
                .map(|_| if next(4) == 0 { 0 } else { next(9) })
                .collect();
            let v = with_totals(&cells);
            let mut groups: Vec<Group> = (0..3)
                .map(|r| g(9 + r, &[r * 3, r * 3 + 1, r * 3 + 2]))
                .collect();
            groups.extend((0..3).map(|c| g(12 + c, &[c, 3 + c, 6 + c])));
            groups.push(g(15, &[9, 10, 11]));
            groups.push(g(15, &[12, 13, 14]));
            agrees_with_reference(&v, &groups, k);
            if round % 15 != 0 {
                continue;
            }

            // Twelve such months, published as they are, and a year total per cell.
            let months = (0..12)
                .map(|_| {
                    let cells: Vec<i64> = (0..9)
                        .map(|_| if next(3) == 0 { 0 } else { next(5) })
                        .collect();
                    (with_totals(&cells), groups.clone())
                })
                .collect();
            let (mut all, year_groups, fixed) = a_year(months, &[9, 10, 11, 12, 13, 14, 15], k);
            let mut plain = all.clone();
            protect(&mut all, &year_groups, k, &fixed);
            reference_protect(&mut plain, &year_groups, k, &fixed);
            assert_eq!(all, plain, "annual, round {round} k {k}");
        }
    }

    #[test]
    fn a_program_asked_again_is_answered_as_it_was_solved() {
        // Joint-cell months with random figures hidden: every program, asked through the
        // memo, gets the answer the solver gives it afresh, asked again it is answered from the
        // memo, and programs that differ only in the figure, the direction, the bound, the
        // right-hand sides or the caps are kept apart.
        let (mut asked, mut remembered_seen, mut points) = (0, 0, 0);
        each_hidden_system(1202, 200, |f, _, i, b| {
            let value = b.values[b.hidden.binary_search(&i).expect("hidden")] as f64;
            for bound in [None, Some((i, value, value + 2.0)), Some((i, 1.0, value))] {
                for direction in [
                    OptimizationDirection::Maximize,
                    OptimizationDirection::Minimize,
                ] {
                    let fresh = b.solve_optimum(i, direction, bound);
                    assert_eq!(b.lp_optimum_within(i, direction, bound), fresh);
                    assert_eq!(b.lp_optimum_within(i, direction, bound), fresh);
                    let max = direction == OptimizationDirection::Maximize;
                    let key = Program::new(b, vec![(i, i64::from(max))], bound);
                    // (Tests running beside this one may have emptied the memo since.)
                    let kept = OPTIMA.lock().unwrap_or_else(PoisonError::into_inner);
                    if let Some(answer) = kept.1.get(&key) {
                        assert_eq!(answer, &fresh);
                        remembered_seen += 1;
                    }
                    asked += 1;
                }
            }
            // The same terms with other right-hand sides: another program.
            let mut shifted = Bounds::new(b.hidden.clone(), b.rows.clone(), b.values.clone());
            for (_, rhs) in shifted.rows.iter_mut() {
                *rhs += 1.0;
            }
            let direction = OptimizationDirection::Maximize;
            assert_eq!(
                shifted.lp_optimum_within(i, direction, None),
                shifted.solve_optimum(i, direction, None)
            );
            // The same system further along the table (a month after others in a year): the
            // same program, whose answers, by place, are the ones solved for the first.
            let at = |x: &usize| x + 1000;
            let moved = Bounds::new(
                b.hidden.iter().map(at).collect(),
                b.rows
                    .iter()
                    .map(|(terms, rhs)| (terms.iter().map(|(x, c)| (at(x), *c)).collect(), *rhs))
                    .collect(),
                b.values.clone(),
            );
            let bound = Some((i, 1.0, value + 1.0));
            let moved_bound = Some((at(&i), 1.0, value + 1.0));
            assert!(
                Program::new(&moved, vec![(at(&i), 1)], moved_bound)
                    == Program::new(b, vec![(i, 1)], bound)
            );
            assert_eq!(
                moved.solve_optimum(at(&i), direction, moved_bound),
                b.solve_optimum(i, direction, bound)
            );
            let moved_open: Vec<usize> = b.hidden.iter().map(at).collect();
            assert_eq!(
                moved.solve_capped(&moved_open, |x| f[x - 1000].value + 1, None),
                b.solve_capped(&b.hidden, |x| f[x].value + 1, None)
            );
            // Capped points, for every cap of the figure.
            let open = b.hidden.clone();
            for extra in 0..3 {
                let cap = |x: usize| f[x].value + if x == i { extra } else { 1 };
                let fresh = b.solve_capped(&open, cap, None);
                assert_eq!(b.capped_point(&open, cap, None).is_some(), fresh.is_some());
                if let Freedom::Plane(_) | Freedom::Unknown = b.freedom() {
                    assert_eq!(b.capped_point(&open, cap, None), fresh);
                    points += 1;
                }
            }
        });
        assert!(
            asked > 1000 && points > 100,
            "{asked} programs, {points} points"
        );
        assert!(
            remembered_seen * 10 > asked * 9,
            "{remembered_seen} of {asked} kept"
        );
    }

    #[test]
    fn ranges_and_verdicts_without_a_program_are_the_programs() {
        // Joint-cell tables as a monthly export makes them (the cell and two municipalities;
        // a total and two breakdowns of three and two values for each; the cell's figures the
        // sums of the municipalities'), small counts with zeros, random figures hidden: every
        // optimum worked out without a program (a point, a line, the ends the directions
        // reach, through a cut) is the program's on the whole component, and every verdict of
        // `Bounds::walk` is the one the programs' range gives.
        let (mut compared, mut walked, mut cut) = (0, 0, 0);
        each_hidden_system(20261202, 400, |f, t, i, b| {
            cut += usize::from(b.cut().is_some());
            compared += optima_are_the_programs(b, i, &format!("{f:?}"));
            for k in [2, 3, 5] {
                if let Some(verdict) = b.walk(i, k) {
                    let range = t.range_by(f, i, Bounds::lp_optimum);
                    assert_eq!(
                        verdict,
                        range_is_safe(f[i].value, range, k),
                        "{f:?} figure {i} k {k}"
                    );
                    walked += 1;
                }
            }
        });
        assert!(
            compared > 3000 && walked > 1000 && cut > 100,
            "{compared} {walked} {cut}"
        );
    }

    /// Asserts that figure `i`'s optima in `b`, both ways, are the linear program's on the whole
    /// system (`context` says where): the number compared.
    fn optima_are_the_programs(b: &Bounds, i: usize, context: &str) -> usize {
        for direction in [
            OptimizationDirection::Maximize,
            OptimizationDirection::Minimize,
        ] {
            let ours = b.optimum(i, direction);
            let program = b.lp_optimum(i, direction);
            assert!(
                same_optimum(ours, program),
                "{context} figure {i}: {ours:?} against {program:?}"
            );
        }
        2
    }

    /// Whether an optimum found without a program is the program's, to within rounding.
    fn same_optimum(ours: Option<Option<f64>>, program: Option<Option<f64>>) -> bool {
        match (ours, program) {
            (Some(Some(a)), Some(Some(p))) => (a - p).abs() < 1e-6,
            (a, p) => a == p,
        }
    }

    /// Joint-cell months (`joint_month`) from `seed`, with random non-zero figures hidden (more
    /// in later rounds): each hidden figure bound by a system, with its figures, their table
    /// and the system, given to `visit`.
    fn each_hidden_system(
        seed: u64,
        rounds: usize,
        mut visit: impl FnMut(&[Figure], &Table, usize, &Bounds),
    ) {
        let mut next = below(seed);
        for round in 0..rounds {
            let (v, groups) = joint_month(&mut next);
            let mut f = figs(&v);
            for x in f.iter_mut() {
                x.suppressed = x.value > 0 && next(5) < 2 + (round % 3) as i64;
            }
            let t = Table::new(f.len(), &groups);
            for i in (0..f.len()).filter(|i| f[*i].suppressed) {
                if let System::Bound(b) = t.system(&f, i) {
                    visit(&f, &t, i, &b);
                }
            }
        }
    }

    /// A made-up joint-cell month: the cell (figures 0..6) and two municipalities (6..12,
    /// 12..18), each with a total and breakdowns of three and two values, the cell's figures the
    /// sums of the municipalities'; its figures and relations.
    fn joint_month(next: &mut impl FnMut(i64) -> i64) -> (Vec<i64>, Vec<Group>) {
        let mut v = vec![0i64; 18];
        for u in 1..3 {
            let parts: Vec<i64> = (0..3)
                .map(|_| if next(3) == 0 { 0 } else { next(6) })
                .collect();
            let total: i64 = parts.iter().sum();
            let first = if total == 0 { 0 } else { next(total + 1) };
            v[6 * u] = total;
            v[6 * u + 1..6 * u + 4].copy_from_slice(&parts);
            v[6 * u + 4] = first;
            v[6 * u + 5] = total - first;
        }
        for x in 0..6 {
            v[x] = v[6 + x] + v[12 + x];
        }
        let mut groups = Vec::new();
        for u in 0..3 {
            groups.push(g(6 * u, &[6 * u + 1, 6 * u + 2, 6 * u + 3]));
            groups.push(g(6 * u, &[6 * u + 4, 6 * u + 5]));
        }
        for x in 0..6 {
            groups.push(g(x, &[6 + x, 12 + x]));
        }
        (v, groups)
    }

    /// A year of `months` (each its values and relations), each published as `apply` leaves it
    /// at `k` and fixed, with a year total of the figure at each position of `columns`
    /// (primary suppression applied): the figures, the relations and which are fixed.
    fn a_year(
        months: Vec<(Vec<i64>, Vec<Group>)>,
        columns: &[usize],
        k: i64,
    ) -> (Vec<Figure>, Vec<Group>, Vec<bool>) {
        let mut all: Vec<Figure> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut starts = Vec::new();
        for (values, relations) in months {
            let mut month = figs(&values);
            apply(&mut month, &relations, k);
            starts.push(all.len());
            groups.extend(relations.iter().map(|x| x.shifted(all.len())));
            all.extend(month);
        }
        let published = all.len();
        let mut fixed = vec![true; published];
        for c in columns {
            let members: Vec<usize> = starts.iter().map(|start| start + c).collect();
            let value = members.iter().map(|x| all[*x].value).sum();
            groups.push(Group {
                total: all.len(),
                members,
            });
            all.push(Figure::count(value));
            fixed.push(false);
        }
        primary(&mut all[published..], k);
        (all, groups, fixed)
    }

    /// How many parts [`Table::certify`] found published as they stand and left their whole
    /// range.
    pub(super) static PUBLISHED_PARTS: std::sync::atomic::AtomicUsize =
        std::sync::atomic::AtomicUsize::new(0);

    #[test]
    fn a_month_the_year_leaves_its_whole_range_keeps_the_verdicts_it_was_published_with() {
        // Years of joint-cell months, each published as its export leaves it, with a year
        // total of one of the cell's figures (as a year total joins one measure's months in an
        // annual report; a figure of a breakdown, bounded by the month's total): `protect`, which
        // takes a month whose figure in a year relation the other months leave its whole range
        // as safe as it was published, hides exactly what the one-question-one-program
        // reference hides, and takes that way often.
        let mut next = below(20261202);
        let before = PUBLISHED_PARTS.load(std::sync::atomic::Ordering::Relaxed);
        for round in 0..40 {
            let k = [2, 3, 5][round % 3];
            let months = (0..12).map(|_| joint_month(&mut next)).collect();
            let (mut all, year_groups, fixed) = a_year(months, &[1 + round % 5], k);
            let mut reference = all.clone();
            protect(&mut all, &year_groups, k, &fixed);
            reference_protect(&mut reference, &year_groups, k, &fixed);
            assert_eq!(all, reference, "round {round} k {k}");
        }
        let taken = PUBLISHED_PARTS.load(std::sync::atomic::Ordering::Relaxed) - before;
        assert!(taken >= 20, "{taken} parts taken as published");
    }

    #[test]
    fn a_month_the_year_narrows_is_checked_again_in_the_year() {
        // Three months of a total 7 = a + b + c with a = 1 and b = 3 hidden, c = 3 shown: each
        // safe in its month at K 3 (a between 1 and 3, b too). The year total of `a` is 3: shown
        // as it is, it pins every month's `a` to 1 (the three add up to 3, each at least 1), so
        // the year total gives way, although each month was safe as published.
        let k = 3;
        let mut all: Vec<Figure> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        for m in 0..3 {
            let mut month = figs(&[7, 1, 3, 3]);
            month[1].suppressed = true;
            month[2].suppressed = true;
            let published = month.clone();
            apply(&mut month, &[g(0, &[1, 2, 3])], k);
            assert_eq!(month, published, "the month is safe as it stands");
            all.extend(month);
            groups.push(g(4 * m, &[4 * m + 1, 4 * m + 2, 4 * m + 3]));
        }
        groups.push(g(12, &[1, 5, 9]));
        all.push(Figure::count(3));
        let mut fixed = vec![true; 12];
        fixed.push(false);
        primary(&mut all[12..], k);
        assert!(!all[12].suppressed, "3 is not a small count at K 3");
        let mut reference = all.clone();
        protect(&mut all, &groups, k, &fixed);
        reference_protect(&mut reference, &groups, k, &fixed);
        assert!(all[12].suppressed, "the year total gives way");
        assert_eq!(all, reference);
    }

    #[test]
    fn ranges_through_a_cut_are_the_whole_components() {
        // Months of joint-cell tables as their exports publish them, the cell's total hidden
        // in about half of them besides, joined by a year total of the cell's totals, hidden
        // now and then: the optimum of every hidden figure of a component the year cuts,
        // worked out through its parts, is the program's on the whole component.
        let mut next = below(7070);
        let (mut through_cut, mut coupling) = (0, 0);
        for round in 0..60 {
            let k = [2, 3, 5][round % 3];
            let mut all: Vec<Figure> = Vec::new();
            let mut groups: Vec<Group> = Vec::new();
            for _ in 0..4 {
                let (v, month_groups) = joint_month(&mut next);
                let mut month = figs(&v);
                apply(&mut month, &month_groups, k);
                month[0].suppressed |= month[0].value > 0 && next(2) == 0;
                let offset = all.len();
                all.extend(month);
                groups.extend(month_groups.iter().map(|x| x.shifted(offset)));
            }
            {
                let members: Vec<usize> = (0..4).map(|m| m * 18).collect();
                let value = members.iter().map(|x| all[*x].value).sum();
                groups.push(Group {
                    total: all.len(),
                    members,
                });
                let mut year = Figure::count(value);
                year.suppressed = value > 0 && next(4) == 0;
                all.push(year);
            }
            let t = Table::new(all.len(), &groups);
            for i in (0..all.len()).filter(|i| all[*i].suppressed) {
                let System::Bound(b) = t.system(&all, i) else {
                    continue;
                };
                let Some(split) = b.cut() else {
                    continue;
                };
                through_cut += 1;
                coupling += usize::from(split.parts.iter().any(|(_, v, _)| *v == i));
                optima_are_the_programs(&b, i, &format!("round {round}"));
            }
        }
        assert!(
            through_cut > 200 && coupling > 50,
            "{through_cut} {coupling}"
        );
    }

    #[test]
    fn values_that_break_their_relations_leave_every_question_to_the_program() {
        // Two month totals 0 and 3 (members 1, 2 and 4, 5) under a shown year total of 10:
        // with true values the component is cut at the year and its directions are known;
        // with values that break a month's relation (a total of 6 beside members adding up to
        // 5) neither shortcut answers, and the optimum is the program's.
        let rows = vec![
            (vec![(1, 1.0), (2, 1.0), (0, -1.0)], 0.0),
            (vec![(4, 1.0), (5, 1.0), (3, -1.0)], 0.0),
            (vec![(0, 1.0), (3, 1.0)], 10.0),
        ];
        let hidden = vec![0, 1, 2, 3, 4, 5];
        let good = Bounds::new(hidden.clone(), rows.clone(), vec![5, 2, 3, 5, 1, 4]);
        assert!(good.cut().is_some());
        assert!(good.freedom().basis().is_some());
        let bad = Bounds::new(hidden, rows, vec![6, 2, 3, 4, 1, 3]);
        assert!(bad.cut().is_none());
        assert_eq!(bad.freedom(), &Freedom::Unknown);
        for i in 0..6 {
            assert_eq!(bad.walk(i, 3), None);
            for direction in [
                OptimizationDirection::Maximize,
                OptimizationDirection::Minimize,
            ] {
                assert_eq!(
                    bad.optimum(i, direction),
                    bad.lp_optimum(i, direction),
                    "{i}"
                );
            }
        }
    }

    #[test]
    fn small_counts_are_hidden_zero_and_large_are_shown() {
        let mut f = figs(&[0, 1, 2, 3, 10]);
        apply(&mut f, &[], 3);
        let shown: Vec<String> = f.iter().map(Figure::shown).collect();
        assert_eq!(shown, ["0", "x", "x", "3", "10"]);
        assert_eq!(f[1].published(), None);
        assert_eq!(f[3].published(), Some(3));
    }

    #[test]
    fn a_lone_hidden_member_takes_the_smallest_other_with_it() {
        // total 15 = 1 + 4 + 10: hiding only the 1 would leave 15 - 4 - 10 = 1; with the 4 the
        // pair is 5, and the 1 could be anything from 1 to 4.
        let mut f = figs(&[15, 1, 4, 10]);
        let groups = [g(0, &[1, 2, 3])];
        apply(&mut f, &groups, 3);
        assert!(f[1].suppressed && f[2].suppressed);
        assert!(!f[0].suppressed && !f[3].suppressed);
        assert_eq!(range(&f, &groups, 1), (1, Some(4)));
        assert!(all_safe(&f, &groups, 3));
    }

    #[test]
    fn a_partner_too_small_to_give_range_is_passed_over() {
        // 13 = 1 + 1 + 11 ... with K = 5: hiding the two 1s gives each a range 1..1; the 11
        // must go too.
        let mut f = figs(&[13, 1, 1, 11]);
        let groups = [g(0, &[1, 2, 3])];
        apply(&mut f, &groups, 5);
        assert!(f[1].suppressed && f[2].suppressed && f[3].suppressed);
        assert!(!f[0].suppressed);
        assert!(all_safe(&f, &groups, 5));
    }

    #[test]
    fn with_only_zeros_beside_it_the_total_goes() {
        let mut f = figs(&[2, 0, 2, 0]);
        let groups = [g(0, &[1, 2, 3])];
        apply(&mut f, &groups, 3);
        assert!(f[0].suppressed && f[2].suppressed);
        assert!(!f[1].suppressed && !f[3].suppressed, "zeros are shown");
        assert_eq!(range(&f, &groups, 2), (1, None));
        // A rate is never taken as a partner.
        let mut f = figs(&[7, 0, 1, 6]);
        f[3].count = false;
        apply(&mut f, &groups, 3);
        assert!(f[2].suppressed && f[0].suppressed && !f[3].suppressed);
    }

    #[test]
    fn two_small_hidden_members_take_a_larger_one_with_them() {
        // 5 = 3 + 1 + 1: hiding the two 1s alone leaves 5 - 3 = 2 = 1 + 1.
        let mut f = figs(&[5, 3, 1, 1, 0]);
        let groups = [g(0, &[1, 2, 3, 4])];
        apply(&mut f, &groups, 3);
        assert!(f[1].suppressed && f[2].suppressed && f[3].suppressed);
        assert!(!f[4].suppressed && !f[0].suppressed);
        assert!(all_safe(&f, &groups, 3));
    }

    #[test]
    fn the_issues_joint_cell_keeps_no_figure_recoverable() {
        // Issue 11: a joint cell, 4 cases in municipality A (all religious) and 1 in B
        // (right_wing). Figures: cell total, cell religious, cell right_wing, A total,
        // A religious, A right_wing, B total, B religious, B right_wing.
        let mut f = figs(&[5, 4, 1, 4, 4, 0, 1, 0, 1]);
        let groups = [
            g(0, &[1, 2]),
            g(3, &[4, 5]),
            g(6, &[7, 8]),
            g(0, &[3, 6]),
            g(1, &[4, 7]),
            g(2, &[5, 8]),
        ];
        apply(&mut f, &groups, 3);
        assert!(f[2].suppressed && f[6].suppressed && f[8].suppressed);
        assert!(all_safe(&f, &groups, 3), "{f:?}");
        // Shown figures are true by construction; hidden right_wing counts range to K.
        let (_, max) = range(&f, &groups, 8);
        assert!(max.is_none_or(|m| m >= 3));
    }

    #[test]
    fn groups_chain_across_rows_and_columns() {
        //        p1  p2 | total
        // m1      1   5 |   6
        // m2      4   4 |   8
        // cell    5   9 |  14
        let mut f = figs(&[1, 5, 6, 4, 4, 8, 5, 9, 14]);
        let groups = [
            g(2, &[0, 1]),
            g(5, &[3, 4]),
            g(8, &[6, 7]),
            g(6, &[0, 3]),
            g(7, &[1, 4]),
            g(8, &[2, 5]),
        ];
        apply(&mut f, &groups, 3);
        assert!(f[0].suppressed);
        // Row and column both: at least four hidden in a rectangle.
        assert!(f.iter().filter(|x| x.suppressed).count() >= 4, "{f:?}");
        assert!(all_safe(&f, &groups, 3), "{f:?}");
    }

    #[test]
    fn fixed_figures_are_never_taken_and_keep_their_state() {
        // Months fixed (published before); the year total must give way.
        let mut f = figs(&[1, 5, 6, 12]);
        f[0].suppressed = true;
        let groups = [g(3, &[0, 1, 2])];
        protect(&mut f, &groups, 3, &[true, true, true, false]);
        assert!(f[3].suppressed && !f[1].suppressed && !f[2].suppressed);
        // Two hidden months with room: the year stays.
        let mut f = figs(&[1, 5, 2, 4, 12]);
        f[0].suppressed = true;
        f[2].suppressed = true;
        let groups = [g(4, &[0, 1, 2, 3])];
        protect(&mut f, &groups, 3, &[true, true, true, true, false]);
        // 12 - 5 - 4 = 3 = a + b, each at least 1: each 1..2, below K: the year goes.
        assert!(f[4].suppressed);
        let mut f = figs(&[1, 5, 2, 14, 22]);
        f[0].suppressed = true;
        f[2].suppressed = true;
        protect(&mut f, &groups, 3, &[true, true, true, true, false]);
        // 22 - 5 - 14 = 3: still 1..2. With 30 - 5 - 14 = 11 in two: 1..10.
        assert!(f[4].suppressed);
        let mut f = figs(&[1, 5, 2, 14, 22]);
        f[0].suppressed = true;
        f[2].suppressed = true;
        f[1].suppressed = true;
        protect(&mut f, &groups, 3, &[true, true, true, true, false]);
        assert!(!f[4].suppressed, "8 in three hidden months: each 1..6");
    }
}
