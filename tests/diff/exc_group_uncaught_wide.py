# More than 15 sub-exceptions and notes: CPython prints 15, then "and N more".
group = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
group.add_note("a note on the group")
raise group
