/* Small valid shop orders and store look-ups shared by the queue and export tests. */
#ifndef TG_TEST_ORDERS_H
#define TG_TEST_ORDERS_H

#include <json-c/json.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tg_order.h"
#include "tg_store.h"

/* A shop order as the shop hands it over; quantity 1 of 10.00, so total 10.00. */
static inline json_object *tg_test_raw_order(const char *id, const char *notes, long quantity)
{
	char text[1024];

	snprintf(text, sizeof(text),
		"{\"id\": \"%s\", \"created_at\": \"2026-11-28T10:15:00+01:00\", \"currency\": \"EUR\","
		" \"customer\": {\"email\": \"buyer@example.it\"},"
		" \"billing\": {\"company\": \"ACME Srl\", \"vat_number\": \"IT01234567897\", \"address\": \"Via Roma 1\","
		"   \"city\": \"Milano\", \"zip\": \"20100\", \"country\": \"IT\"},"
		" \"items\": [{\"sku\": \"TG-1\", \"name\": \"Caffè\", \"quantity\": %ld, \"unit_price\": \"10.00\", \"vat_rate\": \"22\"}],"
		" \"total\": \"%ld.00\", \"notes\": \"%s\"}", id, quantity, quantity * 10, notes);
	return json_tokener_parse(text);
}

/* The same order, validated and normalized as the queue stores it. */
static inline json_object *tg_test_order(const char *id, const char *notes)
{
	json_object *raw = tg_test_raw_order(id, notes, 1);
	json_object *normalized;
	tg_error err;

	tg_error_init(&err);
	normalized = tg_order_normalize(raw, &err);
	if (!normalized) {
		fprintf(stderr, "fixture order %s is invalid: %s\n", id, err.message);
	}
	tg_error_clear(&err);
	json_object_put(raw);
	return normalized;
}

/* One column of one order's row: sql selects it with ?1 = shop id. */
static inline double tg_test_column_double(tg_store *store, const char *sql, const char *id)
{
	sqlite3_stmt *statement = NULL;
	double value = -1;

	if (sqlite3_prepare_v2(tg_store_db(store), sql, -1, &statement, NULL) == SQLITE_OK) {
		sqlite3_bind_text(statement, 1, id, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(statement) == SQLITE_ROW) {
			value = sqlite3_column_type(statement, 0) == SQLITE_NULL ? -2 : sqlite3_column_double(statement, 0);
		}
	}
	sqlite3_finalize(statement);
	return value;
}

/* Caller frees; NULL when the column is NULL or the row is missing. */
static inline char *tg_test_column_text(tg_store *store, const char *sql, const char *id)
{
	sqlite3_stmt *statement = NULL;
	char *value = NULL;

	if (sqlite3_prepare_v2(tg_store_db(store), sql, -1, &statement, NULL) == SQLITE_OK) {
		sqlite3_bind_text(statement, 1, id, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_type(statement, 0) != SQLITE_NULL) {
			value = strdup((const char *) sqlite3_column_text(statement, 0));
		}
	}
	sqlite3_finalize(statement);
	return value;
}

static inline void tg_test_exec(tg_store *store, const char *sql)
{
	sqlite3_exec(tg_store_db(store), sql, NULL, NULL, NULL);
}

#endif
