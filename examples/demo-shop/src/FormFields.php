<?php

declare(strict_types=1);

namespace DemoShop;

/** Renders labelled form fields with the submitted values and each field's error beside it. */
final class FormFields
{
    /**
     * @param array<string, mixed> $values field => submitted value
     * @param array<string, string> $errors field => message
     */
    public function __construct(private readonly array $values, private readonly array $errors)
    {
    }

    public function input(string $name, string $label, string $type = 'text', string $extraAttributes = ''): string
    {
        return $this->wrap($name, $label, sprintf(
            '<input type="%s" id="%s" name="%s" value="%s" %s%s>',
            $type,
            $name,
            $name,
            Html::e($this->value($name)),
            $extraAttributes,
            $this->errorAttributes($name),
        ));
    }

    public function textarea(string $name, string $label): string
    {
        return $this->wrap($name, $label, sprintf(
            '<textarea id="%s" name="%s" rows="3"%s>%s</textarea>',
            $name,
            $name,
            $this->errorAttributes($name),
            Html::e($this->value($name)),
        ));
    }

    /** @param array<string, string> $options value => label */
    public function select(string $name, string $label, array $options): string
    {
        $html = '';
        foreach ($options as $value => $optionLabel) {
            $selected = (string) $value === $this->value($name) ? ' selected' : '';
            $html .= sprintf('<option value="%s"%s>%s</option>', Html::e((string) $value), $selected, Html::e($optionLabel));
        }

        return $this->wrap($name, $label, sprintf(
            '<select id="%s" name="%s"%s>%s</select>',
            $name,
            $name,
            $this->errorAttributes($name),
            $html,
        ));
    }

    public function checkbox(string $name, string $label): string
    {
        return sprintf(
            '<div class="field checkbox"><input type="checkbox" id="%1$s" name="%1$s" value="1"%2$s>'
            . '<label for="%1$s">%3$s</label></div>',
            $name,
            $this->value($name) === '1' ? ' checked' : '',
            Html::e($label),
        );
    }

    private function value(string $name): string
    {
        $value = $this->values[$name] ?? '';

        return is_string($value) ? $value : '';
    }

    private function errorAttributes(string $name): string
    {
        return isset($this->errors[$name]) ? sprintf(' aria-invalid="true" aria-describedby="%s-error"', $name) : '';
    }

    private function wrap(string $name, string $label, string $control): string
    {
        $error = isset($this->errors[$name]) ? sprintf(
            '<p class="field-error" id="%s-error" data-test="field-error" data-field="%s">%s</p>',
            $name,
            $name,
            Html::e($label . ' ' . $this->errors[$name]),
        ) : '';

        return sprintf('<div class="field"><label for="%s">%s</label>%s%s</div>', $name, Html::e($label), $control, $error);
    }
}
