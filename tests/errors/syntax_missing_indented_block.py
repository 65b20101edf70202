def check(value):
    if value > 10:
    return True
    return False
