<?php

declare(strict_types=1);

namespace DemoShop\Pages;

use DemoShop\App;
use DemoShop\Csrf;
use DemoShop\Html;
use DemoShop\Notices;
use DemoShop\Response;

/** The TotalGest order queue: how many orders wait, and the failed ones with a retry button. */
final class QueuePage
{
    private const STAT_LABELS = [
        'pending' => 'Waiting',
        'retrying' => 'Waiting for a retry',
        'running' => 'Being sent',
        'failed' => 'Failed',
        'exported' => 'Exported',
        'oldest_pending_age_s' => 'Oldest waiting order (seconds)',
    ];
    private const FAILED_SHOWN = 50;

    public function __construct(private readonly App $app)
    {
    }

    public function show(): Response
    {
        $queue = $this->app->plugin->queue();
        $stats = '';
        foreach ($queue->stats() as $name => $value) {
            $stats .= sprintf(
                '<div><dt>%s</dt><dd data-stat="%s">%s</dd></div>',
                Html::e(self::STAT_LABELS[$name] ?? $name),
                Html::e($name),
                Html::e($value ?? '—'),
            );
        }

        $rows = '';
        foreach ($queue->failed(self::FAILED_SHOWN) as $item) {
            $rows .= sprintf(
                '<tr data-order-id="%1$s"><td>%1$s</td><td>%2$s</td><td>%3$s</td><td class="number">%4$s</td><td>%5$s</td>'
                . '<td><button type="submit" name="order_ids[]" value="%1$s" data-test="retry">Retry</button></td></tr>',
                Html::e($item['id']),
                Html::e($item['code']),
                Html::e($item['message']),
                Html::e($item['attempts']),
                Html::e($item['updated_at']),
            );
        }
        $failed = $rows === ''
            ? '<p id="no-failed-orders">No failed orders.</p>'
            : '<form method="post" action="/admin/queue/retry" id="retry-form">' . Csrf::field()
                . '<table id="failed-orders"><thead><tr><th scope="col">Order</th><th scope="col">Code</th>'
                . '<th scope="col">Reason</th><th scope="col">Attempts</th><th scope="col">Last attempt</th>'
                . '<th scope="col"></th></tr></thead><tbody>' . $rows . '</tbody></table>'
                . '<button type="submit" name="all" value="1" id="retry-all">Retry all failed orders</button></form>';

        $content = '<dl id="queue-stats" class="stats">' . $stats . '</dl><h2>Failed orders</h2>' . $failed;

        return Response::html(Html::page('TotalGest queue', '/admin/queue', $content));
    }

    /** @param array<string, mixed> $post */
    public function retry(array $post): Response
    {
        if (($post['all'] ?? '') === '1') {
            $count = $this->app->plugin->retryAllFailed();
        } else {
            $ids = $post['order_ids'] ?? [];
            // Queue::retry() refuses an empty id or one with a NUL byte: a clear notice, not an error page.
            $isBadId = static fn ($id): bool => !is_string($id) || $id === '' || str_contains($id, "\0");
            if (!is_array($ids) || $ids === [] || array_filter($ids, $isBadId) !== []) {
                Notices::add('error', 'Choose the orders to retry.');
                return Response::redirect('/admin/queue');
            }
            $count = $this->app->plugin->queue()->retry(...array_values($ids));
        }
        Notices::add('success', sprintf('%d failed order(s) queued again for TotalGest.', $count));

        return Response::redirect('/admin/queue');
    }
}
