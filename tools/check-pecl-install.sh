#!/usr/bin/env bash
# End-to-end check of the PECL package, as a user gets it:
#   1. package.xml is in step with the tree (tools/check-package.php);
#   2. `pecl package` packs the files package.xml lists (copied to a temporary folder, so no
#      archive lands in the repository) into totalgest-<version>.tgz;
#   3. `pecl install` builds it (phpize, configure, make) and installs it: totalgest.so into PHP's
#      extension folder, tests and docs under PEAR's test_dir and doc_dir, the package in PEAR's
#      registry. Nothing enables it in php.ini;
#   4. the installed totalgest.so loads with `php -n` without a warning and reports the package
#      version; the tests as installed pass against it (run with php's run-tests.php, from a copy:
#      PEAR's own `pecl run-tests` ignores --EXTENSIONS--); the C unit tests pass from the archive;
#   5. `pecl uninstall` removes it all again; if a step fails half-way, the exit handler does.
# It refuses to run when totalgest is already installed in PHP's extension folder or registered
# with pecl, and never touches such an install. Needs root (or write access to PHP's extension
# folder and PEAR's folders), php, pecl and pear (php-pear), phpize and php-config (php-dev), a C
# compiler and the -dev packages of libcurl, json-c and sqlite3: ./dev build installs them all.
# PEAR ignores a private ext_dir for built extensions (it installs where php-config says), which
# is why this installs for real and uninstalls, instead of installing into a private layout.
# Prints "N passed, N failed" and exits 1 when a step failed.
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tg-pecl-XXXXXX")
# A user configuration layer with only PEAR's scratch folders, so that concurrent runs never
# share a build folder; every other setting is the machine's.
PEAR_CONF="$WORK/pear.conf"
INSTALLED=0
CREATED_DIRS=()   # PEAR folders the install made; removed again when empty
PASSED=0
FAILED=0

pecl_run() { pecl -c "$PEAR_CONF" "$@"; }

# pecl uninstall leaves the (then empty) test_dir and doc_dir it made: remove those.
remove_created_dirs() {
    local dir
    for dir in "${CREATED_DIRS[@]}"; do
        rmdir "$dir" 2>/dev/null
    done
    CREATED_DIRS=()
}

cleanup() {
    if [ "$INSTALLED" -eq 1 ]; then
        # A step failed between install and uninstall: put the machine back as it was.
        pecl_run uninstall totalgest >/dev/null 2>&1 || pecl_run uninstall -r totalgest >/dev/null 2>&1
        rm -f "$EXT_DIR/totalgest.so"
    fi
    remove_created_dirs
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pass() { echo "ok   $1"; PASSED=$((PASSED + 1)); }
# fail DESCRIPTION [LOG]: counts a failure and shows the end of the log.
fail() {
    echo "FAIL $1"
    FAILED=$((FAILED + 1))
    if [ -n "${2:-}" ] && [ -f "$2" ]; then tail -n 25 "$2" | sed 's/^/     /'; fi
}
finish() {
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ]
    exit
}

for tool in php pecl pear phpize php-config make tar; do
    if ! command -v "$tool" >/dev/null; then
        fail "$tool is not installed (./dev build installs what is needed)"
        finish
    fi
done
EXT_DIR=$(php-config --extension-dir)

# 1. The file list.
if php "$ROOT/tools/check-package.php" >"$WORK/check.log" 2>&1; then
    pass "package.xml lists every file to ship"
else
    fail "package.xml is not in step with the tree (php tools/update-package.php)" "$WORK/check.log"
fi

for key in temp_dir cache_dir download_dir; do
    pear -c "$PEAR_CONF" config-set "$key" "$WORK/pear-$key" >>"$WORK/config.log" 2>&1
done
PHP_DIR=$(pecl_run config-get php_dir)
TEST_DIR=$(pecl_run config-get test_dir)
DOC_DIR=$(pecl_run config-get doc_dir)

