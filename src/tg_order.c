#include "tg_order.h"

#include <stdio.h>
#include <string.h>

#include "tg_decimal.h"
#include "tg_json.h"
#include "tg_text.h"
#include "tg_time.h"

#define TG_PATH_MAX 96
#define TG_ORDER_MAX_LINES 1000
#define TG_ORDER_MAX_QUANTITY 1000000LL
/* Amounts up to a billion: far above any shop order, far below an overflow of the sums. */
#define TG_ORDER_MAX_AMOUNT (1000000000LL * TG_DECIMAL_SCALE)
#define TG_ORDER_MAX_RATE (100LL * TG_DECIMAL_SCALE)
/* Shops round each line to the cent, so the lines may miss the total by a cent per line. */
#define TG_ORDER_ROUNDING_PER_LINE (TG_DECIMAL_SCALE / 100)

/* Length caps in characters. */
#define TG_CAP_NAME 100
#define TG_CAP_COMPANY 200
#define TG_CAP_ADDRESS 200
#define TG_CAP_CITY 100
#define TG_CAP_ZIP 16
#define TG_CAP_PROVINCE 64
#define TG_CAP_EMAIL 254
#define TG_CAP_PHONE 32
#define TG_CAP_TAX_ID 32
#define TG_CAP_SKU 64
#define TG_CAP_LINE_NAME 255
#define TG_CAP_PAYMENT_CODE 64
#define TG_CAP_NOTES 2000
#define TG_CAP_TIME 40

#define TG_LETTERS_AND_DIGITS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

/* ISO 3166-1 alpha-2: the 249 officially assigned codes, plus XK (Kosovo), which shops and
 * carriers use although ISO only reserves it. */
static const char tg_country_codes[] =
	"AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
	"BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
	"CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
	"DE DJ DK DM DO DZ "
	"EC EE EG EH ER ES ET "
	"FI FJ FK FM FO FR "
	"GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
	"HK HM HN HR HT HU "
	"ID IE IL IM IN IO IQ IR IS IT "
	"JE JM JO JP "
	"KE KG KH KI KM KN KP KR KW KY KZ "
	"LA LB LC LI LK LR LS LT LU LV LY "
	"MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
	"NA NC NE NF NG NI NL NO NP NR NU NZ "
	"OM "
	"PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
	"QA "
	"RE RO RS RU RW "
	"SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
	"TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ "
	"UA UG UM US UY UZ "
	"VA VC VE VG VI VN VU "
	"WF WS "
	"XK "
	"YE YT "
	"ZA ZM ZW ";

/* The sums the totals check needs; valid is cleared as soon as one amount is unusable. */
typedef struct {
	long long lines;
	long long shipping;
	long long discount;
	long long total;
	size_t line_count;
	int valid;
} tg_order_sums;

static void tg_path(char *out, size_t size, const char *prefix, const char *key)
{
	snprintf(out, size, "%s%s%s", prefix, prefix[0] ? "." : "", key);
}

static const char *tg_type_name(json_object *value)
{
	switch (json_object_get_type(value)) {
	case json_type_null: return "null";
	case json_type_boolean: return "a boolean";
	case json_type_double: return "a float";
	case json_type_int: return "an integer";
	case json_type_string: return "a string";
	case json_type_array: return "a list";
	case json_type_object: return "an object";
	}
	return "an unknown value";
}

/* A member's value; NULL when the key is missing or null (both mean "absent"). */
static json_object *tg_member(json_object *source, const char *key)
{
	json_object *value = NULL;

	return source && json_object_object_get_ex(source, key, &value) ? value : NULL;
}

/* An empty PHP array: it may arrive as an empty list or an empty object, and stands for either. */
static int tg_is_empty(json_object *value)
{
	return (json_object_is_type(value, json_type_array) && json_object_array_length(value) == 0)
		|| (json_object_is_type(value, json_type_object) && json_object_object_length(value) == 0);
}

