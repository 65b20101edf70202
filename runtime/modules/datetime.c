/* The datetime module: the calendar, date, time and datetime (timedelta and
 * timezone are in datetime_delta.c, strftime/strptime and the ISO parsers in
 * datetime_format.c), following CPython 3.12's _datetimemodule.c: the same
 * checks and messages, reprs, hashes (over the same bytes, or the UTC
 * timedelta of an aware value) and comparison rules. Reading the host's
 * clock (today, now, utcnow) needs the capability `time`, and so does
 * converting to or from the host's local time (fromtimestamp without a tz,
 * timestamp() or astimezone() of a naive datetime, astimezone() without a tz). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/capabilities.h"
#include "../core/args.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../platform/platform.h"
#include "collections_internal.h"
#include "datetime_internal.h"

enum { MAX_ORDINAL = 3652059, EPOCH_ORDINAL = 719163 };

/* ---- the calendar ---- */

bool datetime_is_leap(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int datetime_days_in_month(int year, int month) {
    static const int days[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && datetime_is_leap(year) ? 29 : days[month];
}

int datetime_days_before_month(int year, int month) {
    static const int before[] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return before[month] + (month > 2 && datetime_is_leap(year));
}

static int64_t days_before_year(int year) {
    int64_t y = year - 1;
    return y * 365 + y / 4 - y / 100 + y / 400;
}

int64_t datetime_ymd_to_ordinal(int year, int month, int day) {
    return days_before_year(year) + datetime_days_before_month(year, month) + day;
}

/* ord_to_ymd: the 400-, 100-, 4- and 1-year cycles, as CPython. */
void datetime_ordinal_to_ymd(int64_t ordinal, int *year, int *month, int *day) {
    int64_t n = ordinal - 1;
    int64_t n400 = n / 146097;
    n %= 146097;
    int64_t n100 = n / 36524;
    n %= 36524;
    int64_t n4 = n / 1461;
    n %= 1461;
    int64_t n1 = n / 365;
    n %= 365;
    *year = (int)(n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1);
    if (n1 == 4 || n100 == 4) {
        (*year)--;
        *month = 12;
        *day = 31;
        return;
    }
    int m = (int)((n + 50) >> 5);
    int preceding = datetime_days_before_month(*year, m);
    if (preceding > n) {
        m--;
        preceding = datetime_days_before_month(*year, m);
    }
    *month = m;
    *day = (int)(n - preceding + 1);
}

int datetime_weekday(int year, int month, int day) {
    return (int)((datetime_ymd_to_ordinal(year, month, day) + 6) % 7);
}

static int64_t iso_week1_monday(int year) {
    int64_t first_day = datetime_ymd_to_ordinal(year, 1, 1);
    int64_t first_weekday = (first_day + 6) % 7;
    int64_t monday = first_day - first_weekday;
    if (first_weekday > 3) monday += 7;
    return monday;
}

void datetime_iso_calendar(int year, int month, int day, int *iso_year, int *week, int *weekday) {
    int64_t today = datetime_ymd_to_ordinal(year, month, day);
    int64_t monday = iso_week1_monday(year);
    int64_t days = today - monday;
    int64_t w = days >= 0 ? days / 7 : -((-days + 6) / 7);
    int64_t d = days - w * 7;
    if (w < 0) {
        year--;
        monday = iso_week1_monday(year);
        days = today - monday;
        w = days / 7;
        d = days % 7;
    } else if (w >= 52 && today >= iso_week1_monday(year + 1)) {
        year++;
        w = 0;
    }
    *iso_year = year;
    *week = (int)w + 1;
    *weekday = (int)d + 1;
}

int datetime_iso_to_ymd(int iso_year, int week, int weekday, int *year, int *month, int *day) {
    if (iso_year < DATETIME_MINYEAR || iso_year > DATETIME_MAXYEAR) {
        molt_raise_format(&molt_type_ValueError, "Year is out of range: %d", iso_year);
        return -1;
    }
    if (week <= 0 || week >= 53) {
        /* Week 53 exists only when the year starts on a Thursday (or a
         * Wednesday in a leap year). */
        int first_weekday = (int)(datetime_ymd_to_ordinal(iso_year, 1, 1) % 7);
        if (!(week == 53 && (first_weekday == 4 || (first_weekday == 3 && datetime_is_leap(iso_year))))) {
            molt_raise_format(&molt_type_ValueError, "Invalid week: %d", week);
            return -1;
        }
    }
    if (weekday <= 0 || weekday >= 8) {
        molt_raise_format(&molt_type_ValueError, "Invalid day: %d (range is [1, 7])", weekday);
        return -1;
    }
    int64_t ordinal = iso_week1_monday(iso_year) + (int64_t)(week - 1) * 7 + weekday - 1;
    datetime_ordinal_to_ymd(ordinal, year, month, day);
    return 0;
}

int datetime_check_date(int year, int month, int day) {
    if (year < DATETIME_MINYEAR || year > DATETIME_MAXYEAR) {
        molt_raise_format(&molt_type_ValueError, "year %d is out of range", year);
        return -1;
    }
    if (month < 1 || month > 12) {
        molt_raise_format(&molt_type_ValueError, "month must be in 1..12");
        return -1;
    }
    if (day < 1 || day > datetime_days_in_month(year, month)) {
        molt_raise_format(&molt_type_ValueError, "day is out of range for month");
        return -1;
    }
    return 0;
}

int datetime_check_time(int hour, int minute, int second, int microsecond, int fold) {
    const char *message = NULL;
    if (hour < 0 || hour > 23) message = "hour must be in 0..23";
    else if (minute < 0 || minute > 59) message = "minute must be in 0..59";
    else if (second < 0 || second > 59) message = "second must be in 0..59";
    else if (microsecond < 0 || microsecond > 999999) message = "microsecond must be in 0..999999";
    else if (fold != 0 && fold != 1) message = "fold must be either 0 or 1";
    if (!message) return 0;
    molt_raise_format(&molt_type_ValueError, "%s", message);
    return -1;
}

/* An argument parsed as CPython's "i" format: __index__, then a C int. */
static int int_argument(MoltValue value, int *out) {
    if (molt_is_double(value)) {
        molt_raise_format(&molt_type_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    MoltValue index = molt_args_index(value);
    if (index == MOLT_ERROR) return -1;
    int64_t wide;
    bool fits = molt_int_to_i64(index, &wide);
    int sign = molt_int_compare(index, molt_from_small_int(0));
    molt_decref(index);
    if (!fits) {
        molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    if (wide > INT32_MAX || wide < INT32_MIN) {
        molt_raise_format(&molt_type_OverflowError, "signed integer is %s", sign > 0 ? "greater than maximum"
                                                                                   : "less than minimum");
        return -1;
    }
    *out = (int)wide;
    return 0;
}

/* Optional int arguments: missing ones keep *out. */
static int int_arguments(const MoltValue *values, int **out, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (values[i] != MOLT_ARG_MISSING && int_argument(values[i], out[i]) < 0) return -1;
    return 0;
}

/* ---- objects ---- */

static DateTimeDate *date_of(MoltValue v) { return (DateTimeDate *)molt_as_ptr(v); }
static DateTimeTime *time_of(MoltValue v) { return (DateTimeTime *)molt_as_ptr(v); }
static DateTimeDateTime *dt_of(MoltValue v) { return (DateTimeDateTime *)molt_as_ptr(v); }

MoltValue datetime_date_new(int year, int month, int day) {
    if (datetime_check_date(year, month, day) < 0) return MOLT_ERROR;
    DateTimeDate *date = molt_object_allocate(sizeof *date, &molt_type_datetime_date);
    date->year = year;
    date->month = month;
    date->day = day;
    return molt_from_ptr(date);
}

MoltValue datetime_time_new(int hour, int minute, int second, int microsecond, MoltValue tzinfo, int fold) {
    if (datetime_check_time(hour, minute, second, microsecond, fold) < 0 || datetime_check_tzinfo(tzinfo) < 0)
        return MOLT_ERROR;
    DateTimeTime *time = molt_object_allocate(sizeof *time, &molt_type_datetime_time);
    time->hour = hour;
    time->minute = minute;
    time->second = second;
    time->microsecond = microsecond;
    time->fold = fold;
    time->tzinfo = molt_new_reference(tzinfo);
    return molt_from_ptr(time);
}

MoltValue datetime_datetime_new(int year, int month, int day, int hour, int minute, int second, int microsecond,
                                MoltValue tzinfo, int fold) {
    if (datetime_check_date(year, month, day) < 0 || datetime_check_time(hour, minute, second, microsecond, fold) < 0 ||
        datetime_check_tzinfo(tzinfo) < 0)
        return MOLT_ERROR;
    DateTimeDateTime *dt = molt_object_allocate(sizeof *dt, &molt_type_datetime_datetime);
    dt->year = year;
    dt->month = month;
    dt->day = day;
    dt->hour = hour;
    dt->minute = minute;
    dt->second = second;
    dt->microsecond = microsecond;
    dt->fold = fold;
    dt->tzinfo = molt_new_reference(tzinfo);
    return molt_from_ptr(dt);
}

static void date_dealloc(MoltObject *object) { free(object); }

static void time_dealloc(MoltObject *object) {
    molt_decref(((DateTimeTime *)object)->tzinfo);
    free(object);
}

static void datetime_dealloc(MoltObject *object) {
    molt_decref(((DateTimeDateTime *)object)->tzinfo);
    free(object);
}

/* A datetime from an ordinal and a time of day that may overflow the day
 * (normalize_datetime): OverflowError "date value out of range". */
static MoltValue datetime_from_parts(int64_t ordinal, int64_t seconds, int64_t microseconds, MoltValue tzinfo) {
    int64_t carry;
    molt_i64_floordiv(microseconds, 1000000, &carry);
    microseconds -= carry * 1000000;
    seconds += carry;
    molt_i64_floordiv(seconds, 86400, &carry);
    seconds -= carry * 86400;
    ordinal += carry;
    if (ordinal < 1 || ordinal > MAX_ORDINAL)
        return molt_raise_format(&molt_type_OverflowError, "date value out of range");
    int year, month, day;
    datetime_ordinal_to_ymd(ordinal, &year, &month, &day);
    return datetime_datetime_new(year, month, day, (int)(seconds / 3600), (int)(seconds / 60 % 60), (int)(seconds % 60),
                                 (int)microseconds, tzinfo, 0);
}

static int64_t date_ordinal(MoltValue v) {
    const DateTimeDate *date = date_of(v);
    return datetime_ymd_to_ordinal(date->year, date->month, date->day);
}

static int64_t dt_seconds_of_day(const DateTimeDateTime *dt) { return dt->hour * 3600 + dt->minute * 60 + dt->second; }

/* The UTC offset of an aware datetime or time; false when naive. */
static bool value_offset(MoltValue tzinfo, DateTimeDelta *offset) { return datetime_tzinfo_offset(tzinfo, offset); }

static int64_t offset_microseconds(const DateTimeDelta *offset) {
    return ((int64_t)offset->days * 86400 + offset->seconds) * 1000000 + offset->microseconds;
}

/* ---- local time (the host's zone; needs the capability `time`) ---- */

static int require_local_time(const char *what) { return molt_capability_require(MOLT_CAP_TIME, what); }

/* The host's UTC offset in seconds at the UTC instant `seconds`. */
static int local_offset(int64_t seconds, int64_t *offset) {
    if (molt_platform_local_offset(seconds, offset, NULL, 0, NULL) != 0) {
        molt_raise_format(&molt_type_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    return 0;
}

/* local_to_seconds: the UTC instant whose local time is t (seconds since
 * 0001-01-01 counted as if local time were UTC), as CPython solves it. */
static int local_to_utc(int64_t t, int fold, int64_t *out) {
    int64_t a, b, lt;
    if (local_offset(t, &a) < 0) return -1;
    int64_t u1 = t - a;
    if (local_offset(u1, &lt) < 0) return -1;
    int64_t t1 = u1 + lt;
    if (t1 == t) {
        int64_t u2 = fold ? u1 + 86400 : u1 - 86400;
        if (local_offset(u2, &b) < 0) return -1;
        if (a == b) {
            *out = u1;
            return 0;
        }
    } else {
        b = t1 - u1;
    }
    int64_t u2 = t - b;
    if (local_offset(u2, &lt) < 0) return -1;
    if (u2 + lt == t) *out = u2;
    else if (t1 == t) *out = u1;
    else *out = fold ? (u1 < u2 ? u1 : u2) : (u1 > u2 ? u1 : u2);
    return 0;
}

/* Seconds since the epoch of the datetime's fields read as UTC. */
static int64_t dt_epoch_seconds(const DateTimeDateTime *dt) {
    return (datetime_ymd_to_ordinal(dt->year, dt->month, dt->day) - EPOCH_ORDINAL) * 86400 + dt_seconds_of_day(dt);
}

/* A timezone of the host's offset (and zone name) at the UTC instant. */
static MoltValue local_timezone(int64_t utc_seconds) {
    int64_t offset;
    char name[64];
    if (molt_platform_local_offset(utc_seconds, &offset, name, sizeof name, NULL) != 0)
        return molt_raise_format(&molt_type_OverflowError, "timestamp out of range for platform time_t");
    MoltValue text = molt_str_from_utf8(name, strlen(name));
    DateTimeDelta delta = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_timedelta}, 0, 0, 0};
    int64_t days;
    molt_i64_floordiv(offset, 86400, &days);
    delta.days = (int32_t)days;
    delta.seconds = (int32_t)(offset - days * 86400);
    MoltValue zone = datetime_timezone_new(delta, text);
    molt_decref(text);
    return zone;
}

/* ---- timestamps ---- */

int datetime_timestamp_argument(MoltValue value, bool floor_seconds, int64_t *seconds, int64_t *microseconds) {
    *microseconds = 0;
    if (molt_is_double(value)) {
        double d = molt_as_double(value);
        if (isnan(d)) {
            molt_raise_format(&molt_type_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double integral = floor(d), rounded = 0.0;
        if (!floor_seconds) {
            double fraction = modf(d, &integral) * 1e6;
            rounded = round(fraction);
            if (fabs(fraction - rounded) == 0.5) rounded = 2.0 * round(fraction / 2.0);
            if (rounded >= 1e6) {
                rounded -= 1e6;
                integral += 1.0;
            } else if (rounded < 0) {
                rounded += 1e6;
                integral -= 1.0;
            }
        }
        if (!(integral >= -9.2e18 && integral <= 9.2e18)) {
            molt_raise_format(&molt_type_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *seconds = (int64_t)integral;
        *microseconds = (int64_t)rounded;
        return 0;
    }
    MoltValue index = molt_args_index(value);
    if (index == MOLT_ERROR) return -1;
    bool fits = molt_int_to_i64(index, seconds);
    molt_decref(index);
    if (!fits) {
        molt_raise_format(&molt_type_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    return 0;
}

/* The UTC datetime of a timestamp (with `tzinfo`, unchanged fields). */
static MoltValue datetime_from_epoch(int64_t seconds, int64_t microseconds, MoltValue tzinfo) {
    int64_t days;
    molt_i64_floordiv(seconds, 86400, &days);
    if (days > MAX_ORDINAL || days + EPOCH_ORDINAL < 1) {
        int year = days > 0 ? (int)(days / 365) + 1970 : 0;
        return molt_raise_format(&molt_type_ValueError, "year %d is out of range", year);
    }
    return datetime_from_parts(days + EPOCH_ORDINAL, seconds - days * 86400, microseconds, tzinfo);
}

/* datetime.fromtimestamp(t, tz) and utcfromtimestamp(t). */
static MoltValue datetime_fromtimestamp(MoltValue timestamp, MoltValue tz, bool utc) {
    if (tz != MOLT_NONE && datetime_check_tzinfo(tz) < 0) return MOLT_ERROR;
    int64_t seconds, microseconds;
    if (datetime_timestamp_argument(timestamp, false, &seconds, &microseconds) < 0) return MOLT_ERROR;
    if (utc) return datetime_from_epoch(seconds, microseconds, MOLT_NONE);
    if (tz != MOLT_NONE) {
        DateTimeDelta offset;
        datetime_tzinfo_offset(tz, &offset);
        int64_t shift = offset_microseconds(&offset);
        int64_t carry;
        microseconds += shift % 1000000;
        molt_i64_floordiv(microseconds, 1000000, &carry);
        return datetime_from_epoch(seconds + shift / 1000000 + carry, microseconds - carry * 1000000, tz);
    }
    if (require_local_time("datetime.fromtimestamp() without a tz (the host's local time)") < 0) return MOLT_ERROR;
    int64_t offset;
    if (local_offset(seconds, &offset) < 0) return MOLT_ERROR;
    return datetime_from_epoch(seconds + offset, microseconds, MOLT_NONE);
}

/* The host's clock as (seconds, microseconds) since the epoch. */
static int clock_now(const char *what, int64_t *seconds, int64_t *microseconds) {
    if (molt_capability_require(MOLT_CAP_TIME, what) < 0) return -1;
    int64_t now;
    if (molt_platform_clock_ns(MOLT_CLOCK_REALTIME, &now) != 0) {
        molt_raise_format(&molt_type_OSError, "the host has no clock");
        return -1;
    }
    /* _PyTime_AsTimevalTime_t with ROUND_HALF_EVEN from nanoseconds. */
    int64_t whole_us;
    molt_i64_floordiv(now, 1000, &whole_us);
    int64_t rest = now - whole_us * 1000;
    if (rest > 500 || (rest == 500 && (whole_us & 1))) whole_us++;
    molt_i64_floordiv(whole_us, 1000000, seconds);
    *microseconds = whole_us - *seconds * 1000000;
    return 0;
}

/* ---- shared formatting ---- */

static void append_time_of_day(MoltBuffer *out, int hour, int minute, int second, int microsecond, const char *timespec) {
    char text[32];
    int used;
    if (strcmp(timespec, "hours") == 0) used = snprintf(text, sizeof text, "%02d", hour);
    else if (strcmp(timespec, "minutes") == 0) used = snprintf(text, sizeof text, "%02d:%02d", hour, minute);
    else if (strcmp(timespec, "seconds") == 0 || (strcmp(timespec, "auto") == 0 && microsecond == 0))
        used = snprintf(text, sizeof text, "%02d:%02d:%02d", hour, minute, second);
    else if (strcmp(timespec, "milliseconds") == 0)
        used = snprintf(text, sizeof text, "%02d:%02d:%02d.%03d", hour, minute, second, microsecond / 1000);
    else used = snprintf(text, sizeof text, "%02d:%02d:%02d.%06d", hour, minute, second, microsecond);
    molt_buffer_append(out, text, (size_t)used);
}

static bool known_timespec(const char *timespec) {
    static const char *const specs[] = {"auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", NULL};
    for (int i = 0; specs[i]; i++)
        if (strcmp(specs[i], timespec) == 0) return true;
    return false;
}

static void append_offset_of(MoltBuffer *out, MoltValue tzinfo, const char *separator) {
    DateTimeDelta offset;
    if (value_offset(tzinfo, &offset)) datetime_format_offset(out, &offset, separator);
}

static void append_date(MoltBuffer *out, int year, int month, int day) {
    char text[24];
    int used = snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    molt_buffer_append(out, text, (size_t)used);
}

/* repr of the fields after "datetime.time(" / "datetime.datetime(2020, 1, 1, ":
 * the seconds and microseconds only when not 0, then tzinfo and fold. */
static int append_repr_tail(MoltBuffer *out, int hour, int minute, int second, int microsecond, MoltValue tzinfo, int fold) {
    char text[64];
    int used;
    if (microsecond) used = snprintf(text, sizeof text, "%d, %d, %d, %d", hour, minute, second, microsecond);
    else if (second) used = snprintf(text, sizeof text, "%d, %d, %d", hour, minute, second);
    else used = snprintf(text, sizeof text, "%d, %d", hour, minute);
    molt_buffer_append(out, text, (size_t)used);
    if (tzinfo != MOLT_NONE) {
        molt_buffer_append_cstr(out, ", tzinfo=");
        if (molt_buffer_append_repr(out, tzinfo) < 0) return -1;
    }
    if (fold) molt_buffer_append_cstr(out, ", fold=1");
    molt_buffer_append_cstr(out, ")");
    return 0;
}

static MoltValue finish_or_fail(MoltBuffer *out, int status) {
    if (status < 0) {
        molt_buffer_free(out);
        return MOLT_ERROR;
    }
    return molt_buffer_finish(out);
}

static const char *const weekday_abbreviations[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *const month_abbreviations[] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static MoltValue ctime_of(int year, int month, int day, int hour, int minute, int second) {
    char text[64];
    int used = snprintf(text, sizeof text, "%s %s %2d %02d:%02d:%02d %04d",
                        weekday_abbreviations[datetime_weekday(year, month, day)], month_abbreviations[month], day, hour,
                        minute, second, year);
    return molt_str_from_utf8(text, (size_t)used);
}

/* strftime over a date (no time of day), a time (the date 1900-01-01) or a datetime. */
static MoltValue strftime_of(MoltValue self, MoltValue format) {
    if (molt_type_of(format) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "strftime() argument 1 must be str, not %s",
                                 molt_type_of(format)->name);
    DateTimeFields fields = {.year = 1900, .month = 1, .day = 1, .zone = "", .python_directives = true};
    MoltValue tzinfo = MOLT_NONE;
    if (datetime_is_time(self)) {
        const DateTimeTime *time = time_of(self);
        fields.hour = time->hour, fields.minute = time->minute, fields.second = time->second;
        fields.microsecond = time->microsecond;
        tzinfo = time->tzinfo;
    } else {
        const DateTimeDate *date = date_of(self);
        fields.year = date->year, fields.month = date->month, fields.day = date->day;
        if (datetime_is_datetime(self)) {
            const DateTimeDateTime *dt = dt_of(self);
            fields.hour = dt->hour, fields.minute = dt->minute, fields.second = dt->second;
            fields.microsecond = dt->microsecond;
            tzinfo = dt->tzinfo;
        }
    }
    fields.weekday = datetime_weekday(fields.year, fields.month, fields.day);
    fields.yearday = datetime_days_before_month(fields.year, fields.month) + fields.day;
    MoltValue zone_name = MOLT_NONE;
    if (tzinfo != MOLT_NONE) {
        fields.has_offset = datetime_tzinfo_offset(tzinfo, &fields.offset);
        zone_name = datetime_tzinfo_tzname(tzinfo);
        size_t length;
        fields.zone = molt_str_utf8(zone_name, &length);
    }
    MoltBuffer out;
    molt_buffer_init(&out);
    int status = datetime_strftime(&out, format, &fields);
    molt_decref(zone_name);
    return finish_or_fail(&out, status);
}

/* __format__(spec): str(self) for an empty spec, else strftime(spec). */
static MoltValue format_of(MoltValue self, MoltValue spec) {
    if (molt_type_of(spec) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "__format__() argument 1 must be str, not %s",
                                 molt_type_of(spec)->name);
    if (molt_str_length(spec) == 0) return molt_str(self);
    return strftime_of(self, spec);
}

/* strftime(format) and __format__(spec), shared by the three types;
 * MOLT_NOT_IMPLEMENTED for other names. */
static MoltValue format_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (strcmp(name, "strftime") == 0) {
        static const char *const names[] = {"format", NULL};
        static const MoltArgSpec spec = {"strftime", 1, 1, names, 1};
        MoltValue format;
        if (molt_args_parse(&spec, args, nargs, kwnames, &format) < 0) return MOLT_ERROR;
        return strftime_of(self, format);
    }
    if (strcmp(name, "__format__") == 0) {
        if (molt_args_no_keywords("__format__", kwnames) < 0 || molt_args_check_count("__format__", nargs, 1, 1) < 0)
            return MOLT_ERROR;
        return format_of(self, args[0]);
    }
    return MOLT_NOT_IMPLEMENTED;
}

/* time.struct_time for timetuple(). */
static MoltValue time_tuple(int year, int month, int day, int hour, int minute, int second, int dst) {
    int fields[9] = {year, month, day, hour, minute, second, datetime_weekday(year, month, day),
                     datetime_days_before_month(year, month) + day, dst};
    return molt_time_struct_time_new(fields);
}

/* ---- date ---- */

static MoltValue date_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    static const char *const names[] = {"year", "month", "day", NULL};
    static const MoltArgSpec spec = {"function", 3, 3, names, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    int year, month, day;
    int *out[] = {&year, &month, &day};
    if (int_arguments(parsed, out, 3) < 0) return MOLT_ERROR;
    return datetime_date_new(year, month, day);
}

static MoltValue date_repr(MoltValue self) {
    const DateTimeDate *date = date_of(self);
    char text[64];
    int used = snprintf(text, sizeof text, "datetime.date(%d, %d, %d)", date->year, date->month, date->day);
    return molt_str_from_utf8(text, (size_t)used);
}

static MoltValue date_str(MoltValue self) {
    const DateTimeDate *date = date_of(self);
    MoltBuffer out;
    molt_buffer_init(&out);
    append_date(&out, date->year, date->month, date->day);
    return molt_buffer_finish(&out);
}

static int64_t date_hash(MoltValue self) {
    const DateTimeDate *date = date_of(self);
    unsigned char data[4] = {(unsigned char)(date->year >> 8), (unsigned char)date->year, (unsigned char)date->month,
                             (unsigned char)date->day};
    return molt_str_hash_data(data, sizeof data);
}

static int compare_ints(int64_t a, int64_t b) { return a < b ? -1 : a > b; }

static int compare_dates(const DateTimeDate *a, const DateTimeDate *b) {
    int order = compare_ints(a->year, b->year);
    if (!order) order = compare_ints(a->month, b->month);
    if (!order) order = compare_ints(a->day, b->day);
    return order;
}

static MoltValue cannot_compare(MoltValue a, MoltValue b) {
    return molt_raise_format(&molt_type_TypeError, "can't compare %s to %s", molt_type_of(a)->name,
                             molt_type_of(b)->name);
}

static MoltValue datetime_richcompare(MoltValue a, MoltValue b, MoltCompareOp op);

static MoltValue date_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (datetime_is_datetime(a) || datetime_is_datetime(b)) return datetime_richcompare(a, b, op);
    if (!datetime_is_date(a) || !datetime_is_date(b)) return MOLT_NOT_IMPLEMENTED;
    return datetime_compare_result(compare_dates(date_of(a), date_of(b)), op);
}

/* date + timedelta: only the days count. */
static MoltValue date_add_days(MoltValue date, int64_t days) {
    int64_t ordinal = date_ordinal(date) + days;
    if (ordinal < 1 || ordinal > MAX_ORDINAL) return molt_raise_format(&molt_type_OverflowError, "date value out of range");
    int year, month, day;
    datetime_ordinal_to_ymd(ordinal, &year, &month, &day);
    return datetime_date_new(year, month, day);
}

static MoltValue datetime_add_delta(MoltValue dt, const DateTimeDelta *delta, int sign);
static MoltValue datetime_subtract(MoltValue a, MoltValue b);

/* One slot for date and datetime, dispatching as CPython's two slots do
 * (datetime's first, then date's for what it leaves). */
static MoltValue date_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op == MOLT_OP_ADD) {
        MoltValue date = datetime_is_date(a) ? a : b, other = date == a ? b : a;
        if (!datetime_is_date(date) || !datetime_is_delta(other)) return MOLT_NOT_IMPLEMENTED;
        const DateTimeDelta *delta = (const DateTimeDelta *)molt_as_ptr(other);
        if (datetime_is_datetime(date)) return datetime_add_delta(date, delta, 1);
        return date_add_days(date, delta->days);
    }
    if (op != MOLT_OP_SUB) return MOLT_NOT_IMPLEMENTED;
    if (datetime_is_datetime(a)) {
        if (datetime_is_datetime(b)) return datetime_subtract(a, b);
        if (datetime_is_delta(b)) return datetime_add_delta(a, (const DateTimeDelta *)molt_as_ptr(b), -1);
    }
    /* A date and a datetime do not subtract either way. */
    if (!datetime_is_date(a) || datetime_is_datetime(a) || datetime_is_datetime(b)) return MOLT_NOT_IMPLEMENTED;
    if (datetime_is_date(b)) return datetime_delta_new(date_ordinal(a) - date_ordinal(b), 0, 0);
    if (datetime_is_delta(b) && !datetime_is_datetime(a))
        return date_add_days(a, -(int64_t)((const DateTimeDelta *)molt_as_ptr(b))->days);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue date_getattr(MoltValue self, const char *name) {
    const DateTimeDate *date = date_of(self);
    if (strcmp(name, "year") == 0) return molt_from_small_int(date->year);
    if (strcmp(name, "month") == 0) return molt_from_small_int(date->month);
    if (strcmp(name, "day") == 0) return molt_from_small_int(date->day);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue iso_calendar_class = MOLT_UNBOUND;

MoltValue molt_iso_calendar_date_new(int year, int week, int weekday) {
    MoltValue items[3] = {molt_from_small_int(year), molt_from_small_int(week), molt_from_small_int(weekday)};
    return molt_struct_sequence_new(&iso_calendar_class, "datetime.IsoCalendarDate", "year week weekday", false, items, 3);
}

void molt_datetime_release(void) {
    if (iso_calendar_class != MOLT_UNBOUND) molt_decref(iso_calendar_class);
    iso_calendar_class = MOLT_UNBOUND;
}

static MoltValue iso_calendar_value(const DateTimeDate *date) {
    int year, week, weekday;
    datetime_iso_calendar(date->year, date->month, date->day, &year, &week, &weekday);
    return molt_iso_calendar_date_new(year, week, weekday);
}

/* Methods of date that datetime shares; MOLT_NOT_IMPLEMENTED for others. */
static MoltValue date_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
                             const char *type_name) {
    const DateTimeDate *date = date_of(self);
    if (strcmp(name, "toordinal") == 0 || strcmp(name, "weekday") == 0 || strcmp(name, "isoweekday") == 0 ||
        strcmp(name, "isocalendar") == 0) {
        if (molt_args_none(type_name, name, nargs, kwnames) < 0) return MOLT_ERROR;
        int64_t ordinal = date_ordinal(self);
        if (name[0] == 't') return molt_int_from_i64(ordinal);
        if (name[0] == 'w') return molt_from_small_int((ordinal + 6) % 7);
        if (name[3] == 'w') return molt_from_small_int((ordinal + 6) % 7 + 1);
        return iso_calendar_value(date);
    }
    MoltValue formatted = format_method(self, name, args, nargs, kwnames);
    if (formatted != MOLT_NOT_IMPLEMENTED) return formatted;
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue date_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    MoltValue result = date_method(self, name, args, nargs, kwnames, "date");
    if (result != MOLT_NOT_IMPLEMENTED) return result;
    const DateTimeDate *date = date_of(self);
    if (strcmp(name, "isoformat") == 0 || strcmp(name, "ctime") == 0 || strcmp(name, "timetuple") == 0) {
        if (molt_args_none("date", name, nargs, kwnames) < 0) return MOLT_ERROR;
        if (name[0] == 'i') return date_str(self);
        if (name[0] == 'c') return ctime_of(date->year, date->month, date->day, 0, 0, 0);
        return time_tuple(date->year, date->month, date->day, 0, 0, 0, -1);
    }
    if (strcmp(name, "replace") == 0) {
        static const char *const names[] = {"year", "month", "day", NULL};
        static const MoltArgSpec spec = {"replace", 0, 3, names, 3};
        MoltValue parsed[3];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        int year = date->year, month = date->month, day = date->day;
        int *out[] = {&year, &month, &day};
        if (int_arguments(parsed, out, 3) < 0) return MOLT_ERROR;
        return datetime_date_new(year, month, day);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue date_from_ordinal_argument(MoltValue value) {
    int ordinal;
    if (int_argument(value, &ordinal) < 0) return MOLT_ERROR;
    if (ordinal < 1) return molt_raise_format(&molt_type_ValueError, "ordinal must be >= 1");
    int year, month, day;
    datetime_ordinal_to_ymd(ordinal, &year, &month, &day);
    return datetime_date_new(year, month, day);
}

/* date.fromisocalendar(year, week, day) and datetime's. */
static int iso_calendar_arguments(const MoltValue *args, size_t nargs, MoltValue kwnames, int *year, int *month,
                                  int *day) {
    static const char *const names[] = {"year", "week", "day", NULL};
    static const MoltArgSpec spec = {"fromisocalendar", 3, 3, names, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return -1;
    int iso_year, week, weekday;
    int *out[] = {&iso_year, &week, &weekday};
    if (int_arguments(parsed, out, 3) < 0) return -1;
    return datetime_iso_to_ymd(iso_year, week, weekday, year, month, day);
}

static MoltValue date_class_method(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    (void)owner;
    if (strcmp(name, "today") == 0) {
        if (molt_args_none("date", name, nargs, kwnames) < 0) return MOLT_ERROR;
        int64_t seconds, microseconds, offset;
        if (clock_now("datetime.date.today()", &seconds, &microseconds) < 0) return MOLT_ERROR;
        if (local_offset(seconds, &offset) < 0) return MOLT_ERROR;
        MoltValue dt = datetime_from_epoch(seconds + offset, 0, MOLT_NONE);
        if (dt == MOLT_ERROR) return MOLT_ERROR;
        MoltValue date = datetime_date_new(dt_of(dt)->year, dt_of(dt)->month, dt_of(dt)->day);
        molt_decref(dt);
        return date;
    }
    if (strcmp(name, "fromtimestamp") == 0) {
        if (molt_args_exactly_one("date.fromtimestamp", nargs, kwnames) < 0) return MOLT_ERROR;
        MoltValue dt = datetime_fromtimestamp(args[0], MOLT_NONE, false);
        if (dt == MOLT_ERROR) return MOLT_ERROR;
        MoltValue date = datetime_date_new(dt_of(dt)->year, dt_of(dt)->month, dt_of(dt)->day);
        molt_decref(dt);
        return date;
    }
    if (strcmp(name, "fromordinal") == 0) {
        if (molt_args_exactly_one("date.fromordinal", nargs, kwnames) < 0) return MOLT_ERROR;
        return date_from_ordinal_argument(args[0]);
    }
    if (strcmp(name, "fromisoformat") == 0) {
        if (molt_args_exactly_one("date.fromisoformat", nargs, kwnames) < 0) return MOLT_ERROR;
        return datetime_date_fromisoformat(args[0]);
    }
    if (strcmp(name, "fromisocalendar") == 0) {
        int year, month, day;
        if (iso_calendar_arguments(args, nargs, kwnames, &year, &month, &day) < 0) return MOLT_ERROR;
        return datetime_date_new(year, month, day);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const date_method_names[] = {"toordinal", "weekday", "isoweekday", "isocalendar", "isoformat",
                                                "ctime", "strftime", "replace", "timetuple", "__format__", NULL};

MoltType molt_type_datetime_date = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_meta},
    .name = "datetime.date",
    .module_name = "datetime",
    .base = &molt_type_object,
    .dealloc = date_dealloc,
    .repr = date_repr,
    .str = date_str,
    .hash = date_hash,
    .binary_op = date_binary_op,
    .richcompare = date_richcompare,
    .call = date_call,
    .call_method = date_call_method,
    .getattr = date_getattr,
    .format = format_of,
    .method_names = date_method_names,
    .class_method = date_class_method,
};

/* ---- time ---- */

static MoltValue time_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    static const char *const names[] = {"hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL};
    static const MoltArgSpec spec = {"function", 0, 5, names, 6};
    MoltValue parsed[6];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    int hour = 0, minute = 0, second = 0, microsecond = 0, fold = 0;
    int *out[] = {&hour, &minute, &second, &microsecond};
    if (int_arguments(parsed, out, 4) < 0) return MOLT_ERROR;
    if (parsed[5] != MOLT_ARG_MISSING && int_argument(parsed[5], &fold) < 0) return MOLT_ERROR;
    return datetime_time_new(hour, minute, second, microsecond, parsed[4] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[4],
                             fold);
}

static MoltValue time_repr(MoltValue self) {
    const DateTimeTime *time = time_of(self);
    MoltBuffer out;
    molt_buffer_init(&out);
    molt_buffer_append_cstr(&out, "datetime.time(");
    int status = append_repr_tail(&out, time->hour, time->minute, time->second, time->microsecond, time->tzinfo, time->fold);
    return finish_or_fail(&out, status);
}

static MoltValue time_isoformat(MoltValue self, const char *timespec) {
    const DateTimeTime *time = time_of(self);
    MoltBuffer out;
    molt_buffer_init(&out);
    append_time_of_day(&out, time->hour, time->minute, time->second, time->microsecond, timespec);
    append_offset_of(&out, time->tzinfo, ":");
    return molt_buffer_finish(&out);
}

static MoltValue time_str(MoltValue self) { return time_isoformat(self, "auto"); }

/* A timedelta's hash for an aware value's UTC moment. */
static int64_t utc_delta_hash(int64_t days, int64_t seconds, int64_t microseconds, const DateTimeDelta *offset) {
    MoltValue delta = datetime_delta_new(days - offset->days, seconds - offset->seconds, microseconds - offset->microseconds);
    if (delta == MOLT_ERROR) return -1;
    int64_t hash = molt_hash(delta);
    molt_decref(delta);
    return hash;
}

static int64_t time_hash(MoltValue self) {
    const DateTimeTime *time = time_of(self);
    DateTimeDelta offset;
    if (value_offset(time->tzinfo, &offset))
        return utc_delta_hash(0, time->hour * 3600 + time->minute * 60 + time->second, time->microsecond, &offset);
    unsigned char data[6] = {(unsigned char)time->hour, (unsigned char)time->minute, (unsigned char)time->second,
                             (unsigned char)(time->microsecond >> 16), (unsigned char)(time->microsecond >> 8),
                             (unsigned char)time->microsecond};
    return molt_str_hash_data(data, sizeof data);
}

static int compare_time_fields(const DateTimeTime *a, const DateTimeTime *b) {
    int order = compare_ints(a->hour, b->hour);
    if (!order) order = compare_ints(a->minute, b->minute);
    if (!order) order = compare_ints(a->second, b->second);
    if (!order) order = compare_ints(a->microsecond, b->microsecond);
    return order;
}

static MoltValue time_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!datetime_is_time(a) || !datetime_is_time(b)) return MOLT_NOT_IMPLEMENTED;
    const DateTimeTime *x = time_of(a), *y = time_of(b);
    DateTimeDelta offset_x, offset_y;
    bool aware_x = value_offset(x->tzinfo, &offset_x), aware_y = value_offset(y->tzinfo, &offset_y);
    if (x->tzinfo == y->tzinfo || (!aware_x && !aware_y) ||
        (aware_x && aware_y && datetime_delta_compare(&offset_x, &offset_y) == 0))
        return datetime_compare_result(compare_time_fields(x, y), op);
    if (aware_x && aware_y) {
        int64_t seconds_x = x->hour * 3600 + x->minute * 60 + x->second - offset_x.days * 86400 - offset_x.seconds;
        int64_t seconds_y = y->hour * 3600 + y->minute * 60 + y->second - offset_y.days * 86400 - offset_y.seconds;
        int order = compare_ints(seconds_x, seconds_y);
        if (!order) order = compare_ints(x->microsecond, y->microsecond);
        return datetime_compare_result(order, op);
    }
    if (op == MOLT_CMP_EQ) return MOLT_FALSE;
    if (op == MOLT_CMP_NE) return MOLT_TRUE;
    return molt_raise_format(&molt_type_TypeError, "can't compare offset-naive and offset-aware times");
}

static MoltValue time_getattr(MoltValue self, const char *name) {
    const DateTimeTime *time = time_of(self);
    if (strcmp(name, "hour") == 0) return molt_from_small_int(time->hour);
    if (strcmp(name, "minute") == 0) return molt_from_small_int(time->minute);
    if (strcmp(name, "second") == 0) return molt_from_small_int(time->second);
    if (strcmp(name, "microsecond") == 0) return molt_from_small_int(time->microsecond);
    if (strcmp(name, "fold") == 0) return molt_from_small_int(time->fold);
    if (strcmp(name, "tzinfo") == 0) return molt_new_reference(time->tzinfo);
    return MOLT_NOT_IMPLEMENTED;
}

/* utcoffset(), dst(), tzname() of a time or datetime. */
static MoltValue zone_method(MoltValue tzinfo, const char *type_name, const char *name, size_t nargs, MoltValue kwnames) {
    if (molt_args_none(type_name, name, nargs, kwnames) < 0) return MOLT_ERROR;
    if (name[0] == 'u') return datetime_tzinfo_utcoffset(tzinfo);
    if (name[0] == 'd') return MOLT_NONE;
    return datetime_tzinfo_tzname(tzinfo);
}

static bool is_zone_method(const char *name) {
    return strcmp(name, "utcoffset") == 0 || strcmp(name, "dst") == 0 || strcmp(name, "tzname") == 0;
}

/* isoformat's timespec argument. */
static int timespec_argument(MoltValue value, const char **out) {
    if (value == MOLT_ARG_MISSING) return 0;
    if (molt_type_of(value) != &molt_type_str) {
        molt_raise_format(&molt_type_TypeError, "isoformat() argument %s must be str, not %s", "timespec",
                          molt_type_of(value)->name);
        return -1;
    }
    size_t length;
    *out = molt_str_utf8(value, &length);
    if (!known_timespec(*out)) {
        molt_raise_format(&molt_type_ValueError, "Unknown timespec value");
        return -1;
    }
    return 0;
}

static MoltValue time_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    const DateTimeTime *time = time_of(self);
    if (strcmp(name, "isoformat") == 0) {
        static const char *const names[] = {"timespec", NULL};
        static const MoltArgSpec spec = {"isoformat", 0, 1, names, 1};
        MoltValue parsed;
        if (molt_args_parse(&spec, args, nargs, kwnames, &parsed) < 0) return MOLT_ERROR;
        const char *timespec = "auto";
        if (timespec_argument(parsed, &timespec) < 0) return MOLT_ERROR;
        return time_isoformat(self, timespec);
    }
    if (is_zone_method(name)) return zone_method(time->tzinfo, "time", name, nargs, kwnames);
    MoltValue formatted = format_method(self, name, args, nargs, kwnames);
    if (formatted != MOLT_NOT_IMPLEMENTED) return formatted;
    if (strcmp(name, "replace") == 0) {
        static const char *const names[] = {"hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL};
        static const MoltArgSpec spec = {"replace", 0, 5, names, 6};
        MoltValue parsed[6];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        int hour = time->hour, minute = time->minute, second = time->second, microsecond = time->microsecond;
        int fold = time->fold;
        int *out[] = {&hour, &minute, &second, &microsecond};
        if (int_arguments(parsed, out, 4) < 0) return MOLT_ERROR;
        if (parsed[5] != MOLT_ARG_MISSING && int_argument(parsed[5], &fold) < 0) return MOLT_ERROR;
        return datetime_time_new(hour, minute, second, microsecond,
                                 parsed[4] == MOLT_ARG_MISSING ? time->tzinfo : parsed[4], fold);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue time_class_method(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    (void)owner;
    if (strcmp(name, "fromisoformat") == 0) {
        if (molt_args_exactly_one("time.fromisoformat", nargs, kwnames) < 0) return MOLT_ERROR;
        return datetime_time_fromisoformat(args[0]);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const time_method_names[] = {"isoformat", "utcoffset", "dst", "tzname", "strftime", "replace",
                                                "__format__", NULL};

MoltType molt_type_datetime_time = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_meta},
    .name = "datetime.time",
    .module_name = "datetime",
    .base = &molt_type_object,
    .dealloc = time_dealloc,
    .repr = time_repr,
    .str = time_str,
    .hash = time_hash,
    .richcompare = time_richcompare,
    .call = time_call,
    .call_method = time_call_method,
    .getattr = time_getattr,
    .format = format_of,
    .method_names = time_method_names,
    .class_method = time_class_method,
};

/* ---- datetime ---- */

static const char *const datetime_names[] = {"year", "month", "day", "hour", "minute", "second", "microsecond",
                                             "tzinfo", "fold", NULL};

/* The fields of datetime(...) or replace(...): missing ones keep fields[]. */
static int datetime_arguments(const char *name, size_t min, const MoltValue *args, size_t nargs, MoltValue kwnames,
                              int fields[8], MoltValue *tzinfo) {
    const MoltArgSpec spec = {name, min, 8, datetime_names, 9};
    MoltValue parsed[9];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return -1;
    int *out[8] = {&fields[0], &fields[1], &fields[2], &fields[3], &fields[4], &fields[5], &fields[6], &fields[7]};
    MoltValue values[8] = {parsed[0], parsed[1], parsed[2], parsed[3], parsed[4], parsed[5], parsed[6], parsed[8]};
    if (int_arguments(values, out, 8) < 0) return -1;
    if (parsed[7] != MOLT_ARG_MISSING) *tzinfo = parsed[7];
    return 0;
}

static MoltValue datetime_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    int fields[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    MoltValue tzinfo = MOLT_NONE;
    if (datetime_arguments("function", 3, args, nargs, kwnames, fields, &tzinfo) < 0) return MOLT_ERROR;
    return datetime_datetime_new(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], tzinfo,
                                 fields[7]);
}

static MoltValue datetime_repr(MoltValue self) {
    const DateTimeDateTime *dt = dt_of(self);
    MoltBuffer out;
    molt_buffer_init(&out);
    char text[64];
    int used = snprintf(text, sizeof text, "datetime.datetime(%d, %d, %d, ", dt->year, dt->month, dt->day);
    molt_buffer_append(&out, text, (size_t)used);
    int status = append_repr_tail(&out, dt->hour, dt->minute, dt->second, dt->microsecond, dt->tzinfo, dt->fold);
    return finish_or_fail(&out, status);
}

static MoltValue datetime_isoformat(MoltValue self, const char *separator, size_t separator_length, const char *timespec) {
    const DateTimeDateTime *dt = dt_of(self);
    MoltBuffer out;
    molt_buffer_init(&out);
    append_date(&out, dt->year, dt->month, dt->day);
    molt_buffer_append(&out, separator, separator_length);
    append_time_of_day(&out, dt->hour, dt->minute, dt->second, dt->microsecond, timespec);
    append_offset_of(&out, dt->tzinfo, ":");
    return molt_buffer_finish(&out);
}

static MoltValue datetime_str(MoltValue self) { return datetime_isoformat(self, " ", 1, "auto"); }

static int64_t datetime_hash(MoltValue self) {
    const DateTimeDateTime *dt = dt_of(self);
    DateTimeDelta offset;
    if (value_offset(dt->tzinfo, &offset))
        return utc_delta_hash(datetime_ymd_to_ordinal(dt->year, dt->month, dt->day), dt_seconds_of_day(dt),
                              dt->microsecond, &offset);
    unsigned char data[10] = {(unsigned char)(dt->year >> 8), (unsigned char)dt->year, (unsigned char)dt->month,
                              (unsigned char)dt->day, (unsigned char)dt->hour, (unsigned char)dt->minute,
                              (unsigned char)dt->second, (unsigned char)(dt->microsecond >> 16),
                              (unsigned char)(dt->microsecond >> 8), (unsigned char)dt->microsecond};
    return molt_str_hash_data(data, sizeof data);
}

static int compare_datetime_fields(const DateTimeDateTime *a, const DateTimeDateTime *b) {
    int order = compare_dates((const DateTimeDate *)a, (const DateTimeDate *)b);
    if (!order) order = compare_ints(dt_seconds_of_day(a), dt_seconds_of_day(b));
    if (!order) order = compare_ints(a->microsecond, b->microsecond);
    return order;
}

/* The UTC moment of an aware datetime in microseconds since 0001-01-01. */
static int64_t utc_microseconds(const DateTimeDateTime *dt, const DateTimeDelta *offset) {
    int64_t local = (datetime_ymd_to_ordinal(dt->year, dt->month, dt->day) * 86400 + dt_seconds_of_day(dt)) * 1000000 +
                    dt->microsecond;
    return local - offset_microseconds(offset);
}

static MoltValue datetime_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!datetime_is_datetime(a) || !datetime_is_datetime(b)) {
        if (!datetime_is_date(a) || !datetime_is_date(b)) return MOLT_NOT_IMPLEMENTED;
        /* A date and a datetime: unequal, and not ordered. */
        if (op == MOLT_CMP_EQ) return MOLT_FALSE;
        if (op == MOLT_CMP_NE) return MOLT_TRUE;
        return datetime_is_datetime(a) ? cannot_compare(a, b) : cannot_compare(b, a);
    }
    const DateTimeDateTime *x = dt_of(a), *y = dt_of(b);
    DateTimeDelta offset_x, offset_y;
    bool aware_x = value_offset(x->tzinfo, &offset_x), aware_y = value_offset(y->tzinfo, &offset_y);
    if (x->tzinfo == y->tzinfo || (!aware_x && !aware_y) ||
        (aware_x && aware_y && datetime_delta_compare(&offset_x, &offset_y) == 0))
        return datetime_compare_result(compare_datetime_fields(x, y), op);
    if (aware_x && aware_y)
        return datetime_compare_result(compare_ints(utc_microseconds(x, &offset_x), utc_microseconds(y, &offset_y)), op);
    if (op == MOLT_CMP_EQ) return MOLT_FALSE;
    if (op == MOLT_CMP_NE) return MOLT_TRUE;
    return molt_raise_format(&molt_type_TypeError, "can't compare offset-naive and offset-aware datetimes");
}

static MoltValue datetime_add_delta(MoltValue value, const DateTimeDelta *delta, int sign) {
    const DateTimeDateTime *dt = dt_of(value);
    return datetime_from_parts(datetime_ymd_to_ordinal(dt->year, dt->month, dt->day) + sign * (int64_t)delta->days,
                               dt_seconds_of_day(dt) + sign * (int64_t)delta->seconds,
                               dt->microsecond + sign * (int64_t)delta->microseconds, dt->tzinfo);
}

static MoltValue datetime_subtract(MoltValue a, MoltValue b) {
    const DateTimeDateTime *x = dt_of(a), *y = dt_of(b);
    DateTimeDelta offset_x = {{0, NULL}, 0, 0, 0}, offset_y = {{0, NULL}, 0, 0, 0};
    if (x->tzinfo != y->tzinfo) {
        bool aware_x = value_offset(x->tzinfo, &offset_x), aware_y = value_offset(y->tzinfo, &offset_y);
        if (aware_x != aware_y)
            return molt_raise_format(&molt_type_TypeError, "can't subtract offset-naive and offset-aware datetimes");
    }
    int64_t days = datetime_ymd_to_ordinal(x->year, x->month, x->day) - datetime_ymd_to_ordinal(y->year, y->month, y->day);
    int64_t seconds = dt_seconds_of_day(x) - dt_seconds_of_day(y);
    int64_t microseconds = x->microsecond - y->microsecond;
    days -= offset_x.days - offset_y.days;
    seconds -= offset_x.seconds - offset_y.seconds;
    microseconds -= offset_x.microseconds - offset_y.microseconds;
    return datetime_delta_new(days, seconds, microseconds);
}

static MoltValue datetime_getattr(MoltValue self, const char *name) {
    const DateTimeDateTime *dt = dt_of(self);
    if (strcmp(name, "hour") == 0) return molt_from_small_int(dt->hour);
    if (strcmp(name, "minute") == 0) return molt_from_small_int(dt->minute);
    if (strcmp(name, "second") == 0) return molt_from_small_int(dt->second);
    if (strcmp(name, "microsecond") == 0) return molt_from_small_int(dt->microsecond);
    if (strcmp(name, "fold") == 0) return molt_from_small_int(dt->fold);
    if (strcmp(name, "tzinfo") == 0) return molt_new_reference(dt->tzinfo);
    return date_getattr(self, name);
}

/* The UTC seconds of a naive datetime read as the host's local time. */
static int naive_to_utc(const DateTimeDateTime *dt, const char *what, int64_t *out) {
    if (require_local_time(what) < 0) return -1;
    return local_to_utc(dt_epoch_seconds(dt), dt->fold, out);
}

static MoltValue datetime_timestamp(MoltValue self) {
    const DateTimeDateTime *dt = dt_of(self);
    DateTimeDelta offset;
    int64_t microseconds;
    if (value_offset(dt->tzinfo, &offset)) {
        microseconds = utc_microseconds(dt, &offset) - (int64_t)EPOCH_ORDINAL * 86400 * 1000000;
    } else {
        int64_t seconds;
        if (naive_to_utc(dt, "datetime.timestamp() of a naive datetime (the host's local time)", &seconds) < 0)
            return MOLT_ERROR;
        microseconds = seconds * 1000000 + dt->microsecond;
    }
    /* (self - epoch).total_seconds(): the int division, correctly rounded. */
    MoltValue total = molt_int_from_i64(microseconds);
    MoltValue result = molt_int_truediv(total, molt_from_small_int(1000000));
    molt_decref(total);
    return result;
}

static MoltValue datetime_astimezone(MoltValue self, MoltValue tz) {
    const DateTimeDateTime *dt = dt_of(self);
    if (datetime_check_tzinfo(tz) < 0) return MOLT_ERROR;
    if (tz == dt->tzinfo && tz != MOLT_NONE) return molt_new_reference(self);
    DateTimeDelta offset;
    int64_t utc_seconds, microsecond = dt->microsecond;
    if (value_offset(dt->tzinfo, &offset)) {
        int64_t moment = utc_microseconds(dt, &offset) - (int64_t)EPOCH_ORDINAL * 86400 * 1000000;
        molt_i64_floordiv(moment, 1000000, &utc_seconds);
        microsecond = moment - utc_seconds * 1000000;
    } else if (naive_to_utc(dt, "datetime.astimezone() of a naive datetime (the host's local time)", &utc_seconds) < 0) {
        return MOLT_ERROR;
    }
    MoltValue zone = tz;
    if (tz == MOLT_NONE) {
        if (require_local_time("datetime.astimezone() without a tz (the host's local time)") < 0) return MOLT_ERROR;
        zone = local_timezone(utc_seconds);
        if (zone == MOLT_ERROR) return MOLT_ERROR;
    } else {
        molt_incref(zone);
    }
    datetime_tzinfo_offset(zone, &offset);
    int64_t shifted = utc_seconds * 1000000 + microsecond + offset_microseconds(&offset), seconds;
    molt_i64_floordiv(shifted, 1000000, &seconds);
    MoltValue result = datetime_from_epoch(seconds, shifted - seconds * 1000000, zone);
    molt_decref(zone);
    return result;
}

static MoltValue datetime_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                      MoltValue kwnames) {
    MoltValue result = date_method(self, name, args, nargs, kwnames, "datetime");
    if (result != MOLT_NOT_IMPLEMENTED) return result;
    const DateTimeDateTime *dt = dt_of(self);
    if (strcmp(name, "isoformat") == 0) {
        static const char *const names[] = {"sep", "timespec", NULL};
        static const MoltArgSpec spec = {"isoformat", 0, 2, names, 2};
        MoltValue parsed[2];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        const char *separator = "T", *timespec = "auto";
        size_t separator_length = 1;
        if (parsed[0] != MOLT_ARG_MISSING) {
            if (molt_type_of(parsed[0]) != &molt_type_str || molt_str_length(parsed[0]) != 1)
                return molt_raise_format(&molt_type_TypeError,
                                         molt_type_of(parsed[0]) == &molt_type_str
                                             ? "isoformat() argument 1 must be a unicode character, not str"
                                             : "isoformat() argument 1 must be a unicode character, not %s",
                                         molt_type_of(parsed[0])->name);
            separator = molt_str_utf8(parsed[0], &separator_length);
        }
        if (timespec_argument(parsed[1], &timespec) < 0) return MOLT_ERROR;
        return datetime_isoformat(self, separator, separator_length, timespec);
    }
    if (is_zone_method(name)) return zone_method(dt->tzinfo, "datetime", name, nargs, kwnames);
    if (strcmp(name, "date") == 0 || strcmp(name, "time") == 0 || strcmp(name, "timetz") == 0 ||
        strcmp(name, "ctime") == 0 || strcmp(name, "timestamp") == 0 || strcmp(name, "timetuple") == 0 ||
        strcmp(name, "utctimetuple") == 0) {
        if (molt_args_none("datetime", name, nargs, kwnames) < 0) return MOLT_ERROR;
        if (strcmp(name, "date") == 0) return datetime_date_new(dt->year, dt->month, dt->day);
        if (strcmp(name, "time") == 0)
            return datetime_time_new(dt->hour, dt->minute, dt->second, dt->microsecond, MOLT_NONE, dt->fold);
        if (strcmp(name, "timetz") == 0)
            return datetime_time_new(dt->hour, dt->minute, dt->second, dt->microsecond, dt->tzinfo, dt->fold);
        if (strcmp(name, "ctime") == 0) return ctime_of(dt->year, dt->month, dt->day, dt->hour, dt->minute, dt->second);
        if (strcmp(name, "timestamp") == 0) return datetime_timestamp(self);
        if (strcmp(name, "timetuple") == 0)
            return time_tuple(dt->year, dt->month, dt->day, dt->hour, dt->minute, dt->second, -1);
        DateTimeDelta offset;
        if (!value_offset(dt->tzinfo, &offset))
            return time_tuple(dt->year, dt->month, dt->day, dt->hour, dt->minute, dt->second, 0);
        MoltValue utc = datetime_add_delta(self, &offset, -1);
        if (utc == MOLT_ERROR) return MOLT_ERROR;
        const DateTimeDateTime *u = dt_of(utc);
        MoltValue tuple = time_tuple(u->year, u->month, u->day, u->hour, u->minute, u->second, 0);
        molt_decref(utc);
        return tuple;
    }
    if (strcmp(name, "replace") == 0) {
        int fields[8] = {dt->year, dt->month, dt->day, dt->hour, dt->minute, dt->second, dt->microsecond, dt->fold};
        MoltValue tzinfo = dt->tzinfo;
        if (datetime_arguments("replace", 0, args, nargs, kwnames, fields, &tzinfo) < 0) return MOLT_ERROR;
        return datetime_datetime_new(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], tzinfo,
                                     fields[7]);
    }
    if (strcmp(name, "astimezone") == 0) {
        static const char *const names[] = {"tz", NULL};
        static const MoltArgSpec spec = {"astimezone", 0, 1, names, 1};
        MoltValue tz;
        if (molt_args_parse(&spec, args, nargs, kwnames, &tz) < 0) return MOLT_ERROR;
        return datetime_astimezone(self, tz == MOLT_ARG_MISSING ? MOLT_NONE : tz);
    }
    return MOLT_NOT_IMPLEMENTED;
}

/* datetime.now(tz=None) / utcnow() / today(). */
static MoltValue datetime_now(const char *what, MoltValue tz, bool utc) {
    if (tz != MOLT_NONE && datetime_check_tzinfo(tz) < 0) return MOLT_ERROR;
    int64_t seconds, microseconds;
    if (clock_now(what, &seconds, &microseconds) < 0) return MOLT_ERROR;
    if (utc) return datetime_from_epoch(seconds, microseconds, MOLT_NONE);
    MoltValue timestamp = molt_int_from_i64(seconds);
    MoltValue dt = datetime_fromtimestamp(timestamp, tz, false);
    molt_decref(timestamp);
    if (dt == MOLT_ERROR) return MOLT_ERROR;
    dt_of(dt)->microsecond = (int)microseconds;
    return dt;
}

static MoltValue datetime_class_method(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                                       MoltValue kwnames) {
    if (strcmp(name, "now") == 0) {
        static const char *const names[] = {"tz", NULL};
        static const MoltArgSpec spec = {"now", 0, 1, names, 1};
        MoltValue tz;
        if (molt_args_parse(&spec, args, nargs, kwnames, &tz) < 0) return MOLT_ERROR;
        return datetime_now("datetime.datetime.now()", tz == MOLT_ARG_MISSING ? MOLT_NONE : tz, false);
    }
    if (strcmp(name, "utcnow") == 0 || strcmp(name, "today") == 0) {
        if (molt_args_none("datetime", name, nargs, kwnames) < 0) return MOLT_ERROR;
        return datetime_now(name[0] == 'u' ? "datetime.datetime.utcnow()" : "datetime.datetime.today()", MOLT_NONE,
                            name[0] == 'u');
    }
    if (strcmp(name, "fromtimestamp") == 0) {
        static const char *const names[] = {"timestamp", "tz", NULL};
        static const MoltArgSpec spec = {"fromtimestamp", 1, 2, names, 2};
        MoltValue parsed[2];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        return datetime_fromtimestamp(parsed[0], parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1], false);
    }
    if (strcmp(name, "utcfromtimestamp") == 0) {
        if (molt_args_exactly_one("datetime.utcfromtimestamp", nargs, kwnames) < 0) return MOLT_ERROR;
        return datetime_fromtimestamp(args[0], MOLT_NONE, true);
    }
    if (strcmp(name, "combine") == 0) {
        static const char *const names[] = {"date", "time", "tzinfo", NULL};
        static const MoltArgSpec spec = {"combine", 2, 3, names, 3};
        MoltValue parsed[3];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        if (!datetime_is_date(parsed[0]))
            return molt_raise_format(&molt_type_TypeError, "combine() argument 1 must be datetime.date, not %s",
                                     molt_type_of(parsed[0])->name);
        if (!datetime_is_time(parsed[1]))
            return molt_raise_format(&molt_type_TypeError, "combine() argument 2 must be datetime.time, not %s",
                                     molt_type_of(parsed[1])->name);
        const DateTimeDate *date = date_of(parsed[0]);
        const DateTimeTime *time = time_of(parsed[1]);
        return datetime_datetime_new(date->year, date->month, date->day, time->hour, time->minute, time->second,
                                     time->microsecond, parsed[2] == MOLT_ARG_MISSING ? time->tzinfo : parsed[2],
                                     time->fold);
    }
    if (strcmp(name, "fromisoformat") == 0) {
        if (molt_args_exactly_one("datetime.fromisoformat", nargs, kwnames) < 0) return MOLT_ERROR;
        return datetime_datetime_fromisoformat(args[0]);
    }
    if (strcmp(name, "strptime") == 0) {
        if (molt_args_no_keywords("strptime", kwnames) < 0 || molt_args_check_count("strptime", nargs, 2, 2) < 0)
            return MOLT_ERROR;
        return datetime_strptime(args[0], args[1]);
    }
    if (strcmp(name, "fromordinal") == 0 || strcmp(name, "fromisocalendar") == 0) {
        MoltValue date = date_class_method(owner, name, args, nargs, kwnames);
        if (date == MOLT_ERROR) return MOLT_ERROR;
        const DateTimeDate *d = date_of(date);
        MoltValue dt = datetime_datetime_new(d->year, d->month, d->day, 0, 0, 0, 0, MOLT_NONE, 0);
        molt_decref(date);
        return dt;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const datetime_method_names[] = {
    "toordinal", "weekday", "isoweekday", "isocalendar", "isoformat", "ctime", "strftime", "replace", "timetuple",
    "utctimetuple", "date", "time", "timetz", "timestamp", "astimezone", "utcoffset", "dst", "tzname", "__format__",
    NULL};

MoltType molt_type_datetime_datetime = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_meta},
    .name = "datetime.datetime",
    .module_name = "datetime",
    .base = &molt_type_datetime_date,
    .dealloc = datetime_dealloc,
    .repr = datetime_repr,
    .str = datetime_str,
    .hash = datetime_hash,
    .binary_op = date_binary_op,
    .richcompare = datetime_richcompare,
    .call = datetime_call,
    .call_method = datetime_call_method,
    .getattr = datetime_getattr,
    .format = format_of,
    .method_names = datetime_method_names,
    .class_method = datetime_class_method,
};

/* ---- the types' own attributes (timedelta.max, date.min, timezone.utc) ---- */

static MoltValue class_constant(const MoltType *type, const char *name) {
    if (type == &molt_type_datetime_timedelta) return datetime_delta_constant(name);
    if (type == &molt_type_datetime_timezone) return datetime_timezone_constant(name);
    bool min = strcmp(name, "min") == 0, max = strcmp(name, "max") == 0;
    bool resolution = strcmp(name, "resolution") == 0;
    if (!min && !max && !resolution) return MOLT_NOT_IMPLEMENTED;
    if (type == &molt_type_datetime_date) {
        if (resolution) return datetime_delta_new(1, 0, 0);
        return min ? datetime_date_new(1, 1, 1) : datetime_date_new(9999, 12, 31);
    }
    if (resolution) return datetime_delta_new(0, 0, 1);
    if (type == &molt_type_datetime_time)
        return min ? datetime_time_new(0, 0, 0, 0, MOLT_NONE, 0) : datetime_time_new(23, 59, 59, 999999, MOLT_NONE, 0);
    if (type == &molt_type_datetime_datetime)
        return min ? datetime_datetime_new(1, 1, 1, 0, 0, 0, 0, MOLT_NONE, 0)
                   : datetime_datetime_new(9999, 12, 31, 23, 59, 59, 999999, MOLT_NONE, 0);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue meta_getattr(MoltValue self, const char *name) {
    MoltValue constant = class_constant(molt_as_type(self), name);
    if (constant != MOLT_NOT_IMPLEMENTED) return constant;
    return molt_type_getattr(self, name);
}

/* The types of the module are type objects whose own attribute reads also
 * serve their class attributes; type() of them still prints <class 'type'>. */
MoltType molt_type_datetime_meta = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "type",
    .base = &molt_type_type,
    .dealloc = molt_type_dealloc,
    .repr = molt_type_repr,
    .hash = molt_object_hash_identity,
    .getattr = meta_getattr,
};

/* ---- the module ---- */

static MoltValue make_date(void) { return molt_from_type(&molt_type_datetime_date); }
static MoltValue make_time(void) { return molt_from_type(&molt_type_datetime_time); }
static MoltValue make_datetime(void) { return molt_from_type(&molt_type_datetime_datetime); }
static MoltValue make_timedelta(void) { return molt_from_type(&molt_type_datetime_timedelta); }
static MoltValue make_tzinfo(void) { return molt_from_type(&molt_type_datetime_tzinfo); }
static MoltValue make_timezone(void) { return molt_from_type(&molt_type_datetime_timezone); }
static MoltValue make_minyear(void) { return molt_from_small_int(DATETIME_MINYEAR); }
static MoltValue make_maxyear(void) { return molt_from_small_int(DATETIME_MAXYEAR); }

static struct MoltBuiltinFunctionObject functions[] = {{{0, NULL}, NULL, NULL}};

static const MoltModuleAttribute attributes[] = {
    {"date", make_date},         {"time", make_time},     {"datetime", make_datetime},
    {"timedelta", make_timedelta}, {"tzinfo", make_tzinfo}, {"timezone", make_timezone},
    {"UTC", datetime_timezone_utc}, {"MINYEAR", make_minyear}, {"MAXYEAR", make_maxyear},
};

struct MoltModule molt_module_datetime = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, "datetime", functions, 0,
                                          attributes, sizeof attributes / sizeof attributes[0]};
