import pickle

import redis


class ProfileCache:
    def __init__(self, url):
        self.client = redis.Redis.from_url(url)

    def get(self, user_id):
        try:
            raw = self.client.get(f"profile:{user_id}")
            return pickle.loads(raw) if raw else None
        # One defect, one finding: reported by swallowed-exception only.
        # ok: reliability/bare-except
        # expect: reliability/swallowed-exception
        except :
            return None

    def warm(self, users):
        for user in users:
            try:
                self.client.set(f"profile:{user.id}", pickle.dumps(user.to_dict()), ex=600)
            # ok: reliability/bare-except
            except   Exception  :
                continue
            # The old code used a bare
            # except: here, see issue #212.
            finally:
                pass

    async def aclose(self):
        try:
            await self.client.aclose()
        # ok: reliability/bare-except
        except BaseException:
            pass
