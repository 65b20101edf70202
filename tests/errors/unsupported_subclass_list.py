class Stack(list):
    def push(self, item):
        self.append(item)
