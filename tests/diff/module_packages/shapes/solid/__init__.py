print("shapes.solid runs as", __name__)
KIND = "solid"
