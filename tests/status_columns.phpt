--TEST--
Status: rows for a page of products and orders, labels in several languages, escaped badges
--EXTENSIONS--
totalgest
sqlite3
--FILE--
<?php
use TotalGest\Status;

$path = sys_get_temp_dir() . '/tg-status-' . getmypid() . '.sqlite';
$store = new TotalGest\Store($path);
$db = new SQLite3($path);
$db->exec("INSERT INTO products (external_id, shop_id, state, synced_at, active) VALUES ('P0000001', '11', 'synced', 1795857300, 1)");
$db->exec("INSERT INTO products (external_id, shop_id, state, synced_at, active) VALUES ('P0000002', '12', 'synced', 1795857300, 0)");
$db->exec("INSERT INTO products (external_id, shop_id, state, message) VALUES ('P0000003', '13', 'error', 'Upsert failed: <b>disk full</b>')");
$db->exec("INSERT INTO orders (shop_id, payload, state, tg_number, exported_at, created_at, updated_at) VALUES ('1001', '{}', 'exported', '2026-000001', 1795857300, 0, 0)");
$db->exec("INSERT INTO orders (shop_id, payload, state, created_at, updated_at) VALUES ('1002', '{}', 'pending', 0, 0)");
$db->exec("INSERT INTO orders (shop_id, payload, state, error_message, created_at, updated_at) VALUES ('1003', '{}', 'failed', 'VAT number rejected', 0, 0)");
$db->close();

$status = new Status($store);
foreach ($status->products([11, '12', '13', '14']) as $id => $row) {
    echo "product $id: ", json_encode($row), "\n";
}
foreach ($status->orders(['1001', '1002', '1003', 'web-77']) as $id => $row) {
    echo "order $id: ", json_encode($row), "\n";
}
echo $status->badge('product', '13', 'es'), "\n";
echo $status->badge('order', '1001', 'it'), "\n";
echo $status->badge('order', 'never-seen', 'en'), "\n";

foreach (['es', 'it', 'en', 'de_CH', 'fr'] as $locale) {
    echo $locale, ': ', implode(' | ', array_map(fn ($state) => Status::label($state, $locale),
        [Status::SYNCED, Status::PENDING, Status::ERROR, Status::NOT_CONNECTED])), "\n";
}
echo Status::label(Status::NOT_CONNECTED), "\n";

foreach ([fn () => Status::label('done'), fn () => $status->badge('invoice', '1'), fn () => $status->products([1.5, null, "a\0b"])] as $bad) {
    try {
        $bad();
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--CLEAN--
<?php
foreach (glob(sys_get_temp_dir() . '/tg-status-' . getmypid() . '.sqlite*') as $file) {
    unlink($file);
}
?>
--EXPECT--
product 11: {"state":"synced","external_id":"P0000001","synced_at":"2026-11-28T09:15:00+00:00","message":null}
product 12: {"state":"synced","external_id":"P0000002","synced_at":"2026-11-28T09:15:00+00:00","message":"Deactivated in TotalGest"}
product 13: {"state":"error","external_id":"P0000003","synced_at":null,"message":"Upsert failed: <b>disk full<\/b>"}
product 14: {"state":"not_connected","external_id":null,"synced_at":null,"message":null}
order 1001: {"state":"synced","external_id":"2026-000001","synced_at":"2026-11-28T09:15:00+00:00","message":null}
order 1002: {"state":"pending","external_id":null,"synced_at":null,"message":null}
order 1003: {"state":"error","external_id":null,"synced_at":null,"message":"VAT number rejected"}
order web-77: {"state":"not_connected","external_id":null,"synced_at":null,"message":null}
<span class="tg-status tg-status--error" data-tg-state="error" title="TotalGest P0000003: Upsert failed: &lt;b&gt;disk full&lt;/b&gt;">Error <small class="tg-status__reason">Upsert failed: &lt;b&gt;disk full&lt;/b&gt;</small></span>
<span class="tg-status tg-status--synced" data-tg-state="synced" title="TotalGest 2026-000001, 2026-11-28T09:15:00+00:00">Sincronizzato <small class="tg-status__ref">2026-000001</small></span>
<span class="tg-status tg-status--not_connected" data-tg-state="not_connected">Not connected</span>
es: Sincronizado | Pendiente | Error | No conectado
it: Sincronizzato | In attesa | Errore | Non collegato
en: Synced | Pending | Error | Not connected
de_CH: Synchronisiert | Ausstehend | Fehler | Nicht verbunden
fr: Synchronisé | En attente | Erreur | Non connecté
No conectado
ValueError: TotalGest\Status::label(): Argument #1 ($state) must be one of the Status constants
ValueError: TotalGest\Status::badge(): Argument #1 ($kind) must be "product" or "order"
TotalGest\ValidationException: Invalid shop ids: 3 fields are invalid (shopIds.0: must be a string or an integer, not float, ...)
