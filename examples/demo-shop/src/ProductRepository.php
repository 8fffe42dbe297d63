<?php

declare(strict_types=1);

namespace DemoShop;

use PDO;

/** The shop's catalogue. Products from TotalGest are matched by their TotalGest id. */
final class ProductRepository
{
    public function __construct(private readonly PDO $db)
    {
    }

    public function count(): int
    {
        return (int) $this->db->query('SELECT COUNT(*) FROM products')->fetchColumn();
    }

    /** @return list<array<string, mixed>> */
    public function page(int $offset, int $limit): array
    {
        $select = $this->db->prepare('SELECT * FROM products ORDER BY id LIMIT ? OFFSET ?');
        $select->execute([$limit, $offset]);

        return $select->fetchAll();
    }

    /** @return list<array<string, mixed>> the products a customer can buy */
    public function forSale(): array
    {
        return $this->db->query('SELECT * FROM products WHERE active = 1 AND stock > 0 ORDER BY name')->fetchAll();
    }

    /** @return array<string, mixed>|null */
    public function find(string $id): ?array
    {
        $select = $this->db->prepare('SELECT * FROM products WHERE id = ?');
        $select->execute([$id]);

        return $select->fetch() ?: null;
    }

    /**
     * Creates or updates the shop product for a TotalGest product.
     *
     * @param array<string, mixed> $product a normalized TotalGest product
     * @return string the shop product id
     */
    public function saveFromTotalGest(array $product): string
    {
        $values = [
            'totalgest_id' => (string) $product['external_id'],
            'sku' => (string) $product['sku'],
            'ean' => $product['ean'] ?? null,
            'name' => (string) $product['name'],
            'short_description' => $product['short_description'] ?? null,
            'description' => $product['description'] ?? null,
            'price' => (string) $product['price'],
            'vat_rate' => (string) $product['vat_rate'],
            'stock' => (int) $product['stock_quantity'],
            'active' => $product['active'] ? 1 : 0,
            'updated_at' => (string) $product['updated_at'],
        ];
        $upsert = $this->db->prepare(<<<'SQL'
            INSERT INTO products (totalgest_id, sku, ean, name, short_description, description, price, vat_rate,
                                  stock, active, updated_at)
            VALUES (:totalgest_id, :sku, :ean, :name, :short_description, :description, :price, :vat_rate,
                    :stock, :active, :updated_at)
            ON CONFLICT (totalgest_id) DO UPDATE SET
                sku = excluded.sku, ean = excluded.ean, name = excluded.name,
                short_description = excluded.short_description, description = excluded.description,
                price = excluded.price, vat_rate = excluded.vat_rate, stock = excluded.stock,
                active = excluded.active, updated_at = excluded.updated_at
            RETURNING id
            SQL);
        $upsert->execute($values);

        return (string) $upsert->fetchColumn();
    }
}
