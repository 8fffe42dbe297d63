<?php

declare(strict_types=1);

namespace DemoShop\Pages;

use DemoShop\App;
use DemoShop\ColumnCells;
use DemoShop\Csrf;
use DemoShop\Html;
use DemoShop\Notices;
use DemoShop\Pager;
use DemoShop\Response;

/** The admin order list: plugin columns, checkboxes and the bulk actions plugins add. */
final class OrdersPage
{
    public function __construct(private readonly App $app)
    {
    }

    /** @param array<string, mixed> $query */
    public function show(array $query): Response
    {
        $pager = new Pager($query, $this->app->orders->count());
        $orders = $this->app->orders->summaries($pager->offset(), Pager::PER_PAGE);
        $columns = $this->app->host->orderColumns();
        $cells = ColumnCells::render($columns, array_map(static fn (array $o): string => (string) $o['id'], $orders));

        $rows = '';
        foreach ($orders as $order) {
            $id = Html::e($order['id']);
            $rows .= sprintf(
                '<tr data-order-id="%1$s"><td><input type="checkbox" name="order_ids[]" value="%1$s" id="select-%1$s" '
                . 'data-test="select-order" aria-label="Select order %1$s"></td><td><label for="select-%1$s">%1$s</label></td>'
                . '<td>%2$s</td><td>%3$s</td><td class="number">%4$s</td>%5$s</tr>',
                $id,
                Html::e($order['created_at']),
                Html::e($order['customer']),
                Html::e($order['total']),
                ColumnCells::row($cells, (string) $order['id']),
            );
        }
        if ($rows === '') {
            $rows = '<tr><td colspan="' . (5 + count($columns)) . '" id="no-orders">No orders yet. '
                . 'Complete one from the <a href="/">shop</a>.</td></tr>';
        }

        $content = '<form method="post" action="/admin/orders/bulk" id="bulk-form">' . Csrf::field()
            . $this->bulkActionControls()
            . '<table id="order-list"><thead><tr><th scope="col"><span class="visually-hidden">Select</span></th>'
            . '<th scope="col">Order</th><th scope="col">Date</th><th scope="col">Customer</th>'
            . '<th scope="col">Total</th>' . ColumnCells::headers($columns) . '</tr></thead><tbody>' . $rows
            . '</tbody></table></form>' . $pager->links('/admin/orders');

        return Response::html(Html::page('Orders', '/admin/orders', $content));
    }

    /** @param array<string, mixed> $post */
    public function runBulkAction(array $post): Response
    {
        $action = $post['action'] ?? '';
        $ids = $post['order_ids'] ?? [];
        $labels = $this->app->host->orderBulkActionLabels();
        if (!is_string($action) || !isset($labels[$action])) {
            Notices::add('error', 'Choose an action from the list.');
            return Response::redirect('/admin/orders');
        }
        if (!is_array($ids) || $ids === [] || array_filter($ids, static fn ($id): bool => !is_string($id)) !== []) {
            Notices::add('error', sprintf('%s: select at least one order.', $labels[$action]));
            return Response::redirect('/admin/orders');
        }

        $orders = $this->app->orders->findMany(array_values(array_unique($ids)));
        $foundIds = array_column($orders, 'id');
        $missing = array_diff($ids, $foundIds);
        if ($missing !== []) {
            Notices::add('error', sprintf('%s: these orders do not exist: %s.', $labels[$action], implode(', ', $missing)));
        }
        if ($orders !== []) {
            $this->app->host->runOrderBulkAction($action, $orders);
        }

        return Response::redirect('/admin/orders');
    }

    private function bulkActionControls(): string
    {
        $labels = $this->app->host->orderBulkActionLabels();
        if ($labels === []) {
            return '';
        }
        $options = '<option value="">Bulk actions</option>';
        foreach ($labels as $name => $label) {
            $options .= sprintf('<option value="%s">%s</option>', Html::e($name), Html::e($label));
        }

        return '<div class="toolbar"><label for="bulk-action" class="visually-hidden">Bulk action</label>'
            . '<select name="action" id="bulk-action">' . $options . '</select>'
            . '<button type="submit" id="apply-bulk-action">Apply</button></div>';
    }
}