static int tg_is_object(json_object *value)
{
	return json_object_is_type(value, json_type_object) || tg_is_empty(value);
}

static size_t tg_utf8_length(const char *text, size_t len)
{
	size_t count = 0;

	for (size_t i = 0; i < len; i++) {
		count += ((unsigned char) text[i] & 0xC0) != 0x80;
	}
	return count;
}

/* ASCII only: the locale must not decide what a blank or a letter is. */
static int tg_is_blank(const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n') {
			return 0;
		}
	}
	return 1;
}

/* Bytes that can never be stored or sent: NUL, invalid UTF-8, control characters, huge texts. */
static int tg_check_text_bytes(const char *text, size_t len, size_t max_chars, int multiline, const char *path,
	tg_error *err)
{
	/* A UTF-8 character has at most 4 bytes: a longer text is refused before it is scanned. */
	if (len > max_chars * 4) {
		return tg_error_add_field(err, path, "is too long (at most %zu characters)", max_chars);
	}
	if (memchr(text, '\0', len)) {
		return tg_error_add_field(err, path, "contains a NUL byte");
	}
	if (!tg_utf8_is_valid(text, len)) {
		return tg_error_add_field(err, path, "is not valid UTF-8");
	}
	if (!tg_text_is_printable(text, len, multiline)) {
		return tg_error_add_field(err, path, "contains a control character");
	}
	if (tg_utf8_length(text, len) > max_chars) {
		return tg_error_add_field(err, path, "is too long (at most %zu characters)", max_chars);
	}
	return 0;
}

/* A text member, copied to target (null when absent or empty). required_message: NULL when the
 * member is optional. Returns the copied text, NULL when absent or invalid. */
static const char *tg_text(json_object *source, json_object *target, const char *prefix, const char *key,
	const char *required_message, size_t max_chars, int multiline, tg_error *err)
{
	json_object *value = tg_member(source, key);
	json_object *copy;
	char path[TG_PATH_MAX];
	const char *text;
	size_t len;

	tg_path(path, sizeof(path), prefix, key);
	json_object_object_add(target, key, NULL);
	if (!value) {
		if (required_message) {
			tg_error_add_field(err, path, "%s", required_message);
		}
		return NULL;
	}
	if (!json_object_is_type(value, json_type_string)) {
		tg_error_add_field(err, path, "must be a string, not %s", tg_type_name(value));
		return NULL;
	}
	text = json_object_get_string(value);
	len = (size_t) json_object_get_string_len(value);
	if (tg_check_text_bytes(text, len, max_chars, multiline, path, err) != 0) {
		return NULL;
	}
	if (tg_is_blank(text, len)) {
		if (required_message) {
			tg_error_add_field(err, path, "must not be empty");
		}
		return NULL;
	}
	copy = json_object_new_string_len(text, (int) len);
	json_object_object_add(target, key, copy);
	return copy ? json_object_get_string(copy) : NULL;
}

/* An id: a string, or an integer that becomes one. */
static const char *tg_id(json_object *source, json_object *target, const char *key, int required, tg_error *err)
{
	json_object *value = tg_member(source, key);
	json_object *copy;
	char digits[24];

	if (value && json_object_is_type(value, json_type_int)) {
		long long number = (long long) json_object_get_int64(value);
		json_object_object_add(target, key, NULL);
		if (number < 0) {
			tg_error_add_field(err, key, "must not be negative");
			return NULL;
		}
		snprintf(digits, sizeof(digits), "%lld", number);
		copy = json_object_new_string(digits);
		json_object_object_add(target, key, copy);
		return copy ? json_object_get_string(copy) : NULL;
	}
	if (value && !json_object_is_type(value, json_type_string)) {
		json_object_object_add(target, key, NULL);
		tg_error_add_field(err, key, "must be a string or an integer, not %s", tg_type_name(value));
		return NULL;
	}
	return tg_text(source, target, "", key, required ? "is required" : NULL, TG_ORDER_ID_MAX_CHARS, 0, err);
}

