TARGETS = ["eu", "us"]
