#include "tg_export.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "tg_order.h"
#include "tg_queue.h"
#include "tg_time.h"

#define TG_BACKOFF_BASE_S 30.0
#define TG_BACKOFF_MAX_S 3600.0
/* The lease must outlast one request, or a live order would be claimed again. */
#define TG_LEASE_MARGIN_S 1.0
#define TG_EXPORT_MAX_WAVE TG_SESSION_MAX_HANDLES

typedef enum {
	TG_OUTCOME_EXPORTED,
	TG_OUTCOME_RETRYING,
	TG_OUTCOME_FAILED,
	TG_OUTCOME_RELEASED      /* not the order's fault (credentials): back without using an attempt */
} tg_outcome;

/* What became of one claimed order in a wave. */
typedef struct {
	tg_outcome outcome;
	int duplicate;           /* TotalGest already had it */
	int recovered;           /* found in TotalGest after an attempt with an unknown outcome */
	tg_error error;          /* the reason when not exported */
} tg_item_result;

/* The counters of each kind of run, all present in its report (0 when nothing happened). */
static const char *const tg_process_counters[] = {
	"exported", "duplicates", "recovered", "retrying", "failed", "pruned", NULL
};
static const char *const tg_export_now_counters[] = {
	"exported", "duplicates", "recovered", "retrying", "failed", "invalid", "already_exported", "busy", "not_sent", NULL
};

/* One run of process() or export_now(). */
typedef struct {
	tg_store *store;
	const tg_export_sender *sender;
	char owner[64];
	double lease_s;
	char stop[512];          /* why the run must end now; "" to go on */
} tg_export_run;

static uint64_t tg_random_bits(void)
{
	uint64_t bits = 0;

	if (getrandom(&bits, sizeof(bits), 0) != (ssize_t) sizeof(bits)) {
		bits = (uint64_t) getpid() * 2654435761u ^ (uint64_t) (tg_time_now() * 1e6);
	}
	return bits;
}

/* A number in [0, 1). */
static double tg_random_unit(void)
{
	return (double) (tg_random_bits() >> 11) / 9007199254740992.0;
}

double tg_export_backoff_s(long attempt, double random_unit)
{
	double delay = TG_BACKOFF_BASE_S;

	for (long i = 1; i < attempt && delay < TG_BACKOFF_MAX_S; i++) {
		delay *= 2;
	}
	if (delay > TG_BACKOFF_MAX_S) {
		delay = TG_BACKOFF_MAX_S;
	}
	/* +-20%: workers that failed together do not come back together. */
	return delay * (0.8 + 0.4 * random_unit);
}

static void tg_run_init(tg_export_run *run, tg_store *store, const tg_export_sender *sender,
	const tg_export_options *options)
{
	memset(run, 0, sizeof(*run));
	run->store = store;
	run->sender = sender;
	run->lease_s = options->lease_s;
	if (run->lease_s < sender->request_timeout_s + TG_LEASE_MARGIN_S) {
		run->lease_s = sender->request_timeout_s + TG_LEASE_MARGIN_S;
	}
	/* Unique per run, even for processes forked from one parent. */
	snprintf(run->owner, sizeof(run->owner), "%ld-%016llx", (long) getpid(), (unsigned long long) tg_random_bits());
}

/* Decides what becomes of an order after an attempt that ended with err. */
static void tg_decide(tg_item_result *result, const tg_queue_item *item, long max_attempts)
{
	tg_error *reason = &result->error;

	switch (reason->kind) {
	case TG_OK:
		result->outcome = TG_OUTCOME_EXPORTED;
		return;
	case TG_ERR_AUTH:
		result->outcome = TG_OUTCOME_RELEASED;
		return;
	case TG_ERR_REJECTED:
	case TG_ERR_VALIDATION:
	case TG_ERR_CALLBACK:
		/* TotalGest would answer the same again: only a change of the order can help. */
		result->outcome = TG_OUTCOME_FAILED;
		return;
	case TG_ERR_CONNECTION:
	case TG_ERR_UNAVAILABLE:
	case TG_ERR_PROTOCOL:
	case TG_ERR_STORE:
	case TG_ERR_INTERNAL:
		break;
	}
	if (item->attempts < max_attempts) {
		result->outcome = TG_OUTCOME_RETRYING;
		return;
	}
	result->outcome = TG_OUTCOME_FAILED;
	size_t len = strlen(reason->message);
	snprintf(reason->message + len, sizeof(reason->message) - len, " (gave up after %ld attempt%s)", item->attempts,
		item->attempts == 1 ? "" : "s");
}

