import os
X = os.getenv("X")
