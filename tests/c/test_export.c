/* The worker and the manual export against a stand-in for TotalGest that keeps the orders it
 * made per idempotency key and fails on cue. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "tg_export.h"
#include "tg_json.h"
#include "tg_queue.h"
#include "tg_test.h"
#include "tg_test_store.h"
#include "tg_test_orders.h"
#include "tg_time.h"

#define TG_FAKE_MAX 64

/* One failure the stand-in answers the next send of an order with. */
typedef struct {
	const char *id;
	tg_error_kind kind;
	const char *code;
	long http_status;
	long retry_after_s;
	int ambiguous;
	int created;          /* the failed send made the order all the same */
	int used;
} tg_fake_fault;

typedef struct {
	tg_fake_fault faults[8];
	size_t fault_count;
	char created[TG_FAKE_MAX][32];
	size_t created_count;
	int sends;
	int finds;
	tg_store *store;             /* with steal_id: a worker takes that order over during the first send */
	const char *steal_id;
} tg_fake;

static tg_fake tg_totalgest;

static long tg_fake_index(const char *id)
{
	for (size_t i = 0; i < tg_totalgest.created_count; i++) {
		if (strcmp(tg_totalgest.created[i], id) == 0) {
			return (long) i;
		}
	}
	return -1;
}

static long tg_fake_create(const char *id)
{
	long index = tg_fake_index(id);

	if (index < 0 && tg_totalgest.created_count < TG_FAKE_MAX) {
		snprintf(tg_totalgest.created[tg_totalgest.created_count], 32, "%s", id);
		index = (long) tg_totalgest.created_count++;
	}
	return index;
}

static void tg_fake_result(long index, int duplicate, tg_order_result *result)
{
	char text[32];

	snprintf(text, sizeof(text), "O-%06ld", index + 1);
	result->id = strdup(text);
	snprintf(text, sizeof(text), "2026-%06ld", index + 1);
	result->number = strdup(text);
	result->duplicate = duplicate;
}

static int tg_fake_export(void *context, json_object *const *orders, size_t count, tg_order_result *results,
	tg_error *errors)
{
	(void) context;
	if (tg_totalgest.steal_id) {
		char sql[160];
		snprintf(sql, sizeof(sql), "UPDATE orders SET lease_owner = 'another-worker' WHERE shop_id = '%s'",
			tg_totalgest.steal_id);
		tg_test_exec(tg_totalgest.store, sql);
		tg_totalgest.steal_id = NULL;
	}
	for (size_t i = 0; i < count; i++) {
		const char *id = tg_order_id(orders[i]);
		tg_fake_fault *fault = NULL;

		memset(&results[i], 0, sizeof(results[i]));
		tg_totalgest.sends++;
		for (size_t f = 0; f < tg_totalgest.fault_count && !fault; f++) {
			if (!tg_totalgest.faults[f].used && strcmp(tg_totalgest.faults[f].id, id) == 0) {
				fault = &tg_totalgest.faults[f];
			}
		}
		if (fault) {
			fault->used = 1;
			tg_error_set(&errors[i], fault->kind, fault->code, "%s",
				fault->kind == TG_ERR_REJECTED ? "VAT number rejected" : fault->code);
			errors[i].http_status = fault->http_status;
			errors[i].retry_after_s = fault->retry_after_s;
			errors[i].ambiguous = fault->ambiguous;
			if (fault->created) {
				tg_fake_create(id);
			}
			continue;
		}
		long known = tg_fake_index(id);
		tg_fake_result(known >= 0 ? known : tg_fake_create(id), known >= 0, &results[i]);
	}
	return 0;
}

static int tg_fake_find(void *context, const char *shop_order_id, tg_order_result *result, int *found, tg_error *err)
{
	long index = tg_fake_index(shop_order_id);

	(void) context;
	(void) err;
	memset(result, 0, sizeof(*result));
	tg_totalgest.finds++;
	*found = index >= 0;
	if (*found) {
		tg_fake_result(index, 1, result);
	}
	return 0;
}

static void tg_fake_fail(const char *id, tg_error_kind kind, const char *code, long status, long retry_after, int ambiguous,
	int created)
{
	tg_fake_fault fault = {id, kind, code, status, retry_after, ambiguous, created, 0};

	tg_totalgest.faults[tg_totalgest.fault_count++] = fault;
}

