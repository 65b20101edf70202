/* The contextlib module: contextmanager (a generator function made into a
 * factory of _GeneratorContextManager objects, whose __enter__ runs the
 * generator to its yield and whose __exit__ resumes it or throws into it,
 * as contextlib.py step for step), suppress, nullcontext and closing. The
 * managers are C types with __enter__ and __exit__ methods. */
#include <string.h>

#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "functools.h"

static const char *const manager_method_names[] = {"__enter__", "__exit__", NULL};

/* The three arguments of __exit__(self, typ, value, traceback), with the
 * message of a Python method called with too few or too many. */
static int check_exit_arguments(const char *qualname, size_t nargs, MoltValue kwnames) {
    static const char *const missing[] = {"'typ', 'value', and 'traceback'", "'value' and 'traceback'", "'traceback'"};
    if (molt_args_no_keywords("__exit__", kwnames) < 0) return -1;
    if (nargs < 3) {
        molt_raise_format(&molt_type_TypeError, "%s.__exit__() missing %zu required positional argument%s: %s", qualname,
                          3 - nargs, nargs == 2 ? "" : "s", missing[nargs]);
        return -1;
    }
    if (nargs > 3) {
        molt_raise_format(&molt_type_TypeError, "%s.__exit__() takes 4 positional arguments but %zu were given", qualname,
                          nargs + 1);
        return -1;
    }
    return 0;
}

static bool is_exception_of(MoltValue value, const MoltType *type) {
    return molt_is_ptr(value) && molt_type_is_subtype(molt_type_of(value), type);
}

/* ---- _GeneratorContextManager ------------------------------------------------------ */

typedef struct GeneratorManager {
    MoltObject header;
    MoltValue generator;
    /* What made the generator, for a decorated function to make it again; dropped
     * by __enter__ as contextlib.py does (MOLT_UNBOUND then). */
    MoltValue function, args, keywords;
} GeneratorManager;

extern MoltType molt_type_GeneratorContextManager;

static void manager_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    GeneratorManager *manager = (GeneratorManager *)object;
    MoltValue values[] = {manager->generator, manager->function, manager->args, manager->keywords};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (values[i] != MOLT_UNBOUND) visit(values[i], context);
}

static void drop_recipe(GeneratorManager *manager) {
    MoltValue values[] = {manager->function, manager->args, manager->keywords};
    manager->function = manager->args = manager->keywords = MOLT_UNBOUND;
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (values[i] != MOLT_UNBOUND) molt_decref(values[i]);
}

static void manager_clear(MoltObject *object) {
    GeneratorManager *manager = (GeneratorManager *)object;
    MoltValue generator = manager->generator;
    manager->generator = MOLT_UNBOUND;
    drop_recipe(manager);
    if (generator != MOLT_UNBOUND) molt_decref(generator);
}

static void manager_dealloc(MoltObject *object) {
    manager_clear(object);
    molt_gc_free(object);
}

/* _GeneratorContextManager(func, args, kwds): calls func(*args, **kwds). */
static MoltValue manager_new(MoltValue function, MoltValue args, MoltValue keywords) {
    MoltValue generator = molt_functools_call(function, molt_tuple_items(args), (size_t)molt_tuple_length(args),
                                              keywords, NULL, 0, MOLT_NONE);
    if (generator == MOLT_ERROR) return MOLT_ERROR;
    GeneratorManager *manager = molt_gc_allocate(sizeof *manager, &molt_type_GeneratorContextManager);
    manager->generator = generator;
    manager->function = molt_new_reference(function);
    manager->args = molt_new_reference(args);
    manager->keywords = molt_new_reference(keywords);
    return molt_from_ptr(manager);
}

/* next(gen): the item, MOLT_STOP when the generator is exhausted, or MOLT_ERROR. */
static MoltValue next_item(MoltValue generator) {
    MoltValue item = molt_builtin_next(&generator, 1, MOLT_NONE);
    if (item != MOLT_ERROR || molt_exc_matches(molt_from_type(&molt_type_StopIteration)) != 1) return item;
    molt_decref(molt_exc_fetch());
    return MOLT_STOP;
}

