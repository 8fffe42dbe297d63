/* TotalGest\Report: a read-only view of a tg_report. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "ext/json/php_json.h"

#include "tg_php.h"
#include "report_arginfo.h"

zend_class_entry *tg_ce_report;
static zend_object_handlers tg_report_handlers;

static zend_object *tg_report_create(zend_class_entry *ce)
{
	tg_report_object *intern = zend_object_alloc(sizeof(tg_report_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &tg_report_handlers;
	return &intern->std;
}

static void tg_report_free_obj(zend_object *obj)
{
	tg_report_object *intern = tg_report_from_obj(obj);

	if (intern->ready) {
		tg_report_free(&intern->report);
	}
	zend_object_std_dtor(obj);
}

void tg_report_object_create(zval *out, tg_report *report)
{
	tg_report_object *intern;

	object_init_ex(out, tg_ce_report);
	intern = tg_report_from_obj(Z_OBJ_P(out));
	intern->report = *report;
	intern->ready = 1;
	memset(report, 0, sizeof(*report));
	zend_update_property_long(tg_ce_report, Z_OBJ_P(out), "succeeded", sizeof("succeeded") - 1,
		intern->report.succeeded);
	zend_update_property_long(tg_ce_report, Z_OBJ_P(out), "failed", sizeof("failed") - 1, intern->report.failed);
}

static tg_report *tg_report_of(zval *this_zval)
{
	tg_report_object *intern = tg_report_from_obj(Z_OBJ_P(this_zval));

	return intern->ready ? &intern->report : NULL;
}

static void tg_report_errors(const tg_report *report, zval *out)
{
	array_init_size(out, (uint32_t) report->error_count);
	for (size_t i = 0; i < report->error_count; i++) {
		zval entry;
		array_init_size(&entry, 3);
		add_assoc_string(&entry, "id", report->errors[i].id);
		add_assoc_string(&entry, "code", report->errors[i].code);
		add_assoc_string(&entry, "message", report->errors[i].message);
		add_next_index_zval(out, &entry);
	}
}

static zend_string *tg_report_summary_string(const tg_report *report)
{
	tg_buf line;
	zend_string *result;

	tg_buf_init(&line, 0);
	tg_report_summary(report, &line);
	result = zend_string_init(line.data ? line.data : "", line.len, 0);
	tg_buf_free(&line);
	return result;
}

static void tg_report_to_array(const tg_report *report, zval *out)
{
	zval counts, errors;

	array_init(out);
	add_assoc_long(out, "succeeded", report->succeeded);
	add_assoc_long(out, "failed", report->failed);
	tg_json_to_zval(report->counts, &counts);
	add_assoc_zval(out, "counts", &counts);
	tg_report_errors(report, &errors);
	add_assoc_zval(out, "errors", &errors);
	if (report->stopped[0]) {
		add_assoc_string(out, "stopped", report->stopped);
	} else {
		add_assoc_null(out, "stopped");
	}
	add_assoc_str(out, "summary", tg_report_summary_string(report));
}

#define TG_REPORT_OR_THROW(report) \
	if (!((report) = tg_report_of(ZEND_THIS))) { \
		zend_throw_error(NULL, "TotalGest\\Report is made by the extension only"); \
		RETURN_THROWS(); \
	}

PHP_METHOD(TotalGest_Report, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(TotalGest_Report, errors)
{
	tg_report *report;

	ZEND_PARSE_PARAMETERS_NONE();
	TG_REPORT_OR_THROW(report);
	tg_report_errors(report, return_value);
}

PHP_METHOD(TotalGest_Report, toArray)
{
	tg_report *report;

	ZEND_PARSE_PARAMETERS_NONE();
	TG_REPORT_OR_THROW(report);
	tg_report_to_array(report, return_value);
}

PHP_METHOD(TotalGest_Report, jsonSerialize)
{
	tg_report *report;

	ZEND_PARSE_PARAMETERS_NONE();
	TG_REPORT_OR_THROW(report);
	tg_report_to_array(report, return_value);
}

PHP_METHOD(TotalGest_Report, count)
{
	tg_report *report;

	ZEND_PARSE_PARAMETERS_NONE();
	TG_REPORT_OR_THROW(report);
	RETURN_LONG(report->succeeded + report->failed);
}

PHP_METHOD(TotalGest_Report, __toString)
{
	tg_report *report;

	ZEND_PARSE_PARAMETERS_NONE();
	TG_REPORT_OR_THROW(report);
	RETURN_STR(tg_report_summary_string(report));
}

void tg_register_report_class(void)
{
	tg_ce_report = register_class_TotalGest_Report(zend_ce_countable, php_json_serializable_ce);
	tg_ce_report->create_object = tg_report_create;
	memcpy(&tg_report_handlers, zend_get_std_object_handlers(), sizeof(tg_report_handlers));
	tg_report_handlers.offset = XtOffsetOf(tg_report_object, std);
	tg_report_handlers.free_obj = tg_report_free_obj;
	tg_report_handlers.clone_obj = NULL;
}
