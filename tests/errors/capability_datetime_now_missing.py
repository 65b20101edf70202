from datetime import datetime

stamp = datetime.now()
print(stamp)
