#include "tg_report.h"

#include <stdlib.h>
#include <string.h>

/* The summary names at most this many failures; toArray()/errors() hold all of them. */
#define TG_REPORT_SUMMARY_ERRORS 3

int tg_report_init(tg_report *report, tg_report_kind kind)
{
	memset(report, 0, sizeof(*report));
	report->kind = kind;
	report->counts = json_object_new_object();
	return report->counts ? 0 : -1;
}

void tg_report_free(tg_report *report)
{
	for (size_t i = 0; i < report->error_count; i++) {
		free(report->errors[i].id);
		free(report->errors[i].code);
		free(report->errors[i].message);
	}
	free(report->errors);
	json_object_put(report->counts);
	memset(report, 0, sizeof(*report));
}

void tg_report_count(tg_report *report, const char *name, long delta)
{
	json_object *counter = NULL;

	if (json_object_object_get_ex(report->counts, name, &counter)) {
		json_object_set_int64(counter, json_object_get_int64(counter) + delta);
	} else {
		json_object_object_add(report->counts, name, json_object_new_int64(delta));
	}
}

long tg_report_counter(const tg_report *report, const char *name)
{
	json_object *counter = NULL;

	return json_object_object_get_ex(report->counts, name, &counter) ? (long) json_object_get_int64(counter) : 0;
}

int tg_report_add_error(tg_report *report, const char *id, const char *code, const char *message)
{
	tg_report_error *entry;

	if (report->error_count == report->error_capacity) {
		size_t capacity = report->error_capacity ? report->error_capacity * 2 : 8;
		tg_report_error *grown = realloc(report->errors, capacity * sizeof(*grown));
		if (!grown) {
			return -1;
		}
		report->errors = grown;
		report->error_capacity = capacity;
	}
	entry = &report->errors[report->error_count];
	entry->id = strdup(id ? id : "");
	entry->code = strdup(code ? code : "error");
	entry->message = strdup(message ? message : "");
	if (!entry->id || !entry->code || !entry->message) {
		free(entry->id);
		free(entry->code);
		free(entry->message);
		return -1;
	}
	report->error_count++;
	return 0;
}

int tg_report_summary(const tg_report *report, tg_buf *out)
{
	const char *verb = report->kind == TG_REPORT_ORDERS ? "exported" : "imported";
	int rc = 0;

	if (report->kind == TG_REPORT_PRODUCTS) {
		rc |= tg_buf_printf(out, "%ld %s (%ld new, %ld changed), %ld unchanged, %ld failed", report->succeeded, verb,
			tg_report_counter(report, "created"), tg_report_counter(report, "updated"),
			tg_report_counter(report, "unchanged"), report->failed);
	} else {
		rc |= tg_buf_printf(out, "%ld %s, %ld failed", report->succeeded, verb, report->failed);
	}
	for (size_t i = 0; i < report->error_count && i < TG_REPORT_SUMMARY_ERRORS; i++) {
		rc |= tg_buf_printf(out, "%s%s%s %s", i == 0 ? ": " : "; ",
			report->kind == TG_REPORT_ORDERS ? "#" : "", report->errors[i].id, report->errors[i].message);
	}
	if (report->error_count > TG_REPORT_SUMMARY_ERRORS) {
		rc |= tg_buf_printf(out, "; and %zu more", report->error_count - TG_REPORT_SUMMARY_ERRORS);
	}
	if (report->stopped[0]) {
		rc |= tg_buf_printf(out, " (stopped early: %s)", report->stopped);
	}
	return rc ? -1 : 0;
}
