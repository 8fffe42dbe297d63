/* Validation and normalization of shop orders: one valid order, then one change per row that
 * must be reported on exactly one field with a precise message. */
#include <stdlib.h>

#include "tg_json.h"
#include "tg_order.h"
#include "tg_test.h"

static const char tg_valid_order[] =
	"{\"id\": 1004, \"number\": \"FW-1004\", \"created_at\": \"2026-11-28T10:15:00+01:00\", \"currency\": \"eur\","
	" \"customer\": {\"email\": \"mario.rossi@example.it\", \"phone\": \"+39 02 1234567\"},"
	" \"billing\": {\"first_name\": \"Mario\", \"last_name\": \"Rossi\", \"company\": \"\", \"vat_number\": \"IT01234567897\","
	"   \"tax_code\": \"RSSMRA80A01F205X\", \"pec\": \"mario@pec.example.it\", \"sdi_code\": \"ABC1234\","
	"   \"address\": \"Via Roma 1\", \"address2\": null, \"city\": \"Milano\", \"zip\": \"20100\", \"province\": \"MI\","
	"   \"country\": \"it\"},"
	" \"shipping\": {\"first_name\": \"Anna\", \"last_name\": \"Rossi\", \"address\": \"Via Po 2\", \"city\": \"Torino\","
	"   \"zip\": \"10100\", \"country\": \"IT\", \"phone\": \"011 765432\"},"
	" \"payment_method\": {\"code\": \"paypal\", \"name\": \"PayPal\"},"
	" \"items\": [{\"sku\": \"TG-1\", \"ean\": \"7612345000421\", \"name\": \"Caffè in grani 1 kg\", \"quantity\": 2,"
	"   \"unit_price\": \"24.90\", \"vat_rate\": \"22\", \"discount\": \"0\"},"
	"  {\"sku\": \"TG-2\", \"name\": \"Tazza\", \"quantity\": 1, \"unit_price\": 5, \"vat_rate\": \"22\"}],"
	" \"shipping_total\": \"7.50\", \"discount_total\": \"2.00\", \"total\": \"60.30\", \"notes\": \"Citofono\\nRossi\","
	" \"status\": \"paid\"}";

typedef struct {
	const char *path;        /* the member to change */
	const char *json;        /* its new value as JSON; NULL: remove the member */
	const char *bytes;       /* or a string of raw bytes (bytes_len of them) */
	size_t bytes_len;
	const char *field;       /* the field the error must name; NULL: the order stays valid */
	const char *message;     /* a part of the message */
} tg_order_case;

/* json_tokener_parse, unlike the strict tg_json_parse, also reads a bare number such as "1.5". */
static json_object *tg_parse(const char *text)
{
	return json_tokener_parse(text);
}

/* Sets (or removes, when value is NULL) the member at a dotted path such as "items.0.quantity". */
static void tg_set_path(json_object *root, const char *path, json_object *value, int remove)
{
	char copy[128];
	char *key, *next;
	json_object *parent = root;

	snprintf(copy, sizeof(copy), "%s", path);
	key = copy;
	while ((next = strchr(key, '.')) != NULL) {
		*next = '\0';
		parent = json_object_is_type(parent, json_type_array)
			? json_object_array_get_idx(parent, (size_t) atoi(key)) : json_object_object_get(parent, key);
		key = next + 1;
	}
	if (json_object_is_type(parent, json_type_array)) {
		json_object_array_put_idx(parent, (size_t) atoi(key), value);
	} else if (remove) {
		json_object_object_del(parent, key);
	} else {
		json_object_object_add(parent, key, value);
	}
}

static char *tg_repeat(const char *unit, size_t times)
{
	size_t len = strlen(unit);
	char *text = malloc(len * times + 1);

	for (size_t i = 0; i < times; i++) {
		memcpy(text + i * len, unit, len);
	}
	text[len * times] = '\0';
	return text;
}

