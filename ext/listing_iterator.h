/* TotalGest\ListingIterator, made by Client::products() and Client::stock(). */
#ifndef TG_LISTING_ITERATOR_H
#define TG_LISTING_ITERATOR_H

#include "php.h"

typedef enum {
	TG_LISTING_OF_PRODUCTS,
	TG_LISTING_OF_STOCK
} tg_listing_kind;

/* An iterator over the listing of client (a Client object) since the given time (NULL: all). */
void tg_listing_iterator_create(zval *out, zend_object *client, tg_listing_kind kind, const char *since);

#endif
