/* ISO 8601 times with offset, as the PHP surface and the TotalGest contract exchange them. */
#ifndef TG_TIME_H
#define TG_TIME_H

#include <stddef.h>

/* Parses "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)" into Unix seconds. Returns 0 or -1. */
int tg_time_parse(const char *text, long long *epoch);
/* Formats Unix seconds as "YYYY-MM-DDTHH:MM:SS+00:00" into out (at least 26 bytes). */
void tg_time_format(long long epoch, char *out, size_t size);
/* The current time in seconds, with sub-second precision. */
double tg_time_now(void);

#endif
