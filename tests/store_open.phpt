--TEST--
Store: made with owner-only permissions, migrated once, INI default, clear errors for bad DSNs
--EXTENSIONS--
totalgest
--FILE--
<?php
$dir = sys_get_temp_dir() . '/tg-store-' . getmypid();
$path = "$dir/nested/store.sqlite";
$store = new TotalGest\Store("sqlite:$path");
echo $store->path() === $path ? "path kept\n" : "path changed\n";
printf("mode %o\n", fileperms($path) & 0777);
printf("folder mode %o\n", fileperms("$dir/nested") & 0777);
$db = new SQLite3($path);
echo 'journal ', $db->querySingle('PRAGMA journal_mode'), ', schema ', $db->querySingle('PRAGMA user_version'), "\n";
$db->close();
unset($store);
$again = new TotalGest\Store($path);
echo "reopened\n";

ini_set('totalgest.store', "$dir/from-ini.sqlite");
echo basename((new TotalGest\Store())->path()), "\n";

ini_set('totalgest.store', '');
foreach (['', 'mysql://db.example/shop', "/proc/nonexistent/x.sqlite"] as $dsn) {
    try {
        new TotalGest\Store($dsn);
    } catch (TotalGest\Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--CLEAN--
<?php
$dir = sys_get_temp_dir() . '/tg-store-' . getmypid();
array_map('unlink', glob("$dir/nested/*") ?: []);
array_map('unlink', glob("$dir/*.sqlite*") ?: []);
@rmdir("$dir/nested");
@rmdir($dir);
?>
--EXPECTF--
path kept
mode 600
folder mode 700
journal wal, schema 1
reopened
from-ini.sqlite
TotalGest\ValidationException: No store is configured: set totalgest.store
TotalGest\ValidationException: Unsupported store "mysql://db.example/shop": use a file path or sqlite:/path/to/file.sqlite
TotalGest\Exception: Cannot create the store folder /proc/nonexistent: %s
