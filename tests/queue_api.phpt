--TEST--
TotalGest\Queue and Client::exportOrder()/findOrder(): the class, its arguments, and one order straight to TotalGest
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/queue.inc';
$sim = tg_sim_start();
$client = tg_q_client($sim);

$class = new ReflectionClass(TotalGest\Queue::class);
echo 'final: ', var_export($class->isFinal(), true), ', cloneable: ', var_export($class->isCloneable(), true), "\n";
// The queue keeps its store open even when the caller drops it.
$queue = new TotalGest\Queue(new TotalGest\Store(tg_q_store_path()));
gc_collect_cycles();
echo json_encode($queue->stats()), "\n";
foreach ([
    fn () => serialize($queue),
    fn () => $queue->dynamic = 1,
    fn () => $queue->__construct(new TotalGest\Store(tg_q_store_path())),
    fn () => $queue->process($client, 0),
    fn () => $queue->process($client, 10, 0.0),
    fn () => $queue->process($client, 10, NAN),
    fn () => $queue->failed(0),
    fn () => $queue->retry('A', []),
    fn () => $client->findOrder(''),
] as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo 'retry of unknown orders, int ids accepted: ', $queue->retry('nope', 42), "\n";

echo "exportOrder:\n";
$first = $client->exportOrder(tg_q_order(501));
echo json_encode($first), "\n";
echo json_encode($client->exportOrder(tg_q_order(501, ['notes' => 'sent again']))), "\n";
echo json_encode($client->findOrder('501')), "\n";
var_dump($client->findOrder('502'));
try {
    $client->exportOrder(tg_q_refused_order(503));
} catch (TotalGest\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $client->exportOrder(tg_q_order(504, ['total' => 35]));
    echo "an int amount is exact: accepted\n";
    $client->exportOrder(tg_q_order(505, ['total' => 35.0]));
} catch (TotalGest\ValidationException $e) {
    echo json_encode($e->errors()), "\n";
}
echo json_encode(tg_q_received($sim)), "\n";
?>
--EXPECT--
final: true, cloneable: false
{"pending":0,"retrying":0,"running":0,"failed":0,"exported":0,"oldest_pending_age_s":0}
Exception: Serialization of 'TotalGest\Queue' is not allowed
Error: Cannot create dynamic property TotalGest\Queue::$dynamic
Error: TotalGest\Queue cannot be constructed twice
ValueError: TotalGest\Queue::process(): Argument #2 ($limit) must be greater than 0
ValueError: TotalGest\Queue::process(): Argument #3 ($timeBudget) must be a positive number of seconds
ValueError: TotalGest\Queue::process(): Argument #3 ($timeBudget) must be a positive number of seconds
ValueError: TotalGest\Queue::failed(): Argument #1 ($limit) must be greater than 0
TypeError: TotalGest\Queue::retry(): Argument #2 must be of type string, array given
ValueError: TotalGest\Client::findOrder(): Argument #1 ($externalRef) must be a non-empty shop order id without NUL bytes
retry of unknown orders, int ids accepted: 0
exportOrder:
{"id":"O-000001","number":"2026-000001","duplicate":false}
{"id":"O-000001","number":"2026-000001","duplicate":true}
{"id":"O-000001","number":"2026-000001"}
NULL
TotalGest\Exception: VAT number rejected
an int amount is exact: accepted
{"total":"must be a decimal string such as \"12.50\", not a float: money and rates are never floats"}
{"501":1,"504":1}
