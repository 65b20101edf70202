# A package named like the standard module abc (see import_shadows_standard.py).