/* A money amount or a rate: a decimal string, or an integer (exact); never a float, which cannot
 * hold cents exactly. Absent optional amounts are zero. The normalized text goes to target. */
static int tg_decimal(json_object *source, json_object *target, const char *prefix, const char *key, int required,
	long long max, int min_fraction, long long *amount, tg_error *err)
{
	json_object *value = tg_member(source, key);
	char path[TG_PATH_MAX];
	char text[48];

	tg_path(path, sizeof(path), prefix, key);
	json_object_object_add(target, key, NULL);
	*amount = 0;
	if (!value) {
		if (required) {
			return tg_error_add_field(err, path, "is required");
		}
	} else if (json_object_is_type(value, json_type_double)) {
		return tg_error_add_field(err, path,
			"must be a decimal string such as \"12.50\", not a float: money and rates are never floats");
	} else if (json_object_is_type(value, json_type_int)) {
		long long units = (long long) json_object_get_int64(value);
		if (units > max / TG_DECIMAL_SCALE || units < 0) {
			return tg_error_add_field(err, path, units < 0 ? "must not be negative" : "is too large");
		}
		*amount = units * TG_DECIMAL_SCALE;
	} else if (json_object_is_type(value, json_type_string)) {
		const char *digits = json_object_get_string(value);
		size_t len = (size_t) json_object_get_string_len(value);
		if (len > 0 && digits[0] == '-' && tg_decimal_parse(digits, 1, amount) == 0) {
			return tg_error_add_field(err, path, "must not be negative");
		}
		if (strlen(digits) != len || tg_decimal_parse(digits, 0, amount) != 0) {
			return tg_error_add_field(err, path,
				"must be a decimal string such as \"12.50\" (digits, a point, at most 6 decimals)");
		}
		if (*amount > max) {
			return tg_error_add_field(err, path, "is too large");
		}
	} else {
		return tg_error_add_field(err, path, "must be a decimal string such as \"12.50\", not %s", tg_type_name(value));
	}
	tg_decimal_format(*amount, min_fraction, text, sizeof(text));
	json_object_object_add(target, key, json_object_new_string(text));
	return 0;
}

static int tg_quantity(json_object *source, json_object *target, const char *prefix, long long *quantity,
	tg_error *err)
{
	json_object *value = tg_member(source, "quantity");
	char path[TG_PATH_MAX];

	tg_path(path, sizeof(path), prefix, "quantity");
	json_object_object_add(target, "quantity", NULL);
	if (!value) {
		return tg_error_add_field(err, path, "is required");
	}
	if (!json_object_is_type(value, json_type_int)) {
		return tg_error_add_field(err, path, "must be an integer, not %s", tg_type_name(value));
	}
	*quantity = (long long) json_object_get_int64(value);
	if (*quantity <= 0) {
		return tg_error_add_field(err, path, "must be a positive integer");
	}
	if (*quantity > TG_ORDER_MAX_QUANTITY) {
		return tg_error_add_field(err, path, "is too large (at most %lld)", TG_ORDER_MAX_QUANTITY);
	}
	json_object_object_add(target, "quantity", json_object_new_int64(*quantity));
	return 0;
}

/* A code of exactly len ASCII letters, upper-cased into out ("it" is accepted as "IT"). */
static int tg_upper_code(const char *code, size_t len, char *out)
{
	if (strlen(code) != len) {
		return -1;
	}
	for (size_t i = 0; i < len; i++) {
		char c = code[i];
		if (c >= 'a' && c <= 'z') {
			c = (char) (c - 'a' + 'A');
		}
		if (c < 'A' || c > 'Z') {
			return -1;
		}
		out[i] = c;
	}
	out[len] = '\0';
	return 0;
}

static int tg_country_is_known(const char *code)
{
	for (const char *p = tg_country_codes; *p; p += 3) {
		if (p[0] == code[0] && p[1] == code[1]) {
			return 1;
		}
	}
	return 0;
}

