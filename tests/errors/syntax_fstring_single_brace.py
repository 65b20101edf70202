print(f"value}")
