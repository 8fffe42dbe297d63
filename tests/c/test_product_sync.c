/* The product sync against a fake TotalGest held in memory and a real store in a temporary file:
 * change detection, checkpoints and resume, faults, failures of the shop, full listings, the lock. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tg_process_lock.h"
#include "tg_product_store.h"
#include "tg_product_sync.h"
#include "tg_test.h"
#include "tg_time.h"

#define FAKE_MAX 64
#define FAKE_PAGE 10
#define FAKE_BASE_TIME 1790000000LL

typedef struct {
	int exists;
	int invalid;        /* the entry breaks the contract */
	int price_cents;
	long long stock;
	long long stock_updated;
	int active;
	long long updated;
	const char *warning;
} fake_product;

typedef struct {
	fake_product products[FAKE_MAX];
	int count;
	int product_calls;
	int stock_calls;
	int fail_at_call;       /* the products_page call number that fails, 0: none */
	int fail_stock;
	char last_after[32];    /* the after of the last products_page call, "" for none */
	char last_since[32];
	long long now;          /* the clock its answers carry; 0: none */
} fake_totalgest;

typedef struct {
	int calls;
	int fail_id;            /* this product index fails in the shop, 0: none */
	int abort_at_call;      /* the upsert call that aborts the run, 0: never */
	int same_shop_id;       /* every product gets shop id "S1" */
	int empty_shop_id;
	long long last_stock;
	int last_active;
	char last_id[16];
} fake_shop;

static char *dup_printf(const char *format, long long value)
{
	char text[64];
	snprintf(text, sizeof(text), format, value);
	return strdup(text);
}

/* The indexes listed with updated >= since, in (updated, index) order. */
static int fake_listed(const fake_totalgest *tg, long long since, int stock, int *order)
{
	int n = 0;

	for (int i = 1; i <= tg->count; i++) {
		if (tg->products[i].exists && (stock ? tg->products[i].stock_updated : tg->products[i].updated) >= since) {
			order[n++] = i;
		}
	}
	for (int a = 0; a < n; a++) {
		for (int b = a + 1; b < n; b++) {
			long long ua = stock ? tg->products[order[a]].stock_updated : tg->products[order[a]].updated;
			long long ub = stock ? tg->products[order[b]].stock_updated : tg->products[order[b]].updated;
			if (ub < ua || (ub == ua && order[b] < order[a])) {
				int t = order[a];
				order[a] = order[b];
				order[b] = t;
			}
		}
	}
	return n;
}

static int fake_window(const char *since, const char *after, long long *since_epoch, int *offset)
{
	*since_epoch = 0;
	*offset = after ? atoi(after) : 0;
	return since ? tg_time_parse(since, since_epoch) : 0;
}

static int fake_products_page(void *ctx, const char *since, const char *after, tg_product_entry **entries,
	size_t *count, char **next, tg_error *err)
{
	fake_totalgest *tg = ctx;
	int order[FAKE_MAX], listed, offset, n = 0;
	long long since_epoch;

	tg->product_calls++;
	snprintf(tg->last_after, sizeof(tg->last_after), "%s", after ? after : "");
	snprintf(tg->last_since, sizeof(tg->last_since), "%s", since ? since : "");
	if (tg->fail_at_call == tg->product_calls) {
		return tg_error_set(err, TG_ERR_UNAVAILABLE, "server_error", "TotalGest is unavailable (HTTP 503)");
	}
	fake_window(since, after, &since_epoch, &offset);
	listed = fake_listed(tg, since_epoch, 0, order);
	*entries = calloc(FAKE_PAGE, sizeof(**entries));
	for (int k = offset; k < listed && n < FAKE_PAGE; k++, n++) {
		const fake_product *p = &tg->products[order[k]];
		tg_product *product = &(*entries)[n].product;
		char time[32];
		product->external_id = dup_printf("P%07lld", order[k]);
		if (p->invalid) {
			snprintf((*entries)[n].error, sizeof((*entries)[n].error), "the field price is not a valid decimal string");
			continue;
		}
		(*entries)[n].valid = 1;
		product->sku = dup_printf("TG-%07lld", order[k]);
		product->name = strdup("Caffè in grani");
		product->price = malloc(32);
		snprintf(product->price, 32, "%d.%02d", p->price_cents / 100, p->price_cents % 100);
		product->vat_rate = strdup("8.1");
		product->stock_quantity = p->stock;
		product->active = p->active;
		tg_time_format(p->updated, time, sizeof(time));
		product->updated_at = strdup(time);
		product->updated_epoch = p->updated;
		snprintf(product->warning, sizeof(product->warning), "%s", p->warning ? p->warning : "");
	}
	*count = (size_t) n;
	*next = offset + n < listed ? dup_printf("%lld", offset + n) : NULL;
	return 0;
}