static void tg_fake_reset(void)
{
	memset(&tg_totalgest, 0, sizeof(tg_totalgest));
}

static const tg_export_sender tg_sender = {tg_fake_export, tg_fake_find, NULL, 4, 3, 2.0};
static const tg_export_options tg_options = {10.0, 3600.0};

static void tg_enqueue(tg_store *store, const char *id)
{
	json_object *order = tg_test_order(id, "");
	tg_error err;

	tg_error_init(&err);
	TG_CHECK(tg_queue_enqueue(store, order, tg_time_now(), &err) == 1);
	json_object_put(order);
}

static void tg_process(tg_store *store, const tg_export_sender *sender, long limit, double budget, tg_report *report)
{
	tg_error err;

	tg_error_init(&err);
	tg_report_init(report, TG_REPORT_ORDERS);
	TG_CHECK(tg_export_process(store, sender, &tg_options, limit, budget, report, &err) == 0);
	if (err.kind != TG_OK) {
		fprintf(stderr, "  process: %s\n", err.message);
	}
}

static char *tg_state(tg_store *store, const char *id)
{
	return tg_test_column_text(store, "SELECT state FROM orders WHERE shop_id = ?1", id);
}

static void tg_check_state(tg_store *store, const char *id, const char *expected)
{
	char *state = tg_state(store, id);

	TG_CHECK_STR(state, expected);
	free(state);
}

/* Makes a retrying order due now, as if its backoff had passed. */
static void tg_make_due(tg_store *store)
{
	tg_test_exec(store, "UPDATE orders SET next_attempt_at = 0 WHERE state = 'retrying'");
}

static void tg_test_drain(tg_store *store)
{
	tg_report report;
	char id[16];

	tg_fake_reset();
	for (int i = 0; i < 10; i++) {
		snprintf(id, sizeof(id), "d%d", i);
		tg_enqueue(store, id);
	}
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.succeeded == 10 && report.failed == 0 && report.error_count == 0);
	TG_CHECK(tg_report_counter(&report, "exported") == 10 && tg_report_counter(&report, "duplicates") == 0);
	TG_CHECK(tg_totalgest.sends == 10 && tg_totalgest.finds == 0);
	char *number = tg_test_column_text(store, "SELECT tg_number FROM orders WHERE shop_id = ?1", "d0");
	TG_CHECK_STR(number, "2026-000001");
	free(number);
	tg_report_free(&report);

	/* Nothing due: nothing sent. */
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.succeeded == 0 && tg_totalgest.sends == 10 && !report.stopped[0]);
	tg_report_free(&report);
}

static void tg_test_refused_and_retried(tg_store *store)
{
	tg_report report;
	double next, now;

	tg_fake_reset();
	tg_enqueue(store, "r1");
	tg_enqueue(store, "s1");
	tg_fake_fail("r1", TG_ERR_REJECTED, "order_rejected", 422, -1, 0, 0);
	tg_fake_fail("s1", TG_ERR_UNAVAILABLE, "server_error", 503, -1, 0, 0);
	now = tg_time_now();
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.succeeded == 0 && report.failed == 2 && report.error_count == 2);
	TG_CHECK(tg_report_counter(&report, "failed") == 1 && tg_report_counter(&report, "retrying") == 1);
	if (report.error_count == 2) {
		TG_CHECK_STR(report.errors[0].id, "r1");
		TG_CHECK_STR(report.errors[0].code, "order_rejected");
		TG_CHECK_STR(report.errors[0].message, "VAT number rejected");
		TG_CHECK_STR(report.errors[1].code, "server_error");
	}
	tg_report_free(&report);
	tg_check_state(store, "r1", "failed");
	tg_check_state(store, "s1", "retrying");
	/* The first backoff is 30 s, give or take a fifth. */
	next = tg_test_column_double(store, "SELECT next_attempt_at FROM orders WHERE shop_id = ?1", "s1") - now;
	TG_CHECK(next >= 24 && next <= 37);

	/* max_attempts is 3: the third failure is the last. */
	tg_fake_fail("s1", TG_ERR_UNAVAILABLE, "server_error", 503, -1, 0, 0);
	tg_fake_fail("s1", TG_ERR_UNAVAILABLE, "server_error", 503, -1, 0, 0);
	tg_make_due(store);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	tg_report_free(&report);
	tg_check_state(store, "s1", "retrying");
	next = tg_test_column_double(store, "SELECT next_attempt_at - updated_at FROM orders WHERE shop_id = ?1", "s1");
	TG_CHECK(next >= 48 && next <= 73);
	tg_make_due(store);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.failed == 1 && report.error_count == 1);
	if (report.error_count == 1) {
		TG_CHECK_STR(report.errors[0].message, "server_error (gave up after 3 attempts)");
	}
	tg_report_free(&report);
	tg_check_state(store, "s1", "failed");

	/* The admin's retry gives fresh attempts; TotalGest answers now. */
	const char *ids[] = {"s1"};
	tg_error err;
	tg_error_init(&err);
	TG_CHECK(tg_queue_retry(store, ids, 1, tg_time_now(), &err) == 1);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.succeeded == 1);
	tg_report_free(&report);
	tg_check_state(store, "s1", "exported");
	tg_check_state(store, "r1", "failed");
}