static void tg_country(json_object *source, json_object *target, const char *prefix, tg_error *err)
{
	const char *code = tg_text(source, target, prefix, "country", "is required", 8, 0, err);
	char path[TG_PATH_MAX];
	char upper[3];

	if (!code) {
		return;
	}
	if (tg_upper_code(code, 2, upper) != 0 || !tg_country_is_known(upper)) {
		tg_path(path, sizeof(path), prefix, "country");
		json_object_object_add(target, "country", NULL);
		tg_error_add_field(err, path, "is not an ISO 3166-1 alpha-2 country code such as \"IT\"");
		return;
	}
	json_object_object_add(target, "country", json_object_new_string(upper));
}

/* The shape only: whether TotalGest handles the currency is for TotalGest to say. */
static void tg_currency(json_object *source, json_object *target, tg_error *err)
{
	const char *code = tg_text(source, target, "", "currency", "is required", 8, 0, err);
	char upper[4];

	if (!code) {
		return;
	}
	if (tg_upper_code(code, 3, upper) != 0) {
		json_object_object_add(target, "currency", NULL);
		tg_error_add_field(err, "currency", "is not an ISO 4217 currency code (3 letters such as \"EUR\")");
		return;
	}
	json_object_object_add(target, "currency", json_object_new_string(upper));
}

/* The shape of an address: one @, a local part and a domain with a dot, no spaces; whether the
 * mailbox exists is for the mail server to say. */
static int tg_email_shape_is_valid(const char *email)
{
	const char *at = strchr(email, '@');
	const char *domain = at ? at + 1 : NULL;
	const char *last_dot;

	if (!at || at == email || strchr(domain, '@') || at - email > 64 || strpbrk(email, " \t\r\n<>()[],;:\\\"")) {
		return 0;
	}
	last_dot = strrchr(domain, '.');
	if (!last_dot || domain[0] == '.' || domain[0] == '-' || strstr(domain, "..") || strlen(last_dot + 1) < 2) {
		return 0;
	}
	return 1;
}

static void tg_email(json_object *source, json_object *target, const char *prefix, const char *key, int required,
	tg_error *err)
{
	const char *email = tg_text(source, target, prefix, key, required ? "is required" : NULL, TG_CAP_EMAIL, 0, err);
	char path[TG_PATH_MAX];

	if (email && !tg_email_shape_is_valid(email)) {
		tg_path(path, sizeof(path), prefix, key);
		json_object_object_add(target, key, NULL);
		tg_error_add_field(err, path, "is not an email address");
	}
}

static void tg_phone(json_object *source, json_object *target, const char *prefix, tg_error *err)
{
	const char *phone = tg_text(source, target, prefix, "phone", NULL, TG_CAP_PHONE, 0, err);
	char path[TG_PATH_MAX];

	if (phone && phone[strspn(phone, "0123456789+-()/. ")] != '\0') {
		tg_path(path, sizeof(path), prefix, "phone");
		json_object_object_add(target, "phone", NULL);
		tg_error_add_field(err, path, "is not a phone number (digits, spaces and + - ( ) / . only)");
	}
}

static void tg_created_at(json_object *source, json_object *target, tg_error *err)
{
	const char *text = tg_text(source, target, "", "created_at", "is required", TG_CAP_TIME, 0, err);
	long long epoch;

	if (text && tg_time_parse(text, &epoch) != 0) {
		json_object_object_add(target, "created_at", NULL);
		tg_error_add_field(err, "created_at", "is not an ISO 8601 time with offset such as \"2026-11-28T10:15:00+01:00\"");
	}
}