static int fake_stock_page(void *ctx, const char *since, const char *after, tg_stock_entry **entries, size_t *count,
	char **next, tg_error *err)
{
	fake_totalgest *tg = ctx;
	int order[FAKE_MAX], listed, offset, n = 0;
	long long since_epoch;

	tg->stock_calls++;
	if (tg->fail_stock) {
		return tg_error_set(err, TG_ERR_CONNECTION, "timeout", "TotalGest did not answer in time");
	}
	fake_window(since, after, &since_epoch, &offset);
	listed = fake_listed(tg, since_epoch, 1, order);
	*entries = calloc(FAKE_PAGE, sizeof(**entries));
	for (int k = offset; k < listed && n < FAKE_PAGE; k++, n++) {
		tg_stock_level *level = &(*entries)[n].level;
		char time[32];
		level->external_id = dup_printf("P%07lld", order[k]);
		level->quantity = tg->products[order[k]].stock;
		tg_time_format(tg->products[order[k]].stock_updated, time, sizeof(time));
		level->updated_at = strdup(time);
		level->updated_epoch = tg->products[order[k]].stock_updated;
		(*entries)[n].valid = 1;
	}
	*count = (size_t) n;
	*next = offset + n < listed ? dup_printf("%lld", offset + n) : NULL;
	return 0;
}

static long long fake_server_time(void *ctx)
{
	return ((fake_totalgest *) ctx)->now;
}

static int fake_upsert(void *ctx, json_object *product, char **shop_id, char *error, size_t error_size)
{
	fake_shop *shop = ctx;
	json_object *value = NULL;
	const char *id;

	shop->calls++;
	if (shop->abort_at_call == shop->calls) {
		return TG_UPSERT_ABORT;
	}
	json_object_object_get_ex(product, "external_id", &value);
	id = json_object_get_string(value);
	snprintf(shop->last_id, sizeof(shop->last_id), "%s", id);
	json_object_object_get_ex(product, "stock_quantity", &value);
	shop->last_stock = json_object_get_int64(value);
	json_object_object_get_ex(product, "active", &value);
	shop->last_active = json_object_get_boolean(value);
	if (shop->fail_id && atoi(id + 1) == shop->fail_id) {
		snprintf(error, error_size, "the shop database is read-only");
		return TG_UPSERT_FAILED;
	}
	*shop_id = strdup(shop->empty_shop_id ? "" : shop->same_shop_id ? "S1" : id + 1);
	return TG_UPSERT_OK;
}

typedef struct {
	char path[64];
	tg_store *store;
	fake_totalgest tg;
	fake_shop shop;
	tg_product_sync sync;
} fixture;

static void fixture_open(fixture *f, int products)
{
	tg_error err;
	int fd;

	memset(f, 0, sizeof(*f));
	tg_error_init(&err);
	snprintf(f->path, sizeof(f->path), "/tmp/tg-product-sync-XXXXXX");
	fd = mkstemp(f->path);
	close(fd);
	f->store = tg_store_open(f->path, &err);
	TG_CHECK(f->store != NULL);
	f->tg.count = products;
	for (int i = 1; i <= products; i++) {
		f->tg.products[i] = (fake_product) {1, 0, 1000 + i, i, FAKE_BASE_TIME, 1, FAKE_BASE_TIME, NULL};
	}
	f->sync.source.ctx = &f->tg;
	f->sync.source.products_page = fake_products_page;
	f->sync.source.stock_page = fake_stock_page;
	f->sync.source.server_time = fake_server_time;
	f->sync.store = f->store;
	f->sync.upsert = fake_upsert;
	f->sync.upsert_ctx = &f->shop;
	f->sync.page_size_hint = 4;
}