/* Asks TotalGest whether an earlier attempt with an unknown outcome made the order. Returns 1
 * when it did (result filled), 0 when the order must be sent, -1 when the question failed. */
static int tg_find_earlier(tg_export_run *run, const tg_queue_item *item, tg_order_result *result, tg_error *err)
{
	int found = 0;

	if (run->sender->find_order(run->sender->context, item->id, result, &found, err) != 0) {
		return -1;
	}
	return found;
}

/* held (may be NULL) tells for each item whether its lease was still this run's. */
static int tg_renew(tg_export_run *run, const tg_queue_item *items, size_t count, int *held, tg_error *err)
{
	return tg_queue_renew(run->store, run->owner, items, count, tg_time_now() + run->lease_s, held, err);
}

/* Writes what became of one order. A worker whose lease ended meanwhile writes nothing but an
 * export: the order belongs to another worker now. */
static int tg_record(tg_export_run *run, const tg_queue_item *item, const tg_order_result *result,
	const tg_item_result *outcome, int ambiguous, double now, tg_error *err)
{
	const tg_error *reason = &outcome->error;
	double delay;

	switch (outcome->outcome) {
	case TG_OUTCOME_EXPORTED:
		return tg_queue_mark_exported(run->store, item->id, result->id, result->number, now, err);
	case TG_OUTCOME_RETRYING:
		/* TotalGest's Retry-After says when; a tenth more spreads the workers that got it. */
		delay = reason->retry_after_s >= 0
			? fmin((double) reason->retry_after_s, TG_BACKOFF_MAX_S) * (1.0 + 0.1 * tg_random_unit())
			: tg_export_backoff_s(item->attempts, tg_random_unit());
		return tg_queue_mark_retrying(run->store, run->owner, item->id, now + delay, ambiguous, reason->code,
			reason->message, now, err);
	case TG_OUTCOME_RELEASED:
		return tg_queue_release(run->store, run->owner, item->id, item->ambiguous,
			now + tg_export_backoff_s(1, tg_random_unit()), reason->code, reason->message, now, err);
	case TG_OUTCOME_FAILED:
		return tg_queue_mark_failed(run->store, run->owner, item->id, ambiguous, reason->code, reason->message, now, err);
	}
	return 0;
}

/* After a wave: whether going on would only make things worse. */
static void tg_check_stop(tg_export_run *run, const tg_item_result *results, size_t count)
{
	size_t unreachable = 0;

	for (size_t i = 0; i < count; i++) {
		const tg_error *reason = &results[i].error;
		if (reason->http_status == 429) {
			snprintf(run->stop, sizeof(run->stop), "TotalGest asked to slow down (HTTP 429)");
			return;
		}
		if (reason->kind == TG_ERR_AUTH) {
			snprintf(run->stop, sizeof(run->stop), "%.480s", reason->message);
			return;
		}
		unreachable += reason->kind == TG_ERR_CONNECTION || reason->kind == TG_ERR_UNAVAILABLE;
	}
	if (count > 0 && unreachable == count) {
		snprintf(run->stop, sizeof(run->stop), "%s", results[0].error.message);
	}
}

/* Sends the orders of one wave that need sending: an order whose earlier attempt may have
 * reached TotalGest is looked up first. */
