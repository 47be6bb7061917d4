# Step 2c of the reference pipeline: tests against chance with R sna.
#
#   Rscript scripts/reference/sna_statistics.R WORK_DIR
#
# Reads, for each network with test runs, WORK_DIR/stats/<name>.nodes.tsv (index, id and every
# node field), <name>.arcs.tsv (kind, 1-based from, to, strength: the flow view of each relation
# kind) and <name>.runs.tsv (run, test, option, value), all written by networks.py. Runs each
# test as sna does it and writes WORK_DIR/sna_stats/<name>.tsv in long form: run, key, value,
# with values printed %.17g. Keys:
#   statistic:<id>:observed | p_greater | p_less | p_two_sided | null_mean
#   figure:<name>           (MRQAP: coefficients, R², residual standard error, ...)
#   column:<id>:<index>     (per-actor p-values of the brokerage test, 1-based node index)
#
# The tests, with the ids src/analysis/statistics gives their statistics:
#   ei-permutation         sna::qaptest(ties, E-I with the labels fixed), one call per statistic
#   ei-uniform-graph       sna::cug.test(ties, E-I, mode = "graph", cmode = "edges")
#   qap-correlation        sna::qaptest(list(x, y), gcor, g1 = 1, g2 = 2)
#   mrqap                  sna::netlm(y, x, nullhyp = "qap") (semi-partialling)
#   brokerage-permutation  sna::brokerage(flow, sample(groups)) for each permutation
#   assortativity-permutation  igraph assortativity_nominal / assortativity on the actors with a
#                          value, with sample(values) per permutation
# Two-sided p: netlm's pgreqabs (|draw| >= |observed|) for MRQAP; twice the smaller one-sided p (at
# most 1) otherwise. Ties within a relative 1e-10 count as equal (see tail_p).
# Each run draws from set.seed(SEED + run).

suppressPackageStartupMessages({
  library(sna)
  library(igraph)
})

SEED <- 20240612
EARTH_RADIUS_KM <- 6371.0088

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript sna_statistics.R WORK_DIR")
work <- args[1]
in_dir <- file.path(work, "stats")
out_dir <- file.path(work, "sna_stats")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

number <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", sprintf("%.17g", x))

read_table <- function(path) {
  read.delim(path, colClasses = "character", quote = "", na.strings = character(0), comment.char = "")
}

# --- matrices -----------------------------------------------------------------------------------

layer <- function(arcs, n, kinds, valued) {
  m <- matrix(0, n, n)
  rows <- arcs[arcs$kind %in% kinds, , drop = FALSE]
  if (nrow(rows) == 0) return(m)
  from <- as.integer(rows$from)
  to <- as.integer(rows$to)
  value <- if (valued) as.numeric(rows$strength) else rep(1, nrow(rows))
  for (k in seq_len(nrow(rows))) m[from[k], to[k]] <- m[from[k], to[k]] + value[k]
  if (!valued) m[m > 0] <- 1
  m
}

haversine <- function(lat, lon) {
  rad <- pi / 180
  n <- length(lat)
  d <- matrix(0, n, n)
  for (i in seq_len(n)) {
    dlat <- (lat - lat[i]) * rad
    dlon <- (lon - lon[i]) * rad
    h <- sin(dlat / 2)^2 + cos(lat[i] * rad) * cos(lat * rad) * sin(dlon / 2)^2
    d[i, ] <- 2 * EARTH_RADIUS_KM * asin(pmin(1, sqrt(h)))
  }
  d
}

# A dyadic term as src/analysis/statistics/dyads.ts reads it.
term_matrix <- function(term, nodes, arcs, valued) {
  n <- nrow(nodes)
  kinds <- unique(arcs$kind)
  if (term == "ties") {
    m <- layer(arcs, n, kinds, FALSE)
    return(((m + t(m)) > 0) * 1)
  }
  if (term == "flow") return(layer(arcs, n, kinds, FALSE))
  if (term == "km") return(haversine(as.numeric(nodes$lat), as.numeric(nodes$lon)))
  if (startsWith(term, "same:")) {
    x <- nodes[[sub("^same:", "", term)]]
    return(outer(x, x, "==") * 1)
  }
  if (startsWith(term, "diff:")) {
    x <- as.numeric(nodes[[sub("^diff:", "", term)]])
    return(abs(outer(x, x, "-")))
  }
  layer(arcs, n, term, valued)
}

ties_of <- function(arcs, n) term_matrix("ties", data.frame(index = seq_len(n)), arcs, FALSE)

# --- statistics ---------------------------------------------------------------------------------

# E-I of the network (group NA) or of one group, for a 0/1 symmetric matrix and fixed labels.
ei_index <- function(d, groups, group = NA) {
  a <- as.sociomatrix.sna(d)
  a <- ((a + t(a)) > 0) * 1
  diag(a) <- 0
  same <- outer(groups, groups, "==")
  if (is.na(group)) {
    internal <- sum(a[same]) / 2
    external <- sum(a[!same]) / 2
  } else {
    inside <- groups == group
    internal <- sum(a[inside, inside]) / 2
    external <- sum(a[inside, !inside])
  }
  if (internal + external == 0) return(NaN)
  (external - internal) / (external + internal)
}

