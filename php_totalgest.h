/* Lets an in-tree build of PHP find the extension (ext/totalgest/php_totalgest.h). */
#ifndef PHP_TOTALGEST_ROOT_H
#define PHP_TOTALGEST_ROOT_H

#include "ext/php_totalgest.h"

#endif
