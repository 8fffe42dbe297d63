--TEST--
Queue::process(): each fault class ends as specified, with its reason visible in failed(), and after a retry each order is in TotalGest exactly once
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/queue.inc';
$sim = tg_sim_start();
$storePath = tg_q_store_path();
$queue = new TotalGest\Queue(new TotalGest\Store($storePath));
// One attempt only: a retriable failure becomes final at once, so failed() shows its reason.
$once = tg_q_client($sim, ['max_attempts' => 1]);

// libcurl sends a request again by itself once when a reused connection dies without an answer:
// count 2 drops that repetition too.
$faults = [
    'server error' => ['kind' => 'status', 'status' => 503, 'count' => 1],
    'rate limit' => ['kind' => 'rate_limit', 'retry_after' => 1, 'count' => 1],
    'hang, no answer in time' => ['kind' => 'hang', 'seconds' => 3, 'count' => 1],
    'answer after the timeout (order made)' => ['kind' => 'latency', 'ms' => 2500, 'count' => 1],
    'dropped connection' => ['kind' => 'drop', 'count' => 2],
    'dropped after the order was made' => ['kind' => 'drop_after', 'count' => 2],
    'malformed answer' => ['kind' => 'malformed', 'count' => 1],
    'truncated answer (order made)' => ['kind' => 'truncated', 'count' => 1],
    'wrong content type' => ['kind' => 'wrong_content_type', 'count' => 1],
    'expired token' => ['kind' => 'expire_tokens', 'count' => 1],
];
$number = 0;
foreach ($faults as $label => $rule) {
    $id = 'F' . ++$number;
    $queue->enqueueOrder(tg_q_order($id));
    tg_q_fault($sim, $rule);
    echo "$label:\n  ", $queue->process($once), "\n";
    foreach ($queue->failed() as $failure) {
        if ($failure['id'] === $id) {
            echo "  failed(): {$failure['code']}: {$failure['message']}\n";
        }
    }
    tg_q_clear_faults($sim);
    if ($queue->retry($id) === 1) {
        $report = $queue->process($once);
        echo "  retried: $report (", tg_q_counts($report), ")\n";
    }
    echo '  in TotalGest: ', tg_q_received($sim)[$id] ?? 0, "\n";
}

echo "refused by TotalGest, with 8 attempts allowed:\n";
$client = tg_q_client($sim);
$queue->enqueueOrder(tg_q_refused_order('R1'));
echo '  ', $queue->process($client), "\n";
echo '  failed(): ', json_encode(array_values(array_filter($queue->failed(), fn ($f) => $f['id'] === 'R1'))[0]), "\n";
$queue->retry('R1');
echo '  retried: ', $queue->process($client), "\n";

echo "server error, with 8 attempts allowed:\n";
$queue->enqueueOrder(tg_q_order('S1'));
tg_q_fault($sim, ['kind' => 'status', 'status' => 502, 'count' => 1]);
$before = microtime(true);
echo '  ', $queue->process($client), "\n";
$row = (new PDO('sqlite:' . $storePath))->query("SELECT state, attempts, next_attempt_at FROM orders WHERE shop_id = 'S1'")->fetch();
printf("  %s after %d attempt, next one in 24 to 36 s: %s\n", $row['state'], $row['attempts'],
    $row['next_attempt_at'] - $before >= 24 && $row['next_attempt_at'] - $before <= 37 ? 'yes' : 'no');
tg_q_clear_faults($sim);

echo "rate limit with Retry-After: 1, with 8 attempts allowed:\n";
$queue->enqueueOrder(tg_q_order('L1'));
tg_q_fault($sim, ['kind' => 'rate_limit', 'retry_after' => 1, 'count' => 1]);
echo '  ', $queue->process($client), "\n";
echo '  at once: ', $queue->process($client), "\n";
usleep(1_200_000);
echo '  1.2 s later: ', $queue->process($client), "\n";
tg_q_show_stats($queue);
?>
--EXPECTF--
server error:
  0 exported, 1 failed: #F1 TotalGest is unavailable (HTTP 503): simulated server error (gave up after 1 attempt) (stopped early: TotalGest is unavailable (HTTP 503): simulated server error)
  failed(): server_error: TotalGest is unavailable (HTTP 503): simulated server error (gave up after 1 attempt)
  retried: 1 exported, 0 failed (exported=1)
  in TotalGest: 1
rate limit:
  0 exported, 1 failed: #F2 TotalGest asks to slow down (HTTP 429): too many requests (gave up after 1 attempt) (stopped early: TotalGest asked to slow down (HTTP 429))
  failed(): rate_limited: TotalGest asks to slow down (HTTP 429): too many requests (gave up after 1 attempt)
  retried: 1 exported, 0 failed (exported=1)
  in TotalGest: 1
