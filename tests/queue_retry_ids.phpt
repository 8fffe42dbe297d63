--TEST--
Queue::retry() refuses an empty id or one with a NUL byte, and then moves no order at all
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/queue.inc';
$storePath = tg_q_store_path();
$queue = new TotalGest\Queue(new TotalGest\Store($storePath));
$queue->enqueueOrder(tg_q_order('A'));
$queue->enqueueOrder(tg_q_order('B'));
// Both failed for good, as after a refusal by TotalGest: no server needed.
(new PDO('sqlite:' . $storePath))->exec("UPDATE orders SET state = 'failed', error_code = 'rejected'");

foreach ([["A\0garbage"], [''], ['B', "A\0"], ['B', 42, '']] as $ids) {
    try {
        $moved = $queue->retry(...$ids);
        echo "moved $moved\n";
    } catch (TotalGest\ValidationException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n  ", json_encode($e->errors()), "\n";
    }
}
echo json_encode(array_column(tg_q_rows($storePath), 'state', 'shop_id')), "\n";
echo 'moved ', $queue->retry('A'), "\n";
echo json_encode(array_column(tg_q_rows($storePath), 'state', 'shop_id')), "\n";
?>
--EXPECT--
TotalGest\ValidationException: TotalGest\Queue::retry(): Argument #1 ($orderIds) must be a non-empty shop order id without NUL bytes
  {"orderIds[0]":"must be a non-empty shop order id without NUL bytes"}
TotalGest\ValidationException: TotalGest\Queue::retry(): Argument #1 ($orderIds) must be a non-empty shop order id without NUL bytes
  {"orderIds[0]":"must be a non-empty shop order id without NUL bytes"}
TotalGest\ValidationException: TotalGest\Queue::retry(): Argument #2 ($orderIds) must be a non-empty shop order id without NUL bytes
  {"orderIds[1]":"must be a non-empty shop order id without NUL bytes"}
TotalGest\ValidationException: TotalGest\Queue::retry(): Argument #3 ($orderIds) must be a non-empty shop order id without NUL bytes
  {"orderIds[2]":"must be a non-empty shop order id without NUL bytes"}
{"A":"failed","B":"failed"}
moved 1
{"A":"pending","B":"failed"}
