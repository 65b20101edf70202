import pkg_beyond
