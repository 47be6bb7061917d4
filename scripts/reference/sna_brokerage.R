# Step 2a of the reference pipeline: Gould-Fernandez brokerage with R sna.
#
#   Rscript scripts/reference/sna_brokerage.R WORK_DIR
#
# Reads WORK_DIR/flow/<name>.nodes.tsv (index, id, group) and <name>.arcs.tsv (1-based from, to):
# the flow view of each network written by networks.py. Runs sna::brokerage(adjacency, groups) on
# the 0/1 directed adjacency matrix (isolates included) and writes WORK_DIR/sna/<name>.tsv in long
# form: section, row, column, value, where section is one of raw.nli, exp.nli, sd.nli, z.nli
# (row = 1-based node index), raw.gli, exp.gli, sd.gli, z.gli (row empty), exp.grp, sd.grp
# (row = group label); column is sna's w_I, w_O, b_IO, b_OI, b_O, t; value is printed with
# %.17g (NaN, Inf, -Inf as R prints them). Networks sna cannot take (no nodes) get a line
# "error" with the message instead. WORK_DIR/sna/versions.tsv records the R and sna versions.

suppressPackageStartupMessages(library(sna))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript sna_brokerage.R WORK_DIR")
work <- args[1]
flow_dir <- file.path(work, "flow")
out_dir <- file.path(work, "sna")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

number <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", sprintf("%.17g", x))

long_rows <- function(section, values) {
  if (is.matrix(values)) {
    rows <- rep(rownames(values), times = ncol(values))
    cols <- rep(colnames(values), each = nrow(values))
    return(data.frame(section = section, row = rows, column = cols, value = number(as.vector(values))))
  }
  data.frame(section = section, row = "", column = names(values), value = number(as.vector(values)))
}

writeLines(
  c(paste("R", paste(R.version$major, R.version$minor, sep = "."), sep = "\t"),
    paste("sna", as.character(packageVersion("sna")), sep = "\t")),
  file.path(out_dir, "versions.tsv")
)

for (file in sort(list.files(flow_dir, pattern = "\\.nodes\\.tsv$"))) {
  name <- sub("\\.nodes\\.tsv$", "", file)
  nodes <- read.delim(file.path(flow_dir, file), colClasses = "character", quote = "",
                      na.strings = character(0), comment.char = "")
  arcs <- read.delim(file.path(flow_dir, paste0(name, ".arcs.tsv")), colClasses = "integer")
  n <- nrow(nodes)
  out_file <- file.path(out_dir, paste0(name, ".tsv"))
  result <- tryCatch({
    if (n == 0) stop("no nodes")
    adjacency <- matrix(0, n, n)
    if (nrow(arcs) > 0) adjacency[cbind(arcs$from, arcs$to)] <- 1
    brokerage(adjacency, nodes$group)
  }, error = function(e) e)
  if (inherits(result, "error")) {
    writeLines(paste("error", "", "", conditionMessage(result), sep = "\t"), out_file)
    cat(name, ": sna error: ", conditionMessage(result), "\n", sep = "")
    next
  }
  for (section in c("raw.nli", "exp.nli", "sd.nli", "z.nli")) rownames(result[[section]]) <- seq_len(n)
  for (section in c("exp.grp", "sd.grp")) rownames(result[[section]]) <- as.character(result$clid)
  table <- do.call(rbind, lapply(
    c("raw.nli", "exp.nli", "sd.nli", "z.nli", "raw.gli", "exp.gli", "sd.gli", "z.gli", "exp.grp", "sd.grp"),
    function(section) long_rows(section, result[[section]])
  ))
  write.table(table, out_file, sep = "\t", quote = FALSE, row.names = FALSE, col.names = FALSE)
  cat(name, ": ", n, " nodes, ", nrow(arcs), " arcs\n", sep = "")
}