static int tg_send(tg_export_run *run, tg_queue_item *items, size_t count, tg_order_result *results, tg_error *errors,
	tg_item_result *outcomes, int *ambiguous, tg_error *err)
{
	json_object *to_send[TG_EXPORT_MAX_WAVE];
	size_t send_index[TG_EXPORT_MAX_WAVE];
	tg_order_result sent_results[TG_EXPORT_MAX_WAVE];
	tg_error sent_errors[TG_EXPORT_MAX_WAVE];
	size_t sending = 0;

	for (size_t i = 0; i < count; i++) {
		ambiguous[i] = items[i].ambiguous;
		if (!items[i].order) {
			tg_error_set(&errors[i], TG_ERR_VALIDATION, "invalid_payload", "The queued order could not be read from the store");
			continue;
		}
		if (items[i].ambiguous) {
			int found = tg_find_earlier(run, &items[i], &results[i], &errors[i]);
			/* The question took a request's time: the lease must outlast the send that follows. */
			if (tg_renew(run, items, count, NULL, err) != 0) {
				return -1;
			}
			if (found != 0) {
				outcomes[i].recovered = found > 0;
				continue;
			}
		}
		send_index[sending] = i;
		to_send[sending++] = items[i].order;
	}
	if (sending == 0) {
		return 0;
	}
	for (size_t k = 0; k < sending; k++) {
		tg_error_init(&sent_errors[k]);
	}
	run->sender->export_orders(run->sender->context, to_send, sending, sent_results, sent_errors);
	for (size_t k = 0; k < sending; k++) {
		size_t i = send_index[k];
		results[i] = sent_results[k];
		/* A request that left without an answer, or an answer that is not TotalGest's: the order may exist. */
		ambiguous[i] = sent_errors[k].ambiguous || sent_errors[k].kind == TG_ERR_PROTOCOL;
		tg_error_move(&errors[i], &sent_errors[k]);
	}
	return 0;
}

/* Sends one wave of claimed orders (at most TG_EXPORT_MAX_WAVE) and records the outcomes. */
static int tg_wave(tg_export_run *run, tg_queue_item *items, size_t count, tg_item_result *outcomes, tg_error *err)
{
	tg_order_result results[TG_EXPORT_MAX_WAVE];
	tg_error errors[TG_EXPORT_MAX_WAVE];
	int ambiguous[TG_EXPORT_MAX_WAVE];
	double now;
	int rc;

	memset(results, 0, sizeof(results[0]) * count);
	for (size_t i = 0; i < count; i++) {
		memset(&outcomes[i], 0, sizeof(outcomes[i]));
		tg_error_init(&outcomes[i].error);
		tg_error_init(&errors[i]);
	}
	rc = tg_send(run, items, count, results, errors, outcomes, ambiguous, err);
	for (size_t i = 0; i < count && rc == 0; i++) {
		tg_error_move(&outcomes[i].error, &errors[i]);
	}
	if (rc == 0) {
		tg_check_stop(run, outcomes, count);
	}
	for (size_t i = 0; i < count && rc == 0; i++) {
		tg_decide(&outcomes[i], &items[i], run->sender->max_attempts);
		outcomes[i].duplicate = outcomes[i].outcome == TG_OUTCOME_EXPORTED && results[i].duplicate && !outcomes[i].recovered;
	}
	now = tg_time_now();
	if (rc == 0 && tg_store_begin(run->store, err) == 0) {
		for (size_t i = 0; i < count && rc == 0; i++) {
			rc = tg_record(run, &items[i], &results[i], &outcomes[i], ambiguous[i], now, err) < 0 ? -1 : 0;
		}
		if (rc == 0) {
			rc = tg_store_commit(run->store, err);
		} else {
			tg_store_rollback(run->store);
		}
	} else {
		rc = -1;
	}
	for (size_t i = 0; i < count; i++) {
		tg_order_result_free(&results[i]);
		tg_error_clear(&errors[i]);
	}
	return rc;
}

static void tg_outcomes_clear(tg_item_result *outcomes, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		tg_error_clear(&outcomes[i].error);
	}
}

static void tg_report_outcome(tg_report *report, const char *id, const tg_item_result *outcome)
{
	switch (outcome->outcome) {
	case TG_OUTCOME_EXPORTED:
		report->succeeded++;
		tg_report_count(report, "exported", 1);
		tg_report_count(report, "duplicates", outcome->duplicate);
		tg_report_count(report, "recovered", outcome->recovered);
		return;
	case TG_OUTCOME_RETRYING:
	case TG_OUTCOME_RELEASED:
		tg_report_count(report, "retrying", 1);
		break;
	case TG_OUTCOME_FAILED:
		tg_report_count(report, "failed", 1);
		break;
	}
	report->failed++;
	tg_report_add_error(report, id, outcome->error.code, outcome->error.message);
}

static void tg_report_counters(tg_report *report, const char *const *names)
{
	for (; *names; names++) {
		tg_report_count(report, *names, 0);
	}
}

