/* The product sync's state in the store: one row per TotalGest product in `products` (what the shop
 * received, under which shop id, and how the last attempt ended) and the sync's keys in `meta`
 * (cursors, the resume point of the listing in progress, the last run). */
#ifndef TG_PRODUCT_STORE_H
#define TG_PRODUCT_STORE_H

#include <sqlite3.h>

#include "tg_error.h"
#include "tg_store.h"

#define TG_PRODUCT_META_CURSOR "product_sync.cursor"
#define TG_PRODUCT_META_STOCK_CURSOR "product_sync.stock_cursor"
#define TG_PRODUCT_META_LISTING "product_sync.listing"
#define TG_PRODUCT_META_LAST_RUN_AT "product_sync.last_run_at"
#define TG_PRODUCT_META_LAST_RESULT "product_sync.last_result"
#define TG_PRODUCT_META_LAST_SUCCESS_AT "product_sync.last_success_at"

typedef struct {
	int found;
	char *shop_id;   /* NULL: the shop never accepted this product */
	char *hash;      /* hash of the version the shop has; NULL when the latest version did not reach it */
	char *data;      /* the latest valid version from TotalGest, normalized JSON; NULL when none was valid */
	char *message;
	int active;
	int synced;      /* state 'synced' (else 'error') */
} tg_product_row;

/* One row to write. seen_run: the number of the full listing that listed the product, 0 when the
 * write does not come from a full listing (the mark is left as it is). */
typedef struct {
	const char *external_id;
	const char *sku;
	const char *shop_id;
	const char *hash;
	const char *data;
	const char *message;
	const char *tg_updated_at;
	int active;
	long seen_run;
} tg_product_write;

/* The statements of one run, prepared once. */
typedef struct {
	tg_store *store;
	sqlite3_stmt *load;
	sqlite3_stmt *shop_id_owner;
	sqlite3_stmt *save_delivered;
	sqlite3_stmt *save_failed;
	sqlite3_stmt *save_invalid;
	sqlite3_stmt *mark_listed;
} tg_product_store;

int tg_product_store_open(tg_product_store *products, tg_store *store, tg_error *err);
void tg_product_store_close(tg_product_store *products);

int tg_product_store_load(tg_product_store *products, const char *external_id, tg_product_row *row, tg_error *err);
void tg_product_row_free(tg_product_row *row);

/* The shop accepted the product: state synced. Returns 1 without writing when the shop id already
 * belongs to another TotalGest product. */
int tg_product_store_save_delivered(tg_product_store *products, const tg_product_write *write, tg_error *err);
/* The shop refused the product: state error; the hash is cleared so the next run retries it, the
 * shop id (if any) is kept. */
int tg_product_store_save_failed(tg_product_store *products, const tg_product_write *write, tg_error *err);
/* TotalGest sent an entry that breaks the contract: state error; the last valid version is kept. */
int tg_product_store_save_invalid(tg_product_store *products, const tg_product_write *write, tg_error *err);
/* Listed again without change: state synced with the current warning as message. */
int tg_product_store_mark_listed(tg_product_store *products, const tg_product_write *write, tg_error *err);

/* Up to limit ids, in id order after after_id ("" for the first), of products whose latest version
 * the shop refused. The caller frees each id and the array. */
int tg_product_store_failed_ids(tg_product_store *products, const char *after_id, int limit, char ***ids,
	size_t *count, tg_error *err);
/* Up to limit ids of active products in the shop that the full listing run did not list. */
int tg_product_store_missing_ids(tg_product_store *products, long run, int limit, char ***ids, size_t *count,
	tg_error *err);
/* Forgets the products that never reached the shop and that the full listing run did not list. */
int tg_product_store_forget_missing(tg_product_store *products, long run, tg_error *err);
/* The number for a new full listing: one more than any mark so far. */
int tg_product_store_next_run(tg_product_store *products, long *run, tg_error *err);
void tg_product_ids_free(char **ids, size_t count);

typedef enum {
	TG_LISTING_PRODUCTS,   /* the product listing */
	TG_LISTING_MISSING,    /* after a full listing: deactivating the products it did not list */
	TG_LISTING_STOCK,      /* the stock listing */
	TG_LISTING_DONE        /* all done: the resume point is removed, never saved */
} tg_listing_phase;

/* Where a run stands: saved with each applied page, in the page's transaction. */
typedef struct {
	tg_listing_phase phase;
	long run;              /* the full listing's number; 0 for a delta */
	char *since;           /* the updated_since the listing was started with; NULL: everything */
	char *after;           /* the cursor of the next page; NULL: the first page */
	long long max_seen;    /* the newest updated_at applied in this listing; 0: none yet */
	long long started_at;  /* TotalGest's clock when the listing's first page answered; 0: unknown */
} tg_listing_state;

/* *found is 0 when no listing is in progress. */
int tg_listing_state_load(tg_store *store, tg_listing_state *state, int *found, tg_error *err);
/* Saves the resume point, or removes it when the phase is TG_LISTING_DONE. */
int tg_listing_state_save(tg_store *store, const tg_listing_state *state, tg_error *err);
void tg_listing_state_free(tg_listing_state *state);
/* Replaces a string member (NULL allowed); returns -1 when out of memory. */
int tg_listing_state_set(char **member, const char *value);

/* A cursor in meta: the newest updated_at applied (Unix seconds), 0 when there is none. */
int tg_product_cursor_load(tg_store *store, const char *key, long long *epoch, tg_error *err);
int tg_product_cursor_save(tg_store *store, const char *key, long long epoch, tg_error *err);

#endif
