/* datetime.timedelta, datetime.tzinfo and datetime.timezone, as CPython 3.12's
 * _datetimemodule.c: a timedelta is normalized days, seconds (0..86399) and
 * microseconds (0..999999); arithmetic that can leave 64 bits (multiplying,
 * dividing, the float parts of the constructor) goes through the total in
 * microseconds as a Python int, rounded half to even where CPython rounds. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../objects/number.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "datetime_internal.h"

#define MICROSECONDS_PER_DAY INT64_C(86400000000)

static DateTimeDelta *delta_of(MoltValue v) { return (DateTimeDelta *)molt_as_ptr(v); }

MoltValue datetime_delta_new(int64_t days, int64_t seconds, int64_t microseconds) {
    int64_t carry;
    molt_i64_floordiv(microseconds, 1000000, &carry);
    microseconds -= carry * 1000000;
    seconds += carry;
    molt_i64_floordiv(seconds, 86400, &carry);
    seconds -= carry * 86400;
    days += carry;
    if (days < -DATETIME_MAX_DELTA_DAYS || days > DATETIME_MAX_DELTA_DAYS)
        return molt_raise_format(&molt_type_OverflowError, "days=%lld; must have magnitude <= %d", (long long)days,
                                 DATETIME_MAX_DELTA_DAYS);
    DateTimeDelta *delta = molt_object_allocate(sizeof *delta, &molt_type_datetime_timedelta);
    delta->days = (int32_t)days;
    delta->seconds = (int32_t)seconds;
    delta->microseconds = (int32_t)microseconds;
    return molt_from_ptr(delta);
}

/* The whole delta in microseconds, a Python int. */
static MoltValue delta_to_microseconds(const DateTimeDelta *delta) {
    MoltValue seconds = molt_int_from_i64((int64_t)delta->days * 86400 + delta->seconds);
    MoltValue million = molt_from_small_int(1000000);
    MoltValue scaled = molt_int_mul(seconds, million);
    molt_decref(seconds);
    if (scaled == MOLT_ERROR) return MOLT_ERROR;
    MoltValue micro = molt_from_small_int(delta->microseconds);
    MoltValue total = molt_int_add(scaled, micro);
    molt_decref(scaled);
    return total;
}

/* microseconds_to_delta: consumes `microseconds` (a Python int). */
static MoltValue delta_from_microseconds(MoltValue microseconds) {
    if (microseconds == MOLT_ERROR) return MOLT_ERROR;
    MoltValue per_day = molt_int_from_i64(MICROSECONDS_PER_DAY), days, rest;
    bool done = molt_int_divmod(microseconds, per_day, &days, &rest);
    molt_decref(per_day);
    molt_decref(microseconds);
    if (!done) return MOLT_ERROR;
    int64_t day_count, rest_count;
    bool fits = molt_int_to_i64(days, &day_count) && day_count >= INT32_MIN && day_count <= INT32_MAX;
    molt_int_to_i64(rest, &rest_count);
    molt_decref(days);
    molt_decref(rest);
    if (!fits) return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C int");
    return datetime_delta_new(day_count, rest_count / 1000000, rest_count % 1000000);
}

/* _PyLong_DivmodNear's quotient: a / b rounded half to even (borrowed ints). */
static MoltValue divide_nearest(MoltValue a, MoltValue b) {
    int64_t zero_check;
    if (molt_int_to_i64(b, &zero_check) && zero_check == 0)
        return molt_raise_format(&molt_type_ZeroDivisionError, "integer division or modulo by zero");
    MoltValue quotient, remainder;
    if (!molt_int_divmod(a, b, &quotient, &remainder)) return MOLT_ERROR;
    MoltValue twice = molt_int_add(remainder, remainder);
    molt_decref(remainder);
    int order = molt_int_compare(twice, b);
    molt_decref(twice);
    bool positive = molt_int_compare(b, molt_from_small_int(0)) > 0;
    bool greater = positive ? order > 0 : order < 0;
    MoltValue one = molt_from_small_int(1);
    if (order == 0) {
        MoltValue odd = molt_int_and(quotient, one);
        greater = odd != molt_from_small_int(0);
        molt_decref(odd);
    }
    if (!greater) return quotient;
    MoltValue rounded = molt_int_add(quotient, one);
    molt_decref(quotient);
    return rounded;
}