# 2. pecl package, from a copy holding only package.xml and the files it lists.
VERSION=$(php -r '$x = simplexml_load_file($argv[1]); echo $x->version->release;' "$ROOT/package.xml")
mkdir -p "$WORK/tree"
php -r 'require $argv[1]; echo implode("\n", array_keys(tg_package_read($argv[2])["files"])), "\n";' \
    "$ROOT/tools/package-files.inc" "$ROOT/package.xml" >"$WORK/files.txt"
if (cd "$ROOT" && tar -cf - package.xml -T "$WORK/files.txt") | tar -C "$WORK/tree" -xf - 2>"$WORK/copy.log" \
    && (cd "$WORK/tree" && pecl_run package package.xml) >"$WORK/package.log" 2>&1 \
    && [ -f "$WORK/tree/totalgest-$VERSION.tgz" ]; then
    mv "$WORK/tree/totalgest-$VERSION.tgz" "$WORK/"
    pass "pecl package made totalgest-$VERSION.tgz ($(grep -c . "$WORK/files.txt") files)"
else
    cat "$WORK/copy.log" >>"$WORK/package.log"
    fail "pecl package" "$WORK/package.log"
    finish
fi
ARCHIVE="$WORK/totalgest-$VERSION.tgz"

tar -tzf "$ARCHIVE" | grep -v '^package.xml$' | sed "s#^totalgest-$VERSION/##" | sort >"$WORK/archived.txt"
if sort "$WORK/files.txt" | cmp -s - "$WORK/archived.txt"; then
    pass "the archive holds package.xml and exactly the files it lists"
else
    sort "$WORK/files.txt" | diff - "$WORK/archived.txt" >"$WORK/archived.diff"
    fail "the archive does not hold exactly the listed files" "$WORK/archived.diff"
fi

# The C unit tests, from the unpacked archive (they build ../../src, which PEAR does not install).
mkdir -p "$WORK/unpacked"
if tar -C "$WORK/unpacked" -xzf "$ARCHIVE" \
    && make -s -C "$WORK/unpacked/totalgest-$VERSION/tests/c" check BUILD="$WORK/ctest" >"$WORK/ctest.log" 2>&1; then
    pass "the C unit tests pass from the unpacked archive"
else
    fail "the C unit tests from the unpacked archive" "$WORK/ctest.log"
fi

# 3. pecl install, only where no totalgest is installed; one run at a time (lock on the folder).
exec 9<"$EXT_DIR"
if command -v flock >/dev/null; then flock 9; fi
if [ ! -w "$EXT_DIR" ] || [ ! -w "$PHP_DIR" ]; then
    fail "pecl install needs write access to $EXT_DIR and $PHP_DIR (run as root)"
    finish
fi
if [ -e "$EXT_DIR/totalgest.so" ] || pecl_run list 2>/dev/null | grep -q '^totalgest '; then
    fail "totalgest is already installed ($EXT_DIR/totalgest.so or pecl list): not touching it"
    finish
fi
if php -m 2>/dev/null | grep -qx totalgest; then
    fail "php.ini already loads a totalgest module: pecl install refuses to replace a loaded extension"
    finish
fi

for dir in "$TEST_DIR" "$DOC_DIR"; do
    [ -d "$dir" ] || CREATED_DIRS+=("$dir")
done
INSTALLED=1
if MAKE="make -j$(nproc 2>/dev/null || echo 2)" pecl_run install "$ARCHIVE" >"$WORK/install.log" 2>&1 \
    && [ -f "$EXT_DIR/totalgest.so" ]; then
    pass "pecl install built it and installed $EXT_DIR/totalgest.so"
else
    fail "pecl install" "$WORK/install.log"
    finish
fi
SO="$EXT_DIR/totalgest.so"

# A release build has no developer flags; it should still compile without a warning.
if grep -E '\.[ch]:[0-9]+:[0-9]+: warning:' "$WORK/install.log" >"$WORK/warnings.log"; then
    fail "the release build prints compiler warnings" "$WORK/warnings.log"