static void fixture_close(fixture *f)
{
	char side[80];

	tg_store_close(f->store);
	unlink(f->path);
	snprintf(side, sizeof(side), "%s-wal", f->path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", f->path);
	unlink(side);
}

/* Runs once; the report is left in *report for checks. Returns the run's return code. */
static int fixture_run(fixture *f, int full, tg_report *report)
{
	tg_error err;
	int rc;

	tg_error_init(&err);
	tg_report_init(report, TG_REPORT_PRODUCTS);
	f->shop.calls = 0;
	f->tg.product_calls = 0;
	f->tg.stock_calls = 0;
	rc = tg_product_sync_run(&f->sync, full, report, &err);
	tg_error_clear(&err);
	return rc;
}

static char *fixture_column(fixture *f, const char *sql)
{
	sqlite3_stmt *statement = NULL;
	char *value = NULL;

	sqlite3_prepare_v2(tg_store_db(f->store), sql, -1, &statement, NULL);
	if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0)) {
		value = strdup((const char *) sqlite3_column_text(statement, 0));
	}
	sqlite3_finalize(statement);
	return value;
}

#define check_column(f, sql, expected) do { \
		char *column_value_ = fixture_column((f), (sql)); \
		TG_CHECK_STR(column_value_, (expected)); \
		free(column_value_); \
	} while (0)

static int report_has_error(const tg_report *report, const char *id, const char *code, const char *part)
{
	for (size_t i = 0; i < report->error_count; i++) {
		if (strcmp(report->errors[i].id, id) == 0 && strcmp(report->errors[i].code, code) == 0
			&& strstr(report->errors[i].message, part)) {
			return 1;
		}
	}
	return 0;
}

static void test_first_run_and_no_change(void)
{
	fixture f;
	tg_report report;

	fixture_open(&f, 25);
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(report.stopped[0] == '\0');
	TG_CHECK(report.succeeded == 25 && report.failed == 0);
	TG_CHECK(tg_report_counter(&report, "created") == 25);
	TG_CHECK(tg_report_counter(&report, "pages") == 3 + 3);
	TG_CHECK(f.shop.calls == 25);
	TG_CHECK_STR(f.tg.last_since, "");
	tg_report_free(&report);
	check_column(&f, "SELECT COUNT(*) FROM products WHERE state = 'synced' AND shop_id IS NOT NULL", "25");
	check_column(&f, "SELECT value FROM meta WHERE key = 'product_sync.cursor'", "2026-09-21T14:13:20+00:00");
	check_column(&f, "SELECT COUNT(*) FROM meta WHERE key = 'product_sync.listing'", "0");
	check_column(&f, "SELECT substr(value, 1, 9) FROM meta WHERE key = 'product_sync.last_result'", "completed");

	/* Nothing changed: the overlap lists everything again, and nothing reaches the shop. */
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(f.shop.calls == 0);
	TG_CHECK(tg_report_counter(&report, "unchanged") == 25);
	TG_CHECK(report.succeeded == 0);
	TG_CHECK_STR(f.tg.last_since, "2026-09-21T14:11:20+00:00");
	tg_report_free(&report);
	fixture_close(&f);
}

