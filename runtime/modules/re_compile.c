/* The re compiler: a parsed pattern (ReNode tree) to a ReProgram for the
 * backtracking matcher, choosing per node what sre's re/_compiler.py
 * chooses: case-insensitive literals and sets as sre lowers them (with its
 * extra case equivalences), single-character repeats as one instruction,
 * look-behind only of fixed width. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "re_internal.h"

typedef struct Compiler {
    ReProgram *program;
    uint64_t *group_widths;   /* [groups * 2]: lo, hi of each closed group */
    char *message;
    bool failed;
} Compiler;

#define WIDTH_MAX ((uint64_t)1 << 62)

static uint64_t add_width(uint64_t a, uint64_t b) { return a + b > WIDTH_MAX ? WIDTH_MAX : a + b; }
static uint64_t mul_width(uint64_t a, uint64_t b) {
    if (a == 0 || b == 0) return 0;
    return a > WIDTH_MAX / b ? WIDTH_MAX : a * b;
}

/* SubPattern.getwidth(): the least and most characters a node matches. */
static void node_width(const Compiler *c, const ReNode *node, uint64_t *lo, uint64_t *hi) {
    *lo = *hi = 0;
    switch (node->kind) {
    case RE_NODE_SEQUENCE:
        for (size_t i = 0; i < node->count; i++) {
            uint64_t l, h;
            node_width(c, node->items[i], &l, &h);
            *lo = add_width(*lo, l);
            *hi = add_width(*hi, h);
        }
        return;
    case RE_NODE_BRANCH: {
        uint64_t l0 = WIDTH_MAX, h0 = 0;
        for (size_t i = 0; i < node->count; i++) {
            uint64_t l, h;
            node_width(c, node->items[i], &l, &h);
            if (l < l0) l0 = l;
            if (h > h0) h0 = h;
        }
        *lo = node->count ? l0 : 0;
        *hi = h0;
        return;
    }
    case RE_NODE_LITERAL: case RE_NODE_NOT_LITERAL: case RE_NODE_ANY: case RE_NODE_SET:
        *lo = *hi = 1;
        return;
    case RE_NODE_GROUP: case RE_NODE_ATOMIC:
        node_width(c, node->body, lo, hi);
        return;
    case RE_NODE_REPEAT: {
        uint64_t l, h;
        node_width(c, node->body, &l, &h);
        *lo = mul_width(l, node->min);
        *hi = node->max == RE_MAXREPEAT ? (h ? WIDTH_MAX : 0) : mul_width(h, node->max);
        return;
    }
    case RE_NODE_GROUPREF:
        *lo = c->group_widths[2 * node->group];
        *hi = c->group_widths[2 * node->group + 1];
        return;
    case RE_NODE_GROUPREF_EXISTS: {
        uint64_t l, h;
        node_width(c, node->body, &l, &h);
        if (node->no) {
            uint64_t l2, h2;
            node_width(c, node->no, &l2, &h2);
            *lo = l < l2 ? l : l2;
            *hi = h > h2 ? h : h2;
        } else {
            *lo = 0;
            *hi = h;
        }
        return;
    }
    case RE_NODE_AT: case RE_NODE_ASSERT:
        return;
    }
}

/* ---- emitting ---------------------------------------------------------------- */

static size_t emit(Compiler *c, ReOp op, int64_t a, int64_t b, int64_t cc) {
    ReProgram *program = c->program;
    if (program->length == program->capacity) {
        program->capacity = program->capacity ? program->capacity * 2 : 32;
        program->code = realloc(program->code, program->capacity * sizeof *program->code);
    }
    program->code[program->length] = (ReInstruction){.op = op, .a = a, .b = b, .c = cc};
    return program->length++;
}

static ReInstruction *at_pc(Compiler *c, size_t pc) { return &c->program->code[pc]; }
static int64_t here(const Compiler *c) { return (int64_t)c->program->length; }

/* ---- character classes ------------------------------------------------------- */

static ReClass *class_new(Compiler *c, int64_t *index) {
    ReProgram *program = c->program;
    if (program->class_count == program->class_capacity) {
        program->class_capacity = program->class_capacity ? program->class_capacity * 2 : 4;
        program->classes = realloc(program->classes, program->class_capacity * sizeof *program->classes);
    }
    *index = (int64_t)program->class_count;
    ReClass *klass = &program->classes[program->class_count++];
    memset(klass, 0, sizeof *klass);
    return klass;
}