static void tg_test_rate_limit(tg_store *store)
{
	tg_report report;
	char id[16];
	double next;

	tg_fake_reset();
	for (int i = 1; i <= 6; i++) {
		snprintf(id, sizeof(id), "q%d", i);
		tg_enqueue(store, id);
	}
	tg_fake_fail("q1", TG_ERR_UNAVAILABLE, "rate_limited", 429, 2, 0, 0);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	/* The first wave of four is answered; then the run stops as asked. */
	TG_CHECK(report.succeeded == 3 && report.failed == 1);
	TG_CHECK(strstr(report.stopped, "HTTP 429") != NULL);
	tg_report_free(&report);
	tg_check_state(store, "q5", "pending");
	tg_check_state(store, "q6", "pending");
	next = tg_test_column_double(store, "SELECT next_attempt_at - updated_at FROM orders WHERE shop_id = ?1", "q1");
	TG_CHECK(next >= 2.0 && next <= 2.21);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.succeeded == 2);
	tg_report_free(&report);
	/* Honouring Retry-After: q1 is due only after 2 s. */
	tg_check_state(store, "q1", "retrying");
	usleep(2300000);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.succeeded == 1);
	tg_report_free(&report);
	tg_check_state(store, "q1", "exported");
}

static void tg_test_unknown_outcomes(tg_store *store)
{
	tg_report report;

	tg_fake_reset();
	/* a1: the answer was lost but TotalGest made the order; a2: it did not. */
	tg_enqueue(store, "a1");
	tg_enqueue(store, "a2");
	tg_fake_fail("a1", TG_ERR_CONNECTION, "timeout", 0, -1, 1, 1);
	tg_fake_fail("a2", TG_ERR_CONNECTION, "connection_dropped", 0, -1, 1, 0);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.failed == 2 && tg_report_counter(&report, "retrying") == 2);
	tg_report_free(&report);
	TG_CHECK(tg_test_column_double(store, "SELECT ambiguous FROM orders WHERE shop_id = ?1", "a1") == 1);
	tg_make_due(store);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.succeeded == 2 && tg_report_counter(&report, "recovered") == 1);
	/* a1 was found, not sent again; a2 was looked up and then sent. */
	TG_CHECK(tg_totalgest.finds == 2 && tg_totalgest.sends == 3);
	TG_CHECK(tg_totalgest.created_count == 2);
	tg_report_free(&report);
	tg_check_state(store, "a1", "exported");
	tg_check_state(store, "a2", "exported");

	/* A worker died mid-send: after its lease, its order is looked up before it is sent again. */
	tg_fake_reset();
	tg_enqueue(store, "k1");
	tg_enqueue(store, "k2");
	tg_queue_item *items = NULL;
	size_t count = 0;
	tg_error err;
	tg_error_init(&err);
	double now = tg_time_now();
	TG_CHECK(tg_queue_claim(store, "dead-worker", 2, now + 0.05, now, &items, &count, &err) == 0 && count == 2);
	tg_queue_items_free(items, count);
	usleep(100000);
	tg_fake_create("k2");
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.succeeded == 2 && tg_report_counter(&report, "recovered") == 1);
	TG_CHECK(tg_totalgest.finds == 2 && tg_totalgest.sends == 1 && tg_totalgest.created_count == 2);
	tg_report_free(&report);
	TG_CHECK(tg_test_column_double(store, "SELECT attempts FROM orders WHERE shop_id = ?1", "k2") == 2);
}

