/* The re module's engine, shared by its files: the parser (re_parse.c) turns a
 * pattern into a tree of ReNode, the compiler (re_compile.c) turns the tree
 * into a ReProgram, the matcher (re_match.c) runs a program over a subject
 * with an explicit backtracking stack, re_chars.c answers the character
 * questions (categories, case folding) and the Python objects live in re.c
 * (module, Pattern), re_match_object.c (Match) and re_template.c (sub's
 * replacement templates). The semantics follow CPython 3.12's sre. */
#ifndef MOLT_RE_INTERNAL_H
#define MOLT_RE_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "molt/molt.h"

/* The flags, with CPython's values. */
enum {
    RE_FLAG_TEMPLATE = 1, RE_FLAG_IGNORECASE = 2, RE_FLAG_LOCALE = 4, RE_FLAG_MULTILINE = 8,
    RE_FLAG_DOTALL = 16, RE_FLAG_UNICODE = 32, RE_FLAG_VERBOSE = 64, RE_FLAG_DEBUG = 128,
    RE_FLAG_ASCII = 256,
};

#define RE_MAXREPEAT UINT32_MAX   /* "no upper bound"; CPython's MAXREPEAT */
#define RE_MAXGROUPS 1073741823   /* CPython's MAXGROUPS on 64-bit builds, halved as sre keeps 2 marks */

/* ---- characters (re_chars.c) ----------------------------------------------- */

typedef enum ReCategory {
    RE_CATEGORY_DIGIT, RE_CATEGORY_NOT_DIGIT, RE_CATEGORY_SPACE, RE_CATEGORY_NOT_SPACE,
    RE_CATEGORY_WORD, RE_CATEGORY_NOT_WORD,
} ReCategory;

bool re_is_word(uint32_t c, bool ascii);
bool re_category_has(ReCategory category, uint32_t c, bool ascii);
/* sre's lower/upper: the simple case mappings (ASCII only under re.ASCII). */
uint32_t re_lower(uint32_t c, bool ascii);
uint32_t re_upper(uint32_t c, bool ascii);
bool re_is_cased(uint32_t c, bool ascii);
/* The characters other than c that sre's compiler makes c (a lowercase
 * character) match under IGNORECASE (CPython's _ignorecase_fixes, from
 * _EXTRA_CASES): count written to out (room for 3). */
int re_case_fixes(uint32_t lower_c, uint32_t out[3]);

/* ---- the pattern tree (re_parse.c) ----------------------------------------- */

typedef enum ReSetKind { RE_SET_LITERAL, RE_SET_RANGE, RE_SET_CATEGORY } ReSetKind;

typedef struct ReSetItem {
    ReSetKind kind;
    uint32_t low, high;       /* LITERAL: low; RANGE: low..high; CATEGORY: low is a ReCategory */
} ReSetItem;

typedef enum ReAt {
    RE_AT_BEGINNING, RE_AT_END, RE_AT_BEGINNING_STRING, RE_AT_END_STRING,
    RE_AT_BOUNDARY, RE_AT_NON_BOUNDARY,
} ReAt;

typedef enum ReNodeKind {
    RE_NODE_SEQUENCE,        /* items matched one after the other */
    RE_NODE_BRANCH,          /* items (sequences) tried in order */
    RE_NODE_LITERAL,         /* value */
    RE_NODE_NOT_LITERAL,     /* value ([^a]) */
    RE_NODE_ANY,             /* . */
    RE_NODE_SET,             /* [...]: set, negate */
    RE_NODE_AT,              /* value is a ReAt */
    RE_NODE_GROUP,           /* (...), (?i:...): group (0: not capturing), add/del flags, body */
    RE_NODE_REPEAT,          /* body{min,max}, greedy/lazy/possessive */
    RE_NODE_GROUPREF,        /* \1, (?P=name): group */
    RE_NODE_GROUPREF_EXISTS, /* (?(1)yes|no): group, body (yes), no (may be NULL) */
    RE_NODE_ASSERT,          /* (?=...) (?!...) (?<=...) (?<!...): behind, negate, body */
    RE_NODE_ATOMIC,          /* (?>...): body */
} ReNodeKind;