static void tg_check_case(const tg_order_case *row)
{
	json_object *order = tg_parse(tg_valid_order);
	json_object *normalized;
	tg_error err;

	tg_error_init(&err);
	if (row->bytes) {
		tg_set_path(order, row->path, json_object_new_string_len(row->bytes, (int) row->bytes_len), 0);
	} else {
		tg_set_path(order, row->path, row->json ? tg_parse(row->json) : NULL, row->json == NULL);
	}
	normalized = tg_order_normalize(order, &err);
	if (!row->field) {
		TG_CHECK(normalized != NULL);
		if (!normalized) {
			fprintf(stderr, "  case %s: %s\n", row->path, err.message);
		}
	} else {
		int named = err.field_count == 1 && strcmp(err.fields[0].field, row->field) == 0
			&& strstr(err.fields[0].message, row->message) != NULL;
		TG_CHECK(normalized == NULL && err.kind == TG_ERR_VALIDATION && named);
		if (!named) {
			fprintf(stderr, "  case %s: expected %s \"%s\", got %zu field(s): %s: %s\n", row->path, row->field,
				row->message, err.field_count, err.field_count ? err.fields[0].field : "-",
				err.field_count ? err.fields[0].message : err.message);
		}
	}
	json_object_put(normalized);
	json_object_put(order);
	tg_error_clear(&err);
}

static void tg_test_normalized_copy(void)
{
	json_object *order = tg_parse(tg_valid_order);
	json_object *normalized, *billing, *line;
	tg_error err;

	tg_error_init(&err);
	normalized = tg_order_normalize(order, &err);
	TG_CHECK(normalized != NULL && err.kind == TG_OK);
	if (!normalized) {
		fprintf(stderr, "  valid order refused: %s\n", err.message);
		json_object_put(order);
		tg_error_clear(&err);
		return;
	}
	TG_CHECK_STR(tg_order_id(normalized), "1004");
	TG_CHECK_STR(tg_json_get_string(normalized, "currency"), "EUR");
	billing = tg_json_get(normalized, "billing", json_type_object);
	TG_CHECK_STR(tg_json_get_string(billing, "country"), "IT");
	TG_CHECK(json_object_object_get_ex(billing, "company", NULL) && json_object_object_get(billing, "company") == NULL);
	line = json_object_array_get_idx(tg_json_get(normalized, "items", json_type_array), 1);
	TG_CHECK_STR(tg_json_get_string(line, "unit_price"), "5.00");
	TG_CHECK_STR(tg_json_get_string(line, "discount"), "0.00");
	TG_CHECK_STR(tg_json_get_string(line, "vat_rate"), "22");
	TG_CHECK_STR(tg_json_get_string(normalized, "total"), "60.30");
	TG_CHECK_STR(tg_json_get_string(normalized, "notes"), "Citofono\nRossi");
	/* Unknown keys are left out of what is stored and sent. */
	TG_CHECK(!json_object_object_get_ex(normalized, "status", NULL));
	json_object_put(normalized);
	json_object_put(order);
}

static void tg_test_every_field_reported(void)
{
	json_object *order = tg_parse("{}");
	tg_error err;

	tg_error_init(&err);
	TG_CHECK(tg_order_normalize(order, &err) == NULL);
	/* id, created_at, currency, customer, billing, items, total */
	TG_CHECK(err.field_count == 7);
	TG_CHECK(strncmp(err.message, "Invalid order: 7 fields are invalid", 35) == 0);
	tg_error_clear(&err);
	json_object_put(order);

	order = tg_parse("[1, 2]");
	TG_CHECK(tg_order_normalize(order, &err) == NULL && err.field_count == 1);
	TG_CHECK_STR(err.fields[0].field, "order");
	tg_error_clear(&err);
	json_object_put(order);

	/* A company stands in for the names. */
	order = tg_parse(tg_valid_order);
	tg_set_path(order, "billing.company", json_object_new_string("ACME Srl"), 0);
	tg_set_path(order, "billing.first_name", NULL, 1);
	tg_set_path(order, "billing.last_name", NULL, 1);
	json_object *normalized = tg_order_normalize(order, &err);
	TG_CHECK(normalized != NULL);
	json_object_put(normalized);
	json_object_put(order);
	tg_error_clear(&err);
}

