/* A shop order as the shop hands it over: checked field by field and turned into the normalized
 * copy that the queue stores and the contract maps to TotalGest (docs/order-mapping.md). */
#ifndef TG_ORDER_H
#define TG_ORDER_H

#include <json-c/json.h>
#include <stddef.h>

#include "tg_error.h"

#define TG_ORDER_ID_MAX_CHARS 64

/* Checks every field of order and returns the normalized copy (release with json_object_put),
 * or NULL with err set to TG_ERR_VALIDATION naming each invalid field ("items.2.quantity"). */
json_object *tg_order_normalize(json_object *order, tg_error *err);

/* The shop order id of a normalized order. */
const char *tg_order_id(json_object *normalized);

/* The id to name an order by in a report, even when the order is invalid: its id when that is a
 * usable string or integer, else fallback. Writes into out. */
void tg_order_report_id(json_object *order, const char *fallback, char *out, size_t size);

#endif
