class TokenBackend:
    def authenticate(self, request, token=None):
        return None