hang, no answer in time:
  0 exported, 1 failed: #F3 TotalGest did not answer in time (Operation timed out after %d milliseconds with 0 bytes received) (gave up after 1 attempt) (stopped early: TotalGest did not answer in time (Operation timed out after %d milliseconds with 0 bytes received))
  failed(): timeout: TotalGest did not answer in time (Operation timed out after %d milliseconds with 0 bytes received) (gave up after 1 attempt)
  retried: 1 exported, 0 failed (exported=1)
  in TotalGest: 1
answer after the timeout (order made):
  0 exported, 1 failed: #F4 TotalGest did not answer in time (Operation timed out after %d milliseconds with 0 bytes received) (gave up after 1 attempt) (stopped early: TotalGest did not answer in time (Operation timed out after %d milliseconds with 0 bytes received))
  failed(): timeout: TotalGest did not answer in time (Operation timed out after %d milliseconds with 0 bytes received) (gave up after 1 attempt)
  retried: 1 exported, 0 failed (exported=1 recovered=1)
  in TotalGest: 1
dropped connection:
  0 exported, 1 failed: #F5 The connection to TotalGest was dropped without an answer (Empty reply from server) (gave up after 1 attempt) (stopped early: The connection to TotalGest was dropped without an answer (Empty reply from server))
  failed(): connection_dropped: The connection to TotalGest was dropped without an answer (Empty reply from server) (gave up after 1 attempt)
  retried: 1 exported, 0 failed (exported=1)
  in TotalGest: 1
dropped after the order was made:
  0 exported, 1 failed: #F6 The connection to TotalGest was dropped without an answer (Empty reply from server) (gave up after 1 attempt) (stopped early: The connection to TotalGest was dropped without an answer (Empty reply from server))
  failed(): connection_dropped: The connection to TotalGest was dropped without an answer (Empty reply from server) (gave up after 1 attempt)
  retried: 1 exported, 0 failed (exported=1 recovered=1)
  in TotalGest: 1
malformed answer:
  0 exported, 1 failed: #F7 The answer is not complete JSON (it ends early) (gave up after 1 attempt)
  failed(): malformed_json: The answer is not complete JSON (it ends early) (gave up after 1 attempt)
  retried: 1 exported, 0 failed (exported=1)
  in TotalGest: 1
truncated answer (order made):
  0 exported, 1 failed: #F8 The connection closed before the whole answer arrived (transfer closed with %d bytes remaining to read) (gave up after 1 attempt) (stopped early: The connection closed before the whole answer arrived (transfer closed with %d bytes remaining to read))
  failed(): truncated: The connection closed before the whole answer arrived (transfer closed with %d bytes remaining to read) (gave up after 1 attempt)
  retried: 1 exported, 0 failed (exported=1 recovered=1)
  in TotalGest: 1
wrong content type:
  0 exported, 1 failed: #F9 The server at http://127.0.0.1:%d answered (HTTP 200, text/html; charset=utf-8), but it is not a TotalGest API: check the API endpoint (gave up after 1 attempt)
  failed(): not_totalgest: The server at http://127.0.0.1:%d answered (HTTP 200, text/html; charset=utf-8), but it is not a TotalGest API: check the API endpoint (gave up after 1 attempt)
  retried: 1 exported, 0 failed (exported=1)
  in TotalGest: 1
expired token:
  1 exported, 0 failed
  in TotalGest: 1
refused by TotalGest, with 8 attempts allowed:
  0 exported, 1 failed: #R1 VAT number rejected
  failed(): {"id":"R1","attempts":1,"code":"order_rejected","message":"VAT number rejected","updated_at":"%s"}
  retried: 0 exported, 1 failed: #R1 VAT number rejected
server error, with 8 attempts allowed:
  0 exported, 1 failed: #S1 TotalGest is unavailable (HTTP 502): simulated server error (stopped early: TotalGest is unavailable (HTTP 502): simulated server error)
  retrying after 1 attempt, next one in 24 to 36 s: yes
rate limit with Retry-After: 1, with 8 attempts allowed:
  0 exported, 1 failed: #L1 TotalGest asks to slow down (HTTP 429): too many requests (stopped early: TotalGest asked to slow down (HTTP 429))
  at once: 0 exported, 0 failed
  1.2 s later: 1 exported, 0 failed
pending=0 retrying=1 running=0 failed=1 exported=11, oldest pending below a minute: yes
