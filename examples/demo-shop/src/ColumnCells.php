<?php

declare(strict_types=1);

namespace DemoShop;

/** Asks each plugin column for the cells of the rows on the current page, in one call per column. */
final class ColumnCells
{
    /**
     * @param array<string, callable> $columns title => renderer(list<string> $ids): array<string, string>
     * @param list<string> $ids
     * @return array<string, array<string, string>> title => id => cell HTML
     */
    public static function render(array $columns, array $ids): array
    {
        $cells = [];
        foreach ($columns as $title => $renderCells) {
            $cells[$title] = $ids === [] ? [] : $renderCells($ids);
        }

        return $cells;
    }

    /** @param array<string, callable> $columns */
    public static function headers(array $columns): string
    {
        $html = '';
        foreach (array_keys($columns) as $title) {
            $html .= '<th scope="col">' . Html::e($title) . '</th>';
        }

        return $html;
    }

    /** @param array<string, array<string, string>> $cells */
    public static function row(array $cells, string $id): string
    {
        $html = '';
        foreach ($cells as $title => $byId) {
            $html .= sprintf('<td data-column="%s">%s</td>', Html::e($title), $byId[$id] ?? '');
        }

        return $html;
    }
}
