/* The queue's state machine on a real SQLite store: enqueue, leased claims, outcomes, the admin's
 * take, retry, prune, and claims of concurrent processes. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tg_json.h"
#include "tg_queue.h"
#include "tg_test.h"
#include "tg_test_store.h"
#include "tg_test_orders.h"

#define TG_T0 1000000.0
#define TG_CONCURRENT_ORDERS 400
#define TG_CONCURRENT_WORKERS 4

static int tg_enqueue(tg_store *store, const char *id, const char *notes, double now)
{
	json_object *order = tg_test_order(id, notes);
	tg_error err;
	int rc;

	tg_error_init(&err);
	rc = tg_queue_enqueue(store, order, now, &err);
	tg_error_clear(&err);
	json_object_put(order);
	return rc;
}

/* Claims at most one order; its notes (the marker of its payload version) in notes. */
static size_t tg_claim_one(tg_store *store, const char *owner, double lease_until, double now, tg_queue_item *out,
	char *notes, size_t notes_size)
{
	tg_queue_item *items = NULL;
	size_t count = 0;
	tg_error err;

	tg_error_init(&err);
	TG_CHECK(tg_queue_claim(store, owner, 1, lease_until, now, &items, &count, &err) == 0);
	if (count == 1) {
		out->attempts = items[0].attempts;
		out->ambiguous = items[0].ambiguous;
		snprintf(notes, notes_size, "%s", tg_json_get_string(items[0].order, "notes"));
	}
	tg_queue_items_free(items, count);
	tg_error_clear(&err);
	return count;
}

static tg_queue_stats tg_stats(tg_store *store, double now)
{
	tg_queue_stats stats;
	tg_error err;

	tg_error_init(&err);
	TG_CHECK(tg_queue_stats_read(store, now, &stats, &err) == 0);
	tg_error_clear(&err);
	return stats;
}

static void tg_test_lifecycle(tg_store *store)
{
	tg_queue_item item = {0};
	tg_queue_stats stats;
	tg_queue_failure *failures = NULL;
	size_t count = 0;
	char notes[64];
	tg_error err;

	tg_error_init(&err);
	TG_CHECK(tg_enqueue(store, "1001", "first", TG_T0) == 1);
	TG_CHECK(tg_enqueue(store, "1001", "first", TG_T0) == 0);
	stats = tg_stats(store, TG_T0 + 5);
	TG_CHECK(stats.pending == 1 && stats.oldest_pending_age_s == 5);

	/* Changed before any attempt: the new version is the one sent. */
	TG_CHECK(tg_enqueue(store, "1001", "second", TG_T0 + 1) == 0);
	TG_CHECK(tg_claim_one(store, "a", TG_T0 + 100, TG_T0 + 2, &item, notes, sizeof(notes)) == 1);
	TG_CHECK_STR(notes, "second");
	TG_CHECK(item.attempts == 1 && item.ambiguous == 0);
	TG_CHECK(tg_stats(store, TG_T0 + 2).running == 1);

	/* While a's lease runs nobody else takes it, and a change waits. */
	TG_CHECK(tg_claim_one(store, "b", TG_T0 + 300, TG_T0 + 3, &item, notes, sizeof(notes)) == 0);
	TG_CHECK(tg_enqueue(store, "1001", "third", TG_T0 + 4) == 0);

	/* a died: when its lease ends, b takes the order, not knowing whether a sent it. */
	TG_CHECK(tg_claim_one(store, "b", TG_T0 + 300, TG_T0 + 101, &item, notes, sizeof(notes)) == 1);
	TG_CHECK_STR(notes, "second");
	TG_CHECK(item.attempts == 2 && item.ambiguous == 1);
	/* What a learns now is dropped: the order is b's. */
	TG_CHECK(tg_queue_mark_retrying(store, "a", "1001", TG_T0 + 500, 0, "timeout", "late", TG_T0 + 102, &err) == 0);
	TG_CHECK(tg_queue_mark_failed(store, "b", "1001", 0, "order_rejected", "VAT number rejected", TG_T0 + 103, &err) == 1);
	TG_CHECK(tg_queue_failed(store, 50, &failures, &count, &err) == 0 && count == 1);
	if (count == 1) {
		TG_CHECK_STR(failures[0].id, "1001");
		TG_CHECK_STR(failures[0].code, "order_rejected");
		TG_CHECK_STR(failures[0].message, "VAT number rejected");
		TG_CHECK(failures[0].attempts == 2 && failures[0].updated_at == TG_T0 + 103);
	}
	tg_queue_failures_free(failures, count);

	/* The shop fixes the refused order: it is queued again with fresh attempts. */
	TG_CHECK(tg_enqueue(store, "1001", "fixed", TG_T0 + 104) == 0);
	stats = tg_stats(store, TG_T0 + 104);
	TG_CHECK(stats.pending == 1 && stats.failed == 0);
	TG_CHECK(tg_claim_one(store, "c", TG_T0 + 300, TG_T0 + 105, &item, notes, sizeof(notes)) == 1);
	TG_CHECK_STR(notes, "fixed");
	TG_CHECK(item.attempts == 1);
	TG_CHECK(tg_queue_mark_exported(store, "1001", "O-000001", "2026-000001", TG_T0 + 110, &err) == 1);
	/* Exported: TotalGest's order stands, whatever the shop changes. */
	TG_CHECK(tg_enqueue(store, "1001", "late change", TG_T0 + 111) == 0);
	stats = tg_stats(store, TG_T0 + 111);
	TG_CHECK(stats.exported == 1 && stats.pending == 0 && stats.oldest_pending_age_s == 0);
	char *number = tg_test_column_text(store, "SELECT tg_number FROM orders WHERE shop_id = ?1", "1001");
	TG_CHECK_STR(number, "2026-000001");
	free(number);
	char *payload = tg_test_column_text(store, "SELECT payload FROM orders WHERE shop_id = ?1", "1001");
	TG_CHECK(payload && strstr(payload, "\"fixed\""));
	free(payload);
	tg_error_clear(&err);
}

