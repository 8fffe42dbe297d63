#include "tg_product_sync.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tg_json.h"
#include "tg_process_lock.h"
#include "tg_product_store.h"
#include "tg_text.h"
#include "tg_time.h"

#define TG_SHOP_ID_MAX_LEN 255
#define TG_DEFAULT_BATCH 200

/* What happened to one product; written in its page's transaction, counted once that committed. */
typedef enum {
	TG_OUTCOME_DELIVERED,     /* the shop has this version now */
	TG_OUTCOME_FAILED,        /* the shop refused it */
	TG_OUTCOME_INVALID,       /* TotalGest's product entry broke the contract */
	TG_OUTCOME_BAD_STOCK,     /* TotalGest's stock entry broke the contract (no product row changes) */
	TG_OUTCOME_UNCHANGED,     /* the shop already has this version */
	TG_OUTCOME_UNKNOWN_STOCK  /* a stock level of a product the store does not know */
} tg_outcome_kind;

typedef struct {
	tg_outcome_kind kind;
	const char *code;    /* for the report, when it failed */
	char *external_id;
	char *sku;
	char *shop_id;
	char *data;
	char *message;       /* the failure, or the warning of a delivered product */
	char *updated_at;
	char hash[17];
	int active;
	int created;         /* the shop had no product for it yet */
	int deactivated;     /* was active, reaches the shop inactive */
	int stock_only;      /* only the stock level changed */
	int retry;           /* a retry of a version the shop refused before */
	int needs_write;     /* unchanged, but the row's state or mark is to be refreshed */
} tg_outcome;

typedef struct {
	tg_outcome *items;
	size_t count;
	size_t capacity;
} tg_outcomes;

/* One run, under the lock. */
typedef struct {
	const tg_product_sync *sync;
	tg_product_store products;
	tg_process_lock *lock;
	tg_report *report;
	long seen_run;       /* the full listing's number while its pages are applied, else 0 */
	int batch;
} tg_run;

/* What a page changes in meta besides the product rows. */
typedef struct {
	const tg_listing_state *state;  /* the new resume point */
	const char *cursor_key;         /* a completed listing moves this cursor... */
	long long cursor;               /* ...to this time (0: nothing was listed, the cursor stays) */
	long forget_missing_run;        /* a full listing's deactivation ended: forget what never reached the shop */
} tg_checkpoint;

static const char *const tg_counter_names[] = {
	"created", "updated", "unchanged", "failed", "deactivated", "stock_updated", "pages", "warnings",
	"stock_unknown", "retried"
};

/* ---- Outcomes ---- */

static tg_outcome *tg_outcomes_add(tg_outcomes *outcomes)
{
	if (outcomes->count == outcomes->capacity) {
		size_t capacity = outcomes->capacity ? outcomes->capacity * 2 : 64;
		tg_outcome *grown = realloc(outcomes->items, capacity * sizeof(*grown));
		if (!grown) {
			return NULL;
		}
		outcomes->items = grown;
		outcomes->capacity = capacity;
	}
	memset(&outcomes->items[outcomes->count], 0, sizeof(tg_outcome));
	return &outcomes->items[outcomes->count++];
}

static void tg_outcomes_free(tg_outcomes *outcomes)
{
	for (size_t i = 0; i < outcomes->count; i++) {
		tg_outcome *out = &outcomes->items[i];
		free(out->external_id);
		free(out->sku);
		free(out->shop_id);
		free(out->data);
		free(out->message);
		free(out->updated_at);
	}
	free(outcomes->items);
	memset(outcomes, 0, sizeof(*outcomes));
}

static int tg_out_of_memory(tg_error *err)
{
	return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
}

static int tg_set_message(tg_outcome *out, const char *message)
{
	free(out->message);
	out->message = message ? strdup(message) : NULL;
	return message && !out->message ? -1 : 0;
}

/* ---- Handing a product to the shop ---- */

static int tg_shop_id_is_valid(const char *shop_id, char *error, size_t size)
{
	size_t len = shop_id ? strlen(shop_id) : 0;

	if (len == 0) {
		snprintf(error, size, "the upsert returned an empty shop id");
		return 0;
	}
	if (len > TG_SHOP_ID_MAX_LEN || !tg_text_is_printable(shop_id, len, 0)) {
		snprintf(error, size, "the upsert returned an invalid shop id (longer than %d bytes, not UTF-8 or with "
			"control characters)", TG_SHOP_ID_MAX_LEN);
		return 0;
	}
	return 1;
}