typedef enum ReRepeatKind { RE_GREEDY, RE_LAZY, RE_POSSESSIVE } ReRepeatKind;

typedef struct ReNode ReNode;
struct ReNode {
    ReNodeKind kind;
    uint32_t value;
    int group;
    int add_flags, del_flags;
    uint32_t min, max;
    ReRepeatKind repeat;
    bool behind, negate;
    ReNode *body, *no;
    ReNode **items;          /* SEQUENCE, BRANCH */
    size_t count, capacity;
    ReSetItem *set;          /* SET */
    size_t set_count, set_capacity;
    ReNode *next_allocated;  /* every node of a tree, to free them at once */
};

/* A parsed pattern. On error, message (CPython's text without the position)
 * and position are set and the tree is NULL. */
typedef struct ReParse {
    ReNode *root;
    ReNode *allocated;
    int flags;               /* the final flags, UNICODE added as CPython does */
    int groups;              /* capturing groups + 1 */
    char **group_names;      /* [groups]: the name of each group, or NULL */
    /* error */
    char message[256];
    int64_t position;        /* -1: none */
    int error_kind;          /* 0 re.error, 1 OverflowError, 2 ValueError */
} ReParse;

/* pattern: code points; flags as passed to compile(). 0, or -1 with the error in *out. */
int re_parse(const uint32_t *pattern, size_t length, int flags, ReParse *out);
void re_parse_free(ReParse *parse);

/* ---- the program (re_compile.c) -------------------------------------------- */

typedef enum ReOp {
    RE_OP_MATCH,
    RE_OP_CHAR,              /* a: code point */
    RE_OP_NOT_CHAR,
    RE_OP_CHAR_FOLD,         /* a: lowercase code point; subject char lowered */
    RE_OP_NOT_CHAR_FOLD,
    RE_OP_ANY,               /* anything but \n */
    RE_OP_ANY_ALL,
    RE_OP_CLASS,             /* a: class index */
    RE_OP_AT,                /* a: ReAt, b: multiline, c: ascii */
    RE_OP_JUMP,              /* a: target */
    RE_OP_SPLIT,             /* try a, then b */
    RE_OP_SAVE,              /* a: mark slot (2*group, 2*group+1) */
    RE_OP_GROUPREF,          /* a: group, b: fold, c: ascii */
    RE_OP_GROUP_EXISTS,      /* a: group, b: target when it did not match */
    RE_OP_REPEAT_INIT,       /* a: counter */
    RE_OP_REPEAT,            /* a: counter, b: body, c: exit, min, max, lazy */
    RE_OP_SINGLE_REPEAT,     /* the one-character item is the next instruction; min, max, lazy */
    RE_OP_ASSERT,            /* a: the matching ASSERT_END, b: negate, c: width looked behind (-1 ahead) */
    RE_OP_ATOMIC,            /* a: the matching ASSERT_END */
    RE_OP_ASSERT_END,
} ReOp;

typedef struct ReInstruction {
    ReOp op;
    bool lazy;
    int64_t a, b, c;
    uint32_t min, max;
} ReInstruction;

/* A character class: membership of the (possibly lowered) character. */
typedef struct ReClass {
    bool negate;
    bool fold;               /* lower the subject character first (IGNORECASE and cased) */
    bool ascii;
    uint8_t latin1[32];      /* membership of 0..255 (before negation) */
    uint32_t *ranges;        /* low, high pairs for characters past 255 */
    size_t range_count;
    uint32_t *fold_ranges;   /* non-BMP ranges tested as sre's RANGE_UNI_IGNORE */
    size_t fold_range_count;
    uint32_t categories;     /* bit per ReCategory */
} ReClass;