static size_t tg_wave_size(const tg_export_sender *sender)
{
	if (sender->concurrency < 1) {
		return 1;
	}
	return sender->concurrency > TG_EXPORT_MAX_WAVE ? TG_EXPORT_MAX_WAVE : sender->concurrency;
}

int tg_export_process(tg_store *store, const tg_export_sender *sender, const tg_export_options *options, long limit,
	double time_budget_s, tg_report *report, tg_error *err)
{
	double started = tg_time_now();
	size_t wave_size = tg_wave_size(sender);
	int last_wave_full = 1;
	tg_export_run run;
	long handled = 0;
	long pruned;

	tg_report_counters(report, tg_process_counters);
	tg_run_init(&run, store, sender, options);
	/* Pruning here keeps the table small without a separate job; it is one indexed UPDATE. */
	pruned = tg_queue_prune(store, started - options->retention_s, err);
	if (pruned < 0) {
		return -1;
	}
	tg_report_count(report, "pruned", pruned);
	while (handled < limit) {
		tg_item_result outcomes[TG_EXPORT_MAX_WAVE];
		tg_queue_item *items;
		size_t count, want = (size_t) (limit - handled) < wave_size ? (size_t) (limit - handled) : wave_size;
		double now = tg_time_now();
		int rc;

		if (now - started >= time_budget_s) {
			if (last_wave_full) {
				snprintf(report->stopped, sizeof(report->stopped), "the time budget of %.1f s was used up", time_budget_s);
			}
			break;
		}
		if (tg_queue_claim(store, run.owner, want, now + run.lease_s, now, &items, &count, err) != 0) {
			return -1;
		}
		if (count == 0) {
			free(items);
			break;
		}
		rc = tg_wave(&run, items, count, outcomes, err);
		for (size_t i = 0; i < count && rc == 0; i++) {
			tg_report_outcome(report, items[i].id, &outcomes[i]);
		}
		tg_outcomes_clear(outcomes, count);
		tg_queue_items_free(items, count);
		if (rc != 0) {
			return -1;
		}
		handled += (long) count;
		last_wave_full = count == want;
		if (run.stop[0]) {
			snprintf(report->stopped, sizeof(report->stopped), "%s", run.stop);
			break;
		}
	}
	return 0;
}

/* What the manual export did with each order the admin selected. */
typedef enum {
	TG_NOW_INVALID,
	TG_NOW_REPEATED,          /* the same order twice in the selection: handled once */
	TG_NOW_ALREADY_EXPORTED,
	TG_NOW_BUSY,
	TG_NOW_NOT_SENT,          /* the run stopped before its turn */
	TG_NOW_SENT
} tg_now_kind;

typedef struct {
	tg_now_kind kind;
	json_object *order;       /* normalized; NULL when invalid */
	char id[TG_ORDER_ID_MAX_CHARS * 4 + 1];
	tg_item_result result;
} tg_now_entry;

/* "Invalid order: items.0.quantity: must be a positive integer; total: ..." */
static void tg_validation_message(const tg_error *validation, char *out, size_t size)
{
	size_t used = (size_t) snprintf(out, size, "Invalid order");

	for (size_t i = 0; i < validation->field_count && used < size; i++) {
		used += (size_t) snprintf(out + used, size - used, "%s%s: %s", i == 0 ? ": " : "; ",
			validation->fields[i].field, validation->fields[i].message);
	}
	if (validation->field_count == 0) {
		snprintf(out, size, "%s", validation->message);
	}
}

static int tg_is_repeated(const tg_now_entry *entries, size_t index)
{
	for (size_t i = 0; i < index; i++) {
		if (entries[i].order && entries[i].kind != TG_NOW_REPEATED && strcmp(entries[i].id, entries[index].id) == 0) {
			return 1;
		}
	}
	return 0;
}

static void tg_mark_invalid(tg_now_entry *entry, const tg_error *validation)
{
	entry->kind = TG_NOW_INVALID;
	entry->result.outcome = TG_OUTCOME_FAILED;
	snprintf(entry->result.error.code, sizeof(entry->result.error.code), "%s",
		validation->kind == TG_ERR_VALIDATION ? "invalid_order" : validation->code);
	tg_validation_message(validation, entry->result.error.message, sizeof(entry->result.error.message));
}

