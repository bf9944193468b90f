# No other settings module replaces this key.
# expect: security/hardcoded-secret
SECRET_KEY = "w7v!p2@zq9#lx4*mt6(kr8=bn3)jc5^hd1$gs0&fy"
