<?php
// Checks package.xml against the tree:
//  - it lists exactly the files to ship, each with its role, by the rules of
//    tools/package-files.inc (so a new file without an entry fails);
//  - every file of the tree matches a rule (so a new kind of file needs a decision);
//  - its release version is PHP_TOTALGEST_VERSION of ext/php_totalgest.h;
//  - `pecl package-validate` accepts it, when pecl is installed (Debian: php-pear).
// Prints each problem and exits 1, or exits 0. ./dev test runs it.
//
//   php tools/check-package.php            the check
//   php tools/check-package.php --no-git   walk the folder tree even in a git checkout
//   php tools/check-package.php --list     also print each shipped file with its role
//
// Fix a stale file list with: php tools/update-package.php

declare(strict_types=1);

require __DIR__ . '/package-files.inc';

$root = dirname(__DIR__);
$packageXml = "$root/package.xml";
$options = array_slice($argv, 1);
$useGit = !in_array('--no-git', $options, true);
$list = in_array('--list', $options, true);
$problems = [];

if (!is_file($packageXml)) {
    fwrite(STDERR, "package.xml is missing\n");
    exit(1);
}

$scan = tg_package_scan($root, $useGit);
try {
    $package = tg_package_read($packageXml);
} catch (RuntimeException $e) {
    fwrite(STDERR, $e->getMessage() . "\n");
    exit(1);
}

foreach ($scan['unmatched'] as $path) {
    $problems[] = "no rule for $path: add one to TG_PACKAGE_RULES in tools/package-files.inc (a role, or null to leave it out)";
}
foreach (array_diff_key($scan['ship'], $package['files']) as $path => $role) {
    $problems[] = "missing from package.xml: $path (role $role)";
}
foreach (array_diff_key($package['files'], $scan['ship']) as $path => $role) {
    $problems[] = is_file("$root/$path")
        ? "listed in package.xml but not to be shipped: $path"
        : "listed in package.xml but not in the tree: $path";
}
foreach (array_intersect_key($scan['ship'], $package['files']) as $path => $role) {
    if ($package['files'][$path] !== $role) {
        $problems[] = "wrong role in package.xml: $path has role \"{$package['files'][$path]}\", the rules say \"$role\"";
    }
}
foreach ($package['duplicates'] as $path) {
    $problems[] = "listed twice in package.xml: $path";
}

$moduleVersion = tg_package_module_version($root);
if ($moduleVersion === '') {
    $problems[] = 'PHP_TOTALGEST_VERSION not found in ext/php_totalgest.h';
} elseif ($moduleVersion !== $package['version']) {
    $problems[] = "package.xml release version {$package['version']} is not PHP_TOTALGEST_VERSION $moduleVersion";
}

// pecl validates the schema (element order, roles, dependencies) and that each listed file exists.
// Its one expected warning is a <date> other than today's: <date> is set when releasing.
$pecl = trim((string) shell_exec('command -v pecl 2>/dev/null'));
$validated = false;
$notes = [];
if ($pecl !== '') {
    $output = [];
    $status = 0;
    exec('cd ' . escapeshellarg($root) . ' && ' . escapeshellarg($pecl) . ' package-validate package.xml 2>&1', $output, $status);
    $complaints = [];
    $summary = false;
    foreach ($output as $line) {
        if (preg_match('/^Validation: \d+ error\(s\), \d+ warning\(s\)/', $line)) {
            $summary = true;
        } elseif (preg_match('/Release Date "[^"]*" is not today/', $line)) {
            $notes[] = 'the <date> of package.xml is not today (set it when releasing)';
        } elseif (trim($line) !== '') {
            $complaints[] = $line;
        }
    }
    if ($status !== 0 || !$summary || $complaints !== []) {
        $problems[] = "pecl package-validate package.xml does not accept it:\n  " . implode("\n  ", $output);
    }
    $validated = true;
}

if ($list) {
    foreach ($scan['ship'] as $path => $role) {
        printf("%-5s %s\n", $role, $path);
    }
}

if ($problems !== []) {
    foreach ($problems as $problem) {
        fwrite(STDERR, "$problem\n");
    }
    if (array_diff_key($scan['ship'], $package['files']) !== [] || array_diff_key($package['files'], $scan['ship']) !== []) {
        fwrite(STDERR, "Run php tools/update-package.php to rewrite the file list.\n");
    }
    fprintf(STDERR, "package.xml: %d problem(s)\n", count($problems));
    exit(1);
}
printf("package.xml: %d files in step with %s, version %s%s\n", count($scan['ship']), $scan['source'],
    $package['version'], $validated ? ', accepted by pecl package-validate' : ' (pecl not installed: schema not validated)');
foreach ($notes as $note) {
    echo "note: $note\n";
}
exit(0);