typedef struct ReProgram {
    ReInstruction *code;
    size_t length, capacity;
    ReClass *classes;
    size_t class_count, class_capacity;
    int counters;            /* REPEAT counters */
    int groups;              /* capturing groups + 1 */
} ReProgram;

/* 0, or -1 with message set ("look-behind requires fixed-width pattern"). */
int re_compile(const ReParse *parse, ReProgram *out, char message[256]);
void re_program_free(ReProgram *program);
bool re_class_contains(const ReClass *klass, uint32_t c);

/* ---- the matcher (re_match.c) ---------------------------------------------- */

/* The text matched: ASCII bytes or code points. */
typedef struct ReSubject {
    const uint8_t *bytes;    /* non-NULL when every character is ASCII */
    const uint32_t *chars;
    int64_t length;
} ReSubject;

static inline uint32_t re_subject_at(const ReSubject *subject, int64_t index) {
    return subject->bytes ? subject->bytes[index] : subject->chars[index];
}

typedef enum ReMode { RE_MODE_MATCH, RE_MODE_FULLMATCH, RE_MODE_SEARCH } ReMode;

/* Runs program over subject[start..end) (end is where $ sees the end;
 * lookbehind and ^ see the whole subject). marks[0..2*groups) receive the
 * spans (-1 when unset), *lastindex the last group closed (-1 for none).
 * must_advance refuses an empty match at start (findall, sub, split after an
 * empty match). 1 matched, 0 not, -1 MemoryError set. */
int re_execute(const ReProgram *program, const ReSubject *subject, int64_t start, int64_t end, ReMode mode,
               bool must_advance, int64_t *marks, int64_t *lastindex);


/* ---- the Python objects (re.c, re_match_object.c, re_template.c) ----------- */

typedef struct RePattern {
    MoltObject header;
    MoltValue pattern;       /* the str given */
    int flags;
    int groups;              /* capturing groups (without group 0) */
    MoltValue groupindex;    /* dict name -> number */
    ReProgram program;
} RePattern;

extern MoltType molt_type_re_pattern;
extern MoltType molt_type_re_match;

/* A subject str as the matcher reads it: its ASCII bytes, or its code points
 * (decoded into `owned`). */
typedef struct ReText {
    ReSubject subject;
    uint32_t *owned;
} ReText;

void re_text_init(ReText *text, MoltValue str);
void re_text_free(ReText *text);

/* A new Match for the spans in marks[0..2*(groups+1)). */
MoltValue re_match_new(RePattern *pattern, MoltValue string, const int64_t *marks, int64_t lastindex, int64_t pos,
                       int64_t endpos);

/* A replacement template parsed against a pattern: literal text and group
 * references. */
typedef struct ReTemplate {
    MoltValue *literals;     /* str, or MOLT_NONE for a group item */
    int *groups;
    size_t count;
} ReTemplate;

/* 0, or -1 with re.error / IndexError set as CPython's parse_template. */
int re_template_parse(RePattern *pattern, MoltValue repl, ReTemplate *out);
void re_template_free(ReTemplate *template);
/* The expansion for one match; unmatched groups give "". */
MoltValue re_template_expand(const ReTemplate *template, MoltValue string, const int64_t *marks);

/* __copy__() and __deepcopy__(memo) of Pattern and Match (both immutable:
 * self), or MOLT_NOT_IMPLEMENTED for another name. */
MoltValue re_copy_method(MoltValue self, const char *type_name, const char *name, size_t nargs, MoltValue kwnames);

/* TypeError for a template that is not a str. */
MoltValue re_raise_template_type(MoltValue template);

/* Raises re.error(message, pattern, position); position -1: none. */
MoltValue re_raise_error(const char *message, MoltValue pattern, int64_t position);

/* Drops the compile cache and re.error at exit. */
void molt_re_release(void);

#endif
