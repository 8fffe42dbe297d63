<?php

declare(strict_types=1);

namespace DemoShop\Pages;

use DemoShop\App;
use DemoShop\Csrf;
use DemoShop\FormFields;
use DemoShop\Html;
use DemoShop\Notices;
use DemoShop\Response;
use TotalGestPlugin\SettingsForm;
use TotalGestPlugin\SettingsResult;

/** The TotalGest settings: five fields, saved only once TotalGest accepts them. */
final class SettingsPage
{
    public function __construct(private readonly App $app)
    {
    }

    public function show(): Response
    {
        return Response::html($this->render($this->app->settings->load() ?? [], null));
    }

    /** @param array<string, mixed> $post */
    public function save(array $post): Response
    {
        $result = $this->app->plugin->settingsForm()->save($post);
        if (!$result->saved) {
            return Response::html($this->render($post, $result), 422);
        }
        Notices::add('success', sprintf(
            'Settings saved: connected to %s (business %s), answered in %d ms.',
            (string) ($result->business['name'] ?? ''),
            (string) ($result->business['id'] ?? ''),
            (int) round((float) $result->latencyMs),
        ));

        return Response::redirect('/admin/settings');
    }

    /** @param array<string, mixed> $values what the form shows; the password is never shown */
    private function render(array $values, ?SettingsResult $result): string
    {
        $saved = $this->app->settings->load();

        // The password is never sent back to the browser.
        unset($values['password']);
        $form = new FormFields($values, $result?->fieldErrors ?? []);
        $fields = '';
        foreach (SettingsForm::FIELDS as $name => $label) {
            $fields .= $name === 'password'
                ? $form->input($name, $label, 'password', sprintf(
                    'autocomplete="new-password" placeholder="%s"',
                    $saved === null ? '' : 'saved: leave empty to keep it',
                ))
                : $form->input($name, $label);
        }

        $content = $this->connectionState($saved) . $this->formError($result)
            . '<form method="post" action="/admin/settings" id="settings-form" novalidate>' . Csrf::field() . $fields
            . '<button type="submit" id="save-settings">Verify and save</button></form>';

        return Html::page('TotalGest settings', '/admin/settings', $content);
    }

    /** @param array<string, string>|null $saved */
    private function connectionState(?array $saved): string
    {
        if ($saved === null) {
            return '<p id="connection-state" data-state="not_connected">Not connected: enter the credentials '
                . 'your TotalGest provider gave you.</p>';
        }

        return sprintf(
            '<p id="connection-state" data-state="connected">Connected as <strong>%s</strong> to <strong>%s</strong> '
            . '(ID Negocio %s, ID Owner %s).</p>',
            Html::e($saved['username']),
            Html::e($saved['endpoint']),
            Html::e($saved['business_id']),
            Html::e($saved['owner_id']),
        );
    }

    /** The reason the settings were refused, and errors about settings the form does not show. */
    private function formError(?SettingsResult $result): string
    {
        if ($result === null) {
            return '';
        }
        $lines = $result->error === null ? [] : [$result->error];
        foreach (array_diff_key($result->fieldErrors, SettingsForm::FIELDS) as $field => $message) {
            $lines[] = $field . ': ' . $message;
        }
        $intro = $lines === [] ? 'Not saved: correct the fields marked below.' : 'Not saved: ' . implode(' ', $lines);

        return '<div class="form-error" role="alert" id="settings-error" data-test="settings-error">'
            . Html::e($intro) . '</div>';
    }
}
