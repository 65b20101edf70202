from typing import List, Protocol
