#!/usr/bin/env bash
# Developer tasks. On a fresh machine (Python 3.11, pip, apt) each task installs what it needs.
#   bash tasks.sh site          generate docs/ from seeds/ and build the site into site/
#   bash tasks.sh serve         generate and serve with live reload on http://127.0.0.1:8000/
#   bash tasks.sh test          run the whole test suite (installs Debian's chromium for browser tests)
#   bash tasks.sh golden        regenerate docs/ (the committed golden output) after a reviewed change
set -euo pipefail
cd "$(dirname "$0")"
VENV=.venv
PY=$VENV/bin/python
export NO_MKDOCS_2_WARNING=1

setup() {
  if [ ! -x "$PY" ]; then python3 -m venv "$VENV"; fi
  if ! "$PY" -c "import generator, mkdocs, material, pytest, hypothesis, playwright" 2>/dev/null \
     || [ pyproject.toml -nt "$VENV/.installed" ]; then
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q -e ".[test]"
    touch "$VENV/.installed"
  fi
}

chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium fonts-dejavu-core
  fi
}

case "${1:-}" in
  site)
    setup
    "$PY" -m generator build
    echo "Open site/index.html, or run: bash tasks.sh serve"
    ;;
  serve)
    setup
    "$PY" -m generator serve --dev-addr "${2:-127.0.0.1:8000}"
    ;;
  test)
    setup
    chromium
    shift || true
    "$PY" -m pytest -q "$@"
    ;;
  golden)
    setup
    "$PY" -m generator generate
    ;;
  *)
    sed -n '2,7p' "$0"; exit 2 ;;
esac
