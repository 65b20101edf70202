# DeltaBlue (Freeman-Benson and Maloney's incremental constraint solver, the shape of
# the classic benchmark): chains and projections of equality and scale constraints
# with stay and edit constraints of different strengths; the planner adds and removes
# constraints incrementally and extracts plans that propagate edits. The values the
# plans compute are the checksum. Measures polymorphic method calls, lists, objects.
ITERATIONS = 250
CHAIN_LENGTH = 200
PROJECTION_SIZE = 200


class Strength:
    def __init__(self, value, name):
        self.value = value
        self.name = name

    def stronger(self, other):
        return self.value < other.value

    def weaker(self, other):
        return self.value > other.value

    def weakest_of(self, other):
        return self if self.weaker(other) else other

    def next_weaker(self):
        return STRENGTHS[self.value + 1]


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST]

# Directions of a binary constraint.
NONE = 0
FORWARD = 1
BACKWARD = 2


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, constraint):
        self.constraints.append(constraint)

    def remove_constraint(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add_constraint(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self):
        # Removing a satisfied constraint re-plans (and takes it out of the graph).
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        Constraint.__init__(self, planner, strength)
        self.my_output = variable
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.my_output.mark != mark
                          and self.strength.stronger(self.my_output.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.my_output

    def recalculate(self):
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        self.my_output.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add_constraint()

    def choose_method(self, mark):
        if self.v1.mark == mark:
            if self.v2.mark != mark and self.strength.stronger(self.v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        elif self.v2.mark == mark:
            if self.strength.stronger(self.v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif self.v1.walk_strength.weaker(self.v2.walk_strength):
            self.direction = BACKWARD if self.strength.stronger(self.v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if self.strength.stronger(self.v2.walk_strength) else BACKWARD

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        source = self.input()
        target = self.output()
        target.walk_strength = self.strength.weakest_of(source.walk_strength)
        target.stay = source.stay
        if target.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, planner, source, scale, offset, target, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, planner, source, target, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source = self.input()
        target = self.output()
        target.walk_strength = self.strength.weakest_of(source.walk_strength)
        target.stay = source.stay and self.scale.stay and self.offset.stay
        if target.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.constraints = []

    def add(self, constraint):
        self.constraints.append(constraint)

    def execute(self):
        for constraint in self.constraints:
            constraint.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for candidate in unsatisfied:
                if candidate.strength is strength:
                    self.incremental_add(candidate)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while todo:
            constraint = todo.pop(0)
            if constraint.output().mark != mark and constraint.inputs_known(mark):
                plan.add(constraint)
                constraint.output().mark = mark
                self.add_constraints_consuming_to(constraint.output(), todo)
        return plan

    def extract_plan_from_constraints(self, constraints):
        sources = []
        for constraint in constraints:
            if constraint.is_input() and constraint.is_satisfied():
                sources.append(constraint)
        return self.make_plan(sources)

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            current = todo.pop(0)
            if current.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            current.recalculate()
            self.add_constraints_consuming_to(current.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            variable = todo.pop(0)
            for constraint in variable.constraints:
                if not constraint.is_satisfied():
                    unsatisfied.append(constraint)
            determining = variable.determined_by
            for constraint in variable.constraints:
                if constraint is not determining and constraint.is_satisfied():
                    constraint.recalculate()
                    todo.append(constraint.output())
        return unsatisfied

    def add_constraints_consuming_to(self, variable, todo):
        determining = variable.determined_by
        for constraint in variable.constraints:
            if constraint is not determining and constraint.is_satisfied():
                todo.append(constraint)


def change(planner, variable, new_value):
    edit = EditConstraint(planner, variable, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    for _ in range(10):
        variable.value = new_value
        plan.execute()
    edit.destroy_constraint()


def chain_test(n):
    """A chain v0 = v1 = ... = vn; an edit of v0 must reach vn."""
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(planner, variables[i], variables[i + 1], REQUIRED)
    StayConstraint(planner, variables[n], STRONG_DEFAULT)
    first = variables[0]
    last = variables[n]
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            raise RuntimeError("chain test failed")
        total += last.value
    edit.destroy_constraint()
    return total


def projection_test(n):
    """dst[i] = src[i] * scale + offset; editing either side, or scale and offset, must hold."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources = []
    destinations = []
    for i in range(n):
        source = Variable("src%d" % i, i)
        destination = Variable("dst%d" % i, i)
        sources.append(source)
        destinations.append(destination)
        StayConstraint(planner, source, NORMAL)
        ScaleConstraint(planner, source, scale, offset, destination, REQUIRED)
    # The last pair is edited, so the loops below check all the others.
    change(planner, sources[-1], 17)
    if destinations[-1].value != 1170:
        raise RuntimeError("projection test 1 failed")
    change(planner, destinations[-1], 1050)
    if sources[-1].value != 5:
        raise RuntimeError("projection test 2 failed")
    change(planner, scale, 5)
    for i in range(n - 1):
        if destinations[i].value != i * 5 + 1000:
            raise RuntimeError("projection test 3 failed")
    change(planner, offset, 2000)
    for i in range(n - 1):
        if destinations[i].value != i * 5 + 2000:
            raise RuntimeError("projection test 4 failed")
    total = 0
    for destination in destinations:
        total = (total * 31 + destination.value) % 1000000007
    return total + planner.current_mark


chain_total = 0
projection_total = 0
for _ in range(ITERATIONS):
    chain_total += chain_test(CHAIN_LENGTH)
    projection_total += projection_test(PROJECTION_SIZE)
print("chain", chain_total)
print("projection", projection_total)
