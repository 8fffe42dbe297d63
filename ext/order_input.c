/* A shop order handed over as a PHP array, checked and normalized by the core. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "order_input.h"
#include "tg_order.h"
#include "tg_php.h"

json_object *tg_order_from_zval(zval *order, tg_error *err)
{
	size_t fields_before = err->field_count;
	json_object *converted = tg_zval_to_json(order, "", err);
	json_object *normalized;

	if (err->field_count > fields_before) {
		/* A value PHP cannot hand over as JSON (an object, a resource): named like any bad field. */
		json_object_put(converted);
		tg_error_close_validation(err, "order");
		return NULL;
	}
	normalized = tg_order_normalize(converted, err);
	json_object_put(converted);
	return normalized;
}