/* timedelta * float or / float (multiply_truedivide_timedelta_float). */
static MoltValue delta_scale_by_float(const DateTimeDelta *delta, MoltValue factor, bool divide) {
    MoltValue ratio = molt_call_method(factor, "as_integer_ratio", NULL, 0, MOLT_NONE);
    if (ratio == MOLT_ERROR) return MOLT_ERROR;
    MoltValue total = delta_to_microseconds(delta);
    MoltValue *parts = molt_tuple_items(ratio);
    MoltValue product = total == MOLT_ERROR ? MOLT_ERROR : molt_int_mul(total, parts[divide ? 1 : 0]);
    if (total != MOLT_ERROR) molt_decref(total);
    MoltValue result = MOLT_ERROR;
    if (product != MOLT_ERROR) {
        result = delta_from_microseconds(divide_nearest(product, parts[divide ? 0 : 1]));
        molt_decref(product);
    }
    molt_decref(ratio);
    return result;
}

/* ---- the constructor ---- */

/* accum(): adds num * factor to *sum, the fraction of a float part to *leftover. */
static int accumulate(const char *tag, MoltValue *sum, MoltValue num, int64_t factor, double *leftover) {
    MoltValue scale = molt_int_from_i64(factor);
    MoltValue whole;
    double fraction = 0.0;
    if (molt_is_int(num)) {
        whole = molt_int_mul(num, scale);
    } else if (molt_is_double(num)) {
        double integral;
        fraction = modf(molt_as_double(num), &integral);
        MoltValue part = molt_int_from_double(integral);
        if (part == MOLT_ERROR) return -1;
        whole = molt_int_mul(part, scale);
        molt_decref(part);
    } else {
        molt_raise_format(&molt_type_TypeError, "unsupported type for timedelta %s component: %s", tag,
                          molt_type_of(num)->name);
        return -1;
    }
    molt_decref(scale);
    if (whole == MOLT_ERROR) return -1;
    MoltValue next = molt_int_add(*sum, whole);
    molt_decref(whole);
    if (next == MOLT_ERROR) return -1;
    molt_decref(*sum);
    *sum = next;
    if (fraction == 0.0) return 0;
    /* The fractional part costs float arithmetic, as in CPython. */
    double integral, scaled = (double)factor * fraction;
    fraction = modf(scaled, &integral);
    MoltValue part = molt_int_from_double(integral);
    next = molt_int_add(*sum, part);
    molt_decref(part);
    molt_decref(*sum);
    *sum = next;
    *leftover += fraction;
    return next == MOLT_ERROR ? -1 : 0;
}

static MoltValue delta_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    static const char *const names[] = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks", NULL};
    static const MoltArgSpec spec = {"__new__", 0, 7, names, 7};
    MoltValue parsed[7];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    /* CPython's order: the smallest unit first. */
    static const struct {
        int index;
        int64_t factor;
    } units[] = {{2, 1}, {3, 1000}, {1, 1000000}, {4, INT64_C(60000000)}, {5, INT64_C(3600000000)},
                 {0, MICROSECONDS_PER_DAY}, {6, 7 * MICROSECONDS_PER_DAY}};
    MoltValue sum = molt_from_small_int(0);
    double leftover = 0.0;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        MoltValue value = parsed[units[i].index];
        if (value == MOLT_ARG_MISSING) continue;
        if (accumulate(names[units[i].index], &sum, value, units[i].factor, &leftover) < 0) {
            molt_decref(sum);
            return MOLT_ERROR;
        }
    }
    if (leftover != 0.0) {
        double whole = round(leftover);
        if (fabs(whole - leftover) == 0.5) {
            MoltValue odd = molt_int_and(sum, molt_from_small_int(1));
            int is_odd = odd != molt_from_small_int(0);
            molt_decref(odd);
            whole = 2.0 * round((leftover + is_odd) * 0.5) - is_odd;
        }
        MoltValue part = molt_int_from_i64((int64_t)whole);
        MoltValue next = molt_int_add(sum, part);
        molt_decref(sum);
        if (next == MOLT_ERROR) return MOLT_ERROR;
        sum = next;
    }
    return delta_from_microseconds(sum);
}