/* raise RuntimeError(message) ... finally: gen.close() */
static MoltValue raise_and_close(MoltValue generator, const char *message) {
    molt_raise_format(&molt_type_RuntimeError, "%s", message);
    MoltValue error = molt_exc_fetch();
    molt_exc_push_handled(error);   /* an exception of close() has it as __context__ */
    MoltValue closed = molt_call_method(generator, "close", NULL, 0, MOLT_NONE);
    molt_exc_pop_handled();
    if (closed == MOLT_ERROR) {
        molt_decref(error);
        return MOLT_ERROR;
    }
    molt_decref(closed);
    return molt_exc_restore(error);
}

static MoltValue manager_enter(GeneratorManager *manager) {
    if (manager->function == MOLT_UNBOUND)
        return molt_raise_format(&molt_type_AttributeError, "'_GeneratorContextManager' object has no attribute 'args'");
    drop_recipe(manager);
    MoltValue item = next_item(manager->generator);
    if (item == MOLT_STOP) return molt_raise_format(&molt_type_RuntimeError, "generator didn't yield");
    return item;
}

static MoltValue manager_exit(GeneratorManager *manager, MoltValue type, MoltValue value) {
    MoltValue generator = manager->generator;
    if (type == MOLT_NONE) {
        MoltValue item = next_item(generator);
        if (item == MOLT_STOP) return MOLT_FALSE;
        if (item == MOLT_ERROR) return MOLT_ERROR;
        molt_decref(item);
        return raise_and_close(generator, "generator didn't stop");
    }
    value = value == MOLT_NONE ? molt_call(type, NULL, 0, MOLT_NONE) : molt_new_reference(value);
    if (value == MOLT_ERROR) return MOLT_ERROR;
    MoltValue item = molt_call_method(generator, "throw", &value, 1, MOLT_NONE);
    if (item != MOLT_ERROR) {
        molt_decref(item);
        molt_decref(value);
        return raise_and_close(generator, "generator didn't stop after throw()");
    }
    MoltValue raised = molt_exc_fetch();
    MoltValue result = MOLT_FALSE;
    if (is_exception_of(raised, &molt_type_StopIteration)) {
        /* The generator returned: it swallowed the exception. */
        result = molt_from_bool(raised != value);
    } else if (raised != value) {
        bool reraise = true;
        if (is_exception_of(raised, &molt_type_RuntimeError) && is_exception_of(value, &molt_type_StopIteration)) {
            /* PEP 479 turned the StopIteration thrown in into this RuntimeError. */
            MoltValue cause = molt_getattr(raised, "__cause__");
            if (cause == MOLT_ERROR) molt_decref(molt_exc_fetch());
            else reraise = cause != value;
            if (cause != MOLT_ERROR) molt_decref(cause);
        }
        if (reraise) {
            molt_decref(value);
            return molt_exc_restore(raised);
        }
    }
    molt_decref(raised);
    molt_decref(value);
    return result;
}

static MoltValue manager_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames) {
    GeneratorManager *manager = molt_as_ptr(self);
    if (strcmp(name, "__enter__") == 0) {
        if (nargs || molt_args_keyword_count(kwnames))
            return molt_raise_format(&molt_type_TypeError,
                                     "_GeneratorContextManager.__enter__() takes 1 positional argument but %zu were given",
                                     nargs + 1);
        return manager_enter(manager);
    }
    if (strcmp(name, "__exit__") == 0) {
        if (check_exit_arguments("_GeneratorContextManager", nargs, kwnames) < 0) return MOLT_ERROR;
        molt_incref(self);
        MoltValue result = manager_exit(manager, args[0], args[1]);
        molt_decref(self);
        return result;
    }
    return MOLT_NOT_IMPLEMENTED;
}

/* ContextDecorator: @cm() on a function makes `inner`, which runs the
 * function inside a context manager made again from the same recipe. */
