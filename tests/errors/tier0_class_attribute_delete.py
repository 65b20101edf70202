class Settings:
    debug = False


class Other:
    def clear(self):
        del Settings.debug


Other().clear()