static void append_range(uint32_t **ranges, size_t *count, uint32_t low, uint32_t high) {
    *ranges = realloc(*ranges, (*count + 1) * 2 * sizeof **ranges);
    (*ranges)[*count * 2] = low;
    (*ranges)[*count * 2 + 1] = high;
    (*count)++;
}

/* Members low..high of a class tested on the character as it is. */
static void class_add(ReClass *klass, uint32_t low, uint32_t high) {
    for (uint32_t i = low; i <= high && i < 256; i++) klass->latin1[i >> 3] |= (uint8_t)(1u << (i & 7));
    if (high >= 256) append_range(&klass->ranges, &klass->range_count, low < 256 ? 256 : low, high);
}

static void bitmap_set(uint8_t *bits, uint32_t i) { bits[i >> 3] |= (uint8_t)(1u << (i & 7)); }

/* The lowered character i and its extra equivalences into a BMP bitmap, as
 * _optimize_charset's fixup. */
static void fold_into(uint8_t *bmp, uint32_t i, bool ascii) {
    uint32_t lo = re_lower(i, ascii);
    if (lo <= 0xFFFF) bitmap_set(bmp, lo);
    if (ascii) return;
    uint32_t fixes[3];
    int count = re_case_fixes(lo, fixes);
    for (int k = 0; k < count; k++) bitmap_set(bmp, fixes[k]);
}

static bool set_has_cased(const ReNode *set, bool ascii) {
    for (size_t i = 0; i < set->set_count; i++) {
        const ReSetItem *item = &set->set[i];
        if (item->kind == RE_SET_CATEGORY) continue;
        if (item->high > 0xFFFF) return true;
        for (uint32_t ch = item->low; ch <= item->high; ch++)
            if (re_is_cased(ch, ascii)) return true;
    }
    return false;
}

static int64_t compile_class(Compiler *c, const ReNode *set, bool negate, int flags) {
    bool ascii = (flags & RE_FLAG_ASCII) != 0;
    bool fold = (flags & RE_FLAG_IGNORECASE) && set_has_cased(set, ascii);
    int64_t index;
    ReClass *klass = class_new(c, &index);
    klass->negate = negate;
    klass->fold = fold;
    klass->ascii = ascii;
    uint8_t *bmp = fold ? calloc(0x10000 / 8, 1) : NULL;
    for (size_t i = 0; i < set->set_count; i++) {
        const ReSetItem *item = &set->set[i];
        if (item->kind == RE_SET_CATEGORY) {
            klass->categories |= 1u << item->low;
        } else if (!fold) {
            class_add(klass, item->low, item->high);
        } else if (item->kind == RE_SET_LITERAL && item->low > 0xFFFF) {
            append_range(&klass->ranges, &klass->range_count, item->low, item->low);
        } else {
            for (uint32_t ch = item->low; ch <= item->high && ch <= 0xFFFF; ch++) fold_into(bmp, ch, ascii);
            if (item->high > 0xFFFF) append_range(&klass->fold_ranges, &klass->fold_range_count, item->low, item->high);
        }
    }
    if (bmp) {
        for (uint32_t ch = 0; ch <= 0xFFFF; ch++) {
            if (!(bmp[ch >> 3] & (1u << (ch & 7)))) continue;
            uint32_t end = ch;
            while (end < 0xFFFF && (bmp[(end + 1) >> 3] & (1u << ((end + 1) & 7)))) end++;
            class_add(klass, ch, end);
            ch = end;
        }
        free(bmp);
    }
    return index;
}

bool re_class_contains(const ReClass *klass, uint32_t ch) {
    uint32_t t = klass->fold ? re_lower(ch, klass->ascii) : ch;
    bool member = false;
    if (t < 256) {
        member = (klass->latin1[t >> 3] >> (t & 7)) & 1;
    } else {
        for (size_t i = 0; i < klass->range_count && !member; i++)
            member = klass->ranges[2 * i] <= t && t <= klass->ranges[2 * i + 1];
    }
    for (uint32_t k = 0; !member && klass->categories >> k; k++)
        if ((klass->categories >> k) & 1) member = re_category_has((ReCategory)k, t, klass->ascii);
    if (!member && klass->fold_range_count) {
        uint32_t u = re_upper(t, klass->ascii);
        for (size_t i = 0; i < klass->fold_range_count && !member; i++) {
            uint32_t low = klass->fold_ranges[2 * i], high = klass->fold_ranges[2 * i + 1];
            member = (low <= t && t <= high) || (low <= u && u <= high);
        }
    }
    return member != klass->negate;
}

