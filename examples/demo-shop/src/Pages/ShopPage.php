<?php

declare(strict_types=1);

namespace DemoShop\Pages;

use DemoShop\App;
use DemoShop\CheckoutForm;
use DemoShop\Csrf;
use DemoShop\FormFields;
use DemoShop\Html;
use DemoShop\Notices;
use DemoShop\Response;

/** The storefront: the products on sale and a checkout that completes a test order. */
final class ShopPage
{
    public function __construct(private readonly App $app)
    {
    }

    /** @param array<string, mixed> $query */
    public function show(array $query): Response
    {
        $confirmation = '';
        $orderId = $query['order'] ?? null;
        if (is_string($orderId) && $this->app->orders->find($orderId) !== null) {
            $confirmation = sprintf(
                '<p id="order-confirmation" data-order-id="%1$s" class="confirmation">Thank you! Order %1$s is complete.</p>',
                Html::e($orderId),
            );
        }

        return Response::html($this->render($confirmation, CheckoutForm::defaults(), []));
    }

    /** @param array<string, mixed> $post */
    public function placeOrder(array $post): Response
    {
        [$order, $errors] = CheckoutForm::submit($post, $this->app->products, $this->app->env->currency);
        if ($order === null) {
            $summary = '<div class="form-error" role="alert" id="checkout-error">The order was not placed: '
                . 'correct the fields marked below.</div>';
            return Response::html($this->render($summary, $post, $errors), 422);
        }

        $billing = $order['billing'];
        $customer = $billing['company'] ?? $billing['first_name'] . ' ' . $billing['last_name'];
        $saved = $this->app->orders->create($order, $customer, $order['total']);
        $this->app->host->completeOrder($saved);
        Notices::add('success', sprintf('Order %s completed: %s %s.', $saved['id'], $saved['currency'], $saved['total']));

        return Response::redirect('/?order=' . rawurlencode($saved['id']));
    }

    /**
     * @param array<string, mixed> $values
     * @param array<string, string> $errors
     */
    private function render(string $banner, array $values, array $errors): string
    {
        $products = $this->app->products->forSale();
        $rows = '';
        foreach ($products as $product) {
            $rows .= sprintf(
                '<tr><td>%s</td><td>%s</td><td class="number">%s %s</td><td class="number">%s</td></tr>',
                Html::e($product['sku']),
                Html::e($product['name']),
                Html::e($this->app->env->currency),
                Html::e($product['price']),
                Html::e($product['stock']),
            );
        }
        $catalogue = $rows === ''
            ? '<p id="no-products-for-sale">Nothing on sale yet: the products arrive from TotalGest once it is connected.</p>'
            : '<table id="catalogue"><thead><tr><th scope="col">SKU</th><th scope="col">Product</th>'
                . '<th scope="col">Price</th><th scope="col">In stock</th></tr></thead><tbody>' . $rows . '</tbody></table>';

        $form = new FormFields($values, $errors);
        $items = '';
        for ($row = 1; $row <= CheckoutForm::ITEM_ROWS; $row++) {
            $options = ['' => '—'];
            foreach ($products as $product) {
                $options[(string) $product['id']] = sprintf('%s · %s %s', $product['name'], $this->app->env->currency, $product['price']);
            }
            $items .= '<div class="item-row">' . $form->select("product_$row", "Product $row", $options)
                . $form->input("quantity_$row", 'Quantity', 'number', 'min="1" max="99"') . '</div>';
        }

        $checkout = '<form method="post" action="/orders" id="order-form" novalidate>' . Csrf::field()
            . '<fieldset><legend>Items</legend>' . $items
            . '<p class="hint">Shipping: ' . Html::e($this->app->env->currency . ' ' . CheckoutForm::SHIPPING_FEE) . '</p></fieldset>'
            . '<fieldset><legend>Customer</legend>' . $form->input('email', 'E-mail', 'email') . $form->input('phone', 'Phone', 'tel')
            . $form->input('first_name', 'First name') . $form->input('last_name', 'Last name')
            . $form->input('tax_code', 'Tax code (codice fiscale)') . '</fieldset>'
            . '<fieldset><legend>Billing and shipping address</legend>' . $form->input('address', 'Address')
            . $form->input('address2', 'Address line 2') . $form->input('zip', 'ZIP') . $form->input('city', 'City')
            . $form->input('province', 'Province') . $form->select('country', 'Country', CheckoutForm::COUNTRIES) . '</fieldset>'
            . '<fieldset><legend>Italian business customer (B2B)</legend>'
            . $form->checkbox('b2b', 'Invoice a company: TotalGest checks its VAT number')
            . $form->input('company', 'Company') . $form->input('vat_number', 'VAT number (partita IVA)')
            . $form->input('sdi_code', 'SDI code') . $form->input('pec', 'PEC address', 'email') . '</fieldset>'
            . '<fieldset><legend>Payment</legend>' . $form->select('payment_method', 'Payment method', CheckoutForm::PAYMENT_METHODS)
            . $form->textarea('notes', 'Notes') . '</fieldset>'
            . '<button type="submit" id="place-order">Complete order</button></form>';

        return Html::page('Shop', '/', $banner . '<h2>On sale</h2>' . $catalogue . '<h2>Checkout</h2>' . $checkout);
    }
}
