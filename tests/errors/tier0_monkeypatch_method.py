class C:
    def m(self):
        return 1

def other(self):
    return 2

C.m = other
