/* The outcome of a sync run or an export: counts, each failure with its reason, one human line. */
#ifndef TG_REPORT_H
#define TG_REPORT_H

#include <json-c/json.h>
#include <stddef.h>

#include "tg_buf.h"

typedef struct {
	char *id;        /* the shop order id or TotalGest product id */
	char *code;      /* machine code */
	char *message;   /* the reason, for an admin */
} tg_report_error;

typedef enum {
	TG_REPORT_PRODUCTS,
	TG_REPORT_ORDERS
} tg_report_kind;

typedef struct {
	tg_report_kind kind;
	long succeeded;
	long failed;
	json_object *counts;        /* further named counters: created, updated, unchanged, ... */
	tg_report_error *errors;
	size_t error_count;
	size_t error_capacity;
	char stopped[512];          /* why the run ended early, "" when it completed */
} tg_report;

int tg_report_init(tg_report *report, tg_report_kind kind);
void tg_report_free(tg_report *report);
/* Adds to a named counter (made at 0 on first use). */
void tg_report_count(tg_report *report, const char *name, long delta);
long tg_report_counter(const tg_report *report, const char *name);
int tg_report_add_error(tg_report *report, const char *id, const char *code, const char *message);
/* "3 exported, 1 failed: #1004 VAT number rejected" */
int tg_report_summary(const tg_report *report, tg_buf *out);

#endif
