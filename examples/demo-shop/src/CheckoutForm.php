<?php

declare(strict_types=1);

namespace DemoShop;

/**
 * The storefront's checkout: turns the submitted form into a complete order (billing, shipping,
 * payment, items) or into one message per wrong field.
 *
 * The VAT number is deliberately not checked here: TotalGest checks it, and tests use that to
 * make TotalGest refuse an order.
 */
final class CheckoutForm
{
    public const ITEM_ROWS = 3;
    public const SHIPPING_FEE = '7.90';
    public const PAYMENT_METHODS = [
        'bank_transfer' => 'Bank transfer',
        'credit_card' => 'Credit card',
        'paypal' => 'PayPal',
        'cash_on_delivery' => 'Cash on delivery',
    ];
    public const COUNTRIES = ['IT' => 'Italy', 'CH' => 'Switzerland', 'DE' => 'Germany', 'FR' => 'France', 'AT' => 'Austria'];
    private const MAX_TEXT = 200;
    private const MAX_NOTES = 1000;
    private const MAX_QUANTITY = 99;

    /** @var array<string, string> field => message */
    private array $errors = [];

    /** @param array<string, mixed> $input */
    private function __construct(private readonly array $input)
    {
    }

    /** A realistic Italian customer, so a test order needs only its items. */
    public static function defaults(): array
    {
        return [
            'email' => 'mario.rossi@example.it', 'phone' => '+39 02 1234567',
            'first_name' => 'Mario', 'last_name' => 'Rossi', 'tax_code' => 'RSSMRA80A01F205X',
            'address' => 'Via Roma 1', 'address2' => '', 'city' => 'Milano', 'zip' => '20121', 'province' => 'MI',
            'country' => 'IT', 'company' => 'Rossi Forniture S.r.l.', 'vat_number' => '', 'sdi_code' => '',
            'pec' => '', 'payment_method' => 'bank_transfer', 'notes' => '', 'quantity_1' => '1',
        ];
    }

    /**
     * @param array<string, mixed> $input the submitted form
     * @return array{0: array<string, mixed>|null, 1: array<string, string>} the order (without id,
     *         number and created_at), or null and field => message
     */
    public static function submit(array $input, ProductRepository $products, string $currency): array
    {
        $form = new self($input);
        $order = $form->build($products, $currency);

        return $form->errors === [] ? [$order, []] : [null, $form->errors];
    }

    /** @return array<string, mixed> */
    private function build(ProductRepository $products, string $currency): array
    {
        $isBusiness = ($this->input['b2b'] ?? '') === '1';
        $email = $this->text('email', true);
        if ($email !== null && filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
            $this->errors['email'] = 'is not an e-mail address';
        }
        $country = $this->choice('country', self::COUNTRIES);
        $address = [
            'first_name' => $this->text('first_name', true),
            'last_name' => $this->text('last_name', true),
            'company' => $isBusiness ? $this->text('company', true) : null,
            'address' => $this->text('address', true),
            'address2' => $this->text('address2', false),
            'city' => $this->text('city', true),
            'zip' => $this->text('zip', true),
            'province' => $this->text('province', $country === 'IT'),
            'country' => $country,
        ];
        $phone = $this->text('phone', false);
        $payment = $this->choice('payment_method', self::PAYMENT_METHODS);
        [$items, $itemsTotal] = $this->items($products);
        $shipping = Money::parse(self::SHIPPING_FEE);

        return [
            'currency' => $currency,
            'customer' => ['email' => $email, 'phone' => $phone],
            'billing' => $address + [
                'vat_number' => $this->text('vat_number', $isBusiness),
                'tax_code' => $this->text('tax_code', false),
                'pec' => $isBusiness ? $this->text('pec', false) : null,
                'sdi_code' => $isBusiness ? $this->text('sdi_code', false) : null,
            ],
            // Shipped to the billing address, as most orders are.
            'shipping' => $address + ['phone' => $phone],
            'payment_method' => ['code' => $payment, 'name' => self::PAYMENT_METHODS[$payment] ?? null],
            'items' => $items,
            'shipping_total' => self::SHIPPING_FEE,
            'discount_total' => '0.00',
            'total' => Money::format($itemsTotal + $shipping),
            'notes' => $this->text('notes', false, self::MAX_NOTES),
        ];
    }

    /** @return array{0: list<array<string, mixed>>, 1: int} the items and their total in millionths */
    private function items(ProductRepository $products): array
    {
        $items = [];
        $total = 0;
        $chosenRows = 0;
        for ($row = 1; $row <= self::ITEM_ROWS; $row++) {
            $productId = $this->input["product_$row"] ?? '';
            if ($productId === '') {
                continue;
            }
            $chosenRows++;
            $product = is_string($productId) ? $products->find($productId) : null;
            if ($product === null || !$product['active']) {
                $this->errors["product_$row"] = 'is not a product on sale';
                continue;
            }
            $quantity = filter_var($this->input["quantity_$row"] ?? '', FILTER_VALIDATE_INT, [
                'options' => ['min_range' => 1, 'max_range' => self::MAX_QUANTITY],
            ]);
            if ($quantity === false) {
                $this->errors["quantity_$row"] = sprintf('must be a whole number from 1 to %d', self::MAX_QUANTITY);
                continue;
            }
            if ($quantity > $product['stock']) {
                $this->errors["quantity_$row"] = sprintf('is more than the %d in stock', $product['stock']);
                continue;
            }
            $items[] = [
                'sku' => $product['sku'],
                'ean' => $product['ean'],
                'name' => $product['name'],
                'quantity' => $quantity,
                'unit_price' => $product['price'],
                'vat_rate' => $product['vat_rate'],
                'discount' => '0.00',
            ];
            $total += Money::parse($product['price']) * $quantity;
        }
        if ($chosenRows === 0) {
            $this->errors['product_1'] = 'is required: choose at least one product';
        }

        return [$items, $total];
    }

    private function text(string $field, bool $required, int $maxLength = self::MAX_TEXT): ?string
    {
        $value = $this->input[$field] ?? '';
        if (!is_string($value)) {
            $this->errors[$field] = 'must be text';
            return null;
        }
        $value = trim($value);
        if ($value === '') {
            if ($required) {
                $this->errors[$field] = 'is required';
            }
            return null;
        }
        if (preg_match('//u', $value) !== 1) {
            $this->errors[$field] = 'must be valid UTF-8 text';
            return null;
        }
        if (iconv_strlen($value, 'UTF-8') > $maxLength) {
            $this->errors[$field] = sprintf('is longer than %d characters', $maxLength);
            return null;
        }

        return $value;
    }

    /** @param array<string, string> $choices */
    private function choice(string $field, array $choices): ?string
    {
        $value = $this->input[$field] ?? '';
        if (!is_string($value) || !isset($choices[$value])) {
            $this->errors[$field] = 'must be one of the listed options';
            return null;
        }

        return $value;
    }
}
