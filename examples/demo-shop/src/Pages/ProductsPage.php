<?php

declare(strict_types=1);

namespace DemoShop\Pages;

use DemoShop\App;
use DemoShop\ColumnCells;
use DemoShop\Html;
use DemoShop\Pager;
use DemoShop\Response;

/** The admin product list, with the columns plugins add (the TotalGest status). */
final class ProductsPage
{
    public function __construct(private readonly App $app)
    {
    }

    /** @param array<string, mixed> $query */
    public function show(array $query): Response
    {
        $pager = new Pager($query, $this->app->products->count());
        $products = $this->app->products->page($pager->offset(), Pager::PER_PAGE);
        $columns = $this->app->host->productColumns();
        $cells = ColumnCells::render($columns, array_map(static fn (array $p): string => (string) $p['id'], $products));

        $rows = '';
        foreach ($products as $product) {
            $id = (string) $product['id'];
            $rows .= sprintf(
                '<tr data-product-id="%s" data-sku="%s"><td>%s</td><td class="code">%s</td><td class="code">%s</td><td>%s</td>'
                . '<td class="number">%s</td><td class="number">%s</td><td class="number">%s</td><td>%s</td>%s</tr>',
                Html::e($id),
                Html::e($product['sku']),
                Html::e($id),
                Html::e($product['sku']),
                Html::e($product['ean']),
                Html::e($product['name']),
                Html::e($product['price']),
                Html::e($product['vat_rate']),
                Html::e($product['stock']),
                $product['active'] ? 'yes' : 'no',
                ColumnCells::row($cells, $id),
            );
        }
        if ($rows === '') {
            $rows = '<tr><td colspan="' . (8 + count($columns)) . '" id="no-products">No products yet. Once the TotalGest settings are saved, '
                . 'the cron imports the products from TotalGest.</td></tr>';
        }

        $content = '<table id="product-list"><thead><tr><th scope="col">ID</th><th scope="col">SKU</th>'
            . '<th scope="col">EAN</th><th scope="col">Name</th><th scope="col">Price</th><th scope="col">VAT %</th>'
            . '<th scope="col">Stock</th><th scope="col">Active</th>' . ColumnCells::headers($columns)
            . '</tr></thead><tbody>' . $rows . '</tbody></table>' . $pager->links('/admin/products');

        return Response::html(Html::page('Products', '/admin/products', $content));
    }
}
