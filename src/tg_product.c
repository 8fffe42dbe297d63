#include "tg_product.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tg_json.h"
#include "tg_text.h"

void tg_product_free(tg_product *product)
{
	free(product->external_id);
	free(product->sku);
	free(product->ean);
	free(product->name);
	free(product->short_description);
	free(product->description);
	free(product->price);
	free(product->vat_rate);
	free(product->updated_at);
	memset(product, 0, sizeof(*product));
}

void tg_stock_level_free(tg_stock_level *level)
{
	free(level->external_id);
	free(level->sku);
	free(level->updated_at);
	memset(level, 0, sizeof(*level));
}

int tg_ean_is_valid(const char *code)
{
	size_t len = strlen(code);
	int sum = 0;

	if (len != 8 && len != 13 && len != 14) {
		return 0;
	}
	for (size_t i = 0; i < len; i++) {
		if (code[i] < '0' || code[i] > '9') {
			return 0;
		}
	}
	/* Weights 3,1,3,... from the digit left of the check digit. */
	for (size_t i = 0; i + 1 < len; i++) {
		int digit = code[len - 2 - i] - '0';
		sum += (i % 2 == 0) ? digit * 3 : digit;
	}
	return (10 - sum % 10) % 10 == code[len - 1] - '0';
}

json_object *tg_product_to_json(const tg_product *product)
{
	json_object *obj = json_object_new_object();

	if (!obj) {
		return NULL;
	}
	if (tg_json_add_string(obj, "external_id", product->external_id) || tg_json_add_string(obj, "sku", product->sku)
		|| tg_json_add_string(obj, "ean", product->ean) || tg_json_add_string(obj, "name", product->name)
		|| tg_json_add_string(obj, "short_description", product->short_description)
		|| tg_json_add_string(obj, "description", product->description)
		|| tg_json_add_string(obj, "price", product->price) || tg_json_add_string(obj, "vat_rate", product->vat_rate)
		|| tg_json_add_int64(obj, "stock_quantity", product->stock_quantity)
		|| json_object_object_add(obj, "active", json_object_new_boolean(product->active))
		|| tg_json_add_string(obj, "updated_at", product->updated_at)) {
		json_object_put(obj);
		return NULL;
	}
	return obj;
}

static int tg_copy_field(json_object *obj, const char *key, int nullable, char **out)
{
	int present;
	const char *value = tg_json_get_nullable_string(obj, key, &present);

	if (!present || (!value && !nullable)) {
		return -1;
	}
	*out = value ? strdup(value) : NULL;
	return value && !*out ? -1 : 0;
}

int tg_product_from_json(json_object *obj, tg_product *product)
{
	memset(product, 0, sizeof(*product));
	if (tg_copy_field(obj, "external_id", 0, &product->external_id) || tg_copy_field(obj, "sku", 0, &product->sku)
		|| tg_copy_field(obj, "ean", 1, &product->ean) || tg_copy_field(obj, "name", 0, &product->name)
		|| tg_copy_field(obj, "short_description", 1, &product->short_description)
		|| tg_copy_field(obj, "description", 1, &product->description)
		|| tg_copy_field(obj, "price", 0, &product->price) || tg_copy_field(obj, "vat_rate", 0, &product->vat_rate)
		|| tg_json_get_int64(obj, "stock_quantity", &product->stock_quantity)
		|| tg_json_get_bool(obj, "active", &product->active)
		|| tg_copy_field(obj, "updated_at", 0, &product->updated_at)) {
		tg_product_free(product);
		return -1;
	}
	return 0;
}

static unsigned long long tg_hash_field(unsigned long long hash, const char *value)
{
	/* The NUL separates fields, and a missing value hashes apart from an empty one. */
	return value ? tg_hash64(hash, value, strlen(value) + 1) : tg_hash64(hash, "\x01", 1);
}

void tg_product_hash(const tg_product *product, char out[17])
{
	unsigned long long hash = 0;
	char number[32];

	hash = tg_hash_field(hash, product->sku);
	hash = tg_hash_field(hash, product->ean);
	hash = tg_hash_field(hash, product->name);
	hash = tg_hash_field(hash, product->short_description);
	hash = tg_hash_field(hash, product->description);
	hash = tg_hash_field(hash, product->price);
	hash = tg_hash_field(hash, product->vat_rate);
	snprintf(number, sizeof(number), "%lld/%d", product->stock_quantity, product->active);
	hash = tg_hash_field(hash, number);
	snprintf(out, 17, "%016llx", hash);
}