/* Checks every selected order; the valid ones, once each, go to *valid. */
static void tg_check_selection(json_object *const *orders, const tg_error *input_errors, size_t count,
	tg_now_entry *entries, json_object **valid, size_t *valid_count)
{
	*valid_count = 0;
	for (size_t i = 0; i < count; i++) {
		tg_error validation;
		char fallback[32];

		tg_error_init(&validation);
		tg_error_init(&entries[i].result.error);
		snprintf(fallback, sizeof(fallback), "orders[%zu]", i);
		tg_order_report_id(orders[i], fallback, entries[i].id, sizeof(entries[i].id));
		if (input_errors && input_errors[i].kind != TG_OK) {
			tg_mark_invalid(&entries[i], &input_errors[i]);
		} else if (!(entries[i].order = tg_order_normalize(orders[i], &validation))) {
			tg_mark_invalid(&entries[i], &validation);
		} else {
			snprintf(entries[i].id, sizeof(entries[i].id), "%s", tg_order_id(entries[i].order));
			entries[i].kind = tg_is_repeated(entries, i) ? TG_NOW_REPEATED : TG_NOW_SENT;
			if (entries[i].kind == TG_NOW_SENT) {
				valid[(*valid_count)++] = entries[i].order;
			}
		}
		tg_error_clear(&validation);
	}
}

/* The entry of a claimed item: the selected orders in order, skipping those not sent. */
static tg_now_entry *tg_entry_of(tg_now_entry *entries, size_t count, const char *id)
{
	for (size_t i = 0; i < count; i++) {
		if (entries[i].kind == TG_NOW_SENT && strcmp(entries[i].id, id) == 0) {
			return &entries[i];
		}
	}
	return NULL;
}

/* Gives back the claimed orders a stopped run did not reach, without using an attempt. */
static int tg_release_rest(tg_export_run *run, tg_queue_item *items, size_t count, tg_now_entry *entries,
	size_t entry_count, tg_error *err)
{
	double now = tg_time_now();
	int rc = 0;

	if (count == 0) {
		return 0;
	}
	if (tg_store_begin(run->store, err) != 0) {
		return -1;
	}
	for (size_t i = 0; i < count && rc == 0; i++) {
		tg_now_entry *entry = tg_entry_of(entries, entry_count, items[i].id);
		rc = tg_queue_release(run->store, run->owner, items[i].id, items[i].ambiguous, now, "not_sent", run->stop, now,
			err) < 0 ? -1 : 0;
		if (entry) {
			entry->kind = TG_NOW_NOT_SENT;
		}
	}
	if (rc != 0) {
		tg_store_rollback(run->store);
		return -1;
	}
	return tg_store_commit(run->store, err);
}

static int tg_send_selection(tg_export_run *run, tg_queue_item *items, size_t count, tg_now_entry *entries,
	size_t entry_count, tg_error *err)
{
	size_t wave_size = tg_wave_size(run->sender);

	for (size_t start = 0; start < count; start += wave_size) {
		size_t n = count - start < wave_size ? count - start : wave_size;
		tg_item_result outcomes[TG_EXPORT_MAX_WAVE];
		tg_queue_item wave[TG_EXPORT_MAX_WAVE];
		int held[TG_EXPORT_MAX_WAVE];
		size_t kept = 0;

		if (run->stop[0]) {
			return tg_release_rest(run, items + start, count - start, entries, entry_count, err);
		}
		/* The earlier waves took their time: this one gets a full lease from now. An order whose
		 * lease ran out meanwhile may be in a background worker's hands: it is not sent twice. */
		if (tg_renew(run, items + start, n, held, err) != 0) {
			return -1;
		}
		for (size_t i = 0; i < n; i++) {
			if (held[i]) {
				wave[kept++] = items[start + i];
			} else {
				tg_entry_of(entries, entry_count, items[start + i].id)->kind = TG_NOW_BUSY;
			}
		}
		if (kept > 0 && tg_wave(run, wave, kept, outcomes, err) != 0) {
			return -1;
		}
		for (size_t i = 0; i < kept; i++) {
			tg_now_entry *entry = tg_entry_of(entries, entry_count, wave[i].id);
			entry->result = outcomes[i];
		}
	}
	return 0;
}