static void test_changes_reach_the_shop(void)
{
	fixture f;
	tg_report report;

	fixture_open(&f, 12);
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	tg_report_free(&report);

	f.tg.products[3].price_cents = 4990;
	f.tg.products[3].updated = FAKE_BASE_TIME + 600;
	f.tg.products[5].active = 0;
	f.tg.products[5].updated = FAKE_BASE_TIME + 601;
	f.tg.count = 13;
	f.tg.products[13] = (fake_product) {1, 0, 500, 3, FAKE_BASE_TIME + 603, 1, FAKE_BASE_TIME + 603, NULL};
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(tg_report_counter(&report, "created") == 1);
	TG_CHECK(tg_report_counter(&report, "updated") == 2);
	TG_CHECK(tg_report_counter(&report, "deactivated") == 1);
	TG_CHECK(f.shop.calls == 3 && f.shop.last_stock == 3);
	tg_report_free(&report);
	check_column(&f, "SELECT json_extract(data, '$.price') FROM products WHERE external_id = 'P0000003'", "49.90");
	check_column(&f, "SELECT active FROM products WHERE external_id = 'P0000005'", "0");

	/* A stock change moves only the stock entry: the stock listing brings it. */
	f.tg.products[7].stock = 99;
	f.tg.products[7].stock_updated = FAKE_BASE_TIME + 900;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(tg_report_counter(&report, "stock_updated") == 1 && tg_report_counter(&report, "updated") == 1);
	TG_CHECK(f.shop.calls == 1 && f.shop.last_stock == 99);
	TG_CHECK_STR(f.shop.last_id, "P0000007");
	tg_report_free(&report);
	check_column(&f, "SELECT json_extract(data, '$.stock_quantity') FROM products WHERE external_id = 'P0000007'", "99");
	/* The delta after the changes no longer lists the base catalogue. */
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(f.shop.calls == 0 && tg_report_counter(&report, "unchanged") == 3);
	TG_CHECK(tg_report_counter(&report, "stock_unknown") == 0);
	tg_report_free(&report);
	fixture_close(&f);
}

static void test_fault_resumes_at_the_checkpoint(void)
{
	fixture f;
	tg_report report;

	fixture_open(&f, 25);
	f.tg.fail_at_call = 2;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(strstr(report.stopped, "HTTP 503") != NULL);
	TG_CHECK(report.succeeded == 10 && tg_report_counter(&report, "pages") == 1);
	tg_report_free(&report);
	check_column(&f, "SELECT COUNT(*) FROM meta WHERE key = 'product_sync.cursor'", "0");
	check_column(&f, "SELECT json_extract(value, '$.after') FROM meta WHERE key = 'product_sync.listing'", "10");
	check_column(&f, "SELECT substr(value, 1, 8) FROM meta WHERE key = 'product_sync.last_result'", "stopped:");

	f.tg.fail_at_call = 0;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(report.stopped[0] == '\0');
	TG_CHECK(f.shop.calls == 15 && tg_report_counter(&report, "created") == 15);
	TG_CHECK(f.tg.product_calls == 2);
	tg_report_free(&report);
	check_column(&f, "SELECT COUNT(*) FROM products", "25");
	check_column(&f, "SELECT value FROM meta WHERE key = 'product_sync.cursor'", "2026-09-21T14:13:20+00:00");

	/* A fault in the stock listing keeps the product cursor, and the stock listing resumes alone. */
	f.tg.fail_stock = 1;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(report.stopped[0] != '\0');
	tg_report_free(&report);
	check_column(&f, "SELECT json_extract(value, '$.phase') FROM meta WHERE key = 'product_sync.listing'", "stock");
	f.tg.fail_stock = 0;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(f.tg.product_calls == 0 && f.tg.stock_calls == 3);
	tg_report_free(&report);
	fixture_close(&f);
}