static MoltValue inner_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue recipe = ((MoltCell *)molt_as_ptr(molt_function_cell(function, 0)))->contents;
    const MoltValue *parts = molt_tuple_items(recipe);   /* func, args, kwds, the decorated function */
    MoltValue result = MOLT_ERROR;
    MoltValue made = manager_new(parts[0], parts[1], parts[2]);
    if (made == MOLT_ERROR) goto done;
    GeneratorManager *manager = molt_as_ptr(made);
    MoltValue entered = manager_enter(manager);
    if (entered == MOLT_ERROR) goto release;
    molt_decref(entered);
    result = molt_functools_call(parts[3], molt_tuple_items(bound[0]), (size_t)molt_tuple_length(bound[0]), bound[1],
                                 NULL, 0, MOLT_NONE);
    if (result == MOLT_ERROR) {
        MoltValue raised = molt_exc_fetch();
        molt_exc_push_handled(raised);
        MoltValue suppressed = manager_exit(manager, molt_from_type(molt_type_of(raised)), raised);
        molt_exc_pop_handled();
        int truth = suppressed == MOLT_ERROR ? -1 : molt_truthy(suppressed);
        if (suppressed != MOLT_ERROR) molt_decref(suppressed);
        if (truth < 0) {
            molt_decref(raised);
        } else if (truth) {
            molt_decref(raised);
            result = MOLT_NONE;
        } else {
            molt_exc_restore(raised);
        }
    } else {
        MoltValue exited = manager_exit(manager, MOLT_NONE, MOLT_NONE);
        if (exited == MOLT_ERROR) {
            molt_decref(result);
            result = MOLT_ERROR;
        } else {
            molt_decref(exited);
        }
    }
release:
    molt_decref(made);
done:
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return result;
}

static const char *const star_names[] = {"args", "kwds"};
static const MoltCode inner_code = {"inner", "ContextDecorator.__call__.<locals>.inner", star_names, 0, 0, 0, true, true,
                                    inner_entry, NULL, 0, "contextlib"};

static MoltValue manager_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_is_type(callable))
        return molt_raise_format(&molt_type_NotImplementedError, "Molt cannot make '_GeneratorContextManager' objects directly");
    GeneratorManager *manager = molt_as_ptr(callable);
    static const char *const names[] = {"func", NULL};
    static const MoltArgSpec spec = {"ContextDecorator.__call__", 1, 1, names, 1};
    MoltValue decorated;
    if (molt_args_parse(&spec, args, nargs, kwnames, &decorated) < 0) return MOLT_ERROR;
    if (manager->function == MOLT_UNBOUND)
        return molt_raise_format(&molt_type_AttributeError, "'_GeneratorContextManager' object has no attribute 'func'");
    MoltValue parts[4] = {manager->function, manager->args, manager->keywords, decorated};
    MoltValue recipe = molt_tuple_from_borrowed(parts, 4);
    MoltValue cell = molt_cell_new(recipe);
    molt_decref(recipe);
    MoltValue inner = molt_function_new(&inner_code, NULL, &cell, 1);
    molt_decref(cell);
    if (molt_functools_update_wrapper(inner, decorated, MOLT_UNBOUND, MOLT_UNBOUND) < 0) {
        molt_decref(inner);
        return MOLT_ERROR;
    }
    return inner;
}

static MoltValue manager_getattr(MoltValue self, const char *name) {
    GeneratorManager *manager = molt_as_ptr(self);
    MoltValue value = strcmp(name, "gen") == 0 ? manager->generator
                      : strcmp(name, "func") == 0 ? manager->function
                      : strcmp(name, "args") == 0 ? manager->args
                      : strcmp(name, "kwds") == 0 ? manager->keywords : MOLT_UNBOUND;
    return value == MOLT_UNBOUND ? MOLT_NOT_IMPLEMENTED : molt_new_reference(value);
}

MoltType molt_type_GeneratorContextManager = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_GeneratorContextManager",
    .module_name = "contextlib",
    .base = &molt_type_object,
    .dealloc = manager_dealloc,
    .hash = molt_object_hash_identity,
    .call = manager_call,
    .call_method = manager_call_method,
    .getattr = manager_getattr,
    .method_names = manager_method_names,
    .instances_are_callable = true,
    .traverse = manager_traverse,
    .clear = manager_clear,
};