static void tg_test_retry_and_release(tg_store *store)
{
	const char *ids[] = {"1002", "1001", "unknown"};
	tg_queue_item item = {0};
	char notes[64];
	tg_error err;

	tg_error_init(&err);
	TG_CHECK(tg_enqueue(store, "1002", "x", TG_T0 + 200) == 1);
	TG_CHECK(tg_claim_one(store, "d", TG_T0 + 400, TG_T0 + 201, &item, notes, sizeof(notes)) == 1);
	TG_CHECK(tg_queue_mark_retrying(store, "d", "1002", TG_T0 + 500, 1, "timeout", "no answer", TG_T0 + 202, &err) == 1);
	TG_CHECK(tg_stats(store, TG_T0 + 202).retrying == 1);
	/* Not due before its time, due after. */
	TG_CHECK(tg_claim_one(store, "e", TG_T0 + 900, TG_T0 + 499, &item, notes, sizeof(notes)) == 0);
	TG_CHECK(tg_claim_one(store, "e", TG_T0 + 900, TG_T0 + 501, &item, notes, sizeof(notes)) == 1);
	TG_CHECK(item.attempts == 2 && item.ambiguous == 1);
	/* A change after an attempt with an unknown outcome is not taken: TotalGest may have the first. */
	TG_CHECK(tg_queue_release(store, "e", "1002", 1, TG_T0 + 510, "invalid_credentials", "refused", TG_T0 + 502, &err) == 1);
	TG_CHECK(tg_test_column_double(store, "SELECT attempts FROM orders WHERE shop_id = ?1", "1002") == 1);
	TG_CHECK(tg_enqueue(store, "1002", "changed", TG_T0 + 503) == 0);
	char *payload = tg_test_column_text(store, "SELECT payload FROM orders WHERE shop_id = ?1", "1002");
	TG_CHECK(payload && strstr(payload, "\"x\""));
	free(payload);

	/* retry: only failed or retrying orders move, exported and unknown ones do not. */
	TG_CHECK(tg_queue_retry(store, ids, 3, TG_T0 + 504, &err) == 1);
	TG_CHECK(tg_stats(store, TG_T0 + 504).pending == 1);
	TG_CHECK(tg_test_column_double(store, "SELECT attempts FROM orders WHERE shop_id = ?1", "1002") == 0);
	TG_CHECK(tg_test_column_double(store, "SELECT next_attempt_at FROM orders WHERE shop_id = ?1", "1002") == TG_T0 + 504);
	tg_error_clear(&err);
}

static void tg_test_take(tg_store *store)
{
	json_object *orders[4] = {
		tg_test_order("1001", "admin"), tg_test_order("1002", "admin"), tg_test_order("1003", "admin"),
		tg_test_order("1004", "admin"),
	};
	tg_take_result takes[4];
	tg_queue_item item = {0}, *items = NULL;
	size_t count = 0;
	char notes[64];
	tg_error err;

	tg_error_init(&err);
	/* 1002 is with a worker; 1004 failed before. */
	TG_CHECK(tg_claim_one(store, "w", TG_T0 + 1000, TG_T0 + 600, &item, notes, sizeof(notes)) == 1);
	TG_CHECK(tg_enqueue(store, "1004", "old", TG_T0 + 601) == 1);
	tg_test_exec(store, "UPDATE orders SET state = 'failed', attempts = 8 WHERE shop_id = '1004'");
	TG_CHECK(tg_queue_take(store, "admin", orders, 4, TG_T0 + 700, TG_T0 + 602, takes, &items, &count, &err) == 0);
	TG_CHECK(takes[0] == TG_TAKE_EXPORTED && takes[1] == TG_TAKE_BUSY && takes[2] == TG_TAKE_CLAIMED
		&& takes[3] == TG_TAKE_CLAIMED);
	TG_CHECK(count == 2);
	if (count == 2) {
		TG_CHECK_STR(items[0].id, "1003");
		TG_CHECK_STR(items[1].id, "1004");
		TG_CHECK_STR(tg_json_get_string(items[1].order, "notes"), "admin");
		TG_CHECK(items[1].attempts == 1 && items[1].ambiguous == 0);
	}
	TG_CHECK(tg_test_column_double(store, "SELECT attempts FROM orders WHERE shop_id = ?1", "1004") == 1);
	TG_CHECK(tg_stats(store, TG_T0 + 602).running == 3);
	tg_queue_items_free(items, count);
	for (size_t i = 0; i < 4; i++) {
		json_object_put(orders[i]);
	}
	tg_error_clear(&err);
}

