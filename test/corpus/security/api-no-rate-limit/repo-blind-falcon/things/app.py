import falcon


class ThingsResource:
    def on_get(self, req, resp):
        resp.media = []


app = falcon.App()
# expect: security/api-no-rate-limit
app.add_route("/things", ThingsResource())
