/* Module objects of the program's own modules (see include/molt/user_module.h):
 * importing runs a module's body once, as CPython's import system does for a
 * module found on sys.path; attribute reads and writes go to the generated
 * global slots, so the module's functions see what other modules assign. */
#include <stdio.h>
#include <string.h>

#include "molt/molt.h"
#include "molt/user_module.h"
#include "class_internal.h"
#include "dict.h"
#include "type.h"

static MoltUserModule *const *program_modules;
static size_t program_module_count;
static MoltUserModule *last_started;

void molt_user_modules_register(MoltUserModule *const *modules, size_t count) {
    program_modules = modules;
    program_module_count = count;
}

static MoltUserModule *as_user_module(MoltValue v) { return molt_as_ptr(v); }

static MoltUserModule *find_module(const char *name, size_t length) {
    for (size_t i = 0; i < program_module_count; i++) {
        MoltUserModule *module = program_modules[i];
        if (strlen(module->name) == length && memcmp(module->name, name, length) == 0) return module;
    }
    return NULL;
}

static const MoltModuleGlobal *find_global(const MoltUserModule *module, const char *name) {
    for (size_t i = 0; i < module->global_count; i++)
        if (strcmp(module->globals[i].name, name) == 0) return &module->globals[i];
    return NULL;
}

/* Runs the body unless it ran or is running (an import cycle sees the
 * partially initialized module, as in CPython): 1 when it ran now, 0 when
 * not. A body that fails (-1) leaves the module not imported, so a later
 * import runs it again. */
static int run_module(MoltUserModule *module) {
    if (module->state != MOLT_MODULE_NOT_RUN) return 0;
    if (!module->constants_ready) {
        module->init_constants();
        module->constants_ready = true;
        module->next_started = last_started;
        last_started = module;
    }
    module->state = MOLT_MODULE_RUNNING;
    MoltValue result = module->body();
    if (result == MOLT_ERROR) {
        module->state = MOLT_MODULE_NOT_RUN;
        return -1;
    }
    molt_decref(result);
    module->state = MOLT_MODULE_DONE;
    return 1;
}

static int set_attribute(MoltUserModule *module, const char *name, MoltValue value, bool from_outside);

MoltValue molt_import_module(MoltValue name_value, MoltValue top) {
    size_t length = 0;
    const char *name = molt_str_utf8(name_value, &length);
    MoltUserModule *first = NULL, *parent = NULL, *module = NULL;
    for (size_t end = 0; end <= length; end++) {
        if (end < length && name[end] != '.') continue;
        module = find_module(name, end);
        if (!module) return molt_raise_format(&molt_type_ModuleNotFoundError, "No module named '%.*s'", (int)end, name);
        int ran = run_module(module);
        if (ran < 0) return MOLT_ERROR;
        /* As CPython's import binds a submodule in its package once it has loaded. */
        if (ran && parent) {
            const char *child = module->name + strlen(parent->name) + 1;
            if (set_attribute(parent, child, molt_from_ptr(module), false) < 0) return MOLT_ERROR;
        }
        if (!first) first = module;
        parent = module;
    }
    return molt_from_ptr(top == MOLT_TRUE ? first : module);   /* immortal: no reference to take */
}

/* The attribute, MOLT_UNBOUND when the module has none (no exception set). */
static MoltValue lookup(const MoltUserModule *module, const char *name) {
    const MoltModuleGlobal *global = find_global(module, name);
    if (global && *global->slot != MOLT_UNBOUND) {
        molt_incref(*global->slot);
        return *global->slot;
    }
    if (module->extra) {
        MoltValue found = molt_dict_lookup(module->extra, molt_class_name_str(name));
        if (found == MOLT_ERROR) return MOLT_ERROR;
        if (found != MOLT_STOP) {
            molt_incref(found);
            return found;
        }
    }
    if (strcmp(name, "__name__") == 0) return molt_str_from_utf8(module->name, strlen(module->name));
    return MOLT_UNBOUND;
}

