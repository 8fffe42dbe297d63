--TEST--
The reference Framework360 plugin: hooks, settings verification, status columns, order queue and the manual export report
--EXTENSIONS--
totalgest
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../examples/framework360-plugin/src/Plugin.php')) die("skip examples/framework360-plugin is not in this tree (not part of the PECL package)"); ?>
--FILE--
<?php
require __DIR__ . '/queue.inc';
foreach (glob(__DIR__ . '/../examples/framework360-plugin/src/*.php') as $file) {
    require_once $file;
}

/** Framework360 reduced to what the plugin uses: settings, products and hooks in memory. */
final class MemoryHost implements TotalGestPlugin\HostAdapter
{
    public ?array $settings = null;
    public array $products = [];
    public array $hooks = [];
    public array $notices = [];

    public function __construct(private readonly bool $ecommerceActive) {}
    public function isEcommerceActive(): bool { return $this->ecommerceActive; }
    public function loadSettings(): ?array { return $this->settings; }
    public function saveSettings(array $settings): void { $this->settings = $settings; }
    public function saveProduct(array $product): string
    {
        $this->products[$product['external_id']] = $product;
        return 'shop-' . $product['external_id'];
    }
    public function onOrderCompleted(callable $listener): void { $this->hooks['order_completed'] = $listener; }
    public function addProductListColumn(string $title, callable $renderCells): void { $this->hooks["products:$title"] = $renderCells; }
    public function addOrderListColumn(string $title, callable $renderCells): void { $this->hooks["orders:$title"] = $renderCells; }
    public function addOrderBulkAction(string $name, string $label, callable $handler): void { $this->hooks["bulk:$name:$label"] = $handler; }
    public function registerCron(string $name, callable $task): void { $this->hooks["cron:$name"] = $task; }
    public function addAdminNotice(string $level, string $message, array $details = []): void
    {
        $this->notices[] = "[$level] $message" . implode('', array_map(fn ($line) => "\n    $line", $details));
    }
    public function showNotices(): void
    {
        echo $this->notices === [] ? "(no notice)\n" : implode("\n", $this->notices) . "\n";
        $this->notices = [];
    }
}

function show_result(TotalGestPlugin\SettingsResult $result): void
{
    echo $result->saved ? 'saved: ' . $result->business['name'] : 'refused: ' . json_encode($result->error ?? $result->fieldErrors), "\n";
}

$sim = tg_sim_start(['products' => 3]);
$store = new TotalGest\Store(tg_q_store_path());
$form = ['business_id' => $sim['business'], 'owner_id' => $sim['owner'], 'endpoint' => $sim['url'],
    'username' => $sim['username'], 'password' => $sim['password']];

echo "-- without the e-commerce module\n";
$inactive = new MemoryHost(false);
(new TotalGestPlugin\Plugin($inactive, $store, 'en'))->register();
echo count($inactive->hooks), " hooks\n";
$inactive->showNotices();

echo "-- hooks\n";
$host = new MemoryHost(true);
$plugin = new TotalGestPlugin\Plugin($host, $store, 'en');
$plugin->register();
echo implode(', ', array_keys($host->hooks)), "\n";
echo "not connected yet: ", $host->hooks['orders:TotalGest'](['1'])['1'], "\n";
echo 'cron: ', json_encode($host->hooks['cron:totalgest']()), "\n";

