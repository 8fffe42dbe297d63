/* A shop order handed over as a PHP array, checked and normalized by the core (src/tg_order.c). */
#ifndef TG_ORDER_INPUT_H
#define TG_ORDER_INPUT_H

#include "php.h"

#include <json-c/json.h>

#include "tg_error.h"

/* The normalized order, or NULL with err (TG_ERR_VALIDATION) naming every bad field. */
json_object *tg_order_from_zval(zval *order, tg_error *err);

#endif
