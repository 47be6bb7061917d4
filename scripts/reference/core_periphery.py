"""Borgatti-Everett core/periphery references, written independently of src/analysis/core-periphery.ts.

Discrete model: the partition into core and periphery that maximises the Pearson correlation,
over unordered pairs i < j, between the 0/1 ties of the tie view and the ideal pattern (1 inside
the core, 0 inside the periphery; pairs between core and periphery left out ("ignored", UCINET's
default) or ideal 1 ("tied")).
- up to EXHAUSTIVE_LIMIT actors: every one of the 2^n partitions is scored (vectorised over
  partitions), so the result is the global optimum, and we know whether it is unique;
- above: the best of many local searches from random partitions, each alternating steepest
  single-actor moves and steepest core/periphery swaps until neither raises the fit. No proof of
  optimality; the fixture says so.

Continuous model (MINRES): coreness c minimising sum over i != j of (a_ij - c_i c_j)^2, found by
scipy.optimize.minimize (L-BFGS-B with the analytic gradient) from the uniform vector, then
polished by Newton steps on the gradient; reported with unit Euclidean norm, non-negative.
"""

import itertools
import math
import random

import numpy
import scipy.optimize

EXHAUSTIVE_LIMIT = 20
RESTART_SEED = 1999
TIE = 1e-12


def adjacency(n, ties):
    matrix = numpy.zeros((n, n))
    for i, j in ties:
        matrix[i, j] = matrix[j, i] = 1.0
    return matrix


def fit_from_counts(n, ties, core_size, core_ties, periphery_ties, pattern):
    """Correlation from sums over unordered pairs; numpy arrays or scalars; NaN without variance."""
    core = core_size * (core_size - 1) / 2
    periphery = (n - core_size) * (n - core_size - 1) / 2
    if pattern == "ignored":
        cells = core + periphery
        tie_cells = core_ties + periphery_ties
        ideal = core
        both = core_ties
    else:
        cells = n * (n - 1) / 2
        tie_cells = ties * numpy.ones_like(core)
        ideal = cells - periphery
        both = ties - periphery_ties
    covariance = cells * both - tie_cells * ideal
    variance = (cells * tie_cells - tie_cells**2) * (cells * ideal - ideal**2)
    with numpy.errstate(all="ignore"):
        return numpy.where(variance > 0, covariance / numpy.sqrt(numpy.where(variance > 0, variance, 1)), numpy.nan)


def exhaustive(n, ties, pattern):
    masks = numpy.arange(1 << n, dtype=numpy.int64)
    bits = [(masks >> v) & 1 for v in range(n)]
    size = sum(bits)
    core_ties = numpy.zeros(len(masks))
    periphery_ties = numpy.zeros(len(masks))
    for i, j in ties:
        core_ties += bits[i] & bits[j]
        periphery_ties += (1 - bits[i]) & (1 - bits[j])
    fits = fit_from_counts(n, len(ties), size, core_ties, periphery_ties, pattern)
    if numpy.all(numpy.isnan(fits)):
        return None
    best = numpy.nanmax(fits)
    optimal = numpy.flatnonzero(fits >= best - TIE)
    mask = int(optimal[0])
    return {
        "fit": float(best),
        "core": [(mask >> v) & 1 for v in range(n)],
        "unique": len(optimal) == 1,
        "method": f"exhaustive over all {1 << n} partitions",
        "optimal_partitions": int(len(optimal)),
    }


def partition_fit(A, core, pattern):
    n = len(core)
    core_size = int(core.sum())
    core_ties = core @ A @ core / 2
    periphery = 1 - core
    periphery_ties = periphery @ A @ periphery / 2
    return float(fit_from_counts(n, A.sum() / 2, core_size, core_ties, periphery_ties, pattern))


def local_search(A, core, pattern):
    """Steepest single-actor moves, then the steepest core/periphery swap; repeat until stuck."""
    n = len(core)
    degree = A.sum(axis=1)
    ties = A.sum() / 2
    current = partition_fit(A, core, pattern)
    while True:
        to_core = A @ core
        size = core.sum()
        # every single move at once
        sign = numpy.where(core == 1, -1.0, 1.0)
        new_size = size + sign
        core_ties = core @ A @ core / 2 + sign * to_core
        periphery_ties = (1 - core) @ A @ (1 - core) / 2 - sign * (degree - to_core)
        fits = fit_from_counts(n, ties, new_size, core_ties, periphery_ties, pattern)
        best = int(numpy.nanargmax(fits)) if not numpy.all(numpy.isnan(fits)) else -1
        if best >= 0 and (math.isnan(current) or fits[best] > current + TIE):
            core[best] = 1 - core[best]
            current = float(fits[best])
            continue
        # every swap of a core actor c with a periphery actor p
        core_members = numpy.flatnonzero(core == 1)
        periphery_members = numpy.flatnonzero(core == 0)
        if len(core_members) == 0 or len(periphery_members) == 0:
            return core, current
        base_core = core @ A @ core / 2
        base_periphery = (1 - core) @ A @ (1 - core) / 2
        c = core_members[:, None]
        p = periphery_members[None, :]
        link = A[c, p]
        swapped_core = base_core - to_core[c] + (to_core[p] - link)
        swapped_periphery = base_periphery - (degree[p] - to_core[p]) + (degree[c] - to_core[c] - link)
        fits = fit_from_counts(n, ties, size, swapped_core, swapped_periphery, pattern)
        if numpy.all(numpy.isnan(fits)):
            return core, current
        k = int(numpy.nanargmax(fits))
        value = float(fits.flat[k])
        if not math.isnan(current) and value <= current + TIE:
            return core, current
        a, b = numpy.unravel_index(k, fits.shape)
        core[core_members[a]] = 0
        core[periphery_members[b]] = 1
        current = value