static void tg_test_prune(tg_store *store)
{
	tg_error err;

	tg_error_init(&err);
	TG_CHECK(tg_queue_prune(store, TG_T0 + 100, &err) == 0);
	TG_CHECK(tg_queue_prune(store, TG_T0 + 111, &err) == 1);
	TG_CHECK(tg_test_column_double(store, "SELECT payload FROM orders WHERE shop_id = ?1", "1001") == -2);
	TG_CHECK(tg_stats(store, TG_T0 + 111).exported == 1);
	tg_error_clear(&err);
}

/* A worker process: claims and exports until the queue is empty, writing each id it took. */
static void tg_worker(const char *path, int worker, int out)
{
	tg_error err;
	tg_store *store;
	char owner[32];

	tg_error_init(&err);
	store = tg_store_open(path, &err);
	snprintf(owner, sizeof(owner), "worker-%d", worker);
	for (;;) {
		tg_queue_item *items = NULL;
		size_t count = 0;
		double now = TG_T0 + 2000;
		if (!store || tg_queue_claim(store, owner, 4, now + 60, now, &items, &count, &err) != 0 || count == 0) {
			break;
		}
		for (size_t i = 0; i < count; i++) {
			char line[32];
			int len = snprintf(line, sizeof(line), "%s\n", items[i].id);
			tg_queue_mark_exported(store, items[i].id, "O", "N", now, &err);
			if (write(out, line, (size_t) len) != len) {
				_exit(2);
			}
		}
		tg_queue_items_free(items, count);
	}
	tg_store_close(store);
	_exit(err.kind == TG_OK ? 0 : 1);
}

/* Four processes drain one queue: each order is taken exactly once. */
static void tg_test_concurrent_workers(const char *path)
{
	tg_store *store;
	tg_error err;
	int taken[TG_CONCURRENT_ORDERS] = {0};
	int pipe_ends[2], status, workers_ok = 1, all_once = 1, total = 0;
	char buffer[8192], line[32];
	size_t line_len = 0;
	ssize_t got;

	tg_error_init(&err);
	store = tg_store_open(path, &err);
	if (!store) {
		TG_CHECK(store != NULL);
		return;
	}
	for (int i = 0; i < TG_CONCURRENT_ORDERS; i++) {
		char id[16];
		snprintf(id, sizeof(id), "c%d", i);
		tg_enqueue(store, id, "c", TG_T0 + 1500);
	}
	TG_CHECK(pipe(pipe_ends) == 0);
	for (int w = 0; w < TG_CONCURRENT_WORKERS; w++) {
		if (fork() == 0) {
			close(pipe_ends[0]);
			tg_worker(path, w, pipe_ends[1]);
		}
	}
	close(pipe_ends[1]);
	while ((got = read(pipe_ends[0], buffer, sizeof(buffer))) > 0) {
		for (ssize_t i = 0; i < got; i++) {
			if (buffer[i] != '\n') {
				line[line_len++] = buffer[i];
				continue;
			}
			line[line_len] = '\0';
			line_len = 0;
			int index = atoi(line + 1);
			if (index >= 0 && index < TG_CONCURRENT_ORDERS) {
				all_once &= ++taken[index] == 1;
			}
			total++;
		}
	}
	close(pipe_ends[0]);
	for (int w = 0; w < TG_CONCURRENT_WORKERS; w++) {
		workers_ok &= wait(&status) > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
	}
	TG_CHECK(workers_ok);
	TG_CHECK(all_once);
	TG_CHECK(total == TG_CONCURRENT_ORDERS);
	TG_CHECK(tg_stats(store, TG_T0 + 2000).exported == TG_CONCURRENT_ORDERS);
	tg_store_close(store);
}

void tg_test_queue(void)
{
	tg_test_store test_store;
	tg_store *store = tg_test_store_open(&test_store, "queue");

	if (!store) {
		return;
	}
	tg_test_lifecycle(store);
	tg_test_retry_and_release(store);
	tg_test_take(store);
	tg_test_prune(store);
	tg_test_concurrent_workers(tg_test_store_file(&test_store, "concurrent.sqlite"));
	tg_test_store_remove(&test_store);
}
