<?php
// Rewrites the <contents> of package.xml from the tree, by the rules of tools/package-files.inc.
// The rest of package.xml (version, notes, dependencies, ...) is edited by hand.
// Run it after adding, renaming or removing a file, and before each commit:
//
//   php tools/update-package.php            rewrite <contents> (git checkout, or the folder tree)
//   php tools/update-package.php --no-git   walk the folder tree even in a git checkout
//
// Exits 1 without writing when a file matches no rule: add a rule for it first.

declare(strict_types=1);

require __DIR__ . '/package-files.inc';

$root = dirname(__DIR__);
$packageXml = "$root/package.xml";
$useGit = !in_array('--no-git', array_slice($argv, 1), true);

$scan = tg_package_scan($root, $useGit);
if ($scan['unmatched'] !== []) {
    foreach ($scan['unmatched'] as $path) {
        fwrite(STDERR, "no rule for $path: add one to TG_PACKAGE_RULES in tools/package-files.inc\n");
    }
    fwrite(STDERR, "package.xml not written\n");
    exit(1);
}

$text = file_get_contents($packageXml);
if ($text === false) {
    fwrite(STDERR, "cannot read $packageXml\n");
    exit(1);
}
$count = 0;
$updated = preg_replace('#^[ \t]*<contents>.*?</contents>#ms', tg_package_contents_xml($scan['ship']), $text, 1, $count);
if ($updated === null || $count !== 1) {
    fwrite(STDERR, "$packageXml has no <contents> element to replace\n");
    exit(1);
}

$before = tg_package_read($packageXml)['files'];
$added = array_diff_key($scan['ship'], $before);
$removed = array_diff_key($before, $scan['ship']);
$changedRole = array_diff_assoc(array_intersect_key($scan['ship'], $before), $before);

if ($updated === $text) {
    printf("package.xml already lists the %d files to ship (from %s)\n", count($scan['ship']), $scan['source']);
    exit(0);
}
if (file_put_contents($packageXml, $updated) === false) {
    fwrite(STDERR, "cannot write $packageXml\n");
    exit(1);
}
foreach ($added as $path => $role) {
    echo "+ $path ($role)\n";
}
foreach ($removed as $path => $role) {
    echo "- $path\n";
}
foreach ($changedRole as $path => $role) {
    echo "~ $path (role $before[$path] -> $role)\n";
}
printf("package.xml now lists %d files (from %s)\n", count($scan['ship']), $scan['source']);
