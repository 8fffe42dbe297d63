/* The status column of the shop's product and order lists: one store query for a whole page. */
#ifndef TG_STATUS_H
#define TG_STATUS_H

#include <stddef.h>

#include "tg_buf.h"
#include "tg_error.h"
#include "tg_store.h"

typedef enum {
	TG_STATE_SYNCED,
	TG_STATE_PENDING,
	TG_STATE_ERROR,
	TG_STATE_NOT_CONNECTED
} tg_state;

typedef enum {
	TG_STATUS_PRODUCTS,
	TG_STATUS_ORDERS
} tg_status_kind;

typedef struct {
	tg_state state;
	char *external_id;   /* TotalGest product id, or TotalGest order number; NULL when none */
	char *synced_at;     /* ISO 8601; NULL when never synced */
	char *message;       /* the reason of an error, or a note; NULL when none */
} tg_status_row;

/* Fills rows[i] for shop_ids[i] with one query. Free each row with tg_status_row_free. */
int tg_status_lookup(tg_store *store, tg_status_kind kind, const char *const *shop_ids, size_t count,
	tg_status_row *rows, tg_error *err);
void tg_status_row_free(tg_status_row *row);

const char *tg_state_name(tg_state state);
/* -1 for an unknown name. */
int tg_state_from_name(const char *name, tg_state *state);
/* The label in a locale ("es", "it_IT", "en-GB", "de", "fr"); English for others. */
const char *tg_state_label(tg_state state, const char *locale);
/* <span class="tg-status tg-status--synced" ...>Sincronizado</span>, every value escaped. */
int tg_status_badge(const tg_status_row *row, const char *locale, tg_buf *out);

#endif
