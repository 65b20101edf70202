/* What the files of the datetime module share (datetime.c: the module, date,
 * time and datetime; datetime_delta.c: timedelta and timezone;
 * datetime_format.c: strftime, strptime and the ISO 8601 parsers). The
 * calendar follows CPython's _datetimemodule.c: the proleptic Gregorian
 * calendar, ordinal 1 is 0001-01-01. A tzinfo is None or a timezone (Molt
 * does not subclass tzinfo), so every offset is fixed and known. */
#ifndef MOLT_DATETIME_INTERNAL_H
#define MOLT_DATETIME_INTERNAL_H
#include <stdbool.h>
#include <stdint.h>

#include "molt/molt.h"
#include "../core/buffer.h"

enum { DATETIME_MINYEAR = 1, DATETIME_MAXYEAR = 9999, DATETIME_MAX_DELTA_DAYS = 999999999 };

typedef struct DateTimeDelta {
    MoltObject header;
    int32_t days;          /* -999999999..999999999 */
    int32_t seconds;       /* 0..86399 */
    int32_t microseconds;  /* 0..999999 */
} DateTimeDelta;

typedef struct DateTimeZone {
    MoltObject header;
    DateTimeDelta offset;  /* strictly between -24h and 24h (a copy, never a Python value) */
    MoltValue name;        /* str, or MOLT_NONE */
} DateTimeZone;

/* date, and the first fields of datetime (datetime derives from date). */
typedef struct DateTimeDate {
    MoltObject header;
    int year, month, day;
} DateTimeDate;

typedef struct DateTimeTime {
    MoltObject header;
    int hour, minute, second, microsecond, fold;
    MoltValue tzinfo;      /* MOLT_NONE or a timezone */
} DateTimeTime;

typedef struct DateTimeDateTime {
    MoltObject header;
    int year, month, day;  /* as DateTimeDate, so date's code reads a datetime */
    int hour, minute, second, microsecond, fold;
    MoltValue tzinfo;
} DateTimeDateTime;

extern MoltType molt_type_datetime_timedelta, molt_type_datetime_tzinfo, molt_type_datetime_timezone,
    molt_type_datetime_date, molt_type_datetime_time, molt_type_datetime_datetime;

static inline bool datetime_is_delta(MoltValue v) {
    return molt_is_ptr(v) && molt_type_of(v) == &molt_type_datetime_timedelta;
}
static inline bool datetime_is_timezone(MoltValue v) {
    return molt_is_ptr(v) && molt_type_of(v) == &molt_type_datetime_timezone;
}
static inline bool datetime_is_datetime(MoltValue v) {
    return molt_is_ptr(v) && molt_type_of(v) == &molt_type_datetime_datetime;
}
/* A date or a datetime. */
static inline bool datetime_is_date(MoltValue v) {
    return molt_is_ptr(v) && (molt_type_of(v) == &molt_type_datetime_date || datetime_is_datetime(v));
}
static inline bool datetime_is_time(MoltValue v) {
    return molt_is_ptr(v) && molt_type_of(v) == &molt_type_datetime_time;
}

/* ---- the calendar (datetime.c) ---- */
bool datetime_is_leap(int year);
int datetime_days_in_month(int year, int month);
int datetime_days_before_month(int year, int month);
int64_t datetime_ymd_to_ordinal(int year, int month, int day);
void datetime_ordinal_to_ymd(int64_t ordinal, int *year, int *month, int *day);
/* Monday is 0. */
int datetime_weekday(int year, int month, int day);
/* ISO calendar (year, week 1..53, weekday 1..7) of a date. */
void datetime_iso_calendar(int year, int month, int day, int *iso_year, int *week, int *weekday);
/* date.fromisocalendar's conversion: 0, or -1 with its ValueError. */
int datetime_iso_to_ymd(int iso_year, int week, int weekday, int *year, int *month, int *day);
/* CPython's checks and messages ("month must be in 1..12"): 0 or -1. */
int datetime_check_date(int year, int month, int day);
int datetime_check_time(int hour, int minute, int second, int microsecond, int fold);

/* A timestamp argument (int, float, __index__) as whole seconds and
 * microseconds: rounded half to even as datetime.fromtimestamp, or the
 * seconds floored (microseconds 0) as time.gmtime. 0, or -1 with CPython's
 * ValueError (NaN) or OverflowError. */
int datetime_timestamp_argument(MoltValue value, bool floor_seconds, int64_t *seconds, int64_t *microseconds);

