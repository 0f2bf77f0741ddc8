#!/usr/bin/env bash
# Set up and run Tawsiyat on a fresh Debian machine that has Python 3.11.
#   scripts/dev.sh serve   install the site's packages, build and serve at http://127.0.0.1:8000/
#   scripts/dev.sh test    install the site's and the tests' packages (and Debian's chromium
#                          when it is missing), then run the whole test suite
#   scripts/dev.sh check   the validation checks only (what pre-commit runs)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  command -v apt-get >/dev/null || { echo "apt-get not found: install $* by hand" >&2; return 1; }
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

setup() {  # $1: requirements file
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV" 2>/dev/null || { apt_install python3-venv && python3 -m venv "$VENV"; }
  fi
  "$PY" -m pip install -q --disable-pip-version-check --upgrade pip
  "$PY" -m pip install -q --disable-pip-version-check -r "$1"
}

case "${1:-}" in
  serve)
    setup requirements.txt
    exec "$VENV/bin/mkdocs" serve --dev-addr 127.0.0.1:8000 ;;
  test)
    shift
    setup requirements-test.txt
    command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || apt_install chromium
    exec "$PY" -m pytest "$@" ;;
  check)
    shift
    setup requirements.txt
    exec "$PY" scripts/tawsiyat.py check "$@" ;;
  *)
    echo "usage: scripts/dev.sh serve|test|check" >&2; exit 2 ;;
esac