/* ---- nodes -------------------------------------------------------------------- */

/* A literal (or, negated, [^c]) under the flags, as _compile's LITERAL_CODES. */
static void compile_literal(Compiler *c, uint32_t value, bool negate, int flags) {
    bool ascii = (flags & RE_FLAG_ASCII) != 0;
    if (!(flags & RE_FLAG_IGNORECASE) || !re_is_cased(value, ascii)) {
        emit(c, negate ? RE_OP_NOT_CHAR : RE_OP_CHAR, value, 0, 0);
        return;
    }
    uint32_t lo = re_lower(value, ascii), fixes[3];
    int count = ascii ? 0 : re_case_fixes(lo, fixes);
    if (count == 0) {
        emit(c, negate ? RE_OP_NOT_CHAR_FOLD : RE_OP_CHAR_FOLD, lo, ascii, 0);
        return;
    }
    /* IN_UNI_IGNORE of lo and its fixes: the lowered character is one of them. */
    int64_t index;
    ReClass *klass = class_new(c, &index);
    klass->negate = negate;
    klass->fold = true;
    class_add(klass, lo, lo);
    for (int k = 0; k < count; k++) class_add(klass, fixes[k], fixes[k]);
    emit(c, RE_OP_CLASS, index, 0, 0);
}

static int combine_flags(int flags, int add, int del) {
    if (add & (RE_FLAG_ASCII | RE_FLAG_UNICODE | RE_FLAG_LOCALE)) flags &= ~(RE_FLAG_ASCII | RE_FLAG_UNICODE | RE_FLAG_LOCALE);
    return (flags | add) & ~del;
}

/* A node that always matches exactly one character (sre's _simple). */
static const ReNode *single_character(const ReNode *node, int *flags) {
    for (;;) {
        switch (node->kind) {
        case RE_NODE_LITERAL: case RE_NODE_NOT_LITERAL: case RE_NODE_ANY: case RE_NODE_SET:
            return node;
        case RE_NODE_SEQUENCE:
            if (node->count != 1) return NULL;
            node = node->items[0];
            break;
        case RE_NODE_GROUP:
            if (node->group) return NULL;
            *flags = combine_flags(*flags, node->add_flags, node->del_flags);
            node = node->body;
            break;
        default:
            return NULL;
        }
    }
}

static void compile_node(Compiler *c, const ReNode *node, int flags);

static void compile_repeat(Compiler *c, const ReNode *node, int flags) {
    size_t atomic = 0;
    if (node->repeat == RE_POSSESSIVE) atomic = emit(c, RE_OP_ATOMIC, 0, 0, 0);
    int item_flags = flags;
    const ReNode *single = single_character(node->body, &item_flags);
    if (single) {
        size_t repeat = emit(c, RE_OP_SINGLE_REPEAT, 0, 0, 0);
        at_pc(c, repeat)->min = node->min;
        at_pc(c, repeat)->max = node->max;
        at_pc(c, repeat)->lazy = node->repeat == RE_LAZY;
        compile_node(c, single, item_flags);
    } else {
        int counter = c->program->counters++;
        emit(c, RE_OP_REPEAT_INIT, counter, 0, 0);
        size_t repeat = emit(c, RE_OP_REPEAT, counter, 0, 0);
        at_pc(c, repeat)->min = node->min;
        at_pc(c, repeat)->max = node->max;
        at_pc(c, repeat)->lazy = node->repeat == RE_LAZY;
        at_pc(c, repeat)->b = here(c);
        compile_node(c, node->body, flags);
        emit(c, RE_OP_JUMP, (int64_t)repeat, 0, 0);
        at_pc(c, repeat)->c = here(c);
    }
    if (node->repeat == RE_POSSESSIVE) {
        at_pc(c, atomic)->a = here(c);
        emit(c, RE_OP_ASSERT_END, 0, 0, 0);
    }
}

