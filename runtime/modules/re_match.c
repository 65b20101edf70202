/* The re matcher: runs a ReProgram over a subject by backtracking, with the
 * choice points and the undo records of captures and repeat counters on an
 * explicit, growable stack (no C recursion, so long subjects and deep
 * nesting work on every target). The order in which alternatives are tried,
 * the repeat rules (sre's zero-width iteration protection included) and the
 * empty-match rules of findall/sub/split are sre's. */
#include <stdlib.h>
#include <string.h>

#include "re_internal.h"

typedef enum EntryKind {
    ENTRY_CHOICE,         /* resume at pc, pos */
    ENTRY_UNDO_MARK,      /* marks[slot] = value, lastindex = pos */
    ENTRY_UNDO_COUNTER,   /* count[slot] = value, last[slot] = pos */
    ENTRY_SINGLE_GREEDY,  /* a single-character repeat at pc began at pos and took value items */
    ENTRY_SINGLE_LAZY,    /* ... is at pos, having taken value items */
    ENTRY_LAZY_MORE,      /* a lazy REPEAT at pc may take another iteration at pos */
    ENTRY_BARRIER,        /* a lookaround or atomic group at pc began at pos; slot: enclosing barrier */
} EntryKind;

typedef struct Entry {   /* 32 bytes: long subjects push many */
    uint8_t kind;         /* an EntryKind */
    bool matched;         /* BARRIER of a negative lookaround: its body matched */
    int32_t pc;
    int32_t slot;
    int64_t pos, value;
} Entry;

typedef struct Machine {
    const ReProgram *program;
    const ReSubject *subject;
    int64_t end;
    Entry *stack;
    size_t top, capacity;
    int64_t *marks;
    int64_t lastindex;
    int64_t *count, *last;
    int64_t barrier;      /* index of the innermost open barrier, -1 none */
} Machine;

static bool push(Machine *m, Entry entry) {
    if (m->top == m->capacity) {
        size_t capacity = m->capacity ? m->capacity * 2 : 64;
        Entry *grown = realloc(m->stack, capacity * sizeof *grown);
        if (!grown) return false;
        m->stack = grown;
        m->capacity = capacity;
    }
    m->stack[m->top++] = entry;
    return true;
}

static uint32_t char_at(const Machine *m, int64_t pos) { return re_subject_at(m->subject, pos); }

/* One character item (CHAR, CLASS, ANY...) at pos < end. */
static bool item_matches(const Machine *m, const ReInstruction *item, int64_t pos) {
    uint32_t c = char_at(m, pos);
    switch (item->op) {
    case RE_OP_CHAR: return c == (uint32_t)item->a;
    case RE_OP_NOT_CHAR: return c != (uint32_t)item->a;
    case RE_OP_CHAR_FOLD: return re_lower(c, item->b) == (uint32_t)item->a;
    case RE_OP_NOT_CHAR_FOLD: return re_lower(c, item->b) != (uint32_t)item->a;
    case RE_OP_ANY: return c != '\n';
    case RE_OP_ANY_ALL: return true;
    case RE_OP_CLASS: return re_class_contains(&m->program->classes[item->a], c);
    default: return false;
    }
}

static bool is_word_at(const Machine *m, int64_t pos, bool ascii) { return re_is_word(char_at(m, pos), ascii); }

static bool at_matches(const Machine *m, const ReInstruction *in, int64_t pos) {
    int64_t end = m->end;
    bool multiline = in->b, ascii = in->c;
    switch ((ReAt)in->a) {
    case RE_AT_BEGINNING:
        return pos == 0 || (multiline && char_at(m, pos - 1) == '\n');
    case RE_AT_END:
        if (multiline) return pos == end || char_at(m, pos) == '\n';
        return pos == end || (pos + 1 == end && char_at(m, pos) == '\n');
    case RE_AT_BEGINNING_STRING:
        return pos == 0;
    case RE_AT_END_STRING:
        return pos == end;
    case RE_AT_BOUNDARY: case RE_AT_NON_BOUNDARY: {
        if (end == 0) return false;   /* sre: neither on an empty subject */
        bool before = pos > 0 && is_word_at(m, pos - 1, ascii);
        bool after = pos < end && is_word_at(m, pos, ascii);
        return (before != after) == ((ReAt)in->a == RE_AT_BOUNDARY);
    }
    }
    return false;
}

static bool set_mark(Machine *m, int64_t slot, int64_t pos) {
    if (!push(m, (Entry){ENTRY_UNDO_MARK, false, 0, (int32_t)slot, m->lastindex, m->marks[slot]})) return false;
    m->marks[slot] = pos;
    if (slot & 1) m->lastindex = slot / 2;
    return true;
}

static bool set_counter(Machine *m, int64_t k, int64_t count, int64_t last) {
    if (!push(m, (Entry){ENTRY_UNDO_COUNTER, false, 0, (int32_t)k, m->last[k], m->count[k]})) return false;
    m->count[k] = count;
    m->last[k] = last;
    return true;
}