/* contextmanager(func) returns helper(*args, **kwds), wrapped as func. */
static MoltValue helper_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue generator_function = ((MoltCell *)molt_as_ptr(molt_function_cell(function, 0)))->contents;
    MoltValue result = manager_new(generator_function, bound[0], bound[1]);
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return result;
}

static const MoltCode helper_code = {"helper", "contextmanager.<locals>.helper", star_names, 0, 0, 0, true, true,
                                     helper_entry, NULL, 0, "contextlib"};

static MoltValue contextlib_contextmanager(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("contextmanager", kwnames) < 0) return MOLT_ERROR;
    if (nargs == 0)
        return molt_raise_format(&molt_type_TypeError, "contextmanager() missing 1 required positional argument: 'func'");
    if (nargs > 1)
        return molt_raise_format(&molt_type_TypeError, "contextmanager() takes 1 positional argument but %zu were given",
                                 nargs);
    MoltValue cell = molt_cell_new(args[0]);
    MoltValue helper = molt_function_new(&helper_code, NULL, &cell, 1);
    molt_decref(cell);
    if (molt_functools_update_wrapper(helper, args[0], MOLT_UNBOUND, MOLT_UNBOUND) < 0) {
        molt_decref(helper);
        return MOLT_ERROR;
    }
    return helper;
}

/* ---- suppress, nullcontext, closing ---------------------------------------------- */

/* One held value: suppress's tuple of exception classes, nullcontext's
 * enter_result, closing's thing. */
typedef struct SimpleManager {
    MoltObject header;
    MoltValue value;
} SimpleManager;

static void simple_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    visit(((SimpleManager *)object)->value, context);
}

static void simple_clear(MoltObject *object) {
    SimpleManager *manager = (SimpleManager *)object;
    MoltValue value = manager->value;
    manager->value = MOLT_NONE;
    molt_decref(value);
}

static void simple_dealloc(MoltObject *object) {
    simple_clear(object);
    molt_gc_free(object);
}

static MoltValue simple_new(const MoltType *type, MoltValue value) {
    SimpleManager *manager = molt_gc_allocate(sizeof *manager, type);
    manager->value = molt_new_reference(value);
    return molt_from_ptr(manager);
}

static MoltValue held(MoltValue self) { return ((SimpleManager *)molt_as_ptr(self))->value; }

extern MoltType molt_type_suppress, molt_type_nullcontext, molt_type_closing;

static MoltValue simple_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!molt_is_type(callable))
        return molt_raise_format(&molt_type_TypeError, "'%s' object is not callable", molt_type_of(callable)->name);
    const MoltType *type = molt_as_type(callable);
    if (type == &molt_type_suppress) {
        if (molt_args_keyword_count(kwnames))
            return molt_raise_format(&molt_type_TypeError, "suppress.__init__() got an unexpected keyword argument '%s'",
                                     molt_args_keyword_name(kwnames, 0));
        MoltValue exceptions = molt_tuple_from_borrowed(args, nargs);
        MoltValue manager = simple_new(type, exceptions);
        molt_decref(exceptions);
        return manager;
    }
    static const char *const nullcontext_names[] = {"enter_result", NULL};
    static const char *const closing_names[] = {"thing", NULL};
    static const MoltArgSpec nullcontext_spec = {"nullcontext", 0, 1, nullcontext_names, 1};
    static const MoltArgSpec closing_spec = {"closing", 1, 1, closing_names, 1};
    MoltValue value;
    if (molt_args_parse(type == &molt_type_nullcontext ? &nullcontext_spec : &closing_spec, args, nargs, kwnames,
                        &value) < 0)
        return MOLT_ERROR;
    return simple_new(type, value == MOLT_ARG_MISSING ? MOLT_NONE : value);
}