/* The Italian e-invoicing recipient code: 7 characters (6 for public administration). */
static void tg_sdi_code(json_object *source, json_object *target, tg_error *err)
{
	const char *code = tg_text(source, target, "billing", "sdi_code", NULL, 16, 0, err);
	size_t len = code ? strlen(code) : 0;

	if (code && ((len != 6 && len != 7) || code[strspn(code, TG_LETTERS_AND_DIGITS)] != '\0')) {
		json_object_object_add(target, "sdi_code", NULL);
		tg_error_add_field(err, "billing.sdi_code", "must be 6 or 7 letters or digits");
	}
}

/* A member that holds an object; reported and NULL when it is something else. */
static json_object *tg_object_member(json_object *source, const char *key, int required, tg_error *err)
{
	json_object *value = tg_member(source, key);

	if (!value) {
		if (required) {
			tg_error_add_field(err, key, "is required");
		}
		return NULL;
	}
	if (!tg_is_object(value)) {
		tg_error_add_field(err, key, "must be an object, not %s", tg_type_name(value));
		return NULL;
	}
	return value;
}

/* The person or company of an address: first and last name unless a company is named. */
static void tg_addressee(json_object *source, json_object *target, const char *prefix, tg_error *err)
{
	json_object *company = tg_member(source, "company");
	int has_company = company && json_object_is_type(company, json_type_string)
		&& !tg_is_blank(json_object_get_string(company), (size_t) json_object_get_string_len(company));
	const char *name_message = has_company ? NULL
		: strcmp(prefix, "billing") == 0 ? "is required unless billing.company is given"
		: "is required unless shipping.company is given";

	tg_text(source, target, prefix, "first_name", name_message, TG_CAP_NAME, 0, err);
	tg_text(source, target, prefix, "last_name", name_message, TG_CAP_NAME, 0, err);
	tg_text(source, target, prefix, "company", NULL, TG_CAP_COMPANY, 0, err);
}

static void tg_postal_address(json_object *source, json_object *target, const char *prefix, tg_error *err)
{
	tg_text(source, target, prefix, "address", "is required", TG_CAP_ADDRESS, 0, err);
	tg_text(source, target, prefix, "address2", NULL, TG_CAP_ADDRESS, 0, err);
	tg_text(source, target, prefix, "city", "is required", TG_CAP_CITY, 0, err);
	tg_text(source, target, prefix, "zip", "is required", TG_CAP_ZIP, 0, err);
	tg_text(source, target, prefix, "province", NULL, TG_CAP_PROVINCE, 0, err);
	tg_country(source, target, prefix, err);
}

static json_object *tg_customer(json_object *order, tg_error *err)
{
	json_object *source = tg_object_member(order, "customer", 1, err);
	json_object *target = json_object_new_object();

	tg_email(source, target, "customer", "email", source != NULL, err);
	tg_phone(source, target, "customer", err);
	return target;
}

static json_object *tg_billing(json_object *order, tg_error *err)
{
	json_object *source = tg_object_member(order, "billing", 1, err);
	json_object *target = json_object_new_object();

	if (!source) {
		return target;
	}
	tg_addressee(source, target, "billing", err);
	tg_text(source, target, "billing", "vat_number", NULL, TG_CAP_TAX_ID, 0, err);
	tg_text(source, target, "billing", "tax_code", NULL, TG_CAP_TAX_ID, 0, err);
	tg_email(source, target, "billing", "pec", 0, err);
	tg_sdi_code(source, target, err);
	tg_postal_address(source, target, "billing", err);
	return target;
}

/* Absent: the goods go to the billing address. */
static json_object *tg_shipping(json_object *order, tg_error *err)
{
	json_object *source = tg_object_member(order, "shipping", 0, err);
	json_object *target;

	if (!source) {
		return NULL;
	}
	target = json_object_new_object();
	tg_addressee(source, target, "shipping", err);
	tg_postal_address(source, target, "shipping", err);
	tg_phone(source, target, "shipping", err);
	return target;
}

