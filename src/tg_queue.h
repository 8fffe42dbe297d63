/* The order queue: the store's orders table and every state change of an order on its way to
 * TotalGest (docs/order-queue.md). Claims are leased, so concurrent workers never take the same
 * order and a crashed worker's orders come back when its lease ends. Times are Unix seconds;
 * they are parameters so that tests can move the clock. */
#ifndef TG_QUEUE_H
#define TG_QUEUE_H

#include <json-c/json.h>
#include <stddef.h>

#include "tg_error.h"
#include "tg_store.h"

typedef struct {
	char *id;              /* the shop order id */
	json_object *order;    /* the normalized order */
	long attempts;         /* including the one this claim starts */
	int ambiguous;         /* an earlier attempt may have reached TotalGest */
} tg_queue_item;

typedef enum {
	TG_TAKE_CLAIMED,       /* claimed for this export: send it */
	TG_TAKE_EXPORTED,      /* TotalGest has it already: nothing to send */
	TG_TAKE_BUSY           /* another worker holds a live lease on it */
} tg_take_result;

typedef struct {
	long pending;
	long retrying;
	long running;
	long failed;
	long exported;
	long oldest_pending_age_s;   /* age of the oldest order not exported yet; 0 when there is none */
} tg_queue_stats;

typedef struct {
	char *id;
	long attempts;
	char *code;
	char *message;
	double updated_at;
} tg_queue_failure;

/* Stores a normalized order, durably (committed on return). Returns 1 when the order was queued
 * now, 0 when it was known already (its payload may be replaced, see the docs), -1 on error. */
int tg_queue_enqueue(tg_store *store, json_object *order, double now, tg_error *err);

/* Claims up to max due orders (pending or retrying and due, or running with an ended lease) for
 * owner until lease_until. *items: free with tg_queue_items_free. */
int tg_queue_claim(tg_store *store, const char *owner, size_t max, double lease_until, double now,
	tg_queue_item **items, size_t *count, tg_error *err);

/* The manual export: stores each normalized order like enqueue and claims it even when it failed
 * (with its attempts counted afresh). takes[i] says what became of orders[i]; the claimed ones are
 * in *items, in the same order. */
int tg_queue_take(tg_store *store, const char *owner, json_object *const *orders, size_t count, double lease_until,
	double now, tg_take_result *takes, tg_queue_item **items, size_t *item_count, tg_error *err);

/* Extends owner's lease on the given orders. */
int tg_queue_renew(tg_store *store, const char *owner, const tg_queue_item *items, size_t count, double lease_until,
	int *held, tg_error *err);

/* The outcomes of an attempt. Each is written only while owner holds the lease, except exported:
 * TotalGest having the order is true whoever learnt it. Returns 1 when written, 0 when not.
 * The caller groups them in a transaction (tg_store_begin/commit). */
int tg_queue_mark_exported(tg_store *store, const char *id, const char *tg_id, const char *tg_number, double now,
	tg_error *err);
int tg_queue_mark_retrying(tg_store *store, const char *owner, const char *id, double next_attempt_at, int ambiguous,
	const char *code, const char *message, double now, tg_error *err);
int tg_queue_mark_failed(tg_store *store, const char *owner, const char *id, int ambiguous, const char *code,
	const char *message, double now, tg_error *err);
/* Gives an order back without counting the attempt (the fault was not the order's). */
int tg_queue_release(tg_store *store, const char *owner, const char *id, int ambiguous, double next_attempt_at,
	const char *code, const char *message, double now, tg_error *err);

int tg_queue_stats_read(tg_store *store, double now, tg_queue_stats *stats, tg_error *err);
/* The orders that failed for good, newest first. *failures: free with tg_queue_failures_free. */
int tg_queue_failed(tg_store *store, long limit, tg_queue_failure **failures, size_t *count, tg_error *err);
/* Moves failed or retrying orders back to pending with fresh attempts; returns how many moved. */
long tg_queue_retry(tg_store *store, const char *const *ids, size_t count, double now, tg_error *err);
/* Drops the payload of orders exported before the cutoff; the row and its state stay. */
long tg_queue_prune(tg_store *store, double exported_before, tg_error *err);

void tg_queue_items_free(tg_queue_item *items, size_t count);
void tg_queue_failures_free(tg_queue_failure *failures, size_t count);

#endif