/* ---- repr, str, hash, comparisons ---- */

static MoltValue delta_repr(MoltValue self) {
    const DateTimeDelta *delta = delta_of(self);
    char text[160];
    int used = snprintf(text, sizeof text, "datetime.timedelta(");
    const char *separator = "";
    if (delta->days) used += snprintf(text + used, sizeof text - (size_t)used, "days=%d", delta->days), separator = ", ";
    if (delta->seconds)
        used += snprintf(text + used, sizeof text - (size_t)used, "%sseconds=%d", separator, delta->seconds), separator = ", ";
    if (delta->microseconds)
        used += snprintf(text + used, sizeof text - (size_t)used, "%smicroseconds=%d", separator, delta->microseconds);
    if (!delta->days && !delta->seconds && !delta->microseconds) used += snprintf(text + used, sizeof text - (size_t)used, "0");
    used += snprintf(text + used, sizeof text - (size_t)used, ")");
    return molt_str_from_utf8(text, (size_t)used);
}

static MoltValue delta_str(MoltValue self) {
    const DateTimeDelta *delta = delta_of(self);
    char text[80];
    int used = 0;
    if (delta->days)
        used = snprintf(text, sizeof text, "%d day%s, ", delta->days, delta->days == 1 || delta->days == -1 ? "" : "s");
    used += snprintf(text + used, sizeof text - (size_t)used, "%d:%02d:%02d", delta->seconds / 3600,
                     delta->seconds / 60 % 60, delta->seconds % 60);
    if (delta->microseconds) used += snprintf(text + used, sizeof text - (size_t)used, ".%06d", delta->microseconds);
    return molt_str_from_utf8(text, (size_t)used);
}

/* hash((days, seconds, microseconds)), as CPython's delta_hash. */
static int64_t delta_hash(MoltValue self) {
    const DateTimeDelta *delta = delta_of(self);
    MoltValue items[3] = {molt_from_small_int(delta->days), molt_from_small_int(delta->seconds),
                          molt_from_small_int(delta->microseconds)};
    MoltValue state = molt_tuple_from_borrowed(items, 3);
    int64_t hash = molt_hash(state);
    molt_decref(state);
    return hash;
}

int datetime_delta_compare(const DateTimeDelta *a, const DateTimeDelta *b) {
    if (a->days != b->days) return a->days < b->days ? -1 : 1;
    if (a->seconds != b->seconds) return a->seconds < b->seconds ? -1 : 1;
    if (a->microseconds != b->microseconds) return a->microseconds < b->microseconds ? -1 : 1;
    return 0;
}

MoltValue datetime_compare_result(int order, MoltCompareOp op) {
    bool result = false;
    switch (op) {
    case MOLT_CMP_LT: result = order < 0; break;
    case MOLT_CMP_LE: result = order <= 0; break;
    case MOLT_CMP_EQ: result = order == 0; break;
    case MOLT_CMP_NE: result = order != 0; break;
    case MOLT_CMP_GT: result = order > 0; break;
    case MOLT_CMP_GE: result = order >= 0; break;
    }
    return molt_from_bool(result);
}

static MoltValue delta_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!datetime_is_delta(a) || !datetime_is_delta(b)) return MOLT_NOT_IMPLEMENTED;
    return datetime_compare_result(datetime_delta_compare(delta_of(a), delta_of(b)), op);
}

static int delta_truthy(MoltValue self) {
    const DateTimeDelta *delta = delta_of(self);
    return delta->days || delta->seconds || delta->microseconds;
}

/* ---- arithmetic ---- */

static MoltValue delta_negative(MoltValue self) {
    const DateTimeDelta *delta = delta_of(self);
    return datetime_delta_new(-(int64_t)delta->days, -(int64_t)delta->seconds, -(int64_t)delta->microseconds);
}

static MoltValue delta_positive(MoltValue self) { return molt_new_reference(self); }

MoltValue datetime_delta_abs(MoltValue self) {
    return delta_of(self)->days < 0 ? delta_negative(self) : molt_new_reference(self);
}

