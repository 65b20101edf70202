# re.Scanner is not provided yet: rejected where it is imported.
from re import Scanner

print(Scanner)