/* ---- objects ---- */
MoltValue datetime_date_new(int year, int month, int day);
MoltValue datetime_time_new(int hour, int minute, int second, int microsecond, MoltValue tzinfo, int fold);
MoltValue datetime_datetime_new(int year, int month, int day, int hour, int minute, int second, int microsecond,
                                MoltValue tzinfo, int fold);

/* ---- timedelta and timezone (datetime_delta.c) ---- */
/* A timedelta from days, seconds and microseconds of any sign, normalized;
 * OverflowError "days=1000000000; must have magnitude <= 999999999". */
MoltValue datetime_delta_new(int64_t days, int64_t seconds, int64_t microseconds);
/* A timezone of a checked offset (the utc singleton for 0 without a name). */
MoltValue datetime_timezone_new(DateTimeDelta offset, MoltValue name);
/* A timezone of an offset in seconds and microseconds (any signs), with
 * timezone()'s ValueError when it is not strictly inside (-24h, 24h). */
MoltValue datetime_timezone_checked(int64_t seconds, int64_t microseconds, MoltValue name);
MoltValue datetime_timezone_utc(void);   /* new reference */
/* The offset of a tzinfo (MOLT_NONE: false). */
bool datetime_tzinfo_offset(MoltValue tzinfo, DateTimeDelta *offset);
/* The offset of a tzinfo as utcoffset() returns it: None or a timedelta. */
MoltValue datetime_tzinfo_utcoffset(MoltValue tzinfo);
MoltValue datetime_tzinfo_tzname(MoltValue tzinfo);
/* "+05:30" (isoformat, %:z, with `separator`) or "+0530" (%z): the offset
 * as CPython's format_utcoffset writes it, seconds and microseconds when not 0. */
void datetime_format_offset(MoltBuffer *out, const DateTimeDelta *offset, const char *separator);
/* "tzinfo argument must be None or of a tzinfo subclass, not type 'int'". */
int datetime_check_tzinfo(MoltValue tzinfo);
/* Comparing and combining deltas; datetime_compare_result turns an order
 * (-1, 0, 1) into the bool of `op`. */
int datetime_delta_compare(const DateTimeDelta *a, const DateTimeDelta *b);
MoltValue datetime_compare_result(int order, MoltCompareOp op);
MoltValue datetime_delta_abs(MoltValue self);
MoltValue datetime_delta_add(const DateTimeDelta *a, const DateTimeDelta *b, int sign);
MoltValue datetime_delta_divmod(MoltValue a, MoltValue b);
/* Class attributes (timedelta.max, timezone.utc); MOLT_NOT_IMPLEMENTED for other names. */
MoltValue datetime_delta_constant(const char *name);
MoltValue datetime_timezone_constant(const char *name);
/* The type of the module's type objects (datetime.c), which serves those attributes. */
extern MoltType molt_type_datetime_meta;
/* datetime.IsoCalendarDate(year=, week=, weekday=) (datetime.c). */
MoltValue molt_iso_calendar_date_new(int year, int week, int weekday);
/* time.struct_time of nine ints, with tm_zone and tm_gmtoff (time.c). */
MoltValue molt_time_struct_time_new(const int fields[9]);
/* The classes made on first use, released at exit (datetime.c, time.c). */
void molt_datetime_release(void);
void molt_time_release(void);

/* ---- formatting (datetime_format.c) ---- */
/* The broken-down time strftime formats (struct tm's fields as CPython's
 * time.struct_time gives them). */
typedef struct DateTimeFields {
    int year, month, day, hour, minute, second;
    int weekday;       /* Monday is 0 */
    int yearday;       /* 1..366 */
    int microsecond;   /* %f */
    const char *zone;  /* %Z ("" when naive) */
    bool has_offset;   /* %z and %:z are empty without */
    bool python_directives;  /* the datetime types' %f and %:z (time.strftime leaves them as written) */
    DateTimeDelta offset;
} DateTimeFields;

/* strftime(format) with the C locale's names, as glibc formats each
 * directive, plus CPython's %f, %z, %:z and %Z. 0, or -1 with an exception. */
int datetime_strftime(MoltBuffer *out, MoltValue format, const DateTimeFields *fields);
/* datetime.strptime(string, format) as Lib/_strptime.py: a datetime of
 * `type` (datetime, or the date/time of that datetime). */
MoltValue datetime_strptime(MoltValue string, MoltValue format);
/* The ISO 8601 parsers of date/time/datetime.fromisoformat. */
MoltValue datetime_date_fromisoformat(MoltValue text);
MoltValue datetime_time_fromisoformat(MoltValue text);
MoltValue datetime_datetime_fromisoformat(MoltValue text);

#endif
