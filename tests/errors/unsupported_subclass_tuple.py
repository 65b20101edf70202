class Pair(tuple):
    def first(self):
        return self[0]
