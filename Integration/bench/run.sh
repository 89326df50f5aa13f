#!/usr/bin/env bash
# Benchmarks of Nolan's open-data paths against reference tools, on one synthetic data set, in one run.
#   Integration/bench/run.sh [ROWS]      (default 1000000 interests; 1000 members in one synthetic council)
# Builds nolan in release mode, makes the data with `nolan demo generate`, and prints a Markdown table of
# seconds (the median of RUNS runs, default 3), rows per second, ratios against the references, and peak memory.
# A benchmark, not a test: run it by hand, on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
MEMBERS=1000
PER=$(( ROWS / MEMBERS ))
[ "$PER" -ge 1 ] || { echo "ROWS must be at least $MEMBERS" >&2; exit 1; }
scripts/setup
install() { if [ "$(id -u)" -eq 0 ]; then apt-get install -y "$@"; else sudo apt-get install -y "$@"; fi; }
command -v sqlite3 >/dev/null || install sqlite3
[ -x /usr/bin/time ] || install time
command -v python3 >/dev/null || install python3
swift build -c release --product nolan --scratch-path .build-release >&2
BIN=$PWD/.build-release/release/nolan
W=$(mktemp -d)
export NOLAN_TODAY=2026-11-22 NOLAN_COUNCILS=$PWD/Councils NOLAN_USER=bench
SLUG=synthetic-1-1
echo "work folder: $W" >&2

RUNS=${RUNS:-3}
# measure "NAME|SETUP|CMD" ...: RUNS rounds; in each round every command given is run once, in turn: SETUP (not
# timed), then CMD (timed, through sh -c). Taking a command and its reference in turn, rather than all of one then all
# of the other, keeps a drift in the machine's speed (this machine's varies by up to 15% between minutes) out of their
# ratio; the order is reversed every other round, so that neither always goes first. Records each command's median
# seconds and the largest peak RSS (KB) of its runs, and keeps every run's time (runs-NAME.txt, one line a round) for
# the ratios, which report.py takes round by round. `sync` after SETUP writes out what earlier steps left in the page
# cache, so that the kernel writing it back does not take CPU from the command being timed (on two cores it took a
# core from Nolan's two-thread imports, and none from single-threaded references). The files named in WARM are then
# read once, so that every timed run finds its input in the page cache alike (before this, the first run of a measure
# was often its slowest: Nolan's first XML import 0.3-0.7 s slower than its other two, in two sets of three).
measure() {
  for spec in "$@"; do : > "$W/runs-${spec%%|*}.txt"; done
  for round in $(seq "$RUNS"); do
    local specs=("$@")
    if [ $((round % 2)) -eq 0 ]; then
      specs=(); for ((k = $#; k >= 1; k--)); do specs+=("${!k}"); done
    fi
    for spec in "${specs[@]}"; do
      local name=${spec%%|*} rest=${spec#*|}
      local setup=${rest%%|*} cmd=${rest#*|}
      sh -c "$setup" > /dev/null 2>&1
      sync
      if [ -n "${WARM:-}" ]; then cat $WARM > /dev/null; fi
      /usr/bin/time -f "%e %M" -o "$W/time.txt" sh -c "$cmd" > /dev/null
      cat "$W/time.txt" >> "$W/runs-$name.txt"
    done
  done
  for spec in "$@"; do
    local name=${spec%%|*}
    secs=$(sort -n "$W/runs-$name.txt" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
    rss=$(sort -n -k2 "$W/runs-$name.txt" | tail -n 1 | awk '{print $2}')
    echo "$name $secs $rss" >> "$W/results.txt"
    echo "$name: median ${secs}s of $RUNS runs ($(awk '{printf "%s ", $1}' "$W/runs-$name.txt")), peak ${rss} KB" >&2
  done
}

echo "making $ROWS interests..." >&2
measure "generate|rm -f $W/source.sqlite*; $BIN councils sync --db $W/source.sqlite|$BIN demo generate --db $W/source.sqlite --councils 1 --members $MEMBERS --interests $PER --seed 1"
"$BIN" export --db "$W/source.sqlite" --council $SLUG --format csv --out "$W/csv" >&2
"$BIN" export --db "$W/source.sqlite" --council $SLUG --format xml --out "$W/xml" >&2
CSV=$W/csv/$SLUG/interests.csv
XML=$W/xml/$SLUG/register.xml
head -n $(( ROWS / 10 + 1 )) "$CSV" > "$W/tenth.csv"

# (c) CSV export: nolan's export (all five tables and CSVW) vs sqlite3 -csv of the interest rows
WARM="$W/source.sqlite" measure "export_nolan|rm -rf $W/csv2|$BIN export --db $W/source.sqlite --council $SLUG --format csv --out $W/csv2" \
  "export_sqlite3||sqlite3 -csv -header $W/source.sqlite \"SELECT m.council_slug, m.id, m.name, i.id, 'false', i.table_number, i.category_id, '', 'false', i.description, i.body_name, i.company_number, i.address, i.postcode, i.uprn, i.registered_on, i.reviewed_on, i.ended_on FROM interest i JOIN member m ON m.id = i.member_id WHERE m.council_slug = '$SLUG' ORDER BY i.id\" > $W/sqlite3-export.csv"

# (a) CSV import with full validation vs sqlite3 .import and Python csv + executemany
# A database with the council and its members but no interests, made afresh before each timed import.
target() { echo "rm -f $1*; $BIN councils sync --db $1 && $BIN demo generate --db $1 --councils 1 --members $2 --interests 0 --seed 1"; }
COLS=$(head -n 1 "$CSV" | tr -d '\r' | sed 's/^/"/; s/,/" TEXT, "/g; s/$/"/')
WARM="$CSV" measure "import_nolan|$(target "$W/import.sqlite" $MEMBERS)|$BIN import --db $W/import.sqlite --council $SLUG $CSV" \
  "import_sqlite3|rm -f $W/sqlite3-import.sqlite; sqlite3 $W/sqlite3-import.sqlite 'CREATE TABLE interests ($COLS TEXT);'|sqlite3 $W/sqlite3-import.sqlite \".import --csv --skip 1 $CSV interests\"" \
  "import_python|rm -f $W/python-import.sqlite|python3 Integration/bench/python_import.py $CSV $W/python-import.sqlite"
WARM="$W/tenth.csv" measure "import_nolan_tenth|$(target "$W/import10.sqlite" $MEMBERS)|$BIN import --db $W/import10.sqlite --council $SLUG $W/tenth.csv"

# (b) XML import vs xmllint --stream
WARM="$XML" measure "xml_nolan|$(target "$W/xml-import.sqlite" 0)|$BIN import --db $W/xml-import.sqlite --council $SLUG $XML" \
  "xml_xmllint||xmllint --stream --noout $XML"

python3 Integration/bench/report.py "$W" "$ROWS" "$(stat -c %s "$CSV")" "$(stat -c %s "$XML")"
