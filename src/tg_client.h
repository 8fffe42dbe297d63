/* Talking to TotalGest: login with the token cached in the session, one re-login when the token is
 * refused, and the calls of the contract. Errors come back as tg_error, never thrown. */
#ifndef TG_CLIENT_H
#define TG_CLIENT_H

#include <json-c/json.h>

#include "tg_config.h"
#include "tg_contract.h"
#include "tg_error.h"
#include "tg_session.h"

typedef struct {
	tg_config config;      /* own copy */
	tg_session *session;   /* borrowed: owned by the process-wide session registry */
	long long server_time; /* TotalGest's clock at its last answer (Date header); 0: unknown */
} tg_client;

int tg_client_init(tg_client *client, const tg_config *config, tg_session *session, tg_error *err);
void tg_client_free(tg_client *client);

/* Logs in (always, ignoring a cached token) and reads the business; latency of the round trips. */
int tg_client_verify(tg_client *client, json_object **business, double *latency_ms, tg_error *err);

/* One page of the product or stock listing. entries[count] are owned by the caller:
 * free each with tg_product_free / tg_stock_level_free, then free(entries). *next is NULL at the end. */
int tg_client_products_page(tg_client *client, const char *since, const char *after,
	tg_product_entry **entries, size_t *count, char **next, tg_error *err);
int tg_client_stock_page(tg_client *client, const char *since, const char *after,
	tg_stock_entry **entries, size_t *count, char **next, tg_error *err);

/* Exports validated shop orders concurrently (at most config.concurrency at once).
 * For each order i: results[i] on success (errors[i].kind == TG_OK), else errors[i].
 * errors[] must be initialized by the caller. Returns 0, or -1 when nothing could be sent at all
 * (login failed: the reason is in every errors[i]). */
int tg_client_export_orders(tg_client *client, json_object *const *orders, size_t count,
	tg_order_result *results, tg_error *errors);
/* The TotalGest order made for this shop order id, if any. */
int tg_client_find_order(tg_client *client, const char *shop_order_id, tg_order_result *result, int *found,
	tg_error *err);

#endif
