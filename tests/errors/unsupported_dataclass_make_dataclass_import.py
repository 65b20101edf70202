from dataclasses import dataclass, make_dataclass
