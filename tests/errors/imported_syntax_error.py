from imported_syntax import broken