/* delta op int where the int scales the microseconds (*, //, /). */
static MoltValue delta_with_int(MoltBinaryOp op, const DateTimeDelta *delta, MoltValue number) {
    MoltValue total = delta_to_microseconds(delta);
    if (total == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result;
    if (op == MOLT_OP_MUL) result = molt_int_mul(total, number);
    else if (op == MOLT_OP_FLOORDIV) result = molt_int_floordiv(total, number);
    else result = divide_nearest(total, number);
    molt_decref(total);
    return delta_from_microseconds(result);
}

/* delta op delta where both become microseconds (/, //, %). */
static MoltValue delta_with_delta(MoltBinaryOp op, const DateTimeDelta *a, const DateTimeDelta *b) {
    MoltValue x = delta_to_microseconds(a);
    if (x == MOLT_ERROR) return MOLT_ERROR;
    MoltValue y = delta_to_microseconds(b);
    if (y == MOLT_ERROR) {
        molt_decref(x);
        return MOLT_ERROR;
    }
    MoltValue result;
    if (op == MOLT_OP_TRUEDIV) result = molt_int_truediv(x, y);
    else if (op == MOLT_OP_FLOORDIV) result = molt_int_floordiv(x, y);
    else result = delta_from_microseconds(molt_int_mod(x, y));
    molt_decref(x);
    molt_decref(y);
    return result;
}

MoltValue datetime_delta_add(const DateTimeDelta *a, const DateTimeDelta *b, int sign) {
    return datetime_delta_new((int64_t)a->days + sign * (int64_t)b->days, (int64_t)a->seconds + sign * (int64_t)b->seconds,
                              (int64_t)a->microseconds + sign * (int64_t)b->microseconds);
}

static bool is_plain_int(MoltValue v) { return molt_is_int(v); }

static MoltValue delta_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    bool left = datetime_is_delta(a), right = datetime_is_delta(b);
    if (left && right) {
        switch (op) {
        case MOLT_OP_ADD: return datetime_delta_add(delta_of(a), delta_of(b), 1);
        case MOLT_OP_SUB: return datetime_delta_add(delta_of(a), delta_of(b), -1);
        case MOLT_OP_TRUEDIV: case MOLT_OP_FLOORDIV: case MOLT_OP_MOD: return delta_with_delta(op, delta_of(a), delta_of(b));
        default: return MOLT_NOT_IMPLEMENTED;
        }
    }
    if (op == MOLT_OP_MUL) {
        MoltValue delta = left ? a : b, number = left ? b : a;
        if (is_plain_int(number)) return delta_with_int(op, delta_of(delta), number);
        if (molt_is_double(number)) return delta_scale_by_float(delta_of(delta), number, false);
        return MOLT_NOT_IMPLEMENTED;
    }
    if (!left) return MOLT_NOT_IMPLEMENTED;
    if (op == MOLT_OP_FLOORDIV && is_plain_int(b)) return delta_with_int(op, delta_of(a), b);
    if (op == MOLT_OP_TRUEDIV && is_plain_int(b)) return delta_with_int(op, delta_of(a), b);
    if (op == MOLT_OP_TRUEDIV && molt_is_double(b)) return delta_scale_by_float(delta_of(a), b, true);
    return MOLT_NOT_IMPLEMENTED;
}

/* divmod(delta, delta): (int, delta). */
MoltValue datetime_delta_divmod(MoltValue a, MoltValue b) {
    MoltValue x = delta_to_microseconds(delta_of(a));
    if (x == MOLT_ERROR) return MOLT_ERROR;
    MoltValue y = delta_to_microseconds(delta_of(b));
    MoltValue quotient = MOLT_ERROR, remainder;
    bool done = y != MOLT_ERROR && molt_int_divmod(x, y, &quotient, &remainder);
    molt_decref(x);
    if (y != MOLT_ERROR) molt_decref(y);
    if (!done) return MOLT_ERROR;
    MoltValue pair[2] = {quotient, delta_from_microseconds(remainder)};
    if (pair[1] == MOLT_ERROR) {
        molt_decref(quotient);
        return MOLT_ERROR;
    }
    return molt_tuple_from_owned(pair, 2);
}

/* ---- attributes and methods ---- */

