from .base import *  # noqa: F403

# The production module itself holds the literal: reported.
# expect: security/hardcoded-secret
SECRET_KEY = "r4t!y6@ui8#op0*as2(df4=gh6)jk8^lz0$xc2&vb"
