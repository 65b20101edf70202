import sqlite3
print(sqlite3.connect(":memory:"))
