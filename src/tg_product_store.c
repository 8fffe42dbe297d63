#include "tg_product_store.h"

#include <stdlib.h>
#include <string.h>

#include "tg_json.h"
#include "tg_time.h"

/* A full listing's mark only moves forward; a delta (0) leaves it. */
#define TG_SEEN_RUN_UPDATE "seen_run = CASE WHEN excluded.seen_run > 0 THEN excluded.seen_run ELSE products.seen_run END"

static const char tg_sql_load[] =
	"SELECT shop_id, hash, data, message, active, state FROM products WHERE external_id = ?1";
static const char tg_sql_shop_id_owner[] =
	"SELECT 1 FROM products WHERE shop_id = ?1 AND external_id <> ?2";
static const char tg_sql_save_delivered[] =
	"INSERT INTO products (external_id, shop_id, sku, hash, data, message, tg_updated_at, active, seen_run,"
	"  state, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'synced', ?10) "
	"ON CONFLICT (external_id) DO UPDATE SET shop_id = excluded.shop_id, sku = excluded.sku,"
	"  hash = excluded.hash, data = excluded.data, message = excluded.message,"
	"  tg_updated_at = excluded.tg_updated_at, active = excluded.active, state = 'synced',"
	"  synced_at = excluded.synced_at, " TG_SEEN_RUN_UPDATE;
static const char tg_sql_save_failed[] =
	"INSERT INTO products (external_id, shop_id, sku, hash, data, message, tg_updated_at, active, seen_run, state)"
	"  VALUES (?1, NULL, ?3, NULL, ?5, ?6, ?7, ?8, ?9, 'error') "
	"ON CONFLICT (external_id) DO UPDATE SET sku = excluded.sku, hash = NULL, data = excluded.data,"
	"  message = excluded.message, tg_updated_at = excluded.tg_updated_at, active = excluded.active,"
	"  state = 'error', " TG_SEEN_RUN_UPDATE;
static const char tg_sql_save_invalid[] =
	"INSERT INTO products (external_id, message, seen_run, state) VALUES (?1, ?6, ?9, 'error') "
	"ON CONFLICT (external_id) DO UPDATE SET message = excluded.message, state = 'error', " TG_SEEN_RUN_UPDATE;
static const char tg_sql_mark_listed[] =
	"UPDATE products SET state = 'synced', message = ?6,"
	"  seen_run = CASE WHEN ?9 > 0 THEN ?9 ELSE seen_run END WHERE external_id = ?1";

int tg_product_store_open(tg_product_store *products, tg_store *store, tg_error *err)
{
	sqlite3 *db = tg_store_db(store);

	memset(products, 0, sizeof(*products));
	products->store = store;
	if (sqlite3_prepare_v2(db, tg_sql_load, -1, &products->load, NULL) != SQLITE_OK
		|| sqlite3_prepare_v2(db, tg_sql_shop_id_owner, -1, &products->shop_id_owner, NULL) != SQLITE_OK
		|| sqlite3_prepare_v2(db, tg_sql_save_delivered, -1, &products->save_delivered, NULL) != SQLITE_OK
		|| sqlite3_prepare_v2(db, tg_sql_save_failed, -1, &products->save_failed, NULL) != SQLITE_OK
		|| sqlite3_prepare_v2(db, tg_sql_save_invalid, -1, &products->save_invalid, NULL) != SQLITE_OK
		|| sqlite3_prepare_v2(db, tg_sql_mark_listed, -1, &products->mark_listed, NULL) != SQLITE_OK) {
		tg_store_fail(store, "preparing the product sync", err);
		tg_product_store_close(products);
		return -1;
	}
	return 0;
}

void tg_product_store_close(tg_product_store *products)
{
	sqlite3_finalize(products->load);
	sqlite3_finalize(products->shop_id_owner);
	sqlite3_finalize(products->save_delivered);
	sqlite3_finalize(products->save_failed);
	sqlite3_finalize(products->save_invalid);
	sqlite3_finalize(products->mark_listed);
	memset(products, 0, sizeof(*products));
}

static char *tg_column_copy(sqlite3_stmt *statement, int column)
{
	const unsigned char *text = sqlite3_column_text(statement, column);

	return text ? strdup((const char *) text) : NULL;
}

int tg_product_store_load(tg_product_store *products, const char *external_id, tg_product_row *row, tg_error *err)
{
	sqlite3_stmt *statement = products->load;
	int rc;

	memset(row, 0, sizeof(*row));
	sqlite3_reset(statement);
	sqlite3_bind_text(statement, 1, external_id, -1, SQLITE_STATIC);
	rc = sqlite3_step(statement);
	if (rc == SQLITE_ROW) {
		row->found = 1;
		row->shop_id = tg_column_copy(statement, 0);
		row->hash = tg_column_copy(statement, 1);
		row->data = tg_column_copy(statement, 2);
		row->message = tg_column_copy(statement, 3);
		row->active = sqlite3_column_int(statement, 4);
		row->synced = strcmp((const char *) sqlite3_column_text(statement, 5), "synced") == 0;
	}
	sqlite3_reset(statement);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		return tg_store_fail(products->store, "reading a product", err);
	}
	return 0;
}