static void test_shop_failures(void)
{
	fixture f;
	tg_report report;

	fixture_open(&f, 8);
	f.shop.fail_id = 4;
	f.tg.products[6].invalid = 1;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(report.succeeded == 6 && report.failed == 2);
	TG_CHECK(report.error_count == 2);
	TG_CHECK_STR(report.errors[0].id, "P0000004");
	TG_CHECK_STR(report.errors[0].code, "upsert_failed");
	TG_CHECK_STR(report.errors[0].message, "the shop database is read-only");
	TG_CHECK_STR(report.errors[1].id, "P0000006");
	TG_CHECK_STR(report.errors[1].code, "invalid_product");
	tg_report_free(&report);
	check_column(&f, "SELECT state || ':' || message FROM products WHERE external_id = 'P0000004'",
		"error:the shop database is read-only");
	check_column(&f, "SELECT COUNT(*) FROM products WHERE external_id = 'P0000004' AND hash IS NULL", "1");
	check_column(&f, "SELECT state FROM products WHERE external_id = 'P0000006'", "error");

	/* The next run retries the refused product from the store, without TotalGest listing it again. */
	f.shop.fail_id = 0;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(tg_report_counter(&report, "retried") == 1 && tg_report_counter(&report, "created") == 1);
	TG_CHECK(report.failed == 1);
	tg_report_free(&report);
	check_column(&f, "SELECT state || ':' || shop_id FROM products WHERE external_id = 'P0000004'", "synced:0000004");

	/* An empty shop id and a shop id of another product are failures too. */
	f.tg.products[2].price_cents++;
	f.tg.products[2].updated += 300;
	f.shop.empty_shop_id = 1;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(report_has_error(&report, "P0000002", "upsert_failed", "empty shop id"));
	tg_report_free(&report);
	f.shop.empty_shop_id = 0;
	f.shop.same_shop_id = 1;
	f.tg.products[3].price_cents++;
	f.tg.products[3].updated += 300;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(tg_report_counter(&report, "retried") == 1);
	TG_CHECK(report_has_error(&report, "P0000003", "shop_id_conflict", "already belongs"));
	tg_report_free(&report);
	check_column(&f, "SELECT shop_id FROM products WHERE external_id = 'P0000002'", "S1");
	check_column(&f, "SELECT shop_id || ':' || state FROM products WHERE external_id = 'P0000003'", "0000003:error");
	fixture_close(&f);
}

static void test_warning_and_abort(void)
{
	fixture f;
	tg_report report;
	tg_error err;

	fixture_open(&f, 5);
	f.tg.products[2].warning = "EAN \"123\" has an invalid check digit; imported without EAN";
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(report.succeeded == 5 && tg_report_counter(&report, "warnings") == 1);
	tg_report_free(&report);
	check_column(&f, "SELECT state || ':' || message FROM products WHERE external_id = 'P0000002'",
		"synced:EAN \"123\" has an invalid check digit; imported without EAN");

	/* The host aborts (exit() in PHP): the run fails, nothing of the page is saved, the lock is free. */
	f.tg.products[1].price_cents++;
	f.tg.products[1].updated += 300;
	f.shop.abort_at_call = 1;
	tg_error_init(&err);
	TG_CHECK(fixture_run(&f, 0, &report) == -1);
	tg_report_free(&report);
	check_column(&f, "SELECT json_extract(data, '$.price') FROM products WHERE external_id = 'P0000001'", "10.01");
	check_column(&f, "SELECT COUNT(*) FROM locks", "0");
	check_column(&f, "SELECT substr(value, 1, 7) FROM meta WHERE key = 'product_sync.last_result'", "failed:");
	f.shop.abort_at_call = 0;
	TG_CHECK(fixture_run(&f, 0, &report) == 0 && report.succeeded == 1);
	tg_report_free(&report);
	fixture_close(&f);
}

static void test_full_run_deactivates_missing(void)
{
	fixture f;
	tg_report report;

	fixture_open(&f, 9);
	f.shop.fail_id = 9;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	tg_report_free(&report);
	/* P3 is deleted in TotalGest; P9 never reached the shop and is deleted too. */
	f.tg.products[3].exists = 0;
	f.tg.products[9].exists = 0;
	TG_CHECK(fixture_run(&f, 1, &report) == 0);
	TG_CHECK(tg_report_counter(&report, "deactivated") == 1);
	TG_CHECK(tg_report_counter(&report, "unchanged") == 7);
	TG_CHECK(f.shop.last_active == 0);
	tg_report_free(&report);
	check_column(&f, "SELECT active || ':' || state FROM products WHERE external_id = 'P0000003'", "0:synced");
	check_column(&f, "SELECT COUNT(*) FROM products WHERE external_id = 'P0000009'", "0");
	check_column(&f, "SELECT COUNT(*) FROM products WHERE active = 1", "7");
	f.shop.fail_id = 0;
	/* A second full run finds nothing more to deactivate. */
	TG_CHECK(fixture_run(&f, 1, &report) == 0);
	TG_CHECK(f.shop.calls == 0);
	tg_report_free(&report);
	fixture_close(&f);
}

