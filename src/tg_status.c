#include "tg_status.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "tg_text.h"
#include "tg_time.h"

static const char *const tg_state_names[] = {"synced", "pending", "error", "not_connected"};

typedef struct {
	const char *language;
	const char *labels[4];   /* in tg_state order */
} tg_state_labels;

static const tg_state_labels tg_labels[] = {
	{"es", {"Sincronizado", "Pendiente", "Error", "No conectado"}},
	{"it", {"Sincronizzato", "In attesa", "Errore", "Non collegato"}},
	{"en", {"Synced", "Pending", "Error", "Not connected"}},
	{"de", {"Synchronisiert", "Ausstehend", "Fehler", "Nicht verbunden"}},
	{"fr", {"Synchronis\xc3\xa9", "En attente", "Erreur", "Non connect\xc3\xa9"}},
};

/* One row per requested id, in request order: json_each keeps the order and the LEFT JOIN
 * gives ids the store has never seen a row of NULLs (not connected). */
static const char tg_products_sql[] =
	"SELECT p.state, p.external_id, p.synced_at, p.message, p.active "
	"FROM json_each(?1) AS requested LEFT JOIN products AS p ON p.shop_id = requested.value "
	"ORDER BY requested.key";

static const char tg_orders_sql[] =
	"SELECT o.state, o.tg_number, o.exported_at, o.error_message, o.attempts "
	"FROM json_each(?1) AS requested LEFT JOIN orders AS o ON o.shop_id = requested.value "
	"ORDER BY requested.key";

static char *tg_column_text(sqlite3_stmt *statement, int column)
{
	const unsigned char *text = sqlite3_column_text(statement, column);
	return text ? strdup((const char *) text) : NULL;
}

static char *tg_column_time(sqlite3_stmt *statement, int column)
{
	char text[32];

	if (sqlite3_column_type(statement, column) == SQLITE_NULL) {
		return NULL;
	}
	tg_time_format((long long) sqlite3_column_double(statement, column), text, sizeof(text));
	return strdup(text);
}

static void tg_status_product_row(sqlite3_stmt *statement, tg_status_row *row)
{
	const char *state = (const char *) sqlite3_column_text(statement, 0);

	if (!state) {
		row->state = TG_STATE_NOT_CONNECTED;
		return;
	}
	row->state = strcmp(state, "synced") == 0 ? TG_STATE_SYNCED : TG_STATE_ERROR;
	row->external_id = tg_column_text(statement, 1);
	row->synced_at = tg_column_time(statement, 2);
	row->message = tg_column_text(statement, 3);
	if (row->state == TG_STATE_SYNCED && !row->message && sqlite3_column_int(statement, 4) == 0) {
		row->message = strdup("Deactivated in TotalGest");
	}
}

static void tg_status_order_row(sqlite3_stmt *statement, tg_status_row *row)
{
	const char *state = (const char *) sqlite3_column_text(statement, 0);

	if (!state) {
		row->state = TG_STATE_NOT_CONNECTED;
		return;
	}
	if (strcmp(state, "exported") == 0) {
		row->state = TG_STATE_SYNCED;
		row->external_id = tg_column_text(statement, 1);
		row->synced_at = tg_column_time(statement, 2);
	} else if (strcmp(state, "failed") == 0) {
		row->state = TG_STATE_ERROR;
		row->message = tg_column_text(statement, 3);
	} else {
		/* pending, running and retrying are all "on its way" for the shop owner; a retry says why. */
		row->state = TG_STATE_PENDING;
		row->message = tg_column_text(statement, 3);
	}
}