MoltValue molt_import_from(MoltValue module_value, MoltValue name_value) {
    MoltUserModule *module = as_user_module(module_value);
    size_t length = 0;
    const char *name = molt_str_utf8(name_value, &length);
    MoltValue found = lookup(module, name);
    if (found != MOLT_UNBOUND) return found;
    char submodule[512];
    int n = snprintf(submodule, sizeof submodule, "%s.%s", module->name, name);
    if (n > 0 && (size_t)n < sizeof submodule && find_module(submodule, (size_t)n)) {
        MoltValue dotted = molt_str_from_utf8(submodule, (size_t)n);
        MoltValue result = molt_import_module(dotted, MOLT_FALSE);
        molt_decref(dotted);
        return result;
    }
    if (module->state == MOLT_MODULE_RUNNING)
        return molt_raise_format(&molt_type_ImportError,
                                 "cannot import name '%s' from partially initialized module '%s' (most likely due "
                                 "to a circular import) (%s)",
                                 name, module->name, module->file);
    return molt_raise_format(&molt_type_ImportError, "cannot import name '%s' from '%s' (%s)", name, module->name,
                             module->file);
}

static MoltValue user_module_getattr(MoltValue self, const char *name) {
    MoltUserModule *module = as_user_module(self);
    MoltValue found = lookup(module, name);
    if (found != MOLT_UNBOUND) return found;
    if (strcmp(name, "__class__") == 0) return MOLT_NOT_IMPLEMENTED;   /* the generic answer */
    if (module->state == MOLT_MODULE_RUNNING)
        return molt_raise_format(&molt_type_AttributeError,
                                 "partially initialized module '%s' has no attribute '%s' (most likely due to a "
                                 "circular import)",
                                 module->name, name);
    return molt_raise_format(&molt_type_AttributeError, "module '%s' has no attribute '%s'", module->name, name);
}

/* m.f(x): one lookup, then the call, without a bound value in between. */
static MoltValue user_module_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                         MoltValue kwnames) {
    MoltValue callable = lookup(as_user_module(self), name);
    if (callable == MOLT_ERROR) return MOLT_ERROR;
    if (callable == MOLT_UNBOUND) return MOLT_NOT_IMPLEMENTED;   /* getattr raises the AttributeError */
    MoltValue result = molt_call(callable, args, nargs, kwnames);
    molt_decref(callable);
    return result;
}

static int set_attribute(MoltUserModule *module, const char *name, MoltValue value, bool from_outside) {
    const MoltModuleGlobal *global = find_global(module, name);
    if (global) {
        if (global->fixed && from_outside) {
            molt_raise_format(&molt_type_TypeError,
                              "Molt cannot rebind function '%s' of module '%s' from outside the module (calls inside "
                              "the module go to the def directly)",
                              name, module->name);
            return -1;
        }
        MoltValue old = *global->slot;
        if (value == MOLT_UNBOUND && old == MOLT_UNBOUND) goto missing;
        if (value != MOLT_UNBOUND) molt_incref(value);
        *global->slot = value;
        molt_decref(old);
        return 0;
    }
    MoltValue key = molt_class_name_str(name);
    if (value == MOLT_UNBOUND) {
        if (!module->extra || molt_dict_lookup(module->extra, key) == MOLT_STOP) goto missing;
        return molt_delitem(module->extra, key);
    }
    if (!module->extra) module->extra = molt_dict_new();
    return molt_dict_setitem(module->extra, key, value);
missing:
    molt_raise_format(&molt_type_AttributeError, "module '%s' has no attribute '%s'", module->name, name);
    return -1;
}

int molt_user_module_setattr(MoltValue module, const char *name, MoltValue value) {
    return set_attribute(as_user_module(module), name, value, true);
}

static MoltValue user_module_repr(MoltValue self) {
    const MoltUserModule *module = as_user_module(self);
    char text[1024];
    snprintf(text, sizeof text, "<module '%s' from '%s'>", module->name, module->file);
    return molt_str_from_utf8(text, strlen(text));
}

void molt_user_modules_teardown(void) {
    for (MoltUserModule *module = last_started; module; module = module->next_started) {
        module->teardown();
        if (module->extra) molt_decref(module->extra);
        module->extra = 0;
    }
    last_started = NULL;
}

static void static_dealloc(MoltObject *object) { (void)object; }

MoltType molt_type_user_module = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "module",
    .base = &molt_type_object,
    .dealloc = static_dealloc,
    .repr = user_module_repr,
    .hash = molt_object_hash_identity,
    .call_method = user_module_call_method,
    .getattr = user_module_getattr,
    .setattr = molt_user_module_setattr,
};