static json_object *tg_payment_method(json_object *order, tg_error *err)
{
	json_object *source = tg_object_member(order, "payment_method", 0, err);
	json_object *target;

	if (!source) {
		return NULL;
	}
	target = json_object_new_object();
	tg_text(source, target, "payment_method", "code", "is required", TG_CAP_PAYMENT_CODE, 0, err);
	tg_text(source, target, "payment_method", "name", NULL, TG_CAP_NAME, 0, err);
	return target;
}

static void tg_ean(json_object *source, json_object *target, const char *prefix, tg_error *err)
{
	const char *ean = tg_text(source, target, prefix, "ean", NULL, 14, 0, err);
	char path[TG_PATH_MAX];
	size_t len = ean ? strlen(ean) : 0;

	if (ean && (len < 8 || ean[strspn(ean, "0123456789")] != '\0')) {
		tg_path(path, sizeof(path), prefix, "ean");
		json_object_object_add(target, "ean", NULL);
		tg_error_add_field(err, path, "must be 8 to 14 digits");
	}
}

static json_object *tg_line(json_object *source, size_t index, tg_order_sums *sums, tg_error *err)
{
	json_object *target = json_object_new_object();
	char prefix[32];
	long long quantity = 0, unit_price = 0, vat_rate = 0, discount = 0, amount = 0;
	int valid = 1;

	snprintf(prefix, sizeof(prefix), "items.%zu", index);
	if (!tg_is_object(source)) {
		tg_error_add_field(err, prefix, "must be an object, not %s", tg_type_name(source));
		sums->valid = 0;
		return target;
	}
	tg_text(source, target, prefix, "sku", NULL, TG_CAP_SKU, 0, err);
	tg_ean(source, target, prefix, err);
	tg_text(source, target, prefix, "name", "is required", TG_CAP_LINE_NAME, 0, err);
	valid &= tg_quantity(source, target, prefix, &quantity, err) == 0;
	valid &= tg_decimal(source, target, prefix, "unit_price", 1, TG_ORDER_MAX_AMOUNT, 2, &unit_price, err) == 0;
	valid &= tg_decimal(source, target, prefix, "vat_rate", 1, TG_ORDER_MAX_RATE, 0, &vat_rate, err) == 0;
	valid &= tg_decimal(source, target, prefix, "discount", 0, TG_ORDER_MAX_AMOUNT, 2, &discount, err) == 0;
	if (!valid) {
		sums->valid = 0;
		return target;
	}
	if (tg_decimal_mul_int(unit_price, quantity, &amount) != 0 || amount > TG_ORDER_MAX_AMOUNT) {
		char path[TG_PATH_MAX];
		tg_path(path, sizeof(path), prefix, "unit_price");
		tg_error_add_field(err, path, "times the quantity is too large");
		sums->valid = 0;
		return target;
	}
	if (discount > amount) {
		char path[TG_PATH_MAX];
		char text[48];
		tg_decimal_format(amount, 2, text, sizeof(text));
		tg_path(path, sizeof(path), prefix, "discount");
		tg_error_add_field(err, path, "is larger than the line amount (%s)", text);
		sums->valid = 0;
		return target;
	}
	sums->lines += amount - discount;
	return target;
}

static json_object *tg_items(json_object *order, tg_order_sums *sums, tg_error *err)
{
	json_object *source = tg_member(order, "items");
	json_object *target = json_object_new_array();
	size_t count;

	if (!source || tg_is_empty(source)) {
		tg_error_add_field(err, "items", "must hold at least one line");
		sums->valid = 0;
		return target;
	}
	if (!json_object_is_type(source, json_type_array)) {
		tg_error_add_field(err, "items", "must be a list of lines");
		sums->valid = 0;
		return target;
	}
	count = json_object_array_length(source);
	if (count > TG_ORDER_MAX_LINES) {
		tg_error_add_field(err, "items", "has too many lines (at most %d)", TG_ORDER_MAX_LINES);
		sums->valid = 0;
		return target;
	}
	for (size_t i = 0; i < count; i++) {
		json_object_array_add(target, tg_line(json_object_array_get_idx(source, i), i, sums, err));
	}
	sums->line_count = count;
	return target;
}