void tg_test_order(void)
{
	char *huge = tg_repeat("x", 1000000);
	char *long_name = tg_repeat("è", 256);
	char *longest_name = tg_repeat("è", 255);
	const tg_order_case cases[] = {
		{"id", NULL, NULL, 0, "id", "is required"},
		{"id", "1.5", NULL, 0, "id", "must be a string or an integer, not a float"},
		{"id", "-3", NULL, 0, "id", "must not be negative"},
		{"id", "\"\"", NULL, 0, "id", "must not be empty"},
		{"id", "\"FW-1004\"", NULL, 0, NULL, NULL},
		{"number", "[]", NULL, 0, "number", "must be a string or an integer, not a list"},
		{"created_at", "\"28/11/2026\"", NULL, 0, "created_at", "is not an ISO 8601 time"},
		{"created_at", "\"2026-11-28T10:15:00\"", NULL, 0, "created_at", "is not an ISO 8601 time"},
		{"currency", "\"EURO\"", NULL, 0, "currency", "is not an ISO 4217 currency code"},
		{"currency", "\"E1R\"", NULL, 0, "currency", "is not an ISO 4217 currency code"},
		{"customer", NULL, NULL, 0, "customer", "is required"},
		{"customer", "\"mario\"", NULL, 0, "customer", "must be an object, not a string"},
		{"customer.email", "\"mario.example.it\"", NULL, 0, "customer.email", "is not an email address"},
		{"customer.email", "\"mario@localhost\"", NULL, 0, "customer.email", "is not an email address"},
		{"customer.email", "\"ma rio@example.it\"", NULL, 0, "customer.email", "is not an email address"},
		{"customer.phone", "\"call me\"", NULL, 0, "customer.phone", "is not a phone number"},
		{"customer.phone", NULL, NULL, 0, NULL, NULL},
		{"billing.country", "\"XX\"", NULL, 0, "billing.country", "is not an ISO 3166-1 alpha-2 country code"},
		{"billing.country", "\"UK\"", NULL, 0, "billing.country", "is not an ISO 3166-1 alpha-2 country code"},
		{"billing.country", "\"ITA\"", NULL, 0, "billing.country", "is not an ISO 3166-1 alpha-2 country code"},
		{"billing.country", "\"ch\"", NULL, 0, NULL, NULL},
		{"billing.country", NULL, NULL, 0, "billing.country", "is required"},
		{"billing.first_name", NULL, NULL, 0, "billing.first_name", "is required unless billing.company is given"},
		{"billing.last_name", "\"   \"", NULL, 0, "billing.last_name", "must not be empty"},
		{"billing.sdi_code", "\"12\"", NULL, 0, "billing.sdi_code", "must be 6 or 7 letters or digits"},
		{"billing.pec", "\"pec\"", NULL, 0, "billing.pec", "is not an email address"},
		{"billing.zip", "20100", NULL, 0, "billing.zip", "must be a string, not an integer"},
		{"billing.vat_number", "\"IT00000000000\"", NULL, 0, NULL, NULL},
		{"shipping", "null", NULL, 0, NULL, NULL},
		{"shipping.zip", NULL, NULL, 0, "shipping.zip", "is required"},
		{"shipping.first_name", NULL, NULL, 0, "shipping.first_name", "is required unless shipping.company is given"},
		{"payment_method.code", NULL, NULL, 0, "payment_method.code", "is required"},
		{"payment_method", NULL, NULL, 0, NULL, NULL},
		{"items", "[]", NULL, 0, "items", "must hold at least one line"},
		{"items", "{\"a\": 1}", NULL, 0, "items", "must be a list of lines"},
		{"items.1", "\"TG-2\"", NULL, 0, "items.1", "must be an object, not a string"},
		{"items.0.quantity", "-1", NULL, 0, "items.0.quantity", "must be a positive integer"},
		{"items.0.quantity", "0", NULL, 0, "items.0.quantity", "must be a positive integer"},
		{"items.0.quantity", "2.0", NULL, 0, "items.0.quantity", "must be an integer, not a float"},
		{"items.0.quantity", "\"2\"", NULL, 0, "items.0.quantity", "must be an integer, not a string"},
		{"items.0.quantity", "1000001", NULL, 0, "items.0.quantity", "is too large"},
		{"items.0.quantity", NULL, NULL, 0, "items.0.quantity", "is required"},
		{"items.1.unit_price", "5.0", NULL, 0, "items.1.unit_price", "not a float: money and rates are never floats"},
		{"items.1.unit_price", "\"abc\"", NULL, 0, "items.1.unit_price", "must be a decimal string such as \"12.50\""},
		{"items.1.unit_price", "\"5,00\"", NULL, 0, "items.1.unit_price", "must be a decimal string such as \"12.50\""},
		{"items.1.unit_price", "\"-5.00\"", NULL, 0, "items.1.unit_price", "must not be negative"},
		{"items.1.unit_price", "\"5.0000001\"", NULL, 0, "items.1.unit_price", "at most 6 decimals"},
		{"items.1.unit_price", "true", NULL, 0, "items.1.unit_price", "not a boolean"},
		{"items.1.unit_price", "\"5.000\"", NULL, 0, NULL, NULL},
		{"items.1.vat_rate", "\"101\"", NULL, 0, "items.1.vat_rate", "is too large"},
		{"items.1.vat_rate", "22.0", NULL, 0, "items.1.vat_rate", "never floats"},
		{"items.0.discount", "\"100.00\"", NULL, 0, "items.0.discount", "is larger than the line amount (49.80)"},
		{"items.0.unit_price", "\"999999999.99\"", NULL, 0, "items.0.unit_price", "times the quantity is too large"},
		{"items.0.ean", "\"123\"", NULL, 0, "items.0.ean", "must be 8 to 14 digits"},
		{"items.0.name", NULL, "Caf\0fe", 6, "items.0.name", "contains a NUL byte"},
		{"items.0.name", NULL, "Caf\xc3", 4, "items.0.name", "is not valid UTF-8"},
		{"items.0.name", NULL, "Caf\xed\xa0\x80", 6, "items.0.name", "is not valid UTF-8"},
		{"items.0.name", NULL, "Caf\x07", 4, "items.0.name", "contains a control character"},
		{"items.0.name", NULL, "Caffè\nin grani", 15, "items.0.name", "contains a control character"},
		{"items.0.name", NULL, huge, strlen(huge), "items.0.name", "is too long (at most 255 characters)"},
		{"items.0.name", NULL, long_name, strlen(long_name), "items.0.name", "is too long (at most 255 characters)"},
		{"items.0.name", NULL, longest_name, strlen(longest_name), NULL, NULL},
		{"notes", NULL, "Line\0two", 8, "notes", "contains a NUL byte"},
		{"notes", NULL, huge, strlen(huge), "notes", "is too long (at most 2000 characters)"},
		{"total", "\"60.40\"", NULL, 0, "total", "does not match the lines: items 54.80 + shipping 7.50 - discount 2.00 = 60.30, not 60.40"},
		/* One cent per line of rounding is accepted: two lines, two cents. */
		{"total", "\"60.32\"", NULL, 0, NULL, NULL},
		{"total", "\"60.33\"", NULL, 0, "total", "does not match the lines"},
		{"total", "60.3", NULL, 0, "total", "never floats"},
		{"total", NULL, NULL, 0, "total", "is required"},
		{"shipping_total", NULL, NULL, 0, "total", "does not match the lines"},
		{"discount_total", "\"abc\"", NULL, 0, "discount_total", "must be a decimal string"},
	};

	tg_test_normalized_copy();
	tg_test_every_field_reported();
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		tg_check_case(&cases[i]);
	}
	free(huge);
	free(long_name);
	free(longest_name);
}