static void tg_test_stops(tg_store *store)
{
	tg_report report;
	char id[16];

	/* Credentials refused: nobody's attempt is used, the run ends at once. */
	tg_fake_reset();
	tg_enqueue(store, "u1");
	tg_fake_fail("u1", TG_ERR_AUTH, "invalid_credentials", 401, -1, 0, 0);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.failed == 1 && strstr(report.stopped, "invalid_credentials") != NULL);
	tg_report_free(&report);
	tg_check_state(store, "u1", "retrying");
	TG_CHECK(tg_test_column_double(store, "SELECT attempts FROM orders WHERE shop_id = ?1", "u1") == 0);
	tg_make_due(store);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	tg_report_free(&report);

	/* TotalGest unreachable for a whole wave: the rest is not tried in this run. */
	static const char *const refused[] = {"n1", "n2", "n3", "n4"};
	tg_fake_reset();
	for (int i = 1; i <= 8; i++) {
		snprintf(id, sizeof(id), "n%d", i);
		tg_enqueue(store, id);
	}
	for (int i = 0; i < 4; i++) {
		tg_fake_fail(refused[i], TG_ERR_CONNECTION, "connection_refused", 0, -1, 0, 0);
	}
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.failed == 4 && report.succeeded == 0 && strcmp(report.stopped, "connection_refused") == 0);
	TG_CHECK(tg_totalgest.sends == 4);
	tg_report_free(&report);
	tg_check_state(store, "n5", "pending");

	/* limit and time budget */
	tg_process(store, &tg_sender, 2, 10.0, &report);
	TG_CHECK(report.succeeded == 2 && tg_totalgest.sends == 6);
	tg_report_free(&report);
	tg_process(store, &tg_sender, 100, 0.0, &report);
	TG_CHECK(report.succeeded == 0 && strstr(report.stopped, "time budget") != NULL);
	tg_report_free(&report);
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(report.succeeded == 2);
	tg_report_free(&report);
}

static void tg_test_prune_in_process(tg_store *store)
{
	tg_report report;

	tg_fake_reset();
	tg_test_exec(store, "UPDATE orders SET exported_at = 1 WHERE shop_id = 'd0'");
	tg_process(store, &tg_sender, 100, 10.0, &report);
	TG_CHECK(tg_report_counter(&report, "pruned") == 1);
	TG_CHECK(tg_test_column_double(store, "SELECT payload FROM orders WHERE shop_id = ?1", "d0") == -2);
	tg_report_free(&report);
}

