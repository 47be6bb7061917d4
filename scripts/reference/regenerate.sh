#!/bin/sh
# Regenerates the reference fixtures in tests/fixtures/reference/ and the tie scores in
# tests/fixtures/backbone/ (see scripts/reference/README.md).
#
#   scripts/reference/regenerate.sh           rewrite the committed fixtures
#   scripts/reference/regenerate.sh --check   regenerate into a temporary folder and diff
#
# NETWORKX_PYTHON (default python3) must have networkx, numpy and scipy; IGRAPH_PYTHON (default
# /usr/bin/python3) must have python3-igraph; Rscript must have sna.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(cd "$here/../.." && pwd)/tests/fixtures/reference
networkx_python=${NETWORKX_PYTHON:-python3}
igraph_python=${IGRAPH_PYTHON:-/usr/bin/python3}

work=$(mktemp -d "${TMPDIR:-/tmp}/clusterscope-reference.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$networkx_python" "$here/networks.py" "$work"
Rscript "$here/sna_brokerage.R" "$work"
Rscript "$here/sna_statistics.R" "$work"
"$igraph_python" "$here/igraph_reference.py" "$work"

if [ "${1:-}" = "--check" ]; then
  mkdir "$work/fixtures"
  "$networkx_python" "$here/networkx_reference.py" "$work" "$work/fixtures"
  "$networkx_python" "$here/backbone.py" "$work/backbone"
  diff -r "$work/fixtures" "$fixtures" --exclude=README.md &&
    diff -r "$work/backbone" "$fixtures/../backbone" && echo "fixtures are up to date"
else
  rm -f "$fixtures"/*.json
  "$networkx_python" "$here/networkx_reference.py" "$work" "$fixtures"
  "$networkx_python" "$here/backbone.py"
fi
