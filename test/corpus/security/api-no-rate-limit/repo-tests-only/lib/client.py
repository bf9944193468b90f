class Client:
    def __init__(self, http):
        self.http = http

    def items(self):
        return self.http.get("/items").json["items"]
