from dataclasses import field
