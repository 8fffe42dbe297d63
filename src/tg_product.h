/* A TotalGest product as the shop receives it: normalized, exact decimal strings, valid UTF-8. */
#ifndef TG_PRODUCT_H
#define TG_PRODUCT_H

#include <json-c/json.h>

typedef struct {
	char *external_id;
	char *sku;
	char *ean;                 /* NULL when absent or invalid (see warning) */
	char *name;
	char *short_description;   /* may be NULL */
	char *description;         /* may be NULL */
	char *price;               /* "24.90" */
	char *vat_rate;            /* "8.1" */
	long long stock_quantity;
	int active;
	char *updated_at;          /* ISO 8601, as TotalGest sent it */
	long long updated_epoch;
	char warning[256];         /* what was repaired or dropped while normalizing; "" when nothing */
} tg_product;

typedef struct {
	char *external_id;
	char *sku;
	long long quantity;
	char *updated_at;
	long long updated_epoch;
} tg_stock_level;

void tg_product_free(tg_product *product);
void tg_stock_level_free(tg_stock_level *level);
/* EAN-8/EAN-13/GTIN-14 with a correct check digit. */
int tg_ean_is_valid(const char *code);
/* The product as the JSON object the PHP surface and the store use (shop field names). */
json_object *tg_product_to_json(const tg_product *product);
/* Reads back what tg_product_to_json wrote. */
int tg_product_from_json(json_object *obj, tg_product *product);
/* Hash of everything the shop sees, for change detection: 16 hex digits into out[17]. */
void tg_product_hash(const tg_product *product, char out[17]);

#endif
