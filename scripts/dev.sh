#!/usr/bin/env bash
# Set up and run Tawsiyat on a Debian machine that has Python 3.11. Every command runs inside the
# project's virtualenv (.venv/, created and filled the first time, again only when a requirements
# file changes): nothing to activate, nothing installed outside it.
#   scripts/dev.sh serve            build and serve the site at http://127.0.0.1:8000/, rebuilt on save
#   scripts/dev.sh build [ARGS]     build the site into site/ (mkdocs build --strict, the checks included)
#   scripts/dev.sh check [WHAT]     data, schema, fidelity, stale and fonts checks, no build (what pre-commit runs)
#   scripts/dev.sh stamp PAGE...    record which Arabic an English page translates
#   scripts/dev.sh new N ...        scaffold a recommendation in both languages
#   scripts/dev.sh import FILE ...  paragraph pages from another meeting's raw text
#   scripts/dev.sh cut ...          the source cut into its parts
#   scripts/dev.sh pre-commit       install the git pre-commit hook (runs `scripts/dev.sh check`)
#   scripts/dev.sh test [ARGS]      the tests' packages (and Debian's chromium when missing), then pytest
#   scripts/dev.sh help             this list
# Arguments after the command are passed through. VENV=/path/to/venv uses another virtualenv.
# scripts/tawsiyat.py --help lists the developer commands besides (bench-build, bench-search, page-weight, fonts).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"
# Material for MkDocs prints an end-of-life banner on every start unless this is set.
export NO_MKDOCS_2_WARNING=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  command -v apt-get >/dev/null || { echo "apt-get not found: install $* by hand" >&2; return 1; }
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

setup() {  # $1: requirements file; installs only when it (or requirements.txt) changed
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV" 2>/dev/null || { apt_install python3-venv && python3 -m venv "$VENV"; }
    "$PY" -m pip install -q --disable-pip-version-check --upgrade pip
  fi
  local marker="$VENV/.tawsiyat-$(basename "$1").sha256"
  local want
  want="$(cat "$1" requirements.txt | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$marker" 2>/dev/null)" != "$want" ]; then
    "$PY" -m pip install -q --disable-pip-version-check -r "$1"
    echo "$want" > "$marker"
  fi
}

cli() { setup requirements.txt; exec "$PY" scripts/tawsiyat.py "$@"; }

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
  serve)
    setup requirements.txt
    # at the root of the local address, not under the published address's path (/tawsiyat/)
    SITE_URL="${SITE_URL:-http://127.0.0.1:8000/}" exec "$PY" -m mkdocs serve --dev-addr 127.0.0.1:8000 "$@" ;;
  build)
    setup requirements.txt
    exec "$PY" -m mkdocs build --strict "$@" ;;
  check|stamp|new|import|cut)
    cli "$command" "$@" ;;
  pre-commit)
    setup requirements.txt
    "$PY" -c "import pre_commit" 2>/dev/null || "$PY" -m pip install -q --disable-pip-version-check pre-commit
    exec "$PY" -m pre_commit install "$@" ;;
  test)
    setup requirements-test.txt
    # the browser the tests drive: Debian's chromium, or the one TAWSIYAT_CHROMIUM names
    [ -x "${TAWSIYAT_CHROMIUM:-/usr/bin/chromium}" ] || apt_install chromium
    # The two passes (this tree, and a second one beside it: README) run at once, each in one
    # process that keeps more than one core busy (Chromium beside Python): on 2 cores the run is
    # bound by the CPU, and pytest-xdist workers only add to it. With more cores, each pass gets
    # half of them as workers (-n N --dist loadfile: a test file stays in one worker, so its
    # module's builds are made once). TAWSIYAT_TEST_WORKERS=N sets N (0: one process); arguments
    # that choose the workers (-n N, --dist, -p no:xdist) replace this.
    workers="${TAWSIYAT_TEST_WORKERS:-$(( $(nproc 2>/dev/null || echo 2) / 2 ))}"
    if [ "$workers" -ge 2 ]; then workers=(-n "$workers" --dist loadfile); else workers=(); fi
    for arg in "$@"; do
      case "$arg" in -n|-n*|--numprocesses*|--dist*|no:xdist|-pno:xdist) workers=() ;; esac
    done
    exec "$PY" -m pytest ${workers[@]+"${workers[@]}"} "$@" ;;
  ""|help|-h|--help)
    # the list of commands is the header of this file: one place to keep it
    sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
    [ -n "$command" ] || exit 2 ;;
  *)
    echo "scripts/dev.sh: unknown command '$command'; the commands are:" >&2
    sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
    exit 2 ;;
esac