two_sided <- function(greater, less) min(1, 2 * min(greater, less))

emit <- function(rows, run, key, value) rbind(rows, data.frame(run = run, key = key, value = number(value)))

# p-values from sna's observed value and draws. sna compares with >= and <= as they come; but a
# permuted matrix with the same cross sum as the data gives a correlation (or t) that R computes
# with its sums in another order, a few units in the last place away from the observed one, so
# such ties fall on either side at random and sna's pgreq and pleeq split the tied mass of a
# discrete distribution by chance. Here values within TIE (relative) count as equal, as in
# src/analysis/statistics/permutation.ts; sna's own values are kept as sna_p_greater and
# sna_p_less for the record.
TIE <- 1e-10

tail_p <- function(dist, observed) {
  slack <- TIE * max(1, abs(observed))
  c(greater = mean(dist >= observed - slack), less = mean(dist <= observed + slack),
    absolute = mean(abs(dist) >= abs(observed) - slack))
}

emit_statistic <- function(rows, run, id, observed, dist, absolute = FALSE) {
  dist <- dist[!is.nan(dist)]
  p <- tail_p(dist, observed)
  p_two <- if (absolute) p[["absolute"]] else two_sided(p[["greater"]], p[["less"]])
  rows <- emit(rows, run, paste0("statistic:", id, ":observed"), observed)
  rows <- emit(rows, run, paste0("statistic:", id, ":p_greater"), p[["greater"]])
  rows <- emit(rows, run, paste0("statistic:", id, ":p_less"), p[["less"]])
  rows <- emit(rows, run, paste0("statistic:", id, ":p_two_sided"), p_two)
  rows <- emit(rows, run, paste0("statistic:", id, ":sna_p_greater"), mean(dist >= observed))
  rows <- emit(rows, run, paste0("statistic:", id, ":sna_p_less"), mean(dist <= observed))
  emit(rows, run, paste0("statistic:", id, ":null_mean"), mean(dist))
}

option <- function(options, name, default) {
  value <- options$value[options$option == name]
  if (length(value) == 0) return(default)
  if (is.logical(default)) return(value == "true")
  if (is.numeric(default)) return(as.numeric(value))
  value
}

run_ei <- function(rows, run, options, nodes, arcs, uniform) {
  field <- option(options, "field", "region")
  reps <- option(options, "permutations", 1000)
  per_group <- option(options, "perGroup", TRUE)
  groups <- nodes[[field]]
  a <- ties_of(arcs, nrow(nodes))
  targets <- c(NA, if (per_group) unique(groups) else character(0))
  for (group in targets) {
    id <- if (is.na(group)) "ei_index" else paste0("ei_index:", group)
    if (uniform) {
      result <- cug.test(a, ei_index, mode = "graph", cmode = "edges", reps = reps,
                         FUN.args = list(groups = groups, group = group))
      rows <- emit_statistic(rows, run, id, result$obs.stat, result$rep.stat)
    } else {
      result <- qaptest(a, ei_index, reps = reps, groups = groups, group = group)
      rows <- emit_statistic(rows, run, id, result$testval, result$dist)
    }
  }
  rows
}

run_qap <- function(rows, run, options, nodes, arcs) {
  terms <- strsplit(option(options, "relations", "supply,knowledge"), ",")[[1]]
  valued <- option(options, "valued", FALSE)
  x <- term_matrix(terms[1], nodes, arcs, valued)
  y <- term_matrix(terms[2], nodes, arcs, valued)
  result <- qaptest(list(x, y), gcor, g1 = 1, g2 = 2, reps = option(options, "permutations", 1000))
  emit_statistic(rows, run, "correlation", result$testval, result$dist)
}

run_mrqap <- function(rows, run, options, nodes, arcs) {
  valued <- option(options, "valued", FALSE)
  intercept <- option(options, "intercept", TRUE)
  y <- term_matrix(option(options, "dependent", "knowledge"), nodes, arcs, valued)
  predictors <- strsplit(option(options, "predictors", "supply,same:region"), ",")[[1]]
  x <- lapply(predictors, term_matrix, nodes = nodes, arcs = arcs, valued = valued)
  fit <- netlm(y, x, intercept = intercept, nullhyp = "qap", reps = option(options, "permutations", 1000))
  terms <- c(if (intercept) "(intercept)" else character(0), predictors)
  for (k in seq_along(terms)) {
    rows <- emit_statistic(rows, run, paste0("t:", terms[k]), fit$tstat[k], fit$dist[, k], absolute = TRUE)
    rows <- emit(rows, run, paste0("figure:coefficient:", terms[k]), fit$coefficients[k])
  }
  # As sna's print.summary.netlm.
  fitted <- fit$fitted.values
  mss <- if (intercept) sum((fitted - mean(fitted))^2) else sum(fitted^2)
  rss <- sum(fit$residuals^2)
  rdf <- fit$df.residual
  r2 <- mss / (mss + rss)
  rows <- emit(rows, run, "figure:r_squared", r2)
  rows <- emit(rows, run, "figure:adjusted_r_squared", 1 - (1 - r2) * ((fit$n - intercept) / rdf))
  rows <- emit(rows, run, "figure:residual_standard_error", sqrt(rss / rdf))
  rows <- emit(rows, run, "figure:residual_df", rdf)
  emit(rows, run, "figure:cells", fit$n)
}