static void compile_node(Compiler *c, const ReNode *node, int flags) {
    if (c->failed) return;
    bool ascii = (flags & RE_FLAG_ASCII) != 0;
    switch (node->kind) {
    case RE_NODE_SEQUENCE:
        for (size_t i = 0; i < node->count; i++) compile_node(c, node->items[i], flags);
        return;
    case RE_NODE_BRANCH: {
        size_t jumps[node->count ? node->count : 1];
        for (size_t i = 0; i < node->count; i++) {
            size_t split = 0;
            if (i + 1 < node->count) split = emit(c, RE_OP_SPLIT, here(c) + 1, 0, 0);
            compile_node(c, node->items[i], flags);
            jumps[i] = emit(c, RE_OP_JUMP, 0, 0, 0);
            if (i + 1 < node->count) at_pc(c, split)->b = here(c);
        }
        for (size_t i = 0; i < node->count; i++) at_pc(c, jumps[i])->a = here(c);
        return;
    }
    case RE_NODE_LITERAL:
        compile_literal(c, node->value, false, flags);
        return;
    case RE_NODE_NOT_LITERAL:
        compile_literal(c, node->value, true, flags);
        return;
    case RE_NODE_ANY:
        emit(c, flags & RE_FLAG_DOTALL ? RE_OP_ANY_ALL : RE_OP_ANY, 0, 0, 0);
        return;
    case RE_NODE_SET:
        emit(c, RE_OP_CLASS, compile_class(c, node, node->negate, flags), 0, 0);
        return;
    case RE_NODE_AT:
        emit(c, RE_OP_AT, node->value, (flags & RE_FLAG_MULTILINE) != 0, ascii);
        return;
    case RE_NODE_GROUP: {
        int inner = combine_flags(flags, node->add_flags, node->del_flags);
        if (node->group) emit(c, RE_OP_SAVE, 2 * node->group, 0, 0);
        compile_node(c, node->body, inner);
        if (node->group) {
            emit(c, RE_OP_SAVE, 2 * node->group + 1, 0, 0);
            node_width(c, node->body, &c->group_widths[2 * node->group], &c->group_widths[2 * node->group + 1]);
        }
        return;
    }
    case RE_NODE_REPEAT:
        compile_repeat(c, node, flags);
        return;
    case RE_NODE_GROUPREF:
        emit(c, RE_OP_GROUPREF, node->group, (flags & RE_FLAG_IGNORECASE) != 0, ascii);
        return;
    case RE_NODE_GROUPREF_EXISTS: {
        size_t test = emit(c, RE_OP_GROUP_EXISTS, node->group, 0, 0);
        compile_node(c, node->body, flags);
        if (node->no) {
            size_t jump = emit(c, RE_OP_JUMP, 0, 0, 0);
            at_pc(c, test)->b = here(c);
            compile_node(c, node->no, flags);
            at_pc(c, jump)->a = here(c);
        } else {
            at_pc(c, test)->b = here(c);
        }
        return;
    }
    case RE_NODE_ASSERT: {
        int64_t width = -1;
        if (node->behind) {
            uint64_t lo, hi;
            node_width(c, node->body, &lo, &hi);
            if (lo != hi) {
                snprintf(c->message, 256, "look-behind requires fixed-width pattern");
                c->failed = true;
                return;
            }
            width = (int64_t)lo;
        }
        size_t start = emit(c, RE_OP_ASSERT, 0, node->negate, width);
        compile_node(c, node->body, flags);
        at_pc(c, start)->a = here(c);
        emit(c, RE_OP_ASSERT_END, 0, 0, 0);
        return;
    }
    case RE_NODE_ATOMIC: {
        size_t start = emit(c, RE_OP_ATOMIC, 0, 0, 0);
        compile_node(c, node->body, flags);
        at_pc(c, start)->a = here(c);
        emit(c, RE_OP_ASSERT_END, 0, 0, 0);
        return;
    }
    }
}

int re_compile(const ReParse *parse, ReProgram *out, char message[256]) {
    memset(out, 0, sizeof *out);
    out->groups = parse->groups;
    Compiler c = {.program = out, .message = message};
    c.group_widths = calloc((size_t)parse->groups * 2, sizeof *c.group_widths);
    compile_node(&c, parse->root, parse->flags);
    emit(&c, RE_OP_MATCH, 0, 0, 0);
    free(c.group_widths);
    if (c.failed) {
        re_program_free(out);
        return -1;
    }
    return 0;
}

void re_program_free(ReProgram *program) {
    for (size_t i = 0; i < program->class_count; i++) {
        free(program->classes[i].ranges);
        free(program->classes[i].fold_ranges);
    }
    free(program->classes);
    free(program->code);
    memset(program, 0, sizeof *program);
}
