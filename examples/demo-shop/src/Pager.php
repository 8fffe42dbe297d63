<?php

declare(strict_types=1);

namespace DemoShop;

/** Splits a long list into pages of PER_PAGE rows, chosen with ?page=N. */
final class Pager
{
    public const PER_PAGE = 50;

    public readonly int $page;
    public readonly int $pageCount;

    /** @param array<string, mixed> $query */
    public function __construct(array $query, int $rowCount)
    {
        $this->pageCount = max(1, intdiv($rowCount + self::PER_PAGE - 1, self::PER_PAGE));
        $requested = filter_var($query['page'] ?? 1, FILTER_VALIDATE_INT, ['options' => ['min_range' => 1]]);
        $this->page = min($requested === false ? 1 : $requested, $this->pageCount);
    }

    public function offset(): int
    {
        return ($this->page - 1) * self::PER_PAGE;
    }

    public function links(string $path): string
    {
        if ($this->pageCount === 1) {
            return '';
        }
        $link = static fn (int $page, string $label, string $rel): string => sprintf(
            '<a href="%s?page=%d" rel="%s">%s</a>',
            Html::e($path),
            $page,
            $rel,
            Html::e($label),
        );

        return '<nav class="pager">'
            . ($this->page > 1 ? $link($this->page - 1, '← Previous', 'prev') : '')
            . sprintf('<span>Page %d of %d</span>', $this->page, $this->pageCount)
            . ($this->page < $this->pageCount ? $link($this->page + 1, 'Next →', 'next') : '')
            . '</nav>';
    }
}
