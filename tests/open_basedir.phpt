--TEST--
open_basedir: Store creates nothing outside it, and a CA file outside it is refused whether it exists or not
--EXTENSIONS--
totalgest
--SKIPIF--
<?php
if (PHP_OS_FAMILY !== 'Linux') {
    die('skip Linux only: checks the file system through test(1)');
}
?>
--INI--
open_basedir={PWD}:{TMP}/tg-open-basedir
--FILE--
<?php
use TotalGest\{Config, Store};

// The allowed folder is fixed by --INI--; the files of this run get unique names inside it.
$inside = sys_get_temp_dir() . '/tg-open-basedir';
$run = getmypid() . '-' . bin2hex(random_bytes(4));
$outside = sys_get_temp_dir() . "/tg-open-basedir-outside-$run";
$elsewhere = sys_get_temp_dir() . "/tg-open-basedir-elsewhere-$run";
// open_basedir keeps this script from making its own folder and from looking outside it: the
// shell does those, and cleans up.
exec('mkdir -p -m 700 ' . escapeshellarg("$inside/$run") . ' ' . escapeshellarg("$elsewhere/a/b"));
register_shutdown_function(function () use ($inside, $outside, $elsewhere, $run): void {
    exec('rm -rf ' . escapeshellarg("$inside/$run") . ' ' . escapeshellarg($outside) . ' ' . escapeshellarg($elsewhere));
    @rmdir($inside);
});
function exists(string $path): string
{
    exec('test -e ' . escapeshellarg($path), $output, $status);
    return $status === 0 ? 'exists' : 'absent';
}
function attempt(callable $make): void
{
    try {
        $made = $make();
        echo 'ok: ', $made instanceof Store ? basename($made->path()) : 'config', "\n";
    } catch (TotalGest\Exception $e) {
        echo get_class($e), ': ', str_replace(sys_get_temp_dir(), '{TMP}', $e->getMessage()), "\n";
        if ($e instanceof TotalGest\ValidationException && $e->errors()) {
            echo '  ', json_encode($e->errors()), "\n";
        }
    }
}

echo "Store:\n";
attempt(fn () => new Store("$inside/$run/folder/store.sqlite"));
attempt(fn () => new Store("$outside/folder/store.sqlite"));
attempt(fn () => new Store("sqlite:$outside/folder/store.sqlite"));
attempt(fn () => new Store("$inside/$run/../../tg-open-basedir-outside-$run/store.sqlite"));
exec('ln -s ' . escapeshellarg($outside) . ' ' . escapeshellarg("$inside/$run/link"));
attempt(fn () => new Store("$inside/$run/link/store.sqlite"));
ini_set('totalgest.store', "$outside/from-ini.sqlite");
attempt(fn () => new Store());
echo 'outside folder: ', exists($outside), "\n";
// The kernel resolves "deep/.." to the parent of the link's target, and so does the check.
exec('ln -s ' . escapeshellarg("$elsewhere/a/b") . ' ' . escapeshellarg("$inside/$run/deep"));
attempt(fn () => new Store("$inside/$run/deep/../x/store.sqlite"));
echo 'made elsewhere: ', exists("$elsewhere/a/x"), "\n";

echo "Config ca_file:\n";
$ca = "$inside/$run/ca.pem";
file_put_contents($ca, "not checked before the first request\n");
$config = fn (array $options) => new Config('1001', '7', 'tg00.bweb.ch', 'shop', 'pw', $options);
attempt(fn () => $config(['ca_file' => $ca]));
// libcurl reads the file at each request: a relative path is pinned to the one checked.
chdir("$inside/$run");
echo 'relative path pinned: ', $config(['ca_file' => 'ca.pem'])->options()['ca_file'] === $ca ? 'yes' : 'no', "\n";
// The same answer for a file that exists, one that exists but is secret, and one that does not.
attempt(fn () => $config(['ca_file' => '/etc/passwd']));
attempt(fn () => $config(['ca_file' => '/etc/shadow']));
attempt(fn () => $config(['ca_file' => '/nonexistent/ca.pem']));
attempt(fn () => Config::fromArray(['business_id' => '1001', 'owner_id' => '7', 'endpoint' => 'tg00.bweb.ch',
    'username' => 'shop', 'password' => 'pw', 'options' => ['ca_file' => '/etc/passwd']]));
// The INI default counts when the option is absent, and only then.
ini_set('totalgest.ca_file', '/etc/passwd');
attempt(fn () => $config([]));
attempt(fn () => $config(['ca_file' => $ca]));
attempt(fn () => $config(['ca_file' => '']));
ini_set('totalgest.ca_file', $ca);
attempt(fn () => $config([]));
?>
--EXPECTF--
Store:
ok: store.sqlite
TotalGest\ValidationException: The store {TMP}/tg-open-basedir-outside-%s/folder/store.sqlite is outside the directories allowed by open_basedir
TotalGest\ValidationException: The store {TMP}/tg-open-basedir-outside-%s/folder/store.sqlite is outside the directories allowed by open_basedir
TotalGest\ValidationException: The store {TMP}/tg-open-basedir/%s/../../tg-open-basedir-outside-%s/store.sqlite is outside the directories allowed by open_basedir
TotalGest\ValidationException: The store {TMP}/tg-open-basedir/%s/link/store.sqlite is outside the directories allowed by open_basedir
TotalGest\ValidationException: The store {TMP}/tg-open-basedir-outside-%s/from-ini.sqlite is outside the directories allowed by open_basedir
outside folder: absent
TotalGest\ValidationException: The store {TMP}/tg-open-basedir/%s/deep/../x/store.sqlite is outside the directories allowed by open_basedir
made elsewhere: absent
Config ca_file:
ok: config
relative path pinned: yes
TotalGest\ValidationException: Invalid TotalGest settings: options.ca_file: is outside the directories allowed by open_basedir
  {"options.ca_file":"is outside the directories allowed by open_basedir"}
TotalGest\ValidationException: Invalid TotalGest settings: options.ca_file: is outside the directories allowed by open_basedir
  {"options.ca_file":"is outside the directories allowed by open_basedir"}
TotalGest\ValidationException: Invalid TotalGest settings: options.ca_file: is outside the directories allowed by open_basedir
  {"options.ca_file":"is outside the directories allowed by open_basedir"}
TotalGest\ValidationException: Invalid TotalGest settings: options.ca_file: is outside the directories allowed by open_basedir
  {"options.ca_file":"is outside the directories allowed by open_basedir"}
TotalGest\ValidationException: Invalid TotalGest settings: options.ca_file: comes from totalgest.ca_file, which is outside the directories allowed by open_basedir
  {"options.ca_file":"comes from totalgest.ca_file, which is outside the directories allowed by open_basedir"}
ok: config
ok: config
ok: config