static void test_lock_and_due(void)
{
	fixture f;
	tg_report report;
	tg_process_lock other;
	tg_error err;

	fixture_open(&f, 3);
	tg_error_init(&err);
	TG_CHECK(tg_process_lock_acquire(&other, f.store, TG_PRODUCT_SYNC_LOCK_NAME, 60, &err) == 1);
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(strstr(report.stopped, "another process") != NULL && f.shop.calls == 0);
	tg_report_free(&report);
	tg_report_init(&report, TG_REPORT_PRODUCTS);
	TG_CHECK(tg_product_sync_run_if_due(&f.sync, 300, &report, &err) == 0);
	tg_report_free(&report);
	tg_process_lock_release(&other);

	tg_report_init(&report, TG_REPORT_PRODUCTS);
	TG_CHECK(tg_product_sync_run_if_due(&f.sync, 300, &report, &err) == 1);
	TG_CHECK(report.succeeded == 3);
	tg_report_free(&report);
	tg_report_init(&report, TG_REPORT_PRODUCTS);
	TG_CHECK(tg_product_sync_run_if_due(&f.sync, 300, &report, &err) == 0);
	tg_report_free(&report);
	tg_report_init(&report, TG_REPORT_PRODUCTS);
	TG_CHECK(tg_product_sync_run_if_due(&f.sync, 0, &report, &err) == 1);
	tg_report_free(&report);
	TG_CHECK(tg_product_sync_run_if_due(&f.sync, -1, &report, &err) == -1 && err.kind == TG_ERR_VALIDATION);
	tg_error_clear(&err);

	/* A holder that died on this machine does not block: pid 2^22+ is not running here. */
	{
		char host[128], sql[400];
		gethostname(host, sizeof(host));
		snprintf(sql, sizeof(sql), "INSERT OR REPLACE INTO locks (name, owner, expires_at) VALUES "
			"('product_sync', '%s:4194303:1.1', %f)", host, tg_time_now() + 600);
		TG_CHECK(tg_store_exec(f.store, sql, &err) == 0);
	}
	TG_CHECK(fixture_run(&f, 0, &report) == 0 && report.stopped[0] == '\0');
	tg_report_free(&report);
	fixture_close(&f);
}

/* A catalogue that stopped changing long ago is not listed again: the cursor follows TotalGest's
 * clock at the start of the last listing, less the overlap. */
static void test_quiet_catalogue_is_not_listed_again(void)
{
	fixture f;
	tg_report report;
	char expected[32];

	fixture_open(&f, 25);
	f.tg.now = FAKE_BASE_TIME + 86400;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(report.succeeded == 25);
	tg_report_free(&report);
	f.tg.product_calls = 0;
	f.tg.now += 300;
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	tg_time_format(FAKE_BASE_TIME + 86400 - TG_PRODUCT_SYNC_OVERLAP_S, expected, sizeof(expected));
	TG_CHECK_STR(f.tg.last_since, expected);
	TG_CHECK(f.tg.product_calls == 1);
	TG_CHECK(tg_report_counter(&report, "unchanged") == 0 && f.shop.calls == 0);
	tg_report_free(&report);
	fixture_close(&f);
}

/* Without TotalGest's clock, a product stamped far in the future does not push the cursor past
 * the changes still to come. */
static void test_future_stamp_does_not_move_the_cursor_past_now(void)
{
	fixture f;
	tg_report report;

	fixture_open(&f, 3);
	f.tg.products[2].updated = 32503680000LL; /* the year 3000 */
	TG_CHECK(fixture_run(&f, 0, &report) == 0);
	TG_CHECK(report.succeeded == 3);
	tg_report_free(&report);
	check_column(&f, "SELECT value < '2100' FROM meta WHERE key = 'product_sync.cursor'", "1");
	fixture_close(&f);
}

void tg_test_product_sync(void)
{
	test_future_stamp_does_not_move_the_cursor_past_now();
	test_quiet_catalogue_is_not_listed_again();
	test_first_run_and_no_change();
	test_changes_reach_the_shop();
	test_fault_resumes_at_the_checkpoint();
	test_shop_failures();
	test_warning_and_abort();
	test_full_run_deactivates_missing();
	test_lock_and_due();
}
