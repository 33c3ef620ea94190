#!/bin/sh
# Installs what the browser test (tests/web/test_browser.py) drives: Debian's chromium and
# chromium-driver, and a CJK font so that screenshots show Chinese. The Selenium/Playwright
# browser downloads do not work offline, so the browser comes from apt. Safe to rerun.
set -eu

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
   && fc-list :lang=zh 2>/dev/null | grep -q .; then
    echo "chromium, chromedriver and a CJK font are installed"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    run_as_root=""
elif command -v sudo >/dev/null 2>&1; then
    run_as_root="sudo"
else
    echo "install_browser.sh: need root (or sudo) to apt-get install chromium chromium-driver" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$run_as_root apt-get update
$run_as_root apt-get install -y chromium chromium-driver fonts-wqy-microhei
chromium --version
chromedriver --version
