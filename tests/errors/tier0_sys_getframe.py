import sys


def who_called():
    return sys._getframe(1).f_code.co_name


def main():
    print(who_called())


main()
