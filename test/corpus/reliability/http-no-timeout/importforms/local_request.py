# A local object called `request` that is not urllib's module: not an HTTP call.
class Opener:
    def urlopen(self, path):
        return open(path).read()


request = Opener()


def read_spec():
    # ok: reliability/http-no-timeout
    return request.urlopen("spec.txt")