echo "-- settings\n";
show_result($plugin->settingsForm()->save(['business_id' => ''] + $form));
show_result($plugin->settingsForm()->save(['password' => 'wrong'] + $form));
show_result($plugin->settingsForm()->save(['password' => ''] + $form));
show_result($plugin->settingsForm()->save(['owner_id' => ['7']] + $form));
// A 4xx answer to the login throws the base TotalGest\Exception: the form says why, no error page.
tg_sim_control($sim, 'POST', '/__sim/faults', ['rules' => [['kind' => 'status', 'status' => 400, 'path' => '/api/v1/auth', 'count' => 1]]]);
show_result($plugin->settingsForm()->save($form));
// A server that repeats the password in its error text: the reason shown has it masked.
$echoing = tg_web_start('<?php $sent = json_decode(file_get_contents("php://input"), true) ?: [];
    http_response_code(503); header("Content-Type: application/json"); header("X-TotalGest-Api: 1");
    echo json_encode(["error" => ["code" => "unavailable", "message" => "down for user " . ($sent["username"] ?? "?") . " with password " . ($sent["password"] ?? "?")]]);');
show_result($plugin->settingsForm()->save(['endpoint' => $echoing] + $form));
var_dump($host->settings);
show_result($plugin->settingsForm()->save($form));
echo 'saved endpoint: ', $host->settings['endpoint'], "\n";
show_result($plugin->settingsForm()->save(['password' => ''] + $form));
show_result($plugin->settingsForm()->save(['password' => '', 'endpoint' => 'http://localhost:1'] + $form));
echo 'password kept: ', var_export($host->settings['password'] === $sim['password'], true), "\n";

echo "-- cron\n";
$tick = $host->hooks['cron:totalgest']();
echo 'products: ', $tick['products'], "\n";
echo 'saved in the shop: ', implode(', ', array_keys($host->products)), "\n";
foreach ($host->hooks['products:TotalGest'](['shop-P0000001', 'gift-card']) as $id => $cell) {
    echo "$id: $cell\n";
}

echo "-- orders\n";
$host->hooks['order_completed'](tg_q_order('F1'));
$host->hooks['order_completed'](tg_q_order('F2', ['total' => 'lots']));
// An id that cannot be turned into text must not break the checkout either.
$host->hooks['order_completed'](tg_q_order('F4', ['id' => new stdClass()]));
$host->showNotices();
$host->hooks['bulk:totalgest_export:Export to TotalGest']([tg_q_order('F1'), tg_q_refused_order('F3')]);
$host->showNotices();
foreach ($host->hooks['orders:TotalGest'](['F1', 'F3', 'F9']) as $id => $cell) {
    echo "$id: $cell\n";
}
echo 'failed: ', implode(', ', array_column($plugin->queue()->failed(), 'id')), "\n";
echo 'retried: ', $plugin->retryAllFailed(), "\n";
?>
--EXPECTF--
-- without the e-commerce module
0 hooks
[warning] TotalGest does nothing: the e-commerce module is not active, so there are no products or orders to sync.
-- hooks
order_completed, products:TotalGest, orders:TotalGest, bulk:totalgest_export:Export to TotalGest, cron:totalgest
not connected yet: <span class="tg-status tg-status--not_connected" data-tg-state="not_connected">Not connected</span>
cron: {"skipped":"not connected: no TotalGest settings saved"}
-- settings
refused: {"business_id":"is required"}
refused: "TotalGest refused the username or password of user \"shop\""
refused: {"password":"is required"}
refused: {"owner_id":"must be a single text value"}
refused: "%s"
refused: "TotalGest is unavailable (HTTP 503): down for user shop with password [redacted]"
NULL
saved: Negozio Demo SA
saved endpoint: %s
saved: Negozio Demo SA
refused: {"password":"must be entered again: the endpoint or username changed"}
password kept: true
-- cron
products: 3 imported (3 new, 0 changed), 0 unchanged, 0 failed
saved in the shop: P0000001, P0000002, P0000003
shop-P0000001: <span class="tg-status tg-status--synced" data-tg-state="synced" title="TotalGest P0000001, %s">Synced <small class="tg-status__ref">P0000001</small></span>
gift-card: <span class="tg-status tg-status--not_connected" data-tg-state="not_connected">Not connected</span>
-- orders
[error] Order F2 was not queued for TotalGest: Invalid order: total: %s
    total: %s
[error] Order ? was not queued for TotalGest: Invalid order: id: %s
    id: %s
[warning] Export to TotalGest: 1 exported, 1 failed.
    Order F3: VAT number rejected (order_rejected)
F1: <span class="tg-status tg-status--synced" data-tg-state="synced" title="TotalGest %s">Synced <small class="tg-status__ref">%s</small></span>
F3: <span class="tg-status tg-status--error" data-tg-state="error" title="VAT number rejected">Error <small class="tg-status__reason">VAT number rejected</small></span>
F9: <span class="tg-status tg-status--not_connected" data-tg-state="not_connected">Not connected</span>
failed: F3
retried: 1
