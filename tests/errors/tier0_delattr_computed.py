class Settings:
    debug = True
    verbose = False


for name in ["debug", "verbose"]:
    delattr(Settings, name)
