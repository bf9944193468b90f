# ok: security/hardcoded-secret
FIREBASE_SAMPLE = "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs"
# expect: security/hardcoded-secret
MAPS = "AIzaSyQ3kT8vLm2pX9rZ4wN7cB5yH1dF6gJ0sEa"
