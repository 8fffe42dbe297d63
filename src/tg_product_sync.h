/* Product sync, TotalGest -> shop (docs/product-sync.md): a delta listing by cursor, change
 * detection by content hash, a checkpoint per page, then the stock listing. The shop side is a
 * callback, so the core runs without PHP. */
#ifndef TG_PRODUCT_SYNC_H
#define TG_PRODUCT_SYNC_H

#include <json-c/json.h>
#include <stddef.h>

#include "tg_client.h"
#include "tg_contract.h"
#include "tg_error.h"
#include "tg_report.h"
#include "tg_store.h"

/* A delta lists again what changed this long before the cursor (see the doc). */
#define TG_PRODUCT_SYNC_OVERLAP_S 120
/* A crashed run on another machine blocks the next one at most this long; renewed after each page. */
#define TG_PRODUCT_SYNC_LOCK_TTL_S 600.0
#define TG_PRODUCT_SYNC_LOCK_NAME "product_sync"

/* What the upsert callback returns. */
enum {
	TG_UPSERT_OK = 0,
	TG_UPSERT_FAILED = -1,   /* this product failed; error says why; the run goes on */
	TG_UPSERT_ABORT = -2     /* stop the run at once (the host is exiting); nothing of the page is saved */
};

/* Saves product (the tg_product_to_json object, borrowed) in the shop. On TG_UPSERT_OK *shop_id is
 * the shop's id for it (malloc'd, the core frees it). */
typedef int (*tg_upsert_fn)(void *ctx, json_object *product, char **shop_id, char *error, size_t error_size);

/* Where the pages come from: TotalGest through a client, or a fake in the unit tests. Both
 * functions follow tg_client_products_page / tg_client_stock_page. */
typedef struct {
	void *ctx;
	int (*products_page)(void *ctx, const char *since, const char *after, tg_product_entry **entries, size_t *count,
		char **next, tg_error *err);
	int (*stock_page)(void *ctx, const char *since, const char *after, tg_stock_entry **entries, size_t *count,
		char **next, tg_error *err);
	/* TotalGest's clock when it answered the last page; 0 when unknown. */
	long long (*server_time)(void *ctx);
} tg_listing_source;

tg_listing_source tg_listing_source_for_client(tg_client *client);

typedef struct {
	tg_listing_source source;
	tg_store *store;
	tg_upsert_fn upsert;
	void *upsert_ctx;
	int page_size_hint;      /* batch size of the store-driven passes (retries, deactivations); 0: 200 */
} tg_product_sync;

/* One run. A fault of TotalGest ends it early with report->stopped set and returns 0; finished
 * pages stay applied. Returns -1 (err set) when the store failed or the callback aborted. When
 * another process runs the sync, returns 0 with report->stopped saying so. */
int tg_product_sync_run(const tg_product_sync *sync, int full, tg_report *report, tg_error *err);
/* Runs a delta when the last completed run is older than interval_s and no other process runs it:
 * 1 when it ran (report filled), 0 when not due or busy. */
int tg_product_sync_run_if_due(const tg_product_sync *sync, long interval_s, tg_report *report, tg_error *err);

#endif
