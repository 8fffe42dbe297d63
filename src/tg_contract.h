/* The TotalGest wire contract (docs/totalgest-api.md): every path, field name and status code the
 * project assumes lives in this module and nowhere else. */
#ifndef TG_CONTRACT_H
#define TG_CONTRACT_H

#include <json-c/json.h>

#include "tg_config.h"
#include "tg_error.h"
#include "tg_http.h"
#include "tg_product.h"

typedef enum {
	TG_CALL_LOGIN,
	TG_CALL_BUSINESS,
	TG_CALL_LIST,
	TG_CALL_CREATE_ORDER,
	TG_CALL_FIND_ORDER
} tg_call_kind;

typedef struct {
	char *id;
	char *number;
	int duplicate;     /* TotalGest already had the order for this key */
} tg_order_result;

typedef struct {
	tg_product product;
	int valid;         /* 0: the entry broke the contract; error says how */
	char error[256];
} tg_product_entry;

typedef struct {
	tg_stock_level level;
	int valid;
	char error[256];
} tg_stock_entry;

/* URLs; the caller frees them. since and after may be NULL. */
char *tg_contract_login_url(const tg_config *cfg);
char *tg_contract_business_url(const tg_config *cfg);
char *tg_contract_products_url(const tg_config *cfg, long page_size, const char *since, const char *after);
char *tg_contract_stock_url(const tg_config *cfg, long page_size, const char *since, const char *after);
char *tg_contract_orders_url(const tg_config *cfg);
char *tg_contract_find_order_url(const tg_config *cfg, const char *external_ref);

/* Request parts; the caller frees them. */
char *tg_contract_login_body(const tg_config *cfg);
char *tg_contract_auth_header(const char *token);
char *tg_contract_idempotency_header(const tg_config *cfg, const char *shop_order_id);
/* The TotalGest order made of a validated shop order (docs/order-mapping.md). */
char *tg_contract_order_body(json_object *shop_order);

/* Checks an answer against the contract: 2xx with a JSON body from TotalGest gives its root;
 * everything else becomes the error the admin should see. */
int tg_contract_read_answer(const tg_config *cfg, tg_call_kind kind, const tg_http_call *call,
	json_object **root, tg_error *err);
/* The answer said the token is expired or unknown: log in again. */
int tg_contract_is_token_refused(const tg_error *err);

int tg_contract_parse_login(json_object *root, char **token, long *expires_in, json_object **business, tg_error *err);
int tg_contract_parse_business(json_object *root, json_object **business, tg_error *err);
/* A page of a listing: the entries array (borrowed from root) and the next cursor (NULL at the end). */
int tg_contract_parse_page(json_object *root, json_object **entries, char **next, tg_error *err);
void tg_contract_parse_product(json_object *entry, tg_product_entry *out);
void tg_contract_parse_stock(json_object *entry, tg_stock_entry *out);
int tg_contract_parse_created_order(json_object *root, long status, tg_order_result *out, tg_error *err);
/* The order among the search results whose external_ref is the shop order id, if any. */
int tg_contract_parse_found_orders(json_object *root, const char *external_ref, tg_order_result *out, int *found,
	tg_error *err);
void tg_order_result_free(tg_order_result *result);

#endif