else
    pass "the release build prints no compiler warning"
fi

if [ -f "$TEST_DIR/totalgest/tests/module_loads.phpt" ] && [ -f "$TEST_DIR/totalgest/tools/simulator/server.php" ] \
    && [ -f "$DOC_DIR/totalgest/LICENSE" ]; then
    pass "tests, simulator and docs installed under $TEST_DIR/totalgest and $DOC_DIR/totalgest"
else
    fail "tests, simulator or docs missing under $TEST_DIR/totalgest or $DOC_DIR/totalgest" "$WORK/install.log"
fi

# 4. The installed module loads, without a warning, and is this release.
if php -n -d extension="$SO" --ri totalgest >"$WORK/load.log" 2>&1 \
    && grep -q 'TotalGest support => enabled' "$WORK/load.log" \
    && ! grep -qiE 'warning|error|deprecated|notice' "$WORK/load.log"; then
    pass "php -n -d extension=totalgest.so loads it without a warning"
else
    fail "the installed module does not load cleanly" "$WORK/load.log"
fi

loaded_version=$(php -n -d extension="$SO" -r 'echo phpversion("totalgest");' 2>&1)
if [ "$loaded_version" = "$VERSION" ]; then
    pass "the installed module reports version $VERSION"
else
    fail "the installed module reports version '$loaded_version', the package is $VERSION"
fi

# The tests as installed (tests/ next to tools/simulator/), run from a copy so that run-tests.php
# writes nothing into PEAR's test_dir.
RUN_TESTS="$EXT_DIR/build/run-tests.php"
if [ ! -f "$RUN_TESTS" ]; then
    fail "run-tests.php not found at $RUN_TESTS (php-dev)"
elif ! cp -R "$TEST_DIR/totalgest" "$WORK/installed-tests" 2>"$WORK/phpt.log"; then
    fail "no installed tests to copy from $TEST_DIR/totalgest" "$WORK/phpt.log"
else
    status=0
    TEST_PHP_EXECUTABLE=$(command -v php) REPORT_EXIT_STATUS=1 NO_INTERACTION=1 \
        php "$RUN_TESTS" -q --show-diff -j2 -d extension="$SO" "$WORK/installed-tests/tests" \
        >"$WORK/phpt.log" 2>&1 || status=$?
    tests_passed=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$WORK/phpt.log" | tail -n 1)
    tests_failed=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$WORK/phpt.log" | tail -n 1)
    tests_skipped=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$WORK/phpt.log" | tail -n 1)
    # A skipped test counts as a failure, as in ./dev test: the installed copy must be complete.
    if [ "$status" -eq 0 ] && [ "${tests_passed:-0}" -gt 0 ] \
        && [ "${tests_failed:-0}" -eq 0 ] && [ "${tests_skipped:-0}" -eq 0 ]; then
        pass "the installed .phpt tests pass against the installed module (${tests_passed} tests)"
    else
        grep -E '^(FAIL|SKIP|BORK|LEAK)' "$WORK/phpt.log" >"$WORK/phpt-failures.log" || true
        tail -n 12 "$WORK/phpt.log" >>"$WORK/phpt-failures.log"
        fail "the installed .phpt tests: ${tests_passed:-0} passed, ${tests_failed:-?} failed, ${tests_skipped:-?} skipped" \
            "$WORK/phpt-failures.log"
    fi
fi

# 5. pecl uninstall removes the module, its files and its registration.
if pecl_run uninstall totalgest >"$WORK/uninstall.log" 2>&1 \
    && [ ! -e "$SO" ] && [ ! -e "$TEST_DIR/totalgest/tests/module_loads.phpt" ] \
    && ! pecl_run list 2>/dev/null | grep -q '^totalgest '; then
    INSTALLED=0
    remove_created_dirs
    pass "pecl uninstall removed it"
else
    fail "pecl uninstall" "$WORK/uninstall.log"
fi

finish