def restarts(n, ties, pattern, count):
    A = adjacency(n, ties)
    rng = random.Random(RESTART_SEED)
    best, best_cores = None, set()
    for _ in range(count):
        start = numpy.array([1.0 if rng.random() < 0.3 else 0.0 for _ in range(n)])
        core, fit = local_search(A, start, pattern)
        if math.isnan(fit):
            continue
        key = tuple(int(v) for v in core)
        if best is None or fit > best + TIE:
            best, best_cores = fit, {key}
        elif abs(fit - best) <= TIE:
            best_cores.add(key)
    if best is None:
        return None
    chosen = min(best_cores)
    return {
        "fit": best,
        "core": list(chosen),
        "unique": len(best_cores) == 1,
        "method": f"best of {count} local searches (moves and swaps) from random partitions, random.Random({RESTART_SEED})",
        "optimal_partitions": len(best_cores),
    }


def discrete(n, ties, pattern="ignored"):
    """The best partition found and how; None when no partition has a defined fit."""
    if n <= EXHAUSTIVE_LIMIT:
        return exhaustive(n, list(ties), pattern)
    return restarts(n, list(ties), pattern, 400 if n <= 100 else 60)


def minres(n, ties):
    """MINRES coreness (unit norm, non-negative) and its correlation fit; None without ties."""
    if not ties:
        return None
    A = adjacency(n, ties)

    def objective(c):
        s = c @ c
        value = (A * A).sum() - 2 * c @ A @ c + s * s - (c**4).sum()
        gradient = -4 * A @ c + 4 * s * c - 4 * c**3
        return value, gradient

    start = numpy.full(n, 1.0 / math.sqrt(n))
    result = scipy.optimize.minimize(
        objective, start, jac=True, method="L-BFGS-B", options={"gtol": 1e-14, "ftol": 1e-16, "maxiter": 100000}
    )
    c = result.x
    for _ in range(50):  # Newton polish: Hessian of the objective
        s = c @ c
        gradient = -4 * A @ c + 4 * s * c - 4 * c**3
        hessian = -4 * A + 4 * s * numpy.eye(n) + 8 * numpy.outer(c, c) - 12 * numpy.diag(c**2)
        step = numpy.linalg.lstsq(hessian, gradient, rcond=None)[0]
        c = c - step
        if numpy.abs(step).max() < 1e-15:
            break
    c = numpy.abs(c / numpy.linalg.norm(c))
    upper = numpy.triu_indices(n, 1)
    ideal = numpy.outer(c, c)[upper]
    observed = A[upper]
    fit = float(numpy.corrcoef(observed, ideal)[0, 1]) if observed.std() > 0 and ideal.std() > 0 else None
    return {"coreness": [float(v) for v in c], "fit": fit, "objective": float(objective(c)[0])}


def brute_force_check():
    """The vectorised exhaustive fit equals a direct correlation on a small graph (run by hand)."""
    ties = [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4)]
    n = 5
    A = adjacency(n, ties)
    for bits in itertools.product([0, 1], repeat=n):
        core = numpy.array(bits, dtype=float)
        upper = numpy.triu_indices(n, 1)
        both_core = numpy.outer(core, core)[upper]
        both_periphery = numpy.outer(1 - core, 1 - core)[upper]
        keep = (both_core + both_periphery) > 0
        x, y = A[upper][keep], both_core[keep]
        direct = numpy.corrcoef(x, y)[0, 1] if x.std() > 0 and y.std() > 0 else float("nan")
        ours = partition_fit(A, core, "ignored")
        assert (math.isnan(direct) and math.isnan(ours)) or abs(direct - ours) < 1e-12, (bits, direct, ours)


if __name__ == "__main__":
    brute_force_check()
    print("core_periphery.py: vectorised fit equals the direct correlation")
