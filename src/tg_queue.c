#include "tg_queue.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tg_json.h"
#include "tg_order.h"

typedef struct {
	char state[16];
	char *payload;
	int ambiguous;
	double lease_until;
	int found;
} tg_queue_row;

static int tg_prepare(tg_store *store, const char *sql, sqlite3_stmt **statement, const char *what, tg_error *err)
{
	if (sqlite3_prepare_v2(tg_store_db(store), sql, -1, statement, NULL) != SQLITE_OK) {
		*statement = NULL;
		return tg_store_fail(store, what, err);
	}
	return 0;
}

/* Runs a prepared change to its end and finalizes it; the number of rows it changed, -1 on error. */
static int tg_finish_change(tg_store *store, sqlite3_stmt *statement, const char *what, tg_error *err)
{
	int rc = sqlite3_step(statement);

	sqlite3_finalize(statement);
	if (rc != SQLITE_DONE) {
		return tg_store_fail(store, what, err);
	}
	return sqlite3_changes(tg_store_db(store));
}

static const char *tg_payload_text(json_object *order)
{
	return json_object_to_json_string_ext(order, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
}

static const char *tg_column_text(sqlite3_stmt *statement, int column)
{
	const unsigned char *text = sqlite3_column_text(statement, column);

	return text ? (const char *) text : "";
}

static char *tg_column_copy(sqlite3_stmt *statement, int column)
{
	return sqlite3_column_type(statement, column) == SQLITE_NULL ? NULL : strdup(tg_column_text(statement, column));
}

/* A stored payload as JSON; NULL when it was pruned or cannot be read. */
static json_object *tg_payload_parse(const char *payload)
{
	tg_error ignored;
	json_object *order;

	if (!payload) {
		return NULL;
	}
	tg_error_init(&ignored);
	order = tg_json_parse(payload, strlen(payload), &ignored);
	tg_error_clear(&ignored);
	return order;
}

static int tg_read_row(tg_store *store, const char *id, tg_queue_row *row, tg_error *err)
{
	sqlite3_stmt *statement;
	int rc;

	memset(row, 0, sizeof(*row));
	if (tg_prepare(store, "SELECT state, payload, ambiguous, lease_until FROM orders WHERE shop_id = ?1", &statement,
		"reading a queued order", err) != 0) {
		return -1;
	}
	sqlite3_bind_text(statement, 1, id, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(statement);
	if (rc == SQLITE_ROW) {
		row->found = 1;
		snprintf(row->state, sizeof(row->state), "%s", tg_column_text(statement, 0));
		row->payload = tg_column_copy(statement, 1);
		row->ambiguous = sqlite3_column_int(statement, 2);
		row->lease_until = sqlite3_column_double(statement, 3);
	}
	sqlite3_finalize(statement);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		return tg_store_fail(store, "reading a queued order", err);
	}
	return 0;
}

/* A known order takes a new payload only while TotalGest cannot hold the earlier one: not while
 * it is being sent, not once exported, not after an attempt whose outcome is unknown. */
static int tg_payload_replaceable(const tg_queue_row *row)
{
	return !row->ambiguous
		&& (strcmp(row->state, "pending") == 0 || strcmp(row->state, "retrying") == 0 || strcmp(row->state, "failed") == 0);
}

static int tg_insert(tg_store *store, const char *id, const char *payload, const char *state, const char *owner,
	double lease_until, long attempts, double now, tg_error *err)
{
	sqlite3_stmt *statement;

	if (tg_prepare(store,
		"INSERT INTO orders (shop_id, payload, state, attempts, next_attempt_at, lease_owner, lease_until, created_at, updated_at) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?5, ?5)", &statement, "queueing an order", err) != 0) {
		return -1;
	}
	sqlite3_bind_text(statement, 1, id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(statement, 2, payload, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(statement, 3, state, -1, SQLITE_STATIC);
	sqlite3_bind_int64(statement, 4, attempts);
	sqlite3_bind_double(statement, 5, now);
	if (owner) {
		sqlite3_bind_text(statement, 6, owner, -1, SQLITE_TRANSIENT);
		sqlite3_bind_double(statement, 7, lease_until);
	}
	return tg_finish_change(store, statement, "queueing an order", err) < 0 ? -1 : 0;
}

/* The shop changed an order TotalGest does not have: the new version is what gets sent. A failed
 * order gets another series of attempts, since the change may be the fix. */
static int tg_replace_payload(tg_store *store, const char *id, const char *payload, double now, tg_error *err)
{
	sqlite3_stmt *statement;

	if (tg_prepare(store,
		"UPDATE orders SET payload = ?2, updated_at = ?3, "
		"  attempts = CASE state WHEN 'failed' THEN 0 ELSE attempts END, "
		"  next_attempt_at = CASE state WHEN 'failed' THEN ?3 ELSE next_attempt_at END, "
		"  error_code = CASE state WHEN 'failed' THEN NULL ELSE error_code END, "
		"  error_message = CASE state WHEN 'failed' THEN NULL ELSE error_message END, "
		"  state = CASE state WHEN 'failed' THEN 'pending' ELSE state END "
		"WHERE shop_id = ?1", &statement, "updating a queued order", err) != 0) {
		return -1;
	}
	sqlite3_bind_text(statement, 1, id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(statement, 2, payload, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(statement, 3, now);
	return tg_finish_change(store, statement, "updating a queued order", err) < 0 ? -1 : 0;
}

int tg_queue_enqueue(tg_store *store, json_object *order, double now, tg_error *err)
{
	const char *id = tg_order_id(order);
	const char *payload = tg_payload_text(order);
	tg_queue_row row;
	int queued = 0;

	if (!id || !payload) {
		return tg_error_set(err, TG_ERR_INTERNAL, "invalid_order", "The order to queue has no id");
	}
	if (tg_store_begin(store, err) != 0) {
		return -1;
	}
	if (tg_read_row(store, id, &row, err) != 0) {
		tg_store_rollback(store);
		return -1;
	}
	if (!row.found) {
		queued = tg_insert(store, id, payload, "pending", NULL, 0, 0, now, err) == 0 ? 1 : -1;
	} else if (tg_payload_replaceable(&row) && strcmp(row.payload ? row.payload : "", payload) != 0) {
		queued = tg_replace_payload(store, id, payload, now, err);
	}
	free(row.payload);
	if (queued < 0) {
		tg_store_rollback(store);
		return -1;
	}
	return tg_store_commit(store, err) == 0 ? queued : -1;
}

static int tg_items_grow(tg_queue_item **items, size_t count, size_t *capacity)
{
	tg_queue_item *grown;

	if (count < *capacity) {
		return 0;
	}
	*capacity = *capacity ? *capacity * 2 : 8;
	grown = realloc(*items, *capacity * sizeof(*grown));
	if (!grown) {
		return -1;
	}
	*items = grown;
	return 0;
}

int tg_queue_claim(tg_store *store, const char *owner, size_t max, double lease_until, double now,
	tg_queue_item **items, size_t *count, tg_error *err)
{
	sqlite3_stmt *statement;
	size_t capacity = 0;
	int rc;

	*items = NULL;
	*count = 0;
	if (tg_store_begin(store, err) != 0) {
		return -1;
	}
	/* One statement picks and leases the orders under the write lock, so no two workers can take
	 * the same one. A running order whose lease ended belonged to a worker that died mid-send:
	 * TotalGest may have it, hence ambiguous. */
	if (tg_prepare(store,
		"UPDATE orders SET state = 'running', lease_owner = ?1, lease_until = ?2, attempts = attempts + 1, "
		"  ambiguous = CASE state WHEN 'running' THEN 1 ELSE ambiguous END, updated_at = ?3 "
		"WHERE shop_id IN (SELECT shop_id FROM orders "
		"  WHERE (state IN ('pending', 'retrying') AND next_attempt_at <= ?3) OR (state = 'running' AND lease_until < ?3) "
		"  ORDER BY next_attempt_at, created_at LIMIT ?4) "
		"RETURNING shop_id, payload, attempts, ambiguous", &statement, "claiming queued orders", err) != 0) {
		tg_store_rollback(store);
		return -1;
	}
	sqlite3_bind_text(statement, 1, owner, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(statement, 2, lease_until);
	sqlite3_bind_double(statement, 3, now);
	sqlite3_bind_int64(statement, 4, (sqlite3_int64) max);
	while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
		tg_queue_item *item;
		if (tg_items_grow(items, *count, &capacity) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		item = &(*items)[(*count)++];
		item->id = strdup(tg_column_text(statement, 0));
		item->order = tg_payload_parse((const char *) sqlite3_column_text(statement, 1));
		item->attempts = (long) sqlite3_column_int64(statement, 2);
		item->ambiguous = sqlite3_column_int(statement, 3);
	}
	sqlite3_finalize(statement);
	if (rc != SQLITE_DONE) {
		tg_store_fail(store, "claiming queued orders", err);
		tg_store_rollback(store);
		tg_queue_items_free(*items, *count);
		*items = NULL;
		*count = 0;
		return -1;
	}
	if (tg_store_commit(store, err) != 0) {
		tg_queue_items_free(*items, *count);
		*items = NULL;
		*count = 0;
		return -1;
	}
	return 0;
}

/* Leases a known order for the manual export, with a fresh series of attempts. */
static int tg_take_known(tg_store *store, const char *owner, json_object *order, const tg_queue_row *row,
	double lease_until, double now, tg_queue_item *item, tg_error *err)
{
	/* A running order with an ended lease was being sent by a worker that died. */
	int ambiguous = row->ambiguous || strcmp(row->state, "running") == 0;
	int replace = !ambiguous && tg_payload_replaceable(row);
	sqlite3_stmt *statement;

	if (tg_prepare(store,
		"UPDATE orders SET state = 'running', lease_owner = ?2, lease_until = ?3, attempts = 1, ambiguous = ?4, "
		"  payload = CASE WHEN ?5 THEN ?6 ELSE payload END, error_code = NULL, error_message = NULL, updated_at = ?7 "
		"WHERE shop_id = ?1", &statement, "claiming an order", err) != 0) {
		return -1;
	}
	sqlite3_bind_text(statement, 1, tg_order_id(order), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(statement, 2, owner, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(statement, 3, lease_until);
	sqlite3_bind_int(statement, 4, ambiguous);
	sqlite3_bind_int(statement, 5, replace);
	sqlite3_bind_text(statement, 6, tg_payload_text(order), -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(statement, 7, now);
	if (tg_finish_change(store, statement, "claiming an order", err) < 0) {
		return -1;
	}
	item->attempts = 1;
	item->ambiguous = ambiguous;
	item->order = replace ? NULL : tg_payload_parse(row->payload);
	if (!item->order) {
		item->order = json_object_get(order);
	}
	return 0;
}

int tg_queue_take(tg_store *store, const char *owner, json_object *const *orders, size_t count, double lease_until,
	double now, tg_take_result *takes, tg_queue_item **items, size_t *item_count, tg_error *err)
{
	size_t capacity = 0;
	int rc = 0;

	*items = NULL;
	*item_count = 0;
	if (tg_store_begin(store, err) != 0) {
		return -1;
	}
	for (size_t i = 0; i < count && rc == 0; i++) {
		const char *id = tg_order_id(orders[i]);
		tg_queue_row row;
		tg_queue_item *item;

		if ((rc = tg_read_row(store, id, &row, err)) != 0) {
			break;
		}
		if (row.found && strcmp(row.state, "exported") == 0) {
			takes[i] = TG_TAKE_EXPORTED;
		} else if (row.found && strcmp(row.state, "running") == 0 && row.lease_until >= now) {
			takes[i] = TG_TAKE_BUSY;
		} else if (tg_items_grow(items, *item_count, &capacity) != 0) {
			rc = tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
		} else {
			takes[i] = TG_TAKE_CLAIMED;
			item = &(*items)[*item_count];
			memset(item, 0, sizeof(*item));
			item->id = strdup(id);
			if (!row.found) {
				rc = tg_insert(store, id, tg_payload_text(orders[i]), "running", owner, lease_until, 1, now, err);
				item->attempts = 1;
				item->order = json_object_get(orders[i]);
			} else {
				rc = tg_take_known(store, owner, orders[i], &row, lease_until, now, item, err);
			}
			(*item_count)++;
		}
		free(row.payload);
	}
	if (rc != 0 || tg_store_commit(store, err) != 0) {
		tg_store_rollback(store);
		tg_queue_items_free(*items, *item_count);
		*items = NULL;
		*item_count = 0;
		return -1;
	}
	return 0;
}

int tg_queue_renew(tg_store *store, const char *owner, const tg_queue_item *items, size_t count, double lease_until,
	int *held, tg_error *err)
{
	int rc = 0;

	if (tg_store_begin(store, err) != 0) {
		return -1;
	}
	for (size_t i = 0; i < count && rc == 0; i++) {
		sqlite3_stmt *statement;
		if (tg_prepare(store,
			"UPDATE orders SET lease_until = ?3 WHERE shop_id = ?1 AND state = 'running' AND lease_owner = ?2",
			&statement, "renewing a lease", err) != 0) {
			rc = -1;
			break;
		}
		sqlite3_bind_text(statement, 1, items[i].id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(statement, 2, owner, -1, SQLITE_TRANSIENT);
		sqlite3_bind_double(statement, 3, lease_until);
		rc = tg_finish_change(store, statement, "renewing a lease", err);
		if (held && rc >= 0) {
			held[i] = rc > 0;
		}
		rc = rc < 0 ? -1 : 0;
	}
	if (rc != 0) {
		tg_store_rollback(store);
		return -1;
	}
	return tg_store_commit(store, err);
}

int tg_queue_mark_exported(tg_store *store, const char *id, const char *tg_id, const char *tg_number, double now,
	tg_error *err)
{
	sqlite3_stmt *statement;
	int changed;

	if (tg_prepare(store,
		"UPDATE orders SET state = 'exported', tg_id = ?2, tg_number = ?3, exported_at = ?4, updated_at = ?4, "
		"  lease_owner = NULL, lease_until = NULL, ambiguous = 0, error_code = NULL, error_message = NULL "
		"WHERE shop_id = ?1 AND state <> 'exported'", &statement, "saving an exported order", err) != 0) {
		return -1;
	}
	sqlite3_bind_text(statement, 1, id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(statement, 2, tg_id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(statement, 3, tg_number, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(statement, 4, now);
	changed = tg_finish_change(store, statement, "saving an exported order", err);
	return changed < 0 ? -1 : changed > 0;
}

/* Ends owner's lease with the given state; nothing when the lease went to another worker. */
static int tg_end_lease(tg_store *store, const char *owner, const char *id, const char *state, double next_attempt_at,
	int ambiguous, int attempt_counted, const char *code, const char *message, double now, tg_error *err)
{
	sqlite3_stmt *statement;
	int changed;

	if (tg_prepare(store,
		"UPDATE orders SET state = ?3, next_attempt_at = ?4, ambiguous = ?5, attempts = attempts - ?6, "
		"  error_code = ?7, error_message = ?8, updated_at = ?9, lease_owner = NULL, lease_until = NULL "
		"WHERE shop_id = ?1 AND state = 'running' AND lease_owner = ?2", &statement, "saving an export attempt", err) != 0) {
		return -1;
	}
	sqlite3_bind_text(statement, 1, id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(statement, 2, owner, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(statement, 3, state, -1, SQLITE_STATIC);
	sqlite3_bind_double(statement, 4, next_attempt_at);
	sqlite3_bind_int(statement, 5, ambiguous);
	sqlite3_bind_int(statement, 6, attempt_counted ? 0 : 1);
	sqlite3_bind_text(statement, 7, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(statement, 8, message, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(statement, 9, now);
	changed = tg_finish_change(store, statement, "saving an export attempt", err);
	return changed < 0 ? -1 : changed > 0;
}

int tg_queue_mark_retrying(tg_store *store, const char *owner, const char *id, double next_attempt_at, int ambiguous,
	const char *code, const char *message, double now, tg_error *err)
{
	return tg_end_lease(store, owner, id, "retrying", next_attempt_at, ambiguous, 1, code, message, now, err);
}

int tg_queue_mark_failed(tg_store *store, const char *owner, const char *id, int ambiguous, const char *code,
	const char *message, double now, tg_error *err)
{
	return tg_end_lease(store, owner, id, "failed", now, ambiguous, 1, code, message, now, err);
}

int tg_queue_release(tg_store *store, const char *owner, const char *id, int ambiguous, double next_attempt_at,
	const char *code, const char *message, double now, tg_error *err)
{
	return tg_end_lease(store, owner, id, "retrying", next_attempt_at, ambiguous, 0, code, message, now, err);
}

int tg_queue_stats_read(tg_store *store, double now, tg_queue_stats *stats, tg_error *err)
{
	sqlite3_stmt *statement;
	int rc;

	memset(stats, 0, sizeof(*stats));
	if (tg_prepare(store, "SELECT state, COUNT(*) FROM orders GROUP BY state", &statement, "reading the queue", err) != 0) {
		return -1;
	}
	while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
		const char *state = tg_column_text(statement, 0);
		long count = (long) sqlite3_column_int64(statement, 1);
		if (strcmp(state, "pending") == 0) {
			stats->pending = count;
		} else if (strcmp(state, "retrying") == 0) {
			stats->retrying = count;
		} else if (strcmp(state, "running") == 0) {
			stats->running = count;
		} else if (strcmp(state, "failed") == 0) {
			stats->failed = count;
		} else if (strcmp(state, "exported") == 0) {
			stats->exported = count;
		}
	}
	sqlite3_finalize(statement);
	if (rc != SQLITE_DONE) {
		return tg_store_fail(store, "reading the queue", err);
	}
	if (tg_prepare(store, "SELECT MIN(created_at) FROM orders WHERE state IN ('pending', 'retrying', 'running')",
		&statement, "reading the queue", err) != 0) {
		return -1;
	}
	rc = sqlite3_step(statement);
	if (rc == SQLITE_ROW && sqlite3_column_type(statement, 0) != SQLITE_NULL) {
		double age = now - sqlite3_column_double(statement, 0);
		stats->oldest_pending_age_s = age > 0 ? (long) floor(age) : 0;
	}
	sqlite3_finalize(statement);
	return rc == SQLITE_ROW ? 0 : tg_store_fail(store, "reading the queue", err);
}

int tg_queue_failed(tg_store *store, long limit, tg_queue_failure **failures, size_t *count, tg_error *err)
{
	sqlite3_stmt *statement;
	size_t capacity = 0;
	int rc;

	*failures = NULL;
	*count = 0;
	if (tg_prepare(store,
		"SELECT shop_id, attempts, error_code, error_message, updated_at FROM orders WHERE state = 'failed' "
		"ORDER BY updated_at DESC, shop_id LIMIT ?1", &statement, "reading failed orders", err) != 0) {
		return -1;
	}
	sqlite3_bind_int64(statement, 1, limit);
	while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
		tg_queue_failure *failure;
		if (*count == capacity) {
			tg_queue_failure *grown;
			capacity = capacity ? capacity * 2 : 8;
			grown = realloc(*failures, capacity * sizeof(*grown));
			if (!grown) {
				rc = SQLITE_NOMEM;
				break;
			}
			*failures = grown;
		}
		failure = &(*failures)[(*count)++];
		failure->id = strdup(tg_column_text(statement, 0));
		failure->attempts = (long) sqlite3_column_int64(statement, 1);
		failure->code = strdup(tg_column_text(statement, 2));
		failure->message = strdup(tg_column_text(statement, 3));
		failure->updated_at = sqlite3_column_double(statement, 4);
	}
	sqlite3_finalize(statement);
	if (rc != SQLITE_DONE) {
		tg_queue_failures_free(*failures, *count);
		*failures = NULL;
		*count = 0;
		return tg_store_fail(store, "reading failed orders", err);
	}
	return 0;
}

long tg_queue_retry(tg_store *store, const char *const *ids, size_t count, double now, tg_error *err)
{
	long moved = 0;

	if (tg_store_begin(store, err) != 0) {
		return -1;
	}
	for (size_t i = 0; i < count; i++) {
		sqlite3_stmt *statement;
		int changed;
		if (tg_prepare(store,
			"UPDATE orders SET state = 'pending', attempts = 0, next_attempt_at = ?2, error_code = NULL, "
			"  error_message = NULL, updated_at = ?2 WHERE shop_id = ?1 AND state IN ('failed', 'retrying')",
			&statement, "retrying orders", err) != 0) {
			tg_store_rollback(store);
			return -1;
		}
		sqlite3_bind_text(statement, 1, ids[i], -1, SQLITE_TRANSIENT);
		sqlite3_bind_double(statement, 2, now);
		changed = tg_finish_change(store, statement, "retrying orders", err);
		if (changed < 0) {
			tg_store_rollback(store);
			return -1;
		}
		moved += changed;
	}
	return tg_store_commit(store, err) == 0 ? moved : -1;
}

long tg_queue_prune(tg_store *store, double exported_before, tg_error *err)
{
	sqlite3_stmt *statement;

	if (tg_prepare(store,
		"UPDATE orders SET payload = NULL WHERE state = 'exported' AND payload IS NOT NULL AND exported_at < ?1",
		&statement, "pruning exported orders", err) != 0) {
		return -1;
	}
	sqlite3_bind_double(statement, 1, exported_before);
	return tg_finish_change(store, statement, "pruning exported orders", err);
}

void tg_queue_items_free(tg_queue_item *items, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		free(items[i].id);
		json_object_put(items[i].order);
	}
	free(items);
}

void tg_queue_failures_free(tg_queue_failure *failures, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		free(failures[i].id);
		free(failures[i].code);
		free(failures[i].message);
	}
	free(failures);
}
