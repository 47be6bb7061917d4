/**
 * The R program of a reproduction (reproduction.ts), written next to its CSV files. It is
 * kept here as text so that the explorer and the CLI write the same script without reading files;
 * tests/unit/cli/reproduce.test.ts runs it on our values where R is installed. Edit it here.
 */
export const R_SCRIPT = String.raw`# Recomputes with R sna and igraph the measures and tests exported by Clusterscope, and prints
# how far its values are from Clusterscope's.
#
#     Rscript reproduce.R [FOLDER]          (FOLDER: where this script and its CSV files are)
#
# Needs R with the packages sna and igraph. Reads nodes.csv, relations.csv, measures.csv,
# figures.csv, settings.csv and tests.csv; rebuilds the tie view (undirected; a tie's strength is
# the sum over the relations joining the pair) and the flow view (directed relations one arc,
# mutual ones both ways) as Clusterscope does; recomputes every exported value it has a recipe
# for; and prints, per measure, the largest absolute difference (relative above 1). Permutation
# tests draw their own permutations, so their p-values can only agree within Monte Carlo error:
# they are reported as the number of standard errors between the two estimates. Exit status 0
# when every recomputed value is within 1e-6 and every p-value within 3 standard errors.

suppressPackageStartupMessages({
  library(sna)
  library(igraph)
})

TOLERANCE <- 1e-6
SIGMAS <- 3
EARTH_RADIUS_KM <- 6371.0088
args <- commandArgs(trailingOnly = TRUE)
folder <- if (length(args) > 0) args[1] else {
  file <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
  if (length(file) > 0) dirname(normalizePath(file[1])) else "."
}

# --- reading -------------------------------------------------------------------------------------

read_table <- function(name) {
  path <- file.path(folder, name)
  if (!file.exists(path)) return(NULL)
  read.csv(path, colClasses = "character", na.strings = character(0), check.names = FALSE,
           encoding = "UTF-8", fileEncoding = "UTF-8-BOM")
}

as_number <- function(text) suppressWarnings(ifelse(text == "", NA_real_, as.numeric(text)))

# A text cell as Clusterscope wrote it, with the formula guard (a leading ') taken off.
unguard <- function(text) ifelse(grepl("^'[=+@\t\r-]", text), substring(text, 2), text)

nodes <- read_table("nodes.csv")
n <- nrow(nodes)
relations <- read_table("relations.csv")
measures <- read_table("measures.csv")
figures_table <- read_table("figures.csv")
figures <- if (is.null(figures_table)) list() else
  setNames(as.list(as_number(figures_table$value)), figures_table$name)
settings_table <- read_table("settings.csv")
tests_table <- read_table("tests.csv")

option <- function(measure, name, default) {
  if (is.null(settings_table)) return(default)
  value <- settings_table$value[settings_table$measure == measure & settings_table$option == name]
  if (length(value) == 0) return(default)
  if (is.logical(default)) return(value == "true")
  if (is.numeric(default)) return(as.numeric(value))
  value
}

# A field's values: NA where missing; numbers as numbers when every present value is one.
field <- function(name, numeric = FALSE) {
  if (name == "kind") return(nodes$kind)
  if (!(name %in% names(nodes))) {
    # A measure column of measures.csv, for tests that group or compare by a measure.
    if (!is.null(measures) && name %in% names(measures)) {
      values <- as_number(measures[[name]])
      # Group names as Clusterscope writes them (JavaScript's String: 100000, not 1e+05).
      text <- ifelse(!is.na(values) & values == round(values), sprintf("%.0f", values), as.character(values))
      return(if (numeric) values else ifelse(is.na(values), NA, text))
    }
    return(rep(NA, n))
  }
  values <- unguard(nodes[[name]])
  values[values == ""] <- NA
  if (numeric) return(suppressWarnings(as.numeric(values)))
  values
}

ours <- function(name) if (!is.null(measures) && name %in% names(measures)) as_number(measures[[name]]) else NULL

# --- views ---------------------------------------------------------------------------------------

src <- as.integer(relations$source) + 1
dst <- as.integer(relations$target) + 1
relation_strength <- as.numeric(relations$strength)
directed <- relations$directed == "true"
S <- matrix(0, n, n)   # tie strengths (symmetric)
FL <- matrix(0, n, n)  # flow arcs (0/1)
for (k in seq_along(src)) {
  i <- src[k]; j <- dst[k]
  S[i, j] <- S[i, j] + relation_strength[k]
  if (i != j) S[j, i] <- S[j, i] + relation_strength[k]
  FL[i, j] <- 1
  if (!directed[k]) FL[j, i] <- 1
}
A <- (S > 0) * 1
layer <- function(kind, valued) {
  M <- matrix(0, n, n)
  for (k in which(relations$kind == kind)) {
    i <- src[k]; j <- dst[k]
    M[i, j] <- M[i, j] + relation_strength[k]
    if (!directed[k]) M[j, i] <- M[j, i] + relation_strength[k]
  }
  if (!valued) M <- (M > 0) * 1
  M
}
edges <- which(upper.tri(A) & A > 0, arr.ind = TRUE)
g <- make_empty_graph(n, directed = FALSE)
if (nrow(edges) > 0) g <- add_edges(g, as.vector(t(edges)))
E(g)$strength <- S[edges]
E(g)$distance <- 1 / S[edges]
degrees <- degree(g)
tie_count <- ecount(g)

# --- comparing -----------------------------------------------------------------------------------

results <- data.frame(name = character(0), compared = integer(0), largest = numeric(0),
                      mismatches = integer(0), note = character(0))

add_result <- function(name, compared, largest, mismatches, note = "") {
  results <<- rbind(results, data.frame(name = name, compared = compared, largest = largest,
                                        mismatches = mismatches, note = note))
}

difference <- function(a, b) {
  defined <- !is.na(a) & !is.na(b)
  mismatches <- sum(is.na(a) != is.na(b))
  d <- abs(a[defined] - b[defined]) / pmax(1, abs(b[defined]))
  list(compared = sum(defined), largest = if (any(defined)) max(d) else 0, mismatches = mismatches)
}

compare <- function(name, theirs, note = "") {
  mine <- ours(name)
  if (is.null(mine)) return(invisible())
  if (length(theirs) == 0) theirs <- NA
  d <- difference(mine, as.numeric(theirs))
  add_result(name, d$compared, d$largest, d$mismatches, note)
}

compare_figure <- function(name, theirs, note = "") {
  mine <- figures[[name]]
  if (is.null(mine)) return(invisible())
  if (length(theirs) == 0 || is.null(theirs)) theirs <- NA
  d <- difference(mine, as.numeric(theirs))
  add_result(name, d$compared, d$largest, d$mismatches, note)
}

skip <- function(name, reason) {
  if (!is.null(ours(name)) || !is.null(figures[[name]])) add_result(name, 0L, NA, 0L, paste("not recomputed:", reason))
}

# --- node measures -------------------------------------------------------------------------------

weighted_paths <- option("paths", "weighted", FALSE)
path_weights <- if (weighted_paths) E(g)$distance else NA
reach <- ego_size(g, order = n)
compare("degree", degrees)
compare("weighted_degree", strength(g, weights = E(g)$strength))
if (option("paths", "sample", 0) > 0) {
  skip("betweenness", "Clusterscope estimated it from sampled pivots")
} else {
  scale <- if (n > 2) 2 / ((n - 1) * (n - 2)) else 0
  compare("betweenness", betweenness(g, directed = FALSE, weights = path_weights) * scale)
}
closeness_igraph <- suppressWarnings(closeness(g, weights = path_weights, normalized = TRUE))
compare("closeness", ifelse(reach > 1, closeness_igraph * (reach - 1) / max(n - 1, 1), 0))
compare("harmonic", harmonic_centrality(g, weights = path_weights))
# The Perron vector of the component with the largest leading eigenvalue, 0 elsewhere: what
# NetworkX's power iteration tends to (on a connected network, igraph's eigen_centrality).
eigen_matrix <- if (option("eigenvector", "weighted", FALSE)) S else A
parts <- components(g)
leading <- sapply(seq_len(parts$no), function(k) {
  members <- which(parts$membership == k)
  if (length(members) < 2) 0 else max(eigen(eigen_matrix[members, members], symmetric = TRUE, only.values = TRUE)$values)
})
if (n > 0 && tie_count > 0 && sum(leading >= max(leading) - 1e-9) == 1) {
  members <- which(parts$membership == which.max(leading))
  vector <- rep(0, n)
  vector[members] <- abs(eigen(eigen_matrix[members, members], symmetric = TRUE)$vectors[, 1])
  compare("eigenvector", vector / sqrt(sum(vector^2)),
          if (parts$no > 1) "leading component's Perron vector, 0 elsewhere" else "")
} else {
  skip("eigenvector", "no single component has the largest leading eigenvalue, so the vector is not unique")
}
compare("pagerank", page_rank(g, damping = option("pagerank", "alpha", 0.85),
                              weights = if (option("pagerank", "weighted", FALSE)) E(g)$strength else NA)$vector)
compare("clustering", transitivity(g, type = "local", isolates = "zero"))
compare("core", coreness(g))
holes_weighted <- option("structural-holes", "weighted", FALSE)
W <- if (holes_weighted) S else A
compare("constraint", constraint(g, weights = if (holes_weighted) E(g)$strength else NULL))
P <- W / pmax(rowSums(W), 1e-300)
M <- W / pmax(apply(W, 1, max), 1e-300)
effective <- rep(NA_real_, n)
hierarchy <- rep(NA_real_, n)
for (i in seq_len(n)) {
  alters <- which(W[i, ] > 0)
  if (length(alters) == 0) next
  effective[i] <- sum(sapply(alters, function(j) 1 - sum(P[i, setdiff(alters, j)] * M[j, setdiff(alters, j)])))
  if (length(alters) < 2) next
  local <- sapply(alters, function(j) (P[i, j] + sum(P[i, setdiff(alters, j)] * P[setdiff(alters, j), j]))^2)
  r <- local / mean(local)
  hierarchy[i] <- if (all(local == local[1])) 0 else sum(r * log(r)) / (length(alters) * log(length(alters)))
}
compare("effective_size", effective)
compare("efficiency", ifelse(degrees > 0, effective / degrees, NA))
compare("hierarchy", hierarchy)
skip("community", "Louvain's labels depend on its random stream; the modularity of this partition is recomputed")
ego_with <- sapply(seq_len(n), function(i) {
  members <- c(i, which(A[i, ] > 0))
  k <- length(members)
  if (k < 2) 0 else sum(A[members, members]) / (k * (k - 1))
})
ego_alters <- sapply(seq_len(n), function(i) {
  alters <- which(A[i, ] > 0)
  k <- length(alters)
  if (k < 2) NA else sum(A[alters, alters]) / (k * (k - 1))
})
compare("ego_density", ego_with)
compare("ego_density_alters", ego_alters)

# Locality: equal values of a field, or within a distance.
lat <- field("lat", TRUE)
lon <- field("lon", TRUE)
haversine <- function(i, j) {
  rad <- pi / 180
  h <- sin((lat[j] - lat[i]) * rad / 2)^2 + cos(lat[i] * rad) * cos(lat[j] * rad) * sin((lon[j] - lon[i]) * rad / 2)^2
  2 * EARTH_RADIUS_KM * asin(pmin(1, sqrt(h)))
}
local_km <- option("locality", "localKm", 0)
locality_values <- field(option("locality", "localBy", "region"))
tie_class <- if (local_km > 0) {
  ifelse(is.na(lat[edges[, 1]] + lon[edges[, 1]] + lat[edges[, 2]] + lon[edges[, 2]]), NA,
         haversine(edges[, 1], edges[, 2]) <= local_km)
} else {
  ifelse(is.na(locality_values[edges[, 1]]) | is.na(locality_values[edges[, 2]]), NA,
         locality_values[edges[, 1]] == locality_values[edges[, 2]])
}
local <- tabulate(c(edges[which(tie_class), 1], edges[which(tie_class), 2]), nbins = n)
external <- tabulate(c(edges[which(!tie_class), 1], edges[which(!tie_class), 2]), nbins = n)
compare("local_ties", local)
compare("external_ties", external)
compare("ei_index", ifelse(local + external > 0, (external - local) / (external + local), NA))
compare("local_share", ifelse(local + external > 0, local / (external + local), NA))
compare_figure("local_ties", sum(tie_class, na.rm = TRUE))
compare_figure("external_ties", sum(!tie_class, na.rm = TRUE))
compare_figure("unclassified_ties", sum(is.na(tie_class)))
inside <- sum(tie_class, na.rm = TRUE)
across <- sum(!tie_class, na.rm = TRUE)
compare_figure("ei_index", if (inside + across > 0) (across - inside) / (across + inside) else NA)
if (n > 0) {
  roles <- (local > mean(local)) * 1 + (external > mean(external)) * 2
  compare("giuliani_bell_role", roles)
  compare_figure("giuliani_bell_mean_local_ties", mean(local))
  compare_figure("giuliani_bell_mean_external_ties", mean(external))
  for (code in 0:3) {
    compare_figure(paste0("giuliani_bell_", c("isolated", "mutual_exchangers", "external_stars", "gatekeepers")[code + 1]),
                   sum(roles == code))
  }
}

# Embeddedness: strong ties, partner diversity, portfolio, frontier reach.
strong <- sapply(seq_len(n), function(i) if (degrees[i] > 0) mean(S[i, A[i, ] > 0] >= option("embeddedness", "strongAt", 4)) else NA)
compare("strong_tie_share", strong)
diversity_values <- field(option("embeddedness", "diversityBy", "kind"))
diversity_values[is.na(diversity_values)] <- "(missing)"
compare("partner_diversity", sapply(seq_len(n), function(i) {
  if (degrees[i] == 0) return(NA)
  shares <- table(diversity_values[A[i, ] > 0]) / degrees[i]
  1 - sum(shares^2)
}))
low <- option("embeddedness", "portfolioMin", 10)
high <- option("embeddedness", "portfolioMax", 12)
compare("portfolio_gap", ifelse(degrees < low, degrees - low, ifelse(degrees > high, degrees - high, 0)))
compare("portfolio_band", ifelse(degrees < low, 0, ifelse(degrees > high, 2, 1)))
frontier_values <- tolower(trimws(field(option("embeddedness", "frontierField", "frontier"))))
frontier <- which(frontier_values %in% c("true", "yes", "y", "1", "ja", "j", "x"))
if (length(frontier) > 0) {
  hops <- apply(distances(g, v = frontier, weights = NA), 2, min)
  compare("frontier_distance", ifelse(is.finite(hops), hops, NA))
  partner <- as.numeric(sapply(seq_len(n), function(i) any(A[i, frontier] > 0)))
} else {
  compare("frontier_distance", rep(NA, n))
  partner <- rep(0, n)
}
compare("frontier_partner", partner)
compare_figure("frontier_actors", length(frontier))
firms <- which(nodes$kind == "firm")
compare_figure("firms_with_frontier_partner_share", if (length(firms) > 0) mean(partner[firms]) else NA)

# Gould-Fernandez brokerage with sna.
ROLES <- c(w_I = "coordinator", w_O = "itinerant", b_IO = "representative", b_OI = "gatekeeper", b_O = "liaison",
           t = "brokerage_total")
group_values <- field(option("brokerage", "groupBy", "region"))
group_values[is.na(group_values)] <- "(missing)"
if (n > 0) {
  broker <- brokerage(FL, group_values)
  for (column in names(ROLES)) {
    role <- ROLES[[column]]
    compare(role, broker$raw.nli[, column])
    compare(paste0(role, "_z"), broker$z.nli[, column])
    short <- sub("brokerage_", "", role)
    compare_figure(paste0("brokerage_graph_", short, "_raw"), broker$raw.gli[column])
    compare_figure(paste0("brokerage_graph_", short, "_expected"), broker$exp.gli[column])
    compare_figure(paste0("brokerage_graph_", short, "_sd"), broker$sd.gli[column])
    compare_figure(paste0("brokerage_graph_", short, "_z"), broker$z.gli[column])
  }
}

# Geography: tie lengths, flows between countries, local attachment of knowledge ties.
located <- !is.na(lat) & !is.na(lon)
within_km <- option("tie-length", "withinKm", 50)
partner_lengths <- lapply(seq_len(n), function(v) {
  partners <- which(A[v, ] > 0)
  partners <- partners[located[partners]]
  if (!located[v] || length(partners) == 0) numeric(0) else haversine(rep(v, length(partners)), partners)
})
compare("median_partner_km", sapply(partner_lengths, function(d) if (length(d)) median(d) else NA))
compare("mean_partner_km", sapply(partner_lengths, function(d) if (length(d)) mean(d) else NA))
compare("share_within_km", sapply(partner_lengths, function(d) if (length(d)) mean(d <= within_km) else NA))
compare("located_partners", sapply(partner_lengths, length))
with_length <- located[edges[, 1]] & located[edges[, 2]]
tie_km <- haversine(edges[with_length, 1], edges[with_length, 2])
compare_figure("median_tie_km", if (length(tie_km)) median(tie_km) else NA)
compare_figure("mean_tie_km", if (length(tie_km)) mean(tie_km) else NA)
compare_figure("share_ties_within_km", if (length(tie_km)) mean(tie_km <= within_km) else NA)
compare_figure("ties_with_length", length(tie_km))
compare_figure("ties_without_length", tie_count - length(tie_km))
compare_figure("actors_without_coordinates", sum(!located))

countries <- field("country")
abroad <- function(i, j) !is.na(countries[i]) & !is.na(countries[j]) & countries[i] != countries[j]
across <- function(i, j) abroad(i, j) & countries[i] %in% c("NL", "BE", "DE") & countries[j] %in% c("NL", "BE", "DE")
international_edge <- abroad(edges[, 1], edges[, 2])
border_edge <- across(edges[, 1], edges[, 2])
compare("international_ties", tabulate(c(edges[international_edge, 1], edges[international_edge, 2]), nbins = n))
compare("cross_border_ties", tabulate(c(edges[border_edge, 1], edges[border_edge, 2]), nbins = n))
compare_figure("international_ties", sum(international_edge))
compare_figure("cross_border_ties", sum(border_edge))
compare_figure("cross_border_strength", sum(S[edges[border_edge, , drop = FALSE]]))

# A knowledge tie of actor v: a knowledge relation on the pair, or (by partner) the other end a
# knowledge institution; local as for the E-I index.
knowledge_pair <- (layer("knowledge", FALSE) + t(layer("knowledge", FALSE))) > 0
rule <- option("local-attachment", "knowledgeTies", "relation or partner")
attachment_km <- option("local-attachment", "localKm", 0)
attachment_values <- field(option("local-attachment", "localBy", "region"))
attachment <- rep(NA_real_, n)
knowledge_count <- rep(0, n)
for (v in seq_len(n)) {
  partners <- which(A[v, ] > 0)
  by_relation <- knowledge_pair[v, partners]
  by_partner <- nodes$kind[partners] == "knowledge"
  knowledge <- partners[if (rule == "relation") by_relation else if (rule == "partner") by_partner else by_relation | by_partner]
  knowledge_count[v] <- length(knowledge)
  local_class <- if (attachment_km > 0) {
    ifelse(located[v] & located[knowledge], haversine(rep(v, length(knowledge)), knowledge) <= attachment_km, NA)
  } else {
    ifelse(is.na(attachment_values[v]) | is.na(attachment_values[knowledge]), NA, attachment_values[knowledge] == attachment_values[v])
  }
  if (sum(!is.na(local_class)) > 0) attachment[v] <- mean(local_class, na.rm = TRUE)
}
compare("local_attachment", attachment)
compare("knowledge_ties", knowledge_count)
compare_figure("local_attachment_mean", if (any(!is.na(attachment))) mean(attachment, na.rm = TRUE) else NA)
compare_figure("actors_with_local_attachment", sum(!is.na(attachment)))

# --- graph figures -------------------------------------------------------------------------------

compare_figure("node_count", n)
compare_figure("tie_count", tie_count)
compare_figure("arc_count", sum(FL))
compare_figure("density", if (n > 1) edge_density(g) else 0)
if (n > 0) {
  parts <- components(g)
  compare_figure("components", parts$no)
  largest <- which(parts$membership == which.max(parts$csize))
  giant <- induced_subgraph(g, largest)
  compare_figure("largest_component_size", length(largest))
  compare_figure("average_path_length", if (length(largest) > 1) mean_distance(giant, directed = FALSE) else 0)
  compare_figure("diameter", if (length(largest) > 1) diameter(giant, directed = FALSE, weights = NA) else 0)
  compare_figure("average_clustering", mean(transitivity(g, type = "local", isolates = "zero")))
}
nominal <- function(values) {
  keep <- which(!is.na(values))
  h <- induced_subgraph(g, keep)
  if (ecount(h) == 0) return(0)
  r <- assortativity_nominal(h, as.integer(factor(values[keep])), directed = FALSE)
  if (is.nan(r)) NA else r
}
if (tie_count > 0) {
  r <- assortativity_degree(g, directed = FALSE)
  compare_figure("degree_assortativity", if (is.nan(r)) NA else r)
}
compare_figure("kind_assortativity", nominal(nodes$kind))
compare_figure("locality_assortativity", nominal(field(option("network", "localBy", "region"))))
compare_figure("transitivity", if (sum(degrees * (degrees - 1)) > 0) transitivity(g, type = "global") else 0)
community <- ours("community")
if (tie_count > 0 && !is.null(community)) {
  membership <- as.integer(factor(community))
  weights <- if (option("communities", "weighted", FALSE)) E(g)$strength else NULL
  compare_figure("modularity", modularity(g, membership, weights = weights,
                                          resolution = option("communities", "resolution", 1)),
                 "of Clusterscope's own partition")
  compare_figure("community_count", length(unique(community)))
}
if (tie_count > 0) {
  locality_groups <- field(option("network", "localBy", "region"))
  locality_groups[is.na(locality_groups)] <- "(missing)"
  compare_figure("modularity_locality", modularity(g, as.integer(factor(locality_groups))))
}

# Homophily by a field.
homophily_values <- field(option("homophily", "field", "kind"))
compare_figure("homophily_assortativity", nominal(homophily_values))
numeric_values <- field(option("homophily", "numericField", "lat"), TRUE)
compare_figure("homophily_numeric_actors", sum(!is.na(numeric_values)))
keep <- which(!is.na(numeric_values))
h <- induced_subgraph(g, keep)
numeric_r <- if (ecount(h) > 0) assortativity(h, numeric_values[keep], directed = FALSE) else NA
compare_figure("homophily_numeric_assortativity", if (is.nan(numeric_r)) NA else numeric_r)
classified <- !is.na(homophily_values[edges[, 1]]) & !is.na(homophily_values[edges[, 2]])
same <- homophily_values[edges[classified, 1]] == homophily_values[edges[classified, 2]]
compare_figure("homophily_internal_ties", sum(same))
compare_figure("homophily_external_ties", sum(!same))
compare_figure("homophily_ei_index", if (length(same) > 0) (sum(!same) - sum(same)) / length(same) else NA)

# Core/periphery: the fit of Clusterscope's partition; MINRES coreness recomputed with optim.
core <- ours("core_member")
if (!is.null(core) && tie_count > 0 && !is.na(core[1])) {
  upper <- upper.tri(A)
  ideal <- if (option("core-periphery", "coreToPeriphery", "ignored") == "ignored") {
    cells <- upper & outer(core, core, "==")
    outer(core, core)[cells]
  } else {
    cells <- upper
    (outer(core, core, "+") > 0)[cells] * 1
  }
  compare_figure("core_periphery_fit", cor(A[cells], ideal), "of Clusterscope's partition")
  size <- sum(core)
  within <- sum(A[core == 1, core == 1]) / 2
  outside <- sum(A[core == 0, core == 0]) / 2
  compare_figure("core_size", size)
  compare_figure("core_density", if (size > 1) within / (size * (size - 1) / 2) else NA)
  compare_figure("periphery_density", if (n - size > 1) outside / ((n - size) * (n - size - 1) / 2) else NA)
  compare_figure("core_periphery_density", if (size * (n - size) > 0) (tie_count - within - outside) / (size * (n - size)) else NA)
  add_result("core_member", 0L, NA, 0L, "partition taken from Clusterscope (its fit is recomputed)")
}
if (!is.null(ours("coreness")) && tie_count > 0) {
  objective <- function(c) sum(A^2) - 2 * sum(c * (A %*% c)) + sum(c^2)^2 - sum(c^4)
  gradient <- function(c) as.vector(-4 * A %*% c + 4 * sum(c^2) * c - 4 * c^3)
  c <- optim(rep(1 / sqrt(n), n), objective, gradient, method = "L-BFGS-B",
             control = list(factr = 1, pgtol = 0, maxit = 100000))$par
  for (step in 1:50) {  # Newton polish
    H <- -4 * A + 4 * sum(c^2) * diag(n) + 8 * outer(c, c) - 12 * diag(c^2)
    move <- qr.solve(H, gradient(c), tol = 1e-14)
    c <- c - move
    if (max(abs(move)) < 1e-15) break
  }
  c <- abs(c / sqrt(sum(c^2)))
  compare("coreness", c, "MINRES minimised by optim")
  compare_figure("coreness_fit", cor(A[upper.tri(A)], outer(c, c)[upper.tri(A)]))
}

# --- tests against chance ------------------------------------------------------------------------

p_results <- data.frame(name = character(0), mine = numeric(0), theirs = numeric(0), apart = numeric(0))
p_compare <- function(name, mine, theirs, draws) {
  if (is.na(mine) || is.na(theirs)) return(invisible())
  p <- min(max((mine + theirs) / 2, 1 / draws), 1 - 1 / draws)
  apart <- abs(mine - theirs) / sqrt(2 * p * (1 - p) / draws)
  p_results <<- rbind(p_results, data.frame(name = name, mine = mine, theirs = theirs, apart = apart))
}
TIE <- 1e-10
tails <- function(observed, dist) {
  dist <- dist[!is.na(dist)]
  slack <- TIE * max(1, abs(observed))
  c(greater = mean(dist >= observed - slack), less = mean(dist <= observed + slack),
    absolute = mean(abs(dist) >= abs(observed) - slack), draws = length(dist))
}
ei_values <- function(from, to, codes, groups) {
  a <- codes[from]; b <- codes[to]
  keep <- !is.na(a) & !is.na(b)
  a <- a[keep]; b <- b[keep]
  same <- a == b
  out <- if (length(a) > 0) (sum(!same) - sum(same)) / length(a) else NA
  internal <- tabulate(a[same], nbins = groups)
  external <- tabulate(a[!same], nbins = groups) + tabulate(b[!same], nbins = groups)
  c(out, ifelse(internal + external > 0, (external - internal) / (internal + external), NA))
}
term_matrix <- function(term, valued, kept) {
  if (term == "ties") return(A[kept, kept])
  if (term == "flow") return(FL[kept, kept])
  if (term == "km") return(outer(kept, kept, haversine))
  if (startsWith(term, "same:")) {
    x <- field(sub("^same:", "", term))[kept]
    return(outer(x, x, "==") * 1)
  }
  if (startsWith(term, "diff:")) {
    x <- field(sub("^diff:", "", term), TRUE)[kept]
    return(abs(outer(x, x, "-")))
  }
  layer(term, valued)[kept, kept]
}
kept_for <- function(terms) {
  ok <- rep(TRUE, n)
  for (term in terms) {
    if (term == "km") ok <- ok & !is.na(lat) & !is.na(lon)
    if (startsWith(term, "same:")) ok <- ok & !is.na(field(sub("^same:", "", term)))
    if (startsWith(term, "diff:")) ok <- ok & !is.na(field(sub("^diff:", "", term), TRUE))
  }
  which(ok)
}
NETLM_LIMIT <- 300

set.seed(20240612)
if (!is.null(tests_table)) for (run in sort(unique(as.integer(tests_table$run)))) {
  rows <- tests_table[as.integer(tests_table$run) == run, , drop = FALSE]
  value_of <- function(key) { v <- rows$value[rows$key == key]; if (length(v) == 0) NA_character_ else v }
  test <- rows$test[1]
  reps <- as.integer(value_of("permutations"))
  label <- paste0(test, " (run ", run, ")")
  stats <- list()
  if (test %in% c("ei-permutation", "ei-uniform-graph")) {
    labels <- field(value_of("option:field"))
    levels <- unique(labels[!is.na(labels)])
    codes <- match(labels, levels)
    per_group <- !identical(value_of("option:perGroup"), "false")
    ids <- c("ei_index", if (per_group) paste0("ei_index:", levels))
    observed <- ei_values(edges[, 1], edges[, 2], codes, length(levels))
    present <- which(!is.na(codes))
    draws <- t(sapply(seq_len(reps), function(r) {
      if (test == "ei-permutation") {
        shuffled <- codes
        shuffled[present] <- codes[present][sample.int(length(present))]
        ei_values(edges[, 1], edges[, 2], shuffled, length(levels))
      } else {
        random <- rgnm(1, n, tie_count, mode = "graph", return.as.edgelist = TRUE)
        random <- random[random[, 1] < random[, 2], , drop = FALSE]
        ei_values(random[, 1], random[, 2], codes, length(levels))
      }
    }))
    for (k in seq_along(ids)) stats[[ids[k]]] <- list(observed = observed[k], dist = draws[, k], absolute = FALSE)
  } else if (test == "qap-correlation") {
    terms <- strsplit(value_of("option:relations"), ",")[[1]]
    valued <- identical(value_of("option:valued"), "true")
    kept <- kept_for(terms)
    x <- term_matrix(terms[1], valued, kept)
    y <- term_matrix(terms[2], valued, kept)
    result <- qaptest(list(x, y), gcor, g1 = 1, g2 = 2, reps = reps)
    stats[["correlation"]] <- list(observed = result$testval, dist = result$dist, absolute = FALSE)
  } else if (test == "mrqap") {
    predictors <- strsplit(value_of("option:predictors"), ",")[[1]]
    dependent <- value_of("option:dependent")
    valued <- identical(value_of("option:valued"), "true")
    intercept <- !identical(value_of("option:intercept"), "false")
    kept <- kept_for(c(dependent, predictors))
    y <- term_matrix(dependent, valued, kept)
    x <- lapply(predictors, term_matrix, valued = valued, kept = kept)
    names <- c(if (intercept) "(intercept)", predictors)
    if (length(kept) <= NETLM_LIMIT) {
      fit <- netlm(y, x, intercept = intercept, nullhyp = "qap", reps = reps)
      coefficients <- fit$coefficients
      for (k in seq_along(names)) stats[[paste0("t:", names[k])]] <- list(observed = fit$tstat[k], dist = fit$dist[, k], absolute = TRUE)
    } else {
      # sna::netlm refits with qr() for every draw, hours at this size: the same semi-partialling
      # (Dekker, Krackhardt and Snijders 2007) with the normal equations.
      off <- !diag(length(kept))
      Y <- y[off]
      X <- cbind(if (intercept) 1, sapply(x, function(m) m[off]))
      fit <- lm.fit(X, Y)
      coefficients <- fit$coefficients
      rdf <- length(Y) - ncol(X)
      tstat <- coefficients / sqrt(diag(chol2inv(qr.R(qr(X)))) * sum(fit$residuals^2) / rdf)
      for (k in seq_along(names)) {
        others <- X[, -k, drop = FALSE]
        residual <- if (ncol(others) > 0) lm.fit(others, X[, k])$residuals else X[, k]
        R <- matrix(0, length(kept), length(kept))
        R[off] <- residual
        gram <- crossprod(others)
        cross_y <- crossprod(others, Y)
        squares <- sum(residual^2)
        dist <- sapply(seq_len(reps), function(r) {
          o <- sample.int(length(kept))
          permuted <- R[o, o][off]
          G <- rbind(cbind(gram, crossprod(others, permuted)), c(crossprod(permuted, others), squares))
          rhs <- c(cross_y, sum(permuted * Y))
          b <- solve(G, rhs)
          rss <- max(sum(Y^2) - sum(b * rhs), 0)
          b[length(b)] / sqrt(solve(G)[length(b), length(b)] * rss / (length(Y) - length(b)))
        })
        stats[[paste0("t:", names[k])]] <- list(observed = tstat[k], dist = dist, absolute = TRUE)
      }
    }
    for (k in seq_along(names)) {
      mine <- as_number(value_of(paste0("figure:coefficient:", names[k])))
      d <- difference(mine, coefficients[k])
      add_result(paste(label, paste0("coefficient:", names[k])), d$compared, d$largest, d$mismatches)
    }
  } else if (test == "brokerage-permutation") {
    labels <- field(value_of("option:groupBy"))
    labels[is.na(labels)] <- "(missing)"
    observed <- brokerage(FL, labels)$raw.gli[1:5]
    # Open two-paths a -> v -> b do not depend on the labels: list them once, classify per draw.
    paths <- do.call(rbind, lapply(seq_len(n), function(v) {
      ins <- which(FL[, v] > 0); outs <- which(FL[v, ] > 0)
      if (length(ins) == 0 || length(outs) == 0) return(NULL)
      p <- expand.grid(a = ins, b = outs)
      p <- p[p$a != p$b & FL[cbind(p$a, p$b)] == 0, , drop = FALSE]
      if (nrow(p) == 0) NULL else cbind(p$a, v, p$b)
    }))
    role_totals <- function(current) {
      ga <- current[paths[, 1]]; gv <- current[paths[, 2]]; gb <- current[paths[, 3]]
      c(sum(ga == gv & gv == gb), sum(ga != gv & gv != gb & ga == gb), sum(ga == gv & gv != gb),
        sum(ga != gv & gv == gb), sum(ga != gv & gv != gb & ga != gb))
    }
    draws <- t(sapply(seq_len(reps), function(r) role_totals(sample(labels))))
    for (k in 1:5) stats[[ROLES[[k]]]] <- list(observed = observed[[k]], dist = draws[, k], absolute = FALSE)
  } else if (test == "assortativity-permutation") {
    numeric <- identical(value_of("option:numeric"), "true")
    values <- field(value_of("option:field"), numeric)
    keep <- which(!is.na(values))
    h <- induced_subgraph(g, keep)
    statistic <- if (numeric) {
      x <- values[keep]
      function(v) assortativity(h, v, directed = FALSE)
    } else {
      x <- as.integer(factor(values[keep]))
      function(v) assortativity_nominal(h, v, directed = FALSE)
    }
    dist <- sapply(seq_len(reps), function(r) statistic(sample(x)))
    stats[["assortativity"]] <- list(observed = statistic(x), dist = dist, absolute = FALSE)
  } else {
    add_result(label, 0L, NA, 0L, "not recomputed: unknown test")
    next
  }
  for (id in names(stats)) {
    s <- stats[[id]]
    mine <- as_number(value_of(paste0("statistic:", id, ":observed")))
    d <- difference(mine, if (is.nan(s$observed)) NA else s$observed)
    add_result(paste(label, id), d$compared, d$largest, d$mismatches)
    if (is.na(s$observed) || is.nan(s$observed)) next
    tp <- tails(s$observed, s$dist)
    p_compare(paste(label, id, "p(>=)"), as_number(value_of(paste0("statistic:", id, ":p_greater"))), tp[["greater"]], tp[["draws"]])
    p_compare(paste(label, id, "p(<=)"), as_number(value_of(paste0("statistic:", id, ":p_less"))), tp[["less"]], tp[["draws"]])
    if (s$absolute) p_compare(paste(label, id, "p(|t|)"), as_number(value_of(paste0("statistic:", id, ":p_two_sided"))), tp[["absolute"]], tp[["draws"]])
  }
}

for (name in c("betweenness_pivots", "betweenness_standard_error_mean", "betweenness_standard_error_max",
               "eigenvector_converged", "pagerank_converged", "coreness_converged")) {
  skip(name, "describes how Clusterscope's sampling or iteration ran")
}
# Anything exported that no recipe above touched is named, never passed over in silence.
exported <- c(if (!is.null(measures)) setdiff(names(measures), "index"), names(figures))
for (name in setdiff(unique(exported), results$name)) add_result(name, 0L, NA, 0L, "not recomputed: no recipe in this script")

# --- report --------------------------------------------------------------------------------------

cat(sprintf("%-44s %8s %20s\n", "value", "compared", "largest difference"))
largest <- 0
compared <- 0
mismatches <- 0
for (k in seq_len(nrow(results))) {
  r <- results[k, ]
  if (is.na(r$largest) || (r$compared == 0 && r$mismatches == 0)) {
    cat(sprintf("%-44s %8s %20s  %s\n", r$name, "", "", if (r$note == "") "undefined on both sides" else r$note))
    next
  }
  largest <- max(largest, r$largest)
  compared <- compared + r$compared
  mismatches <- mismatches + r$mismatches
  extra <- if (r$mismatches > 0) sprintf("  (%d defined on one side only)", r$mismatches) else ""
  cat(trimws(sprintf("%-44s %8d %20.3g%s  %s", r$name, r$compared, r$largest, extra, r$note), "right"), "\n", sep = "")
}
far <- p_results[p_results$apart > SIGMAS, , drop = FALSE]
if (nrow(p_results) > 0) {
  cat(sprintf("\np-values: %d of %d within %g Monte Carlo standard errors\n", nrow(p_results) - nrow(far), nrow(p_results), SIGMAS))
  for (k in seq_len(nrow(far))) {
    cat(sprintf("  %s: Clusterscope %.4g, here %.4g (%.1f standard errors apart)\n", far$name[k], far$mine[k], far$theirs[k], far$apart[k]))
  }
}
cat(sprintf("\nLargest difference over %d recomputed values: %.3g\n", compared, largest))
ok <- largest <= TOLERANCE && mismatches == 0 && nrow(far) == 0
cat(if (ok) "Reproduced within 1e-6.\n" else "NOT reproduced within 1e-6: see the values above.\n")
quit(status = if (ok) 0 else 1)
`;