int tg_status_lookup(tg_store *store, tg_status_kind kind, const char *const *shop_ids, size_t count,
	tg_status_row *rows, tg_error *err)
{
	json_object *ids = json_object_new_array_ext((int) count);
	sqlite3_stmt *statement = NULL;
	size_t index = 0;
	int rc;

	memset(rows, 0, count * sizeof(*rows));
	if (!ids) {
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	for (size_t i = 0; i < count; i++) {
		json_object_array_add(ids, json_object_new_string(shop_ids[i]));
	}
	if (sqlite3_prepare_v2(tg_store_db(store), kind == TG_STATUS_PRODUCTS ? tg_products_sql : tg_orders_sql, -1,
		&statement, NULL) != SQLITE_OK) {
		json_object_put(ids);
		return tg_store_fail(store, "reading statuses", err);
	}
	sqlite3_bind_text(statement, 1, json_object_to_json_string_ext(ids, JSON_C_TO_STRING_PLAIN), -1, SQLITE_TRANSIENT);
	json_object_put(ids);
	while ((rc = sqlite3_step(statement)) == SQLITE_ROW && index < count) {
		if (kind == TG_STATUS_PRODUCTS) {
			tg_status_product_row(statement, &rows[index]);
		} else {
			tg_status_order_row(statement, &rows[index]);
		}
		index++;
	}
	sqlite3_finalize(statement);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		for (size_t i = 0; i < index; i++) {
			tg_status_row_free(&rows[i]);
		}
		return tg_store_fail(store, "reading statuses", err);
	}
	return 0;
}

void tg_status_row_free(tg_status_row *row)
{
	free(row->external_id);
	free(row->synced_at);
	free(row->message);
	memset(row, 0, sizeof(*row));
}

const char *tg_state_name(tg_state state)
{
	return tg_state_names[state];
}

int tg_state_from_name(const char *name, tg_state *state)
{
	for (size_t i = 0; i < sizeof(tg_state_names) / sizeof(tg_state_names[0]); i++) {
		if (strcmp(name, tg_state_names[i]) == 0) {
			*state = (tg_state) i;
			return 0;
		}
	}
	return -1;
}

const char *tg_state_label(tg_state state, const char *locale)
{
	for (size_t i = 0; i < sizeof(tg_labels) / sizeof(tg_labels[0]); i++) {
		const char *language = tg_labels[i].language;
		if ((locale[0] | 0x20) == language[0] && (locale[1] | 0x20) == language[1]
			&& (locale[2] == '\0' || locale[2] == '_' || locale[2] == '-')) {
			return tg_labels[i].labels[state];
		}
	}
	return tg_labels[2].labels[state];
}

int tg_status_badge(const tg_status_row *row, const char *locale, tg_buf *out)
{
	const char *name = tg_state_name(row->state);
	tg_buf title;
	int rc = 0;

	tg_buf_init(&title, 0);
	if (row->external_id) {
		rc |= tg_buf_printf(&title, "TotalGest %s", row->external_id);
	}
	if (row->synced_at) {
		rc |= tg_buf_printf(&title, "%s%s", title.len ? ", " : "", row->synced_at);
	}
	if (row->message) {
		rc |= tg_buf_printf(&title, "%s%s", title.len ? ": " : "", row->message);
	}
	rc |= tg_buf_printf(out, "<span class=\"tg-status tg-status--%s\" data-tg-state=\"%s\"", name, name);
	if (title.len) {
		rc |= tg_buf_append_str(out, " title=\"");
		rc |= tg_html_escape(out, title.data);
		rc |= tg_buf_append_str(out, "\"");
	}
	rc |= tg_buf_append_str(out, ">");
	rc |= tg_html_escape(out, tg_state_label(row->state, locale));
	if (row->state == TG_STATE_SYNCED && row->external_id) {
		rc |= tg_buf_append_str(out, " <small class=\"tg-status__ref\">");
		rc |= tg_html_escape(out, row->external_id);
		rc |= tg_buf_append_str(out, "</small>");
	}
	/* An error says why; so does an order waiting for a retry, so the admin sees TotalGest is down. */
	if ((row->state == TG_STATE_ERROR || row->state == TG_STATE_PENDING) && row->message) {
		rc |= tg_buf_append_str(out, " <small class=\"tg-status__reason\">");
		rc |= tg_html_escape(out, row->message);
		rc |= tg_buf_append_str(out, "</small>");
	}
	rc |= tg_buf_append_str(out, "</span>");
	tg_buf_free(&title);
	return rc ? -1 : 0;
}
