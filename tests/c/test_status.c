#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tg_status.h"
#include "tg_test.h"
#include "tg_test_store.h"

static int tg_statements;

static int tg_count_statement(unsigned kind, void *context, void *statement, void *sql)
{
	(void) kind;
	(void) context;
	(void) statement;
	(void) sql;
	tg_statements++;
	return 0;
}

static void tg_test_status_page(tg_store *store)
{
	enum { PAGE = 500 };
	const char *ids[PAGE];
	char names[PAGE][16];
	tg_status_row rows[PAGE];
	tg_error err;

	tg_error_init(&err);
	for (int i = 0; i < PAGE; i++) {
		snprintf(names[i], sizeof(names[i]), "%d", i + 1);
		ids[i] = names[i];
	}
	sqlite3_trace_v2(tg_store_db(store), SQLITE_TRACE_STMT, tg_count_statement, NULL);
	tg_statements = 0;
	TG_CHECK(tg_status_lookup(store, TG_STATUS_PRODUCTS, ids, PAGE, rows, &err) == 0);
	TG_CHECK(tg_statements == 1);
	TG_CHECK(rows[0].state == TG_STATE_SYNCED && rows[1].state == TG_STATE_ERROR);
	TG_CHECK(rows[2].state == TG_STATE_NOT_CONNECTED && rows[PAGE - 1].state == TG_STATE_NOT_CONNECTED);
	TG_CHECK_STR(rows[0].external_id, "P0000001");
	TG_CHECK_STR(rows[0].synced_at, "2026-11-28T09:15:00+00:00");
	TG_CHECK_STR(rows[1].message, "price is not a decimal");
	for (int i = 0; i < PAGE; i++) {
		tg_status_row_free(&rows[i]);
	}
	sqlite3_trace_v2(tg_store_db(store), 0, NULL, NULL);
}

static void tg_test_status_orders(tg_store *store)
{
	const char *ids[] = {"1001", "1002", "1003", "1004", "9999"};
	tg_status_row rows[5];
	tg_error err;

	tg_error_init(&err);
	TG_CHECK(tg_status_lookup(store, TG_STATUS_ORDERS, ids, 5, rows, &err) == 0);
	TG_CHECK(rows[0].state == TG_STATE_SYNCED && rows[1].state == TG_STATE_PENDING);
	TG_CHECK(rows[2].state == TG_STATE_PENDING && rows[3].state == TG_STATE_ERROR);
	TG_CHECK(rows[4].state == TG_STATE_NOT_CONNECTED);
	TG_CHECK_STR(rows[0].external_id, "2026-000001");
	TG_CHECK_STR(rows[2].message, "TotalGest is unavailable (HTTP 503)");
	TG_CHECK_STR(rows[3].message, "VAT number rejected");
	for (int i = 0; i < 5; i++) {
		tg_status_row_free(&rows[i]);
	}
}

static void tg_test_status_badges(void)
{
	tg_status_row row = {TG_STATE_ERROR, NULL, NULL, (char *) "<script>alert(1)</script> & \"quotes\""};
	tg_buf html;

	tg_buf_init(&html, 0);
	TG_CHECK(tg_status_badge(&row, "es_ES", &html) == 0);
	TG_CHECK(strstr(html.data, "<script>") == NULL);
	TG_CHECK(strstr(html.data, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;") != NULL);
	TG_CHECK(strstr(html.data, "class=\"tg-status tg-status--error\"") != NULL);
	TG_CHECK(strstr(html.data, ">Error <small") != NULL);
	tg_buf_free(&html);

	TG_CHECK_STR(tg_state_label(TG_STATE_NOT_CONNECTED, "es"), "No conectado");
	TG_CHECK_STR(tg_state_label(TG_STATE_NOT_CONNECTED, "it-IT"), "Non collegato");
	TG_CHECK_STR(tg_state_label(TG_STATE_SYNCED, "en"), "Synced");
	TG_CHECK_STR(tg_state_label(TG_STATE_PENDING, "pt_BR"), "Pending");
	TG_CHECK_STR(tg_state_label(TG_STATE_SYNCED, "e"), "Synced");
}

void tg_test_status(void)
{
	tg_test_store test_store;
	tg_store *store = tg_test_store_open(&test_store, "status");
	tg_error err;

	tg_error_init(&err);
	if (!store) {
		return;
	}
	TG_CHECK(tg_store_exec(store,
		"INSERT INTO products (external_id, shop_id, state, synced_at) VALUES ('P0000001', '1', 'synced', 1795857300);"
		"INSERT INTO products (external_id, shop_id, state, message) VALUES ('P0000002', '2', 'error', 'price is not a decimal');"
		"INSERT INTO orders (shop_id, payload, state, tg_number, exported_at, created_at, updated_at)"
		"  VALUES ('1001', '{}', 'exported', '2026-000001', 1795857300, 0, 0);"
		"INSERT INTO orders (shop_id, payload, state, created_at, updated_at) VALUES ('1002', '{}', 'pending', 0, 0);"
		"INSERT INTO orders (shop_id, payload, state, error_message, created_at, updated_at)"
		"  VALUES ('1003', '{}', 'retrying', 'TotalGest is unavailable (HTTP 503)', 0, 0);"
		"INSERT INTO orders (shop_id, payload, state, error_message, created_at, updated_at)"
		"  VALUES ('1004', '{}', 'failed', 'VAT number rejected', 0, 0);", &err) == 0);
	tg_test_status_page(store);
	tg_test_status_orders(store);
	tg_test_status_badges();
	tg_test_store_remove(&test_store);
}
