/* Sending queued orders to TotalGest: the background worker (process) and the admin's manual
 * export, with the retry policy of docs/order-queue.md. */
#ifndef TG_EXPORT_H
#define TG_EXPORT_H

#include <json-c/json.h>
#include <stddef.h>

#include "tg_client.h"
#include "tg_error.h"
#include "tg_report.h"
#include "tg_store.h"

#define TG_EXPORT_DEFAULT_LEASE_S 300.0
#define TG_EXPORT_DEFAULT_RETENTION_S (30.0 * 86400.0)

/* Where orders go: TotalGest through a client, or a stand-in in the unit tests. */
typedef struct {
	/* Sends orders concurrently: results[i] or errors[i] (initialized by the caller) for each. */
	int (*export_orders)(void *context, json_object *const *orders, size_t count, tg_order_result *results,
		tg_error *errors);
	int (*find_order)(void *context, const char *shop_order_id, tg_order_result *result, int *found, tg_error *err);
	void *context;
	size_t concurrency;        /* orders sent at once */
	long max_attempts;         /* attempts before an order fails for good */
	double request_timeout_s;  /* the longest one request can take */
} tg_export_sender;

typedef struct {
	double lease_s;            /* how long a claimed order stays claimed without news from its worker */
	double retention_s;        /* exported orders keep their payload this long */
} tg_export_options;

void tg_export_sender_for_client(tg_export_sender *sender, tg_client *client);

/* Exports due orders until limit orders were handled or time_budget_s has passed, whichever comes
 * first; prunes old payloads first. Returns -1 only when the store fails. */
int tg_export_process(tg_store *store, const tg_export_sender *sender, const tg_export_options *options, long limit,
	double time_budget_s, tg_report *report, tg_error *err);

/* The admin's export of the selected shop orders (as the shop hands them over): each is checked,
 * queued and sent at once, failed ones too; an exported one is not sent again. input_errors[i]
 * (NULL when there are none) says why orders[i] could not even be read: that order is invalid,
 * named by the id orders[i] still holds. */
int tg_export_now(tg_store *store, const tg_export_sender *sender, const tg_export_options *options,
	json_object *const *orders, const tg_error *input_errors, size_t count, tg_report *report, tg_error *err);

/* Seconds to wait after the given failed attempt (1, 2, ...) without Retry-After; random_unit in
 * [0, 1) spreads the workers. */
double tg_export_backoff_s(long attempt, double random_unit);

#endif