ROLES <- c(w_I = "coordinator", w_O = "itinerant", b_IO = "representative", b_OI = "gatekeeper", b_O = "liaison")

run_brokerage <- function(rows, run, options, nodes, arcs) {
  groups <- nodes[[option(options, "groupBy", "region")]]
  reps <- option(options, "permutations", 1000)
  flow <- layer(arcs, nrow(nodes), unique(arcs$kind), FALSE)
  observed <- brokerage(flow, groups)
  dist <- matrix(0, reps, length(ROLES))
  greater <- matrix(0, nrow(nodes), length(ROLES))
  less <- matrix(0, nrow(nodes), length(ROLES))
  for (r in seq_len(reps)) {
    permuted <- brokerage(flow, sample(groups))
    dist[r, ] <- permuted$raw.gli[names(ROLES)]
    greater <- greater + (permuted$raw.nli[, names(ROLES)] >= observed$raw.nli[, names(ROLES)])
    less <- less + (permuted$raw.nli[, names(ROLES)] <= observed$raw.nli[, names(ROLES)])
  }
  for (k in seq_along(ROLES)) {
    rows <- emit_statistic(rows, run, ROLES[k], observed$raw.gli[names(ROLES)[k]], dist[, k])
    for (i in seq_len(nrow(nodes))) {
      rows <- emit(rows, run, paste0("column:", ROLES[k], "_p_greater:", i), greater[i, k] / reps)
      rows <- emit(rows, run, paste0("column:", ROLES[k], "_p_less:", i), less[i, k] / reps)
    }
  }
  rows
}

run_assortativity <- function(rows, run, options, nodes, arcs) {
  field <- option(options, "field", "kind")
  numeric <- option(options, "numeric", FALSE)
  reps <- option(options, "permutations", 1000)
  values <- if (field == "kind") nodes$kind else nodes[[field]]
  values[values == ""] <- NA
  keep <- which(!is.na(values))
  a <- ties_of(arcs, nrow(nodes))[keep, keep]
  g <- graph_from_adjacency_matrix(a, mode = "undirected")
  statistic <- if (numeric) {
    x <- as.numeric(values[keep])
    function(v) assortativity(g, v, directed = FALSE)
  } else {
    x <- as.integer(factor(values[keep]))
    function(v) assortativity_nominal(g, v, directed = FALSE)
  }
  observed <- statistic(x)
  dist <- sapply(seq_len(reps), function(r) statistic(sample(x)))
  emit_statistic(rows, run, "assortativity", observed, dist)
}

# --- main ---------------------------------------------------------------------------------------

for (file in sort(list.files(in_dir, pattern = "\\.runs\\.tsv$"))) {
  name <- sub("\\.runs\\.tsv$", "", file)
  nodes <- read_table(file.path(in_dir, paste0(name, ".nodes.tsv")))
  arcs <- read_table(file.path(in_dir, paste0(name, ".arcs.tsv")))
  runs <- read_table(file.path(in_dir, file))
  rows <- data.frame(run = integer(0), key = character(0), value = character(0))
  for (run in sort(unique(as.integer(runs$run)))) {
    options <- runs[as.integer(runs$run) == run, , drop = FALSE]
    test <- options$test[1]
    set.seed(SEED + run)
    started <- Sys.time()
    rows <- switch(test,
      "ei-permutation" = run_ei(rows, run, options, nodes, arcs, uniform = FALSE),
      "ei-uniform-graph" = run_ei(rows, run, options, nodes, arcs, uniform = TRUE),
      "qap-correlation" = run_qap(rows, run, options, nodes, arcs),
      "mrqap" = run_mrqap(rows, run, options, nodes, arcs),
      "brokerage-permutation" = run_brokerage(rows, run, options, nodes, arcs),
      "assortativity-permutation" = run_assortativity(rows, run, options, nodes, arcs),
      stop(paste("unknown test", test))
    )
    rows <- emit(rows, run, "permutations", option(options, "permutations", 1000))
    cat(name, " run ", run, " (", test, "): ", format(round(Sys.time() - started, 1)), "\n", sep = "")
  }
  write.table(rows, file.path(out_dir, paste0(name, ".tsv")), sep = "\t", quote = FALSE, row.names = FALSE,
              col.names = FALSE)
}