/* Calls the upsert; out becomes DELIVERED or FAILED. Returns -1 only when the host aborts the run. */
static int tg_run_deliver(tg_run *run, json_object *json, tg_outcome *out, tg_error *err)
{
	char error[512] = "";
	char *shop_id = NULL;
	int rc = run->sync->upsert(run->sync->upsert_ctx, json, &shop_id, error, sizeof(error));

	if (rc == TG_UPSERT_ABORT) {
		free(shop_id);
		return tg_error_set(err, TG_ERR_CALLBACK, "aborted", "The upsert callback stopped the product sync");
	}
	if (rc == TG_UPSERT_OK && tg_shop_id_is_valid(shop_id, error, sizeof(error))) {
		out->kind = TG_OUTCOME_DELIVERED;
		out->shop_id = shop_id;
		return 0;
	}
	free(shop_id);
	out->kind = TG_OUTCOME_FAILED;
	out->code = "upsert_failed";
	return tg_set_message(out, error[0] ? error : "the upsert failed without saying why") == 0 ? 0 : tg_out_of_memory(err);
}

static int tg_same_text(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Fills out from a valid product and delivers it unless the shop has this very version. */
static int tg_run_offer(tg_run *run, const tg_product *product, const tg_product_row *row, tg_outcome *out,
	tg_error *err)
{
	const char *warning = product->warning[0] ? product->warning : NULL;
	json_object *json;
	int rc;

	tg_product_hash(product, out->hash);
	out->external_id = strdup(product->external_id);
	out->sku = strdup(product->sku);
	out->updated_at = strdup(product->updated_at);
	out->active = product->active;
	if (!out->external_id || !out->sku || !out->updated_at || tg_set_message(out, warning) != 0) {
		return tg_out_of_memory(err);
	}
	if (row->found && row->hash && strcmp(row->hash, out->hash) == 0) {
		out->kind = TG_OUTCOME_UNCHANGED;
		out->needs_write = !row->synced || run->seen_run > 0 || !tg_same_text(row->message, warning);
		return 0;
	}
	out->created = row->shop_id == NULL;
	out->deactivated = !product->active && row->shop_id && row->active;
	json = tg_product_to_json(product);
	if (!json || !(out->data = strdup(json_object_to_json_string_ext(json,
		JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)))) {
		json_object_put(json);
		return tg_out_of_memory(err);
	}
	rc = tg_run_deliver(run, json, out, err);
	json_object_put(json);
	return rc;
}

/* The version the store holds of a product (data of a row), to change and send again. */
static int tg_row_product(tg_run *run, const char *external_id, const tg_product_row *row, tg_product *product,
	tg_error *err)
{
	json_object *json = tg_json_parse(row->data, strlen(row->data), err);
	int rc = json ? tg_product_from_json(json, product) : -1;

	json_object_put(json);
	if (rc != 0) {
		tg_error_clear(err);
		return tg_error_set(err, TG_ERR_STORE, "store_corrupt",
			"The store %s holds an unreadable version of product %s", tg_store_path(run->sync->store), external_id);
	}
	/* A synced row's message is the warning of that version: it stays with it. */
	if (row->synced && row->message) {
		snprintf(product->warning, sizeof(product->warning), "%s", row->message);
	}
	return 0;
}

/* ---- Applying a page ---- */

static int tg_run_write(tg_run *run, tg_outcomes *outcomes, tg_error *err)
{
	for (size_t i = 0; i < outcomes->count; i++) {
		tg_outcome *out = &outcomes->items[i];
		tg_product_write write = {out->external_id, out->sku, out->shop_id, out->hash, out->data, out->message,
			out->updated_at, out->active, run->seen_run};
		int rc = 0;

		switch (out->kind) {
		case TG_OUTCOME_DELIVERED:
			rc = tg_product_store_save_delivered(&run->products, &write, err);
			if (rc == 1) {
				char message[512];
				snprintf(message, sizeof(message),
					"the upsert returned the shop id \"%.255s\", which already belongs to another TotalGest product",
					out->shop_id);
				out->kind = TG_OUTCOME_FAILED;
				out->code = "shop_id_conflict";
				write.shop_id = NULL;
				if (tg_set_message(out, message) != 0) {
					return tg_out_of_memory(err);
				}
				write.message = out->message;
				rc = tg_product_store_save_failed(&run->products, &write, err);
			}
			break;
		case TG_OUTCOME_FAILED:
			rc = tg_product_store_save_failed(&run->products, &write, err);
			break;
		case TG_OUTCOME_INVALID:
			rc = out->external_id[0] ? tg_product_store_save_invalid(&run->products, &write, err) : 0;
			break;
		case TG_OUTCOME_UNCHANGED:
			rc = out->needs_write ? tg_product_store_mark_listed(&run->products, &write, err) : 0;
			break;
		case TG_OUTCOME_BAD_STOCK:
		case TG_OUTCOME_UNKNOWN_STOCK:
			break;
		}
		if (rc != 0) {
			return -1;
		}
	}
	return 0;
}

static int tg_run_tally(tg_run *run, const tg_outcomes *outcomes)
{
	tg_report *report = run->report;

	for (size_t i = 0; i < outcomes->count; i++) {
		const tg_outcome *out = &outcomes->items[i];
		switch (out->kind) {
		case TG_OUTCOME_DELIVERED:
			tg_report_count(report, out->created ? "created" : "updated", 1);
			tg_report_count(report, "deactivated", out->deactivated);
			tg_report_count(report, "stock_updated", out->stock_only);
			tg_report_count(report, "warnings", out->message != NULL);
			tg_report_count(report, "retried", out->retry);
			report->succeeded++;
			break;
		case TG_OUTCOME_FAILED:
		case TG_OUTCOME_INVALID:
		case TG_OUTCOME_BAD_STOCK:
			tg_report_count(report, "failed", 1);
			tg_report_count(report, "retried", out->retry);
			report->failed++;
			if (tg_report_add_error(report, out->external_id, out->code, out->message) != 0) {
				return -1;
			}
			break;
		case TG_OUTCOME_UNCHANGED:
			tg_report_count(report, "unchanged", 1);
			break;
		case TG_OUTCOME_UNKNOWN_STOCK:
			tg_report_count(report, "stock_unknown", 1);
			break;
		}
	}
	return 0;
}

/* Applies a batch: its product rows and the checkpoint (if any) in one transaction; then counts it
 * and renews the lock, since a run of a large catalogue can outlast the lock's expiry. */
static int tg_run_apply(tg_run *run, tg_outcomes *outcomes, const tg_checkpoint *checkpoint, tg_error *err)
{
	tg_store *store = run->sync->store;
	int still_ours;

	if (tg_store_begin(store, err) != 0) {
		return -1;
	}
	if (tg_run_write(run, outcomes, err) != 0
		|| (checkpoint && tg_listing_state_save(store, checkpoint->state, err) != 0)
		|| (checkpoint && checkpoint->cursor_key && checkpoint->cursor > 0
			&& tg_product_cursor_save(store, checkpoint->cursor_key, checkpoint->cursor, err) != 0)
		|| (checkpoint && checkpoint->forget_missing_run > 0
			&& tg_product_store_forget_missing(&run->products, checkpoint->forget_missing_run, err) != 0)) {
		tg_store_rollback(store);
		return -1;
	}
	if (tg_store_commit(store, err) != 0) {
		return -1;
	}
	if (tg_run_tally(run, outcomes) != 0) {
		return tg_out_of_memory(err);
	}
	still_ours = tg_process_lock_renew(run->lock, err);
	if (still_ours < 0) {
		return -1;
	}
	if (still_ours == 0) {
		snprintf(run->report->stopped, sizeof(run->report->stopped),
			"another process took over the product sync (this run was slower than the lock's %.0f s expiry)",
			TG_PRODUCT_SYNC_LOCK_TTL_S);
	}
	return 0;
}

static int tg_run_stopped(const tg_run *run)
{
	return run->report->stopped[0] != '\0';
}

static void tg_run_stop(tg_run *run, const tg_error *fault)
{
	snprintf(run->report->stopped, sizeof(run->report->stopped), "%s", fault->message[0] ? fault->message
		: "TotalGest failed without saying why");
}

/* The since of a new delta listing: the cursor minus the overlap, or NULL (everything). */
static int tg_run_since(tg_run *run, const char *cursor_key, char **since, tg_error *err)
{
	long long cursor;
	char text[32];

	tg_listing_state_set(since, NULL);
	if (tg_product_cursor_load(run->sync->store, cursor_key, &cursor, err) != 0) {
		return -1;
	}
	if (cursor == 0) {
		return 0;
	}
	tg_time_format(cursor - TG_PRODUCT_SYNC_OVERLAP_S, text, sizeof(text));
	return tg_listing_state_set(since, text) == 0 ? 0 : tg_out_of_memory(err);
}

/* Handles a failed page request; returns 1 when the listing should try again from its start. */
static int tg_run_page_failed(tg_run *run, tg_listing_state *state, tg_error *fault, int *restarted)
{
	/* A saved cursor TotalGest no longer accepts (expired during a long outage): the listing starts
	 * again with the same since; what was applied is found unchanged and costs no upsert. */
	if (fault->kind == TG_ERR_REJECTED && state->after && !*restarted) {
		*restarted = 1;
		tg_listing_state_set(&state->after, NULL);
		return 1;
	}
	tg_run_stop(run, fault);
	return 0;
}

/* A page whose next cursor is the one it was asked with would make the listing loop forever. */
static int tg_run_page_advances(tg_run *run, const tg_listing_state *state, const char *next)
{
	if (next && state->after && strcmp(next, state->after) == 0) {
		snprintf(run->report->stopped, sizeof(run->report->stopped),
			"TotalGest answered a page with the cursor it was asked for: the listing does not advance");
		return 0;
	}
	return 1;
}

/* Why a product is offered again from the store rather than from a listing. */
typedef enum {
	TG_STORED_RETRY,      /* the shop refused its latest version before */
	TG_STORED_DEACTIVATE  /* a full listing no longer lists it */
} tg_stored_reason;

/* Offers the stored version of a product to the shop; a product with nothing to offer is skipped. */
static int tg_run_offer_stored(tg_run *run, const char *id, tg_stored_reason reason, tg_outcomes *outcomes,
	tg_error *err)
{
	tg_product_row row;
	tg_product product;
	tg_outcome *out;
	int rc;

	memset(&product, 0, sizeof(product));
	rc = tg_product_store_load(&run->products, id, &row, err);
	/* A retry is due only while the shop still lacks the latest version (no hash stored). */
	if (rc == 0 && row.found && row.data && (reason == TG_STORED_DEACTIVATE || !row.hash)) {
		rc = tg_row_product(run, id, &row, &product, err);
		if (reason == TG_STORED_DEACTIVATE) {
			product.active = 0;
		}
		if (rc == 0 && !(out = tg_outcomes_add(outcomes))) {
			rc = tg_out_of_memory(err);
		} else if (rc == 0) {
			out->retry = reason == TG_STORED_RETRY;
			rc = tg_run_offer(run, &product, &row, out, err);
		}
		tg_product_free(&product);
	}
	tg_product_row_free(&row);
	return rc;
}

/* ---- Phase 0: products the shop refused in an earlier run ---- */

static int tg_run_retries(tg_run *run, tg_error *err)
{
	char *after_id = strdup("");
	int rc = after_id ? 0 : tg_out_of_memory(err);

	while (rc == 0 && !tg_run_stopped(run)) {
		tg_outcomes outcomes = {0};
		char **ids = NULL;
		size_t count = 0;

		if (tg_product_store_failed_ids(&run->products, after_id, run->batch, &ids, &count, err) != 0) {
			rc = -1;
			break;
		}
		for (size_t i = 0; i < count && rc == 0; i++) {
			rc = tg_run_offer_stored(run, ids[i], TG_STORED_RETRY, &outcomes, err);
		}
		if (rc == 0) {
			rc = tg_run_apply(run, &outcomes, NULL, err);
		}
		tg_outcomes_free(&outcomes);
		if (rc == 0 && count > 0 && tg_listing_state_set(&after_id, ids[count - 1]) != 0) {
			rc = tg_out_of_memory(err);
		}
		tg_product_ids_free(ids, count);
		if (count < (size_t) run->batch) {
			break;
		}
	}
	free(after_id);
	return rc;
}

/* ---- Phase 1: the product listing ---- */

static int tg_run_product_entries(tg_run *run, tg_product_entry *entries, size_t count, tg_outcomes *outcomes,
	long long *max_seen, tg_error *err)
{
	for (size_t i = 0; i < count; i++) {
		tg_product *product = &entries[i].product;
		tg_outcome *out = tg_outcomes_add(outcomes);
		tg_product_row row;
		int rc;

		if (!out) {
			return tg_out_of_memory(err);
		}
		if (!entries[i].valid) {
			out->kind = TG_OUTCOME_INVALID;
			out->code = "invalid_product";
			out->external_id = strdup(product->external_id ? product->external_id : "");
			out->message = strdup(entries[i].error);
			if (!out->external_id || !out->message) {
				return tg_out_of_memory(err);
			}
			continue;
		}
		if (tg_product_store_load(&run->products, product->external_id, &row, err) != 0) {
			return -1;
		}
		rc = tg_run_offer(run, product, &row, out, err);
		tg_product_row_free(&row);
		if (rc != 0) {
			return -1;
		}
		if (product->updated_epoch > *max_seen) {
			*max_seen = product->updated_epoch;
		}
	}
	return 0;
}

/* Remembers TotalGest's clock at the first page of a listing. */
static void tg_run_note_start(tg_run *run, tg_listing_state *state)
{
	const tg_listing_source *source = &run->sync->source;

	if (!state->after && state->started_at == 0 && source->server_time) {
		state->started_at = source->server_time(source->ctx);
	}
}

/* The cursor a completed listing leaves: TotalGest's clock at the listing's start, so a catalogue
 * that did not change is not listed again, and a product stamped in the future by a wrong clock
 * cannot push the cursor past changes still to come. Without that clock: the newest change
 * applied, but never later than this machine's clock. */
static long long tg_listing_cursor(const tg_listing_state *state)
{
	long long now = (long long) tg_time_now();

	if (state->started_at > 0) {
		return state->started_at;
	}
	return state->max_seen < now ? state->max_seen : now;
}

/* After the listing: deactivate what a full listing missed, then the stock. */
static int tg_run_after_products(tg_run *run, tg_listing_state *state, tg_checkpoint *checkpoint, tg_error *err)
{
	checkpoint->cursor_key = TG_PRODUCT_META_CURSOR;
	checkpoint->cursor = tg_listing_cursor(state);
	tg_listing_state_set(&state->after, NULL);
	state->max_seen = 0;
	state->started_at = 0;
	if (state->run > 0) {
		state->phase = TG_LISTING_MISSING;
		return tg_listing_state_set(&state->since, NULL) == 0 ? 0 : tg_out_of_memory(err);
	}
	state->phase = TG_LISTING_STOCK;
	return tg_run_since(run, TG_PRODUCT_META_STOCK_CURSOR, &state->since, err);
}

/* ---- Phase 2, after a full listing: products no longer in TotalGest reach the shop inactive ---- */

static int tg_run_missing(tg_run *run, tg_listing_state *state, tg_error *err)
{
	while (state->phase == TG_LISTING_MISSING && !tg_run_stopped(run)) {
		tg_checkpoint checkpoint = {state, NULL, 0, 0};
		tg_outcomes outcomes = {0};
		char **ids = NULL;
		size_t count = 0;
		int rc = tg_product_store_missing_ids(&run->products, state->run, run->batch, &ids, &count, err);

		for (size_t i = 0; i < count && rc == 0; i++) {
			rc = tg_run_offer_stored(run, ids[i], TG_STORED_DEACTIVATE, &outcomes, err);
		}
		if (rc == 0 && count < (size_t) run->batch) {
			checkpoint.forget_missing_run = state->run;
			state->phase = TG_LISTING_STOCK;
			rc = tg_run_since(run, TG_PRODUCT_META_STOCK_CURSOR, &state->since, err);
		}
		if (rc == 0) {
			rc = tg_run_apply(run, &outcomes, &checkpoint, err);
		}
		tg_outcomes_free(&outcomes);
		tg_product_ids_free(ids, count);
		if (rc != 0) {
			return -1;
		}
	}
	return 0;
}

/* ---- Phase 3: the stock listing ---- */

static int tg_run_stock_entry(tg_run *run, const tg_stock_entry *entry, tg_outcomes *outcomes, long long *max_seen,
	tg_error *err)
{
	const tg_stock_level *level = &entry->level;
	tg_outcome *out = NULL;
	tg_product_row row;
	tg_product product;
	int rc;

	if (!entry->valid) {
		char message[300];
		snprintf(message, sizeof(message), "stock entry: %s", entry->error);
		if (!(out = tg_outcomes_add(outcomes))) {
			return tg_out_of_memory(err);
		}
		out->kind = TG_OUTCOME_BAD_STOCK;
		out->code = "invalid_stock_entry";
		out->external_id = strdup(level->external_id ? level->external_id : "");
		return out->external_id && tg_set_message(out, message) == 0 ? 0 : tg_out_of_memory(err);
	}
	if (level->updated_epoch > *max_seen) {
		*max_seen = level->updated_epoch;
	}
	if (tg_product_store_load(&run->products, level->external_id, &row, err) != 0) {
		return -1;
	}
	memset(&product, 0, sizeof(product));
	if (!row.found || !row.data) {
		/* A product this store never received valid: the product listing brings it with its stock. */
		out = tg_outcomes_add(outcomes);
		rc = out ? 0 : tg_out_of_memory(err);
		if (out) {
			out->kind = TG_OUTCOME_UNKNOWN_STOCK;
		}
	} else if ((rc = tg_row_product(run, level->external_id, &row, &product, err)) == 0
		&& product.stock_quantity != level->quantity) {
		/* An equal level was already brought by the product listing: nothing to do, nothing to count. */
		product.stock_quantity = level->quantity;
		if (!(out = tg_outcomes_add(outcomes))) {
			rc = tg_out_of_memory(err);
		} else {
			out->stock_only = 1;
			rc = tg_run_offer(run, &product, &row, out, err);
		}
	}
	tg_product_free(&product);
	tg_product_row_free(&row);
	return rc;
}

/* The stock listing is complete: its cursor moves and the run's listing is done. */
static void tg_run_after_stock(tg_listing_state *state, tg_checkpoint *checkpoint)
{
	checkpoint->cursor_key = TG_PRODUCT_META_STOCK_CURSOR;
	checkpoint->cursor = tg_listing_cursor(state);
	state->phase = TG_LISTING_DONE;
}

/* ---- Phases 1 and 3: a listing, page by page ---- */

/* One page of the product or of the stock listing; listing says which array holds its entries. */
typedef struct {
	tg_listing_phase listing;
	tg_product_entry *products;
	tg_stock_entry *stock;
	size_t count;
} tg_page;

static int tg_page_fetch(tg_run *run, const tg_listing_state *state, tg_page *page, char **next, tg_error *fault)
{
	const tg_listing_source *source = &run->sync->source;

	if (page->listing == TG_LISTING_PRODUCTS) {
		return source->products_page(source->ctx, state->since, state->after, &page->products, &page->count, next,
			fault);
	}
	return source->stock_page(source->ctx, state->since, state->after, &page->stock, &page->count, next, fault);
}

static int tg_page_apply(tg_run *run, const tg_page *page, tg_outcomes *outcomes, long long *max_seen, tg_error *err)
{
	if (page->listing == TG_LISTING_PRODUCTS) {
		return tg_run_product_entries(run, page->products, page->count, outcomes, max_seen, err);
	}
	for (size_t i = 0; i < page->count; i++) {
		if (tg_run_stock_entry(run, &page->stock[i], outcomes, max_seen, err) != 0) {
			return -1;
		}
	}
	return 0;
}

static void tg_page_free(tg_page *page)
{
	for (size_t i = 0; i < page->count; i++) {
		if (page->listing == TG_LISTING_PRODUCTS) {
			tg_product_free(&page->products[i].product);
		} else {
			tg_stock_level_free(&page->stock[i].level);
		}
	}
	free(page->products);
	free(page->stock);
}

/* Reads listing (TG_LISTING_PRODUCTS or TG_LISTING_STOCK) from state->after on while the run is in
 * it. Each page is applied with its checkpoint in one transaction, so an interrupted listing
 * resumes after the last page applied. */
static int tg_run_listing(tg_run *run, tg_listing_state *state, tg_listing_phase listing, tg_error *err)
{
	int restarted = 0;

	while (state->phase == listing && !tg_run_stopped(run)) {
		tg_page page = {listing, NULL, NULL, 0};
		tg_checkpoint checkpoint = {state, NULL, 0, 0};
		tg_outcomes outcomes = {0};
		tg_error fault;
		long long max_seen = state->max_seen;
		char *next = NULL;
		int rc, advances;

		tg_error_init(&fault);
		if (tg_page_fetch(run, state, &page, &next, &fault) != 0) {
			int again = tg_run_page_failed(run, state, &fault, &restarted);
			tg_error_clear(&fault);
			if (again) {
				continue;
			}
			break;
		}
		tg_run_note_start(run, state);
		advances = tg_run_page_advances(run, state, next);
		rc = advances ? tg_page_apply(run, &page, &outcomes, &max_seen, err) : 0;
		tg_page_free(&page);
		if (rc == 0 && advances) {
			free(state->after);
			state->after = next;
			next = NULL;
			state->max_seen = max_seen;
			if (!state->after && listing == TG_LISTING_PRODUCTS) {
				rc = tg_run_after_products(run, state, &checkpoint, err);
			} else if (!state->after) {
				tg_run_after_stock(state, &checkpoint);
			}
			if (rc == 0) {
				rc = tg_run_apply(run, &outcomes, &checkpoint, err);
			}
			if (rc == 0) {
				tg_report_count(run->report, "pages", 1);
			}
		}
		free(next);
		tg_outcomes_free(&outcomes);
		if (rc != 0) {
			return -1;
		}
	}
	return 0;
}

/* ---- A run ---- */

/* A new listing: a full one numbers its marks; a delta starts at the cursor minus the overlap. */
static int tg_run_start_listing(tg_run *run, int full, tg_listing_state *state, tg_error *err)
{
	memset(state, 0, sizeof(*state));
	state->phase = TG_LISTING_PRODUCTS;
	if (full) {
		return tg_product_store_next_run(&run->products, &state->run, err);
	}
	return tg_run_since(run, TG_PRODUCT_META_CURSOR, &state->since, err);
}

static int tg_run_phases(tg_run *run, int full, tg_error *err)
{
	tg_listing_state state;
	int found = 0;
	int rc;

	if (tg_run_retries(run, err) != 0 || tg_listing_state_load(run->sync->store, &state, &found, err) != 0) {
		return -1;
	}
	/* An interrupted listing goes on; a full run asked for while a delta was interrupted starts over. */
	if (!found || (full && state.run == 0)) {
		tg_listing_state_free(&state);
		if (tg_run_start_listing(run, full, &state, err) != 0) {
			tg_listing_state_free(&state);
			return -1;
		}
	}
	/* A full listing marks what it lists with its number, so the missing phase finds the rest. */
	run->seen_run = state.run;
	rc = tg_run_listing(run, &state, TG_LISTING_PRODUCTS, err);
	run->seen_run = 0;
	if (rc == 0) {
		rc = tg_run_missing(run, &state, err);
	}
	if (rc == 0) {
		rc = tg_run_listing(run, &state, TG_LISTING_STOCK, err);
	}
	tg_listing_state_free(&state);
	return rc;
}

/* Remembers when the sync ran and how it ended; runIfDue decides by the last completed run. */
static void tg_run_record(tg_store *store, int rc, const tg_report *report, const tg_error *err)
{
	char now[32], result[600];
	tg_error ignored;

	tg_error_init(&ignored);
	tg_time_format((long long) tg_time_now(), now, sizeof(now));
	if (rc != 0) {
		snprintf(result, sizeof(result), "failed: %s", err->message);
	} else if (report->stopped[0]) {
		snprintf(result, sizeof(result), "stopped: %s", report->stopped);
	} else {
		snprintf(result, sizeof(result), "completed: %ld imported, %ld failed", report->succeeded, report->failed);
	}
	tg_store_meta_set(store, TG_PRODUCT_META_LAST_RUN_AT, now, &ignored);
	tg_store_meta_set(store, TG_PRODUCT_META_LAST_RESULT, result, &ignored);
	if (rc == 0 && !report->stopped[0]) {
		tg_store_meta_set(store, TG_PRODUCT_META_LAST_SUCCESS_AT, now, &ignored);
	}
	tg_error_clear(&ignored);
}

static int tg_run_locked(const tg_product_sync *sync, tg_process_lock *lock, int full, tg_report *report,
	tg_error *err)
{
	tg_run run;
	int rc;

	memset(&run, 0, sizeof(run));
	run.sync = sync;
	run.lock = lock;
	run.report = report;
	run.batch = sync->page_size_hint > 0 ? sync->page_size_hint : TG_DEFAULT_BATCH;
	for (size_t i = 0; i < sizeof(tg_counter_names) / sizeof(tg_counter_names[0]); i++) {
		tg_report_count(report, tg_counter_names[i], 0);
	}
	if (tg_product_store_open(&run.products, sync->store, err) != 0) {
		return -1;
	}
	rc = tg_run_phases(&run, full, err);
	tg_product_store_close(&run.products);
	tg_run_record(sync->store, rc, report, err);
	return rc;
}

int tg_product_sync_run(const tg_product_sync *sync, int full, tg_report *report, tg_error *err)
{
	tg_process_lock lock;
	int taken = tg_process_lock_acquire(&lock, sync->store, TG_PRODUCT_SYNC_LOCK_NAME, TG_PRODUCT_SYNC_LOCK_TTL_S,
		err);
	int rc;

	if (taken < 0) {
		return -1;
	}
	if (taken == 0) {
		snprintf(report->stopped, sizeof(report->stopped), "another process is running the product sync");
		return 0;
	}
	rc = tg_run_locked(sync, &lock, full, report, err);
	tg_process_lock_release(&lock);
	return rc;
}

static int tg_run_is_due(tg_store *store, long interval_s, int *due, tg_error *err)
{
	long long last_success;

	if (tg_product_cursor_load(store, TG_PRODUCT_META_LAST_SUCCESS_AT, &last_success, err) != 0) {
		return -1;
	}
	*due = last_success == 0 || tg_time_now() - (double) last_success >= (double) interval_s;
	return 0;
}

int tg_product_sync_run_if_due(const tg_product_sync *sync, long interval_s, tg_report *report, tg_error *err)
{
	tg_process_lock lock;
	int due = 0, taken, rc;

	if (interval_s < 0) {
		return tg_error_set(err, TG_ERR_VALIDATION, "invalid_interval", "The interval must be 0 seconds or more");
	}
	if (tg_run_is_due(sync->store, interval_s, &due, err) != 0) {
		return -1;
	}
	if (!due) {
		return 0;
	}
	taken = tg_process_lock_acquire(&lock, sync->store, TG_PRODUCT_SYNC_LOCK_NAME, TG_PRODUCT_SYNC_LOCK_TTL_S, err);
	if (taken <= 0) {
		return taken;
	}
	/* Another process may have completed a run between the first look and taking the lock. */
	rc = tg_run_is_due(sync->store, interval_s, &due, err);
	if (rc != 0 || !due) {
		tg_process_lock_release(&lock);
		return rc;
	}
	rc = tg_run_locked(sync, &lock, 0, report, err);
	tg_process_lock_release(&lock);
	return rc == 0 ? 1 : -1;
}

/* ---- TotalGest as the source ---- */

static int tg_client_products_source(void *ctx, const char *since, const char *after, tg_product_entry **entries,
	size_t *count, char **next, tg_error *err)
{
	return tg_client_products_page(ctx, since, after, entries, count, next, err);
}

static int tg_client_stock_source(void *ctx, const char *since, const char *after, tg_stock_entry **entries,
	size_t *count, char **next, tg_error *err)
{
	return tg_client_stock_page(ctx, since, after, entries, count, next, err);
}

static long long tg_client_server_time(void *ctx)
{
	return ((tg_client *) ctx)->server_time;
}

tg_listing_source tg_listing_source_for_client(tg_client *client)
{
	tg_listing_source source = {client, tg_client_products_source, tg_client_stock_source, tg_client_server_time};
	return source;
}
