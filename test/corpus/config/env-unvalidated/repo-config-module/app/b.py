import os
Y = os.getenv("Y")