static void tg_test_export_now(tg_store *store)
{
	json_object *orders[8];
	tg_report report;
	tg_error err;
	int rc;

	tg_fake_reset();
	tg_error_init(&err);
	tg_report_init(&report, TG_REPORT_ORDERS);
	/* e4 is exported already, e5 failed before, e6 is with a worker right now. */
	tg_enqueue(store, "e4");
	tg_enqueue(store, "e5");
	tg_enqueue(store, "e6");
	tg_test_exec(store, "UPDATE orders SET state = 'exported' WHERE shop_id = 'e4'");
	tg_test_exec(store, "UPDATE orders SET state = 'failed', attempts = 3 WHERE shop_id = 'e5'");
	tg_test_exec(store, "UPDATE orders SET state = 'running', lease_owner = 'w', lease_until = 9e12 WHERE shop_id = 'e6'");
	orders[0] = tg_test_raw_order("e1", "", 1);
	orders[1] = tg_test_raw_order("e2", "", -1);
	orders[2] = tg_test_raw_order("e3", "", 1);
	orders[3] = tg_test_raw_order("e4", "", 1);
	orders[4] = tg_test_raw_order("e5", "", 1);
	orders[5] = json_tokener_parse("{\"id\": [1], \"total\": 1.5}");
	orders[6] = tg_test_raw_order("e1", "", 1);
	orders[7] = tg_test_raw_order("e6", "", 1);
	tg_fake_fail("e3", TG_ERR_REJECTED, "order_rejected", 422, -1, 0, 0);
	rc = tg_export_now(store, &tg_sender, &tg_options, orders, NULL, 8, &report, &err);
	TG_CHECK(rc == 0);
	TG_CHECK(report.succeeded == 3 && report.failed == 4 && report.error_count == 4);
	TG_CHECK(tg_totalgest.sends == 3);
	TG_CHECK(tg_report_counter(&report, "already_exported") == 1 && tg_report_counter(&report, "invalid") == 2
		&& tg_report_counter(&report, "exported") == 2 && tg_report_counter(&report, "busy") == 1);
	if (report.error_count == 4) {
		TG_CHECK_STR(report.errors[0].id, "e2");
		TG_CHECK_STR(report.errors[0].code, "invalid_order");
		TG_CHECK_STR(report.errors[0].message,
			"Invalid order: items.0.quantity: must be a positive integer; total: must not be negative");
		TG_CHECK_STR(report.errors[1].id, "e3");
		TG_CHECK_STR(report.errors[1].message, "VAT number rejected");
		TG_CHECK_STR(report.errors[2].id, "orders[5]");
		TG_CHECK(strncmp(report.errors[2].message, "Invalid order: id: must be a string or an integer, not a list;", 62) == 0);
		TG_CHECK_STR(report.errors[3].id, "e6");
		TG_CHECK_STR(report.errors[3].code, "in_progress");
	}
	tg_check_state(store, "e1", "exported");
	tg_check_state(store, "e3", "failed");
	tg_check_state(store, "e5", "exported");
	/* An invalid order writes nothing. */
	TG_CHECK(tg_state(store, "e2") == NULL);
	tg_report_free(&report);

	/* Refused credentials stop the export: the orders after it are given back untouched. */
	tg_fake_reset();
	tg_export_sender one_at_a_time = tg_sender;
	one_at_a_time.concurrency = 1;
	json_object *pair[2] = {tg_test_raw_order("x1", "", 1), tg_test_raw_order("x2", "", 1)};
	tg_fake_fail("x1", TG_ERR_AUTH, "invalid_credentials", 401, -1, 0, 0);
	tg_report_init(&report, TG_REPORT_ORDERS);
	TG_CHECK(tg_export_now(store, &one_at_a_time, &tg_options, pair, NULL, 2, &report, &err) == 0);
	TG_CHECK(report.failed == 2 && report.error_count == 2 && tg_totalgest.sends == 1);
	if (report.error_count == 2) {
		TG_CHECK_STR(report.errors[1].code, "not_sent");
		TG_CHECK_STR(report.errors[1].message, "Not sent: invalid_credentials");
	}
	TG_CHECK(tg_test_column_double(store, "SELECT attempts FROM orders WHERE shop_id = ?1", "x2") == 0);
	tg_report_free(&report);
	json_object_put(pair[0]);
	json_object_put(pair[1]);

	/* An order whose lease a worker took over while the earlier waves were sent is not sent twice. */
	tg_fake_reset();
	json_object *late[2] = {tg_test_raw_order("y1", "", 1), tg_test_raw_order("y2", "", 1)};
	tg_totalgest.store = store;
	tg_totalgest.steal_id = "y2";
	tg_report_init(&report, TG_REPORT_ORDERS);
	TG_CHECK(tg_export_now(store, &one_at_a_time, &tg_options, late, NULL, 2, &report, &err) == 0);
	TG_CHECK(report.succeeded == 1 && report.failed == 1 && tg_totalgest.sends == 1);
	if (report.error_count == 1) {
		TG_CHECK_STR(report.errors[0].id, "y2");
		TG_CHECK_STR(report.errors[0].code, "in_progress");
	}
	tg_report_free(&report);
	json_object_put(late[0]);
	json_object_put(late[1]);
	for (size_t i = 0; i < 8; i++) {
		json_object_put(orders[i]);
	}
}

void tg_test_export(void)
{
	tg_test_store test_store;
	tg_store *store = tg_test_store_open(&test_store, "export");

	if (!store) {
		return;
	}
	TG_CHECK(tg_export_backoff_s(1, 0.5) == 30.0 && tg_export_backoff_s(3, 0.5) == 120.0);
	TG_CHECK(tg_export_backoff_s(8, 0.5) == 3600.0 && tg_export_backoff_s(50, 0.0) == 2880.0);
	tg_test_drain(store);
	tg_test_refused_and_retried(store);
	tg_test_rate_limit(store);
	tg_test_unknown_outcomes(store);
	tg_test_stops(store);
	tg_test_prune_in_process(store);
	tg_test_export_now(store);
	tg_test_store_remove(&test_store);
}