static MoltValue delta_getattr(MoltValue self, const char *name) {
    const DateTimeDelta *delta = delta_of(self);
    if (strcmp(name, "days") == 0) return molt_from_small_int(delta->days);
    if (strcmp(name, "seconds") == 0) return molt_from_small_int(delta->seconds);
    if (strcmp(name, "microseconds") == 0) return molt_from_small_int(delta->microseconds);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue delta_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    if (strcmp(name, "total_seconds") == 0) {
        if (molt_args_none("timedelta", name, nargs, kwnames) < 0) return MOLT_ERROR;
        MoltValue total = delta_to_microseconds(delta_of(self));
        if (total == MOLT_ERROR) return MOLT_ERROR;
        MoltValue result = molt_int_truediv(total, molt_from_small_int(1000000));
        molt_decref(total);
        return result;
    }
    if (strcmp(name, "__divmod__") == 0) {
        if (molt_args_no_keywords("__divmod__", kwnames) < 0 || molt_args_check_count("__divmod__", nargs, 1, 1) < 0)
            return MOLT_ERROR;
        return datetime_is_delta(args[0]) ? datetime_delta_divmod(self, args[0]) : MOLT_NOT_IMPLEMENTED;
    }
    if (strcmp(name, "__abs__") == 0) {
        if (molt_args_none("timedelta", name, nargs, kwnames) < 0) return MOLT_ERROR;
        return datetime_delta_abs(self);
    }
    return MOLT_NOT_IMPLEMENTED;
}

MoltValue datetime_delta_constant(const char *name) {
    if (strcmp(name, "min") == 0) return datetime_delta_new(-DATETIME_MAX_DELTA_DAYS, 0, 0);
    if (strcmp(name, "max") == 0) return datetime_delta_new(DATETIME_MAX_DELTA_DAYS, 86399, 999999);
    if (strcmp(name, "resolution") == 0) return datetime_delta_new(0, 0, 1);
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const delta_method_names[] = {"total_seconds", NULL};

static void plain_dealloc(MoltObject *object) { free(object); }

MoltType molt_type_datetime_timedelta = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_meta},
    .name = "datetime.timedelta",
    .module_name = "datetime",
    .base = &molt_type_object,
    .dealloc = plain_dealloc,
    .repr = delta_repr,
    .str = delta_str,
    .hash = delta_hash,
    .binary_op = delta_binary_op,
    .unary_negative = delta_negative,
    .unary_positive = delta_positive,
    .richcompare = delta_richcompare,
    .truthy = delta_truthy,
    .call = delta_call,
    .call_method = delta_call_method,
    .getattr = delta_getattr,
    .method_names = delta_method_names,
};

/* ---- tzinfo and timezone ---- */

/* tzinfo is the abstract base: Molt does not subclass it, so its only
 * instances would be bare tzinfo() objects, which have no offset. */
static MoltValue tzinfo_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable, (void)args, (void)nargs, (void)kwnames;
    return molt_raise_format(&molt_type_NotImplementedError,
                             "Molt's datetime.tzinfo is abstract and has no instances: use datetime.timezone");
}

MoltType molt_type_datetime_tzinfo = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_meta},
    .name = "datetime.tzinfo",
    .module_name = "datetime",
    .base = &molt_type_object,
    .dealloc = plain_dealloc,
    .call = tzinfo_call,
};

static DateTimeZone *zone_of(MoltValue v) { return (DateTimeZone *)molt_as_ptr(v); }

static DateTimeZone utc_zone = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_timezone},
                                {{MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_timedelta}, 0, 0, 0},
                                MOLT_NONE};

MoltValue datetime_timezone_utc(void) { return molt_from_ptr(&utc_zone); }

static bool offset_is_zero(const DateTimeDelta *offset) {
    return !offset->days && !offset->seconds && !offset->microseconds;
}

MoltValue datetime_timezone_new(DateTimeDelta offset, MoltValue name) {
    if (name == MOLT_NONE && offset_is_zero(&offset)) return datetime_timezone_utc();
    DateTimeZone *zone = molt_object_allocate(sizeof *zone, &molt_type_datetime_timezone);
    zone->offset = offset;
    zone->offset.header.refcount = MOLT_IMMORTAL_REFCOUNT;
    zone->offset.header.type = &molt_type_datetime_timedelta;
    zone->name = molt_new_reference(name);
    return molt_from_ptr(zone);
}

