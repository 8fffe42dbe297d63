<?php

declare(strict_types=1);

namespace DemoShop;

use PDO;

/**
 * The shop's orders. Each is kept whole, in the shape TotalGest\Queue takes, with the shop's own
 * id, number and creation time added when it is read back.
 */
final class OrderRepository
{
    public function __construct(private readonly PDO $db)
    {
    }

    /**
     * @param array<string, mixed> $order the order without id, number and created_at
     * @return array<string, mixed> the saved order, complete
     */
    public function create(array $order, string $customer, string $total): array
    {
        $insert = $this->db->prepare('INSERT INTO orders (created_at, customer, total, data) VALUES (?, ?, ?, ?)');
        $insert->execute([date(DATE_ATOM), $customer, $total, json_encode($order, JSON_THROW_ON_ERROR)]);

        return $this->find((string) $this->db->lastInsertId());
    }

    public function count(): int
    {
        return (int) $this->db->query('SELECT COUNT(*) FROM orders')->fetchColumn();
    }

    /** @return list<array<string, mixed>> id, created_at, customer and total of orders, newest first */
    public function summaries(int $offset, int $limit): array
    {
        $select = $this->db->prepare('SELECT id, created_at, customer, total FROM orders ORDER BY id DESC LIMIT ? OFFSET ?');
        $select->execute([$limit, $offset]);

        return $select->fetchAll();
    }

    /**
     * @param list<string> $ids
     * @return list<array<string, mixed>> the orders found, in the order of $ids
     */
    public function findMany(array $ids): array
    {
        $orders = [];
        foreach ($ids as $id) {
            $order = $this->find($id);
            if ($order !== null) {
                $orders[] = $order;
            }
        }

        return $orders;
    }

    /** @return array<string, mixed>|null */
    public function find(string $id): ?array
    {
        // Only the id as the shop writes it: SQLite would also match "1001.0" or " 1001" to order 1001.
        if (preg_match('/^[1-9][0-9]{0,18}$/', $id) !== 1) {
            return null;
        }
        $select = $this->db->prepare('SELECT id, created_at, data FROM orders WHERE id = ?');
        $select->execute([$id]);
        $row = $select->fetch();
        if ($row === false) {
            return null;
        }
        $id = (string) $row['id'];

        return ['id' => $id, 'number' => $id, 'created_at' => $row['created_at']]
            + json_decode($row['data'], true, 512, JSON_THROW_ON_ERROR);
    }
}