/* A positive lookaround or atomic group succeeded: its choice points go,
 * its undo records stay (captures inside it may still be undone later). */
static void cut_to_barrier(Machine *m) {
    size_t base = (size_t)m->barrier;
    m->barrier = m->stack[base].slot;
    size_t kept = base;
    for (size_t i = base + 1; i < m->top; i++)
        if (m->stack[i].kind == ENTRY_UNDO_MARK || m->stack[i].kind == ENTRY_UNDO_COUNTER) m->stack[kept++] = m->stack[i];
    m->top = kept;
}

static bool groupref_matches(const Machine *m, const ReInstruction *in, int64_t *pos) {
    int64_t start = m->marks[2 * in->a], stop = m->marks[2 * in->a + 1];
    if (start < 0 || stop < 0 || stop < start) return false;
    int64_t length = stop - start;
    if (*pos + length > m->end) return false;
    for (int64_t i = 0; i < length; i++) {
        uint32_t a = char_at(m, start + i), b = char_at(m, *pos + i);
        if (a == b) continue;
        if (!in->b || re_lower(a, in->c) != re_lower(b, in->c)) return false;
    }
    *pos += length;
    return true;
}

/* Runs from pos; 1 matched (marks filled), 0 not, -1 out of memory. */
static int run(Machine *m, int64_t start, ReMode mode, bool must_advance, int64_t search_start) {
    const ReInstruction *code = m->program->code;
    int64_t pc = 0, pos = start, end = m->end;
    m->top = 0;
    m->barrier = -1;
    for (;;) {
        const ReInstruction *in = &code[pc];
        switch (in->op) {
        case RE_OP_MATCH:
            if ((mode == RE_MODE_FULLMATCH && pos != end) || (must_advance && pos == search_start)) goto fail;
            m->marks[0] = start;
            m->marks[1] = pos;
            return 1;
        case RE_OP_CHAR: case RE_OP_NOT_CHAR: case RE_OP_CHAR_FOLD: case RE_OP_NOT_CHAR_FOLD:
        case RE_OP_ANY: case RE_OP_ANY_ALL: case RE_OP_CLASS:
            if (pos >= end || !item_matches(m, in, pos)) goto fail;
            pos++;
            pc++;
            continue;
        case RE_OP_AT:
            if (!at_matches(m, in, pos)) goto fail;
            pc++;
            continue;
        case RE_OP_JUMP:
            pc = in->a;
            continue;
        case RE_OP_SPLIT:
            if (!push(m, (Entry){ENTRY_CHOICE, false, (int32_t)in->b, 0, pos, 0})) return -1;
            pc = in->a;
            continue;
        case RE_OP_SAVE:
            if (!set_mark(m, in->a, pos)) return -1;
            pc++;
            continue;
        case RE_OP_GROUPREF:
            if (!groupref_matches(m, in, &pos)) goto fail;
            pc++;
            continue;
        case RE_OP_GROUP_EXISTS: {
            int64_t s = m->marks[2 * in->a], e = m->marks[2 * in->a + 1];
            pc = s >= 0 && e >= 0 && e >= s ? pc + 1 : in->b;
            continue;
        }
        case RE_OP_REPEAT_INIT:
            if (!set_counter(m, in->a, -1, -1)) return -1;
            pc++;
            continue;
        case RE_OP_REPEAT: {
            int64_t k = in->a, n = m->count[k] + 1;
            bool below_max = in->max == RE_MAXREPEAT || n < (int64_t)in->max;
            if (n < (int64_t)in->min) {
                if (!set_counter(m, k, n, m->last[k])) return -1;
                pc = in->b;
            } else if (in->lazy) {
                if (!push(m, (Entry){ENTRY_LAZY_MORE, false, (int32_t)pc, 0, pos, 0})) return -1;
                pc = in->c;
            } else if (below_max && pos != m->last[k]) {
                if (!push(m, (Entry){ENTRY_CHOICE, false, (int32_t)in->c, 0, pos, 0})) return -1;
                if (!set_counter(m, k, n, pos)) return -1;
                pc = in->b;
            } else {
                pc = in->c;
            }
            continue;
        }
        case RE_OP_SINGLE_REPEAT: {
            const ReInstruction *item = in + 1;
            int64_t limit = in->max == RE_MAXREPEAT ? end - pos : (int64_t)in->max;
            if (limit > end - pos) limit = end - pos;
            int64_t min = in->min, n = 0;
            if (min > end - pos) goto fail;   /* also when match() starts past endpos, as sre */
            if (in->lazy) {
                while (n < min && n < limit && item_matches(m, item, pos + n)) n++;
                if (n < min) goto fail;
                if (in->max == RE_MAXREPEAT || n < (int64_t)in->max)
                    if (!push(m, (Entry){ENTRY_SINGLE_LAZY, false, (int32_t)pc, 0, pos + n, n})) return -1;
            } else {
                while (n < limit && item_matches(m, item, pos + n)) n++;
                if (n < min) goto fail;
                if (n > min && !push(m, (Entry){ENTRY_SINGLE_GREEDY, false, (int32_t)pc, 0, pos, n})) return -1;
            }
            pos += n;
            pc += 2;
            continue;
        }
        case RE_OP_ASSERT: {
            int64_t width = in->c;
            if (width > pos) {   /* not enough text behind: the assertion fails */
                if (in->b) {
                    pc = in->a + 1;
                    continue;
                }
                goto fail;
            }
            if (!push(m, (Entry){ENTRY_BARRIER, false, (int32_t)pc, (int32_t)m->barrier, pos, 0})) return -1;
            m->barrier = (int64_t)m->top - 1;
            if (width > 0) pos -= width;
            pc++;
            continue;
        }
        case RE_OP_ATOMIC:
            if (!push(m, (Entry){ENTRY_BARRIER, false, (int32_t)pc, (int32_t)m->barrier, pos, 0})) return -1;
            m->barrier = (int64_t)m->top - 1;
            pc++;
            continue;
        case RE_OP_ASSERT_END: {
            Entry *barrier = &m->stack[m->barrier];
            const ReInstruction *opener = &code[barrier->pc];
            if (opener->op == RE_OP_ASSERT && opener->b) {
                barrier->matched = true;
                goto fail;
            }
            int64_t saved = barrier->pos;
            cut_to_barrier(m);
            if (opener->op == RE_OP_ASSERT) pos = saved;
            pc = opener->a + 1;
            continue;
        }
        }
    fail:
        for (;;) {
            if (m->top == 0) return 0;
            Entry e = m->stack[--m->top];
            switch (e.kind) {
            case ENTRY_UNDO_MARK:
                m->marks[e.slot] = e.value;
                m->lastindex = e.pos;
                continue;
            case ENTRY_UNDO_COUNTER:
                m->count[e.slot] = e.value;
                m->last[e.slot] = e.pos;
                continue;
            case ENTRY_CHOICE:
                pc = e.pc;
                pos = e.pos;
                break;
            case ENTRY_SINGLE_GREEDY: {
                int64_t n = e.value - 1;
                if (n > (int64_t)code[e.pc].min && !push(m, (Entry){ENTRY_SINGLE_GREEDY, false, (int32_t)e.pc, 0, e.pos, n}))
                    return -1;
                pos = e.pos + n;
                pc = e.pc + 2;
                break;
            }
            case ENTRY_SINGLE_LAZY: {
                const ReInstruction *repeat = &code[e.pc];
                if (e.pos >= end || !item_matches(m, repeat + 1, e.pos)) continue;
                int64_t n = e.value + 1;
                if ((repeat->max == RE_MAXREPEAT || n < (int64_t)repeat->max) &&
                    !push(m, (Entry){ENTRY_SINGLE_LAZY, false, (int32_t)e.pc, 0, e.pos + 1, n}))
                    return -1;
                pos = e.pos + 1;
                pc = e.pc + 2;
                break;
            }
            case ENTRY_LAZY_MORE: {
                const ReInstruction *repeat = &code[e.pc];
                int64_t k = repeat->a, n = m->count[k] + 1;
                if ((repeat->max != RE_MAXREPEAT && n >= (int64_t)repeat->max) || e.pos == m->last[k]) continue;
                pos = e.pos;
                if (!set_counter(m, k, n, pos)) return -1;
                pc = repeat->b;
                break;
            }
            case ENTRY_BARRIER: {
                m->barrier = e.slot;
                const ReInstruction *opener = &code[e.pc];
                if (opener->op == RE_OP_ASSERT && opener->b && !e.matched) {
                    pos = e.pos;
                    pc = opener->a + 1;
                    break;
                }
                continue;
            }
            }
            break;
        }
    }
}

int re_execute(const ReProgram *program, const ReSubject *subject, int64_t start, int64_t end, ReMode mode,
               bool must_advance, int64_t *marks, int64_t *lastindex) {
    size_t slots = (size_t)program->groups * 2, counters = (size_t)program->counters;
    Machine m = {.program = program, .subject = subject, .end = end, .marks = marks};
    m.count = calloc(counters * 2 + 1, sizeof *m.count);
    if (!m.count) {
        molt_raise_format(&molt_type_MemoryError, "%s", "");
        return -1;
    }
    m.last = m.count + counters;
    int result = 0;
    /* match() and fullmatch() try start even past end (pos > endpos), as sre. */
    for (int64_t at = start; at <= end || (at == start && mode != RE_MODE_SEARCH); at++) {
        for (size_t i = 0; i < slots; i++) marks[i] = -1;
        m.lastindex = -1;
        result = run(&m, at, mode, must_advance, start);
        if (result != 0 || mode != RE_MODE_SEARCH) break;
    }
    free(m.stack);
    free(m.count);
    if (result < 0) {
        molt_raise_format(&molt_type_MemoryError, "%s", "");
        return -1;
    }
    *lastindex = m.lastindex;
    return result;
}