/* A timezone of the delta, which must be strictly inside (-24h, 24h). */
static MoltValue checked_timezone(MoltValue delta, MoltValue name) {
    const DateTimeDelta *offset = delta_of(delta);
    if (offset->days < -1 || offset->days > 0 || (offset->days == -1 && !offset->seconds && !offset->microseconds)) {
        MoltValue text = delta_repr(delta);
        size_t length;
        const char *utf8 = molt_str_utf8(text, &length);
        molt_raise_format(&molt_type_ValueError,
                          "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), "
                          "not %s.", utf8);
        molt_decref(text);
        return MOLT_ERROR;
    }
    return datetime_timezone_new(*offset, name);
}

/* timezone(offset, name=None). */
static MoltValue timezone_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    static const char *const names[] = {"offset", "name", NULL};
    static const MoltArgSpec spec = {"timezone", 1, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    if (!datetime_is_delta(parsed[0]))
        return molt_raise_format(&molt_type_TypeError, "timezone() argument 1 must be datetime.timedelta, not %s",
                                 molt_type_of(parsed[0])->name);
    MoltValue name = parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1];
    if (parsed[1] != MOLT_ARG_MISSING && molt_type_of(name) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "timezone() argument 2 must be str, not %s",
                                 molt_type_of(name)->name);
    return checked_timezone(parsed[0], name);
}

MoltValue datetime_timezone_checked(int64_t seconds, int64_t microseconds, MoltValue name) {
    MoltValue delta = datetime_delta_new(0, seconds, microseconds);
    if (delta == MOLT_ERROR) return MOLT_ERROR;
    MoltValue zone = checked_timezone(delta, name);
    molt_decref(delta);
    return zone;
}

static void timezone_dealloc(MoltObject *object) {
    molt_decref(((DateTimeZone *)object)->name);
    free(object);
}

/* The delta as a new timedelta value. */
static MoltValue delta_value(const DateTimeDelta *delta) {
    return datetime_delta_new(delta->days, delta->seconds, delta->microseconds);
}

void datetime_format_offset(MoltBuffer *out, const DateTimeDelta *offset, const char *separator) {
    int64_t total = ((int64_t)offset->days * 86400 + offset->seconds) * 1000000 + offset->microseconds;
    char sign = total < 0 ? '-' : '+';
    if (total < 0) total = -total;
    int64_t microseconds = total % 1000000, seconds = total / 1000000;
    char text[48];
    int used = snprintf(text, sizeof text, "%c%02d%s%02d", sign, (int)(seconds / 3600), separator,
                        (int)(seconds / 60 % 60));
    if (seconds % 60 || microseconds) used += snprintf(text + used, sizeof text - (size_t)used, "%s%02d", separator, (int)(seconds % 60));
    if (microseconds) used += snprintf(text + used, sizeof text - (size_t)used, ".%06d", (int)microseconds);
    molt_buffer_append(out, text, (size_t)used);
}

/* tzname(None): the name, else "UTC" or "UTC+05:30". */
static MoltValue timezone_name(MoltValue self) {
    const DateTimeZone *zone = zone_of(self);
    if (zone->name != MOLT_NONE) return molt_new_reference(zone->name);
    if (zone == &utc_zone || offset_is_zero(&zone->offset)) return molt_str_from_utf8("UTC", 3);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "UTC");
    datetime_format_offset(&text, &zone->offset, ":");
    return molt_buffer_finish(&text);
}

static MoltValue timezone_repr(MoltValue self) {
    const DateTimeZone *zone = zone_of(self);
    if (zone == &utc_zone) return molt_str_from_utf8("datetime.timezone.utc", 21);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "datetime.timezone(");
    MoltValue offset = delta_repr(molt_from_ptr((void *)&zone->offset));
    molt_buffer_append_str(&text, offset);
    molt_decref(offset);
    if (zone->name != MOLT_NONE) {
        molt_buffer_append_cstr(&text, ", ");
        if (molt_buffer_append_repr(&text, zone->name) < 0) {
            molt_buffer_free(&text);
            return MOLT_ERROR;
        }
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

static int64_t timezone_hash(MoltValue self) { return delta_hash(molt_from_ptr(&zone_of(self)->offset)); }

static MoltValue timezone_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (op != MOLT_CMP_EQ && op != MOLT_CMP_NE) return MOLT_NOT_IMPLEMENTED;
    if (!datetime_is_timezone(a) || !datetime_is_timezone(b)) return MOLT_NOT_IMPLEMENTED;
    return datetime_compare_result(datetime_delta_compare(&zone_of(a)->offset, &zone_of(b)->offset), op);
}