static void tg_report_selection(tg_report *report, const tg_now_entry *entries, size_t count, const char *stop)
{
	for (size_t i = 0; i < count; i++) {
		const tg_now_entry *entry = &entries[i];
		char message[sizeof(entry->result.error.message) + 16];

		switch (entry->kind) {
		case TG_NOW_INVALID:
			report->failed++;
			tg_report_count(report, "invalid", 1);
			tg_report_add_error(report, entry->id, entry->result.error.code, entry->result.error.message);
			break;
		case TG_NOW_REPEATED:
			break;
		case TG_NOW_ALREADY_EXPORTED:
			report->succeeded++;
			tg_report_count(report, "already_exported", 1);
			break;
		case TG_NOW_BUSY:
			report->failed++;
			tg_report_count(report, "busy", 1);
			tg_report_add_error(report, entry->id, "in_progress",
				"A background export is sending this order right now; check its status again in a minute");
			break;
		case TG_NOW_NOT_SENT:
			report->failed++;
			tg_report_count(report, "not_sent", 1);
			snprintf(message, sizeof(message), "Not sent: %s", stop);
			tg_report_add_error(report, entry->id, "not_sent", message);
			break;
		case TG_NOW_SENT:
			tg_report_outcome(report, entry->id, &entry->result);
			break;
		}
	}
}

int tg_export_now(tg_store *store, const tg_export_sender *sender, const tg_export_options *options,
	json_object *const *orders, const tg_error *input_errors, size_t count, tg_report *report, tg_error *err)
{
	tg_now_entry *entries = calloc(count ? count : 1, sizeof(*entries));
	json_object **valid = calloc(count ? count : 1, sizeof(*valid));
	tg_take_result *takes = calloc(count ? count : 1, sizeof(*takes));
	tg_queue_item *items = NULL;
	size_t valid_count = 0, item_count = 0;
	tg_export_run run;
	double now = tg_time_now();
	int rc = -1;

	if (!entries || !valid || !takes) {
		tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
		goto done;
	}
	tg_report_counters(report, tg_export_now_counters);
	tg_run_init(&run, store, sender, options);
	tg_check_selection(orders, input_errors, count, entries, valid, &valid_count);
	if (tg_queue_take(store, run.owner, valid, valid_count, now + run.lease_s, now, takes, &items, &item_count, err) != 0) {
		goto done;
	}
	/* valid[] holds the sent entries' orders in entry order: walk both together. */
	for (size_t v = 0, i = 0; v < valid_count; v++) {
		while (entries[i].kind != TG_NOW_SENT || entries[i].order != valid[v]) {
			i++;
		}
		entries[i].kind = takes[v] == TG_TAKE_EXPORTED ? TG_NOW_ALREADY_EXPORTED
			: takes[v] == TG_TAKE_BUSY ? TG_NOW_BUSY : TG_NOW_SENT;
	}
	if (tg_send_selection(&run, items, item_count, entries, count, err) != 0) {
		goto done;
	}
	tg_report_selection(report, entries, count, run.stop);
	if (run.stop[0]) {
		snprintf(report->stopped, sizeof(report->stopped), "%s", run.stop);
	}
	rc = 0;
done:
	for (size_t i = 0; entries && i < count; i++) {
		json_object_put(entries[i].order);
		tg_error_clear(&entries[i].result.error);
	}
	tg_queue_items_free(items, item_count);
	free(entries);
	free(valid);
	free(takes);
	return rc;
}

static int tg_client_sender_export(void *context, json_object *const *orders, size_t count, tg_order_result *results,
	tg_error *errors)
{
	return tg_client_export_orders(context, orders, count, results, errors);
}

static int tg_client_sender_find(void *context, const char *shop_order_id, tg_order_result *result, int *found,
	tg_error *err)
{
	return tg_client_find_order(context, shop_order_id, result, found, err);
}

void tg_export_sender_for_client(tg_export_sender *sender, tg_client *client)
{
	sender->export_orders = tg_client_sender_export;
	sender->find_order = tg_client_sender_find;
	sender->context = client;
	sender->concurrency = (size_t) client->config.concurrency;
	sender->max_attempts = client->config.max_attempts;
	sender->request_timeout_s = (double) (client->config.connect_timeout_ms + client->config.timeout_ms) / 1000.0;
}