void tg_product_row_free(tg_product_row *row)
{
	free(row->shop_id);
	free(row->hash);
	free(row->data);
	free(row->message);
	memset(row, 0, sizeof(*row));
}

/* The write statements share one parameter numbering, so each binds what it uses. */
static int tg_product_store_write(tg_product_store *products, sqlite3_stmt *statement, const tg_product_write *write,
	tg_error *err)
{
	int rc;

	sqlite3_reset(statement);
	sqlite3_clear_bindings(statement);
	sqlite3_bind_text(statement, 1, write->external_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(statement, 2, write->shop_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(statement, 3, write->sku, -1, SQLITE_STATIC);
	sqlite3_bind_text(statement, 4, write->hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(statement, 5, write->data, -1, SQLITE_STATIC);
	sqlite3_bind_text(statement, 6, write->message, -1, SQLITE_STATIC);
	sqlite3_bind_text(statement, 7, write->tg_updated_at, -1, SQLITE_STATIC);
	sqlite3_bind_int(statement, 8, write->active ? 1 : 0);
	sqlite3_bind_int64(statement, 9, write->seen_run);
	sqlite3_bind_double(statement, 10, tg_time_now());
	rc = sqlite3_step(statement);
	sqlite3_reset(statement);
	return rc == SQLITE_DONE ? 0 : tg_store_fail(products->store, "saving a product", err);
}

int tg_product_store_save_delivered(tg_product_store *products, const tg_product_write *write, tg_error *err)
{
	sqlite3_stmt *owner = products->shop_id_owner;
	int rc;

	sqlite3_reset(owner);
	sqlite3_bind_text(owner, 1, write->shop_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(owner, 2, write->external_id, -1, SQLITE_STATIC);
	rc = sqlite3_step(owner);
	sqlite3_reset(owner);
	if (rc == SQLITE_ROW) {
		return 1;
	}
	if (rc != SQLITE_DONE) {
		return tg_store_fail(products->store, "reading a product", err);
	}
	return tg_product_store_write(products, products->save_delivered, write, err);
}

int tg_product_store_save_failed(tg_product_store *products, const tg_product_write *write, tg_error *err)
{
	return tg_product_store_write(products, products->save_failed, write, err);
}

int tg_product_store_save_invalid(tg_product_store *products, const tg_product_write *write, tg_error *err)
{
	return tg_product_store_write(products, products->save_invalid, write, err);
}

int tg_product_store_mark_listed(tg_product_store *products, const tg_product_write *write, tg_error *err)
{
	return tg_product_store_write(products, products->mark_listed, write, err);
}

/* Runs a query of ids with two bound parameters and collects the first column. */
static int tg_product_store_ids(tg_product_store *products, const char *sql, const char *text, long number, int limit,
	char ***ids, size_t *count, tg_error *err)
{
	sqlite3_stmt *statement = NULL;
	char **found = calloc((size_t) limit, sizeof(*found));
	size_t n = 0;
	int rc;

	*ids = NULL;
	*count = 0;
	if (!found) {
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	if (sqlite3_prepare_v2(tg_store_db(products->store), sql, -1, &statement, NULL) != SQLITE_OK) {
		free(found);
		return tg_store_fail(products->store, "listing products", err);
	}
	if (text) {
		sqlite3_bind_text(statement, 1, text, -1, SQLITE_STATIC);
	} else {
		sqlite3_bind_int64(statement, 1, number);
	}
	sqlite3_bind_int(statement, 2, limit);
	while ((rc = sqlite3_step(statement)) == SQLITE_ROW && n < (size_t) limit) {
		if (!(found[n] = tg_column_copy(statement, 0))) {
			break;
		}
		n++;
	}
	sqlite3_finalize(statement);
	if (rc != SQLITE_DONE) {
		tg_product_ids_free(found, n);
		return rc == SQLITE_ROW ? tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory")
			: tg_store_fail(products->store, "listing products", err);
	}
	*ids = found;
	*count = n;
	return 0;
}

int tg_product_store_failed_ids(tg_product_store *products, const char *after_id, int limit, char ***ids,
	size_t *count, tg_error *err)
{
	return tg_product_store_ids(products,
		"SELECT external_id FROM products WHERE state = 'error' AND hash IS NULL AND data IS NOT NULL"
		"  AND external_id > ?1 ORDER BY external_id LIMIT ?2",
		after_id, 0, limit, ids, count, err);
}

int tg_product_store_missing_ids(tg_product_store *products, long run, int limit, char ***ids, size_t *count,
	tg_error *err)
{
	return tg_product_store_ids(products,
		"SELECT external_id FROM products WHERE active = 1 AND seen_run <> ?1 AND shop_id IS NOT NULL"
		"  AND data IS NOT NULL ORDER BY external_id LIMIT ?2",
		NULL, run, limit, ids, count, err);
}

int tg_product_store_forget_missing(tg_product_store *products, long run, tg_error *err)
{
	sqlite3_stmt *statement = NULL;
	int rc;

	if (sqlite3_prepare_v2(tg_store_db(products->store),
		"DELETE FROM products WHERE seen_run <> ?1 AND shop_id IS NULL", -1, &statement, NULL) != SQLITE_OK) {
		return tg_store_fail(products->store, "forgetting removed products", err);
	}
	sqlite3_bind_int64(statement, 1, run);
	rc = sqlite3_step(statement);
	sqlite3_finalize(statement);
	return rc == SQLITE_DONE ? 0 : tg_store_fail(products->store, "forgetting removed products", err);
}

int tg_product_store_next_run(tg_product_store *products, long *run, tg_error *err)
{
	sqlite3_stmt *statement = NULL;
	int rc;

	if (sqlite3_prepare_v2(tg_store_db(products->store), "SELECT COALESCE(MAX(seen_run), 0) + 1 FROM products", -1,
		&statement, NULL) != SQLITE_OK) {
		return tg_store_fail(products->store, "numbering a full listing", err);
	}
	rc = sqlite3_step(statement);
	if (rc == SQLITE_ROW) {
		*run = (long) sqlite3_column_int64(statement, 0);
	}
	sqlite3_finalize(statement);
	return rc == SQLITE_ROW ? 0 : tg_store_fail(products->store, "numbering a full listing", err);
}

void tg_product_ids_free(char **ids, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		free(ids[i]);
	}
	free(ids);
}

/* ---- The resume point, as JSON in one meta value so that it is written atomically ---- */

static const char *const tg_phase_names[] = {"products", "missing", "stock"};

int tg_listing_state_set(char **member, const char *value)
{
	char *copy = value ? strdup(value) : NULL;

	if (value && !copy) {
		return -1;
	}
	free(*member);
	*member = copy;
	return 0;
}

int tg_listing_state_load(tg_store *store, tg_listing_state *state, int *found, tg_error *err)
{
	char *text;
	json_object *root;
	const char *phase;
	long long run = 0;
	int present;
	tg_error ignored;

	memset(state, 0, sizeof(*state));
	*found = 0;
	tg_error_init(&ignored);
	text = tg_store_meta_get(store, TG_PRODUCT_META_LISTING, err);
	if (!text) {
		return err->kind == TG_OK ? 0 : -1;
	}
	root = tg_json_parse(text, strlen(text), &ignored);
	free(text);
	tg_error_clear(&ignored);
	phase = tg_json_get_string(root, "phase");
	for (int i = 0; phase && i < 3; i++) {
		if (strcmp(phase, tg_phase_names[i]) == 0) {
			state->phase = (tg_listing_phase) i;
			*found = 1;
		}
	}
	/* A resume point this version cannot read is dropped: the run starts the listing again. */
	if (*found && (tg_json_get_int64(root, "run", &run) != 0 || tg_json_get_int64(root, "max_seen", &state->max_seen) != 0
		|| tg_listing_state_set(&state->since, tg_json_get_nullable_string(root, "since", &present)) != 0
		|| tg_listing_state_set(&state->after, tg_json_get_nullable_string(root, "after", &present)) != 0)) {
		*found = 0;
	}
	state->run = (long) run;
	/* Absent in resume points written before it existed: unknown. */
	tg_json_get_int64(root, "started_at", &state->started_at);
	json_object_put(root);
	if (!*found) {
		tg_listing_state_free(state);
	}
	return 0;
}

int tg_listing_state_save(tg_store *store, const tg_listing_state *state, tg_error *err)
{
	json_object *root;
	int rc;

	if (state->phase == TG_LISTING_DONE) {
		return tg_store_exec(store, "DELETE FROM meta WHERE key = '" TG_PRODUCT_META_LISTING "'", err);
	}
	root = json_object_new_object();
	if (!root || tg_json_add_string(root, "phase", tg_phase_names[state->phase])
		|| tg_json_add_int64(root, "run", state->run) || tg_json_add_string(root, "since", state->since)
		|| tg_json_add_string(root, "after", state->after) || tg_json_add_int64(root, "max_seen", state->max_seen)
		|| tg_json_add_int64(root, "started_at", state->started_at)) {
		json_object_put(root);
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	rc = tg_store_meta_set(store, TG_PRODUCT_META_LISTING, json_object_to_json_string_ext(root, JSON_C_TO_STRING_PLAIN),
		err);
	json_object_put(root);
	return rc;
}

void tg_listing_state_free(tg_listing_state *state)
{
	free(state->since);
	free(state->after);
	memset(state, 0, sizeof(*state));
}

int tg_product_cursor_load(tg_store *store, const char *key, long long *epoch, tg_error *err)
{
	char *text = tg_store_meta_get(store, key, err);

	*epoch = 0;
	if (!text) {
		return err->kind == TG_OK ? 0 : -1;
	}
	/* An unreadable cursor means a full listing, which is always safe. */
	if (tg_time_parse(text, epoch) != 0) {
		*epoch = 0;
	}
	free(text);
	return 0;
}

int tg_product_cursor_save(tg_store *store, const char *key, long long epoch, tg_error *err)
{
	char text[32];

	tg_time_format(epoch, text, sizeof(text));
	return tg_store_meta_set(store, key, text, err);
}