/* total = sum(quantity * unit_price - discount) + shipping_total - discount_total, within a cent
 * of rounding per line. */
static void tg_check_totals(const tg_order_sums *sums, tg_error *err)
{
	long long expected = sums->lines + sums->shipping - sums->discount;
	long long difference = expected > sums->total ? expected - sums->total : sums->total - expected;
	char lines[48], shipping[48], discount[48], sum[48], total[48];

	if (!sums->valid || difference <= (long long) sums->line_count * TG_ORDER_ROUNDING_PER_LINE) {
		return;
	}
	tg_decimal_format(sums->lines, 2, lines, sizeof(lines));
	tg_decimal_format(sums->shipping, 2, shipping, sizeof(shipping));
	tg_decimal_format(sums->discount, 2, discount, sizeof(discount));
	tg_decimal_format(expected, 2, sum, sizeof(sum));
	tg_decimal_format(sums->total, 2, total, sizeof(total));
	tg_error_add_field(err, "total", "does not match the lines: items %s + shipping %s - discount %s = %s, not %s",
		lines, shipping, discount, sum, total);
}

json_object *tg_order_normalize(json_object *order, tg_error *err)
{
	tg_order_sums sums = {0, 0, 0, 0, 0, 1};
	json_object *out;

	if (!tg_is_object(order)) {
		tg_error_add_field(err, "order", "must be an object (an array with string keys), not %s", tg_type_name(order));
		tg_error_close_validation(err, "order");
		return NULL;
	}
	out = json_object_new_object();
	if (!out) {
		tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
		return NULL;
	}
	tg_id(order, out, "id", 1, err);
	tg_id(order, out, "number", 0, err);
	tg_created_at(order, out, err);
	tg_currency(order, out, err);
	json_object_object_add(out, "customer", tg_customer(order, err));
	json_object_object_add(out, "billing", tg_billing(order, err));
	json_object_object_add(out, "shipping", tg_shipping(order, err));
	json_object_object_add(out, "payment_method", tg_payment_method(order, err));
	json_object_object_add(out, "items", tg_items(order, &sums, err));
	sums.valid &= tg_decimal(order, out, "", "shipping_total", 0, TG_ORDER_MAX_AMOUNT, 2, &sums.shipping, err) == 0;
	sums.valid &= tg_decimal(order, out, "", "discount_total", 0, TG_ORDER_MAX_AMOUNT, 2, &sums.discount, err) == 0;
	sums.valid &= tg_decimal(order, out, "", "total", 1, TG_ORDER_MAX_AMOUNT, 2, &sums.total, err) == 0;
	tg_text(order, out, "", "notes", NULL, TG_CAP_NOTES, 1, err);
	tg_check_totals(&sums, err);
	if (tg_error_close_validation(err, "order") != 0) {
		json_object_put(out);
		return NULL;
	}
	return out;
}

const char *tg_order_id(json_object *normalized)
{
	return tg_json_get_string(normalized, "id");
}

void tg_order_report_id(json_object *order, const char *fallback, char *out, size_t size)
{
	json_object *id = json_object_is_type(order, json_type_object) ? tg_member(order, "id") : NULL;

	if (id && json_object_is_type(id, json_type_int) && json_object_get_int64(id) >= 0) {
		snprintf(out, size, "%lld", (long long) json_object_get_int64(id));
	} else if (id && json_object_is_type(id, json_type_string) && json_object_get_string_len(id) > 0
		&& json_object_get_string_len(id) <= TG_ORDER_ID_MAX_CHARS * 4
		&& tg_text_is_printable(json_object_get_string(id), (size_t) json_object_get_string_len(id), 0)) {
		snprintf(out, size, "%s", json_object_get_string(id));
	} else {
		snprintf(out, size, "%s", fallback);
	}
}