/* suppress.__exit__: True when the exception is one of the classes; an
 * exception group keeps only the rest, as 3.12. */
static MoltValue suppress_exit(MoltValue self, MoltValue type, MoltValue value) {
    if (type == MOLT_NONE) return MOLT_NONE;
    MoltValue check[2] = {type, held(self)};
    MoltValue matches = molt_builtin_issubclass(check, 2, MOLT_NONE);
    if (matches != MOLT_FALSE) return matches;
    MoltValue group_check[2] = {type, molt_from_type(&molt_type_BaseExceptionGroup)};
    MoltValue is_group = molt_builtin_issubclass(group_check, 2, MOLT_NONE);
    if (is_group != MOLT_TRUE) return is_group;
    MoltValue split = molt_call_method(value, "split", &check[1], 1, MOLT_NONE);
    if (split == MOLT_ERROR) return MOLT_ERROR;
    MoltValue parts[2];
    int status = molt_unpack(split, parts, 2);
    molt_decref(split);
    if (status < 0) return MOLT_ERROR;
    molt_decref(parts[0]);
    if (parts[1] == MOLT_NONE) return MOLT_TRUE;
    molt_raise(parts[1], MOLT_ERROR);
    molt_decref(parts[1]);
    return MOLT_ERROR;
}

static MoltValue simple_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames) {
    const MoltType *type = molt_type_of(self);
    if (strcmp(name, "__enter__") == 0) {
        if (nargs || molt_args_keyword_count(kwnames))
            return molt_raise_format(&molt_type_TypeError, "%s.__enter__() takes 1 positional argument but %zu were given",
                                     type->name, nargs + 1);
        return type == &molt_type_suppress ? MOLT_NONE : molt_new_reference(held(self));
    }
    if (strcmp(name, "__exit__") == 0) {
        if (type == &molt_type_suppress) {
            if (check_exit_arguments("suppress", nargs, kwnames) < 0) return MOLT_ERROR;
            return suppress_exit(self, args[0], args[1]);
        }
        if (molt_args_keyword_count(kwnames))
            return molt_raise_format(&molt_type_TypeError, "%s.__exit__() got an unexpected keyword argument '%s'",
                                     type->name, molt_args_keyword_name(kwnames, 0));
        if (type == &molt_type_nullcontext) return MOLT_NONE;
        MoltValue closed = molt_call_method(held(self), "close", NULL, 0, MOLT_NONE);
        if (closed == MOLT_ERROR) return MOLT_ERROR;
        molt_decref(closed);
        return MOLT_NONE;
    }
    return MOLT_NOT_IMPLEMENTED;
}

#define SIMPLE_MANAGER(variable, type_name)                                                                 \
    MoltType variable = {                                                                                   \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type}, .name = type_name, .module_name = "contextlib", \
        .base = &molt_type_object, .dealloc = simple_dealloc, .hash = molt_object_hash_identity,            \
        .call = simple_call, .call_method = simple_call_method, .method_names = manager_method_names,        \
        .traverse = simple_traverse, .clear = simple_clear,                                                 \
    }

SIMPLE_MANAGER(molt_type_suppress, "suppress");
SIMPLE_MANAGER(molt_type_nullcontext, "nullcontext");
SIMPLE_MANAGER(molt_type_closing, "closing");

/* ---- the module ------------------------------------------------------------------ */

static MoltValue make_suppress(void) { return molt_from_type(&molt_type_suppress); }
static MoltValue make_nullcontext(void) { return molt_from_type(&molt_type_nullcontext); }
static MoltValue make_closing(void) { return molt_from_type(&molt_type_closing); }

static const MoltModuleAttribute contextlib_attributes[] = {
    {"suppress", make_suppress},
    {"nullcontext", make_nullcontext},
    {"closing", make_closing},
};

static struct MoltBuiltinFunctionObject contextlib_functions[] = {
    MOLT_MODULE_FUNCTION("contextmanager", contextlib_contextmanager),
};

struct MoltModule molt_module_contextlib = MOLT_MODULE("contextlib", contextlib_functions, contextlib_attributes);
