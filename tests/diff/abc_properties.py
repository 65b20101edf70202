# abstractmethod under property (getter and setter), classmethod and
# staticmethod, and metaclass=ABCMeta spelled both ways.
import abc
from abc import ABCMeta, abstractmethod


class Account(metaclass=ABCMeta):
    @property
    @abstractmethod
    def balance(self): ...

    @balance.setter
    def balance(self, value): ...

    @classmethod
    @abstractmethod
    def kind(cls): ...

    @staticmethod
    @abstractmethod
    def fee(): ...


class Savings(Account):
    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @classmethod
    def kind(cls):
        return cls.__name__.lower()

    @staticmethod
    def fee():
        return 2


class Partial(Account, metaclass=abc.ABCMeta):
    @staticmethod
    def fee():
        return 0


print(sorted(Account.__abstractmethods__), sorted(Partial.__abstractmethods__))
s = Savings()
s.balance = 10
print(s.balance, Savings.kind(), s.kind(), Savings.fee(), Partial.fee(), type(Partial))
try:
    s.balance = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Partial()
except TypeError as e:
    print(e)
try:
    abstractmethod(property(lambda self: 1))
except AttributeError as e:
    print("AttributeError:", e)
Account()
