/* The runtime ABI: the one header generated C includes. */
#ifndef MOLT_MOLT_H
#define MOLT_MOLT_H
#include "value.h"
#include "object.h"
#include "int.h"
#include "float.h"
#include "complex.h"
#include "str.h"
#include "bytes.h"
#include "containers.h"
#include "ops.h"
#include "exc.h"
#include "builtins.h"
#include "function.h"
#include "generator.h"
#include "class.h"
#include "runtime.h"
#include "compiled.h"
#include "module.h"
#include "capabilities.h"
#include "user_module.h"
#include "methods.h"
#endif
