from sys import _getframe

print(_getframe().f_lineno)
