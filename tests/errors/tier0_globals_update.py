def define(**names):
    globals().update(names)


define(answer=42)