bool datetime_tzinfo_offset(MoltValue tzinfo, DateTimeDelta *offset) {
    if (!datetime_is_timezone(tzinfo)) return false;
    *offset = zone_of(tzinfo)->offset;
    return true;
}

MoltValue datetime_tzinfo_utcoffset(MoltValue tzinfo) {
    if (!datetime_is_timezone(tzinfo)) return MOLT_NONE;
    return delta_value(&zone_of(tzinfo)->offset);
}

MoltValue datetime_tzinfo_tzname(MoltValue tzinfo) {
    if (!datetime_is_timezone(tzinfo)) return MOLT_NONE;
    return timezone_name(tzinfo);
}

int datetime_check_tzinfo(MoltValue tzinfo) {
    if (tzinfo == MOLT_NONE || datetime_is_timezone(tzinfo)) return 0;
    molt_raise_format(&molt_type_TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
                      molt_type_of(tzinfo)->name);
    return -1;
}

/* utcoffset(dt), dst(dt), tzname(dt): dt a datetime or None. */
static int check_dt_argument(const char *method, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    char qualified[48];
    snprintf(qualified, sizeof qualified, "timezone.%s", method);
    if (molt_args_exactly_one(qualified, nargs, kwnames) < 0) return -1;
    if (args[0] == MOLT_NONE || datetime_is_datetime(args[0])) return 0;
    molt_raise_format(&molt_type_TypeError, "%s(dt) argument must be a datetime instance or None, not %s", method,
                      molt_type_of(args[0])->name);
    return -1;
}

static MoltValue timezone_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                      MoltValue kwnames) {
    DateTimeZone *zone = zone_of(self);
    if (strcmp(name, "utcoffset") == 0 || strcmp(name, "dst") == 0 || strcmp(name, "tzname") == 0) {
        if (check_dt_argument(name, args, nargs, kwnames) < 0) return MOLT_ERROR;
        if (name[0] == 'u') return delta_value(&zone->offset);
        if (name[0] == 'd') return MOLT_NONE;
        return timezone_name(self);
    }
    if (strcmp(name, "fromutc") == 0) {
        if (molt_args_exactly_one("timezone.fromutc", nargs, kwnames) < 0) return MOLT_ERROR;
        if (!datetime_is_datetime(args[0]))
            return molt_raise_format(&molt_type_TypeError, "fromutc: argument must be a datetime");
        if (((DateTimeDateTime *)molt_as_ptr(args[0]))->tzinfo != self)
            return molt_raise_format(&molt_type_ValueError, "fromutc: dt.tzinfo is not self");
        return molt_binary_op(MOLT_OP_ADD, args[0], molt_from_ptr(&zone->offset));
    }
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const timezone_method_names[] = {"utcoffset", "dst", "tzname", "fromutc", NULL};

MoltValue datetime_timezone_constant(const char *name) {
    if (strcmp(name, "utc") == 0) return datetime_timezone_utc();
    DateTimeDelta offset = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_timedelta}, 0, 0, 0};
    if (strcmp(name, "min") == 0) {
        offset.days = -1;
        offset.seconds = 60;
    } else if (strcmp(name, "max") == 0) {
        offset.seconds = 86340;
    } else {
        return MOLT_NOT_IMPLEMENTED;
    }
    return datetime_timezone_new(offset, MOLT_NONE);
}

MoltType molt_type_datetime_timezone = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_datetime_meta},
    .name = "datetime.timezone",
    .module_name = "datetime",
    .base = &molt_type_datetime_tzinfo,
    .dealloc = timezone_dealloc,
    .repr = timezone_repr,
    .str = timezone_name,
    .hash = timezone_hash,
    .richcompare = timezone_richcompare,
    .call = timezone_call,
    .call_method = timezone_call_method,
    .method_names = timezone_method_names,
};
