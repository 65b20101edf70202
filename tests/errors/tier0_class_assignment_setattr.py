class Cat:
    pass


class Dog:
    pass


pet = Cat()
setattr(pet, "__class__", Dog)
