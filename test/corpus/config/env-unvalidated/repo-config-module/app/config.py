import os

V0 = os.environ.get("VAR_0")
V1 = os.environ.get("VAR_1")
V2 = os.environ.get("VAR_2")
V3 = os.environ.get("VAR_3")
V4 = os.environ.get("VAR_4")
V5 = os.environ.get("VAR_5")
V6 = os.environ.get("VAR_6")
V7 = os.environ.get("VAR_7")
V8 = os.environ.get("VAR_8")
V9 = os.environ.get("VAR_9")
